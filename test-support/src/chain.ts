// Starts the real chain (four services, real mTLS, real SQLite files) on ephemeral ports in a
// fresh data folder, reusing the test PKI so no keys are made.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChain, type Chain } from '../../scripts/src/lib/chain';
import { testPkiDir } from './pki';

export interface TestChain extends Chain {
  dataDir: string;
  /** Stops the services and keeps the data folder (for restart tests). */
  stop(): Promise<void>;
  /** Environment that points the CLI and lone services at this chain. */
  env: Record<string, string>;
}

export function freshDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-e2e-'));
  cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
  return dataDir;
}

export async function startTestChain(extraEnv: Record<string, string> = {}): Promise<TestChain> {
  const dataDir = freshDataDir();
  const baseEnv = {
    SIM_DATA_DIR: dataDir,
    SIM_LOG_LEVEL: 'silent',
    RIO_PORT: '0',
    OSR_PORT: '0',
    BRON_PORT: '0',
    VERZUIM_PORT: '0',
    ...extraEnv,
  };
  const chain = await startChain(baseEnv);
  const env = {
    ...baseEnv,
    RIO_URL: chain.services.rio.url,
    OSR_URL: chain.services.osr.url,
    BRON_URL: chain.services.bron.url,
    VERZUIM_URL: chain.services.verzuim.url,
  };
  return {
    ...chain,
    dataDir,
    env,
    stop: () => chain.close(),
    close: async () => {
      await chain.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
