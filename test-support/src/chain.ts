// Starts the real chain (four services, real mTLS, real SQLite files) on ephemeral ports in a
// fresh data folder, reusing the test PKI so no keys are made.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChain, type Chain } from '../../scripts/src/lib/chain';
import { worldPartiesFile } from '@duo-sim/shared';
import { callerFor, type Caller } from './mtls';
import { testPkiDir } from './pki';
import { OPERATOR } from './world';

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

/** A caller with a party's own PEM files from the chain's data folder, as its LAS would hold them. */
export function chainPartyCaller(chain: TestChain, url: string, oin: string): Caller {
  const pki = join(chain.dataDir, 'pki');
  return callerFor(url, {
    ca: readFileSync(join(pki, 'ca.crt'), 'utf8'),
    cert: readFileSync(join(pki, 'parties', `${oin}.crt`), 'utf8'),
    key: readFileSync(join(pki, 'parties', `${oin}.key`), 'utf8'),
  });
}

/**
 * Everything a refused new vendor (`sim leverancier nieuw`, the console's form; OSR-07) could have
 * changed: the certificate files, the world's parties, every school's mandates in OSR.
 */
export async function vendorWorldState(chain: TestChain) {
  const osr = chainPartyCaller(chain, chain.services.osr.url, OPERATOR);
  const schools = (await osr.get('/api/v1/schools')).body.onderwijsinstellingen as Array<{ oin: string }>;
  const mandates = await Promise.all(schools.map(async (s) => (await osr.get(`/api/v1/schools/${s.oin}/mandates`)).body));
  const file = worldPartiesFile(chain.dataDir);
  return {
    files: readdirSync(join(chain.dataDir, 'pki', 'parties')).sort(),
    partijen: existsSync(file) ? readFileSync(file, 'utf8') : null,
    mandates,
  };
}
