// The chain checks the PKI once before its services start (they skip their own check: StartOptions
// .pkiChecked), with the services' server names: a SIM_SERVER_NAMES that changed since the last
// start still gets a server certificate with those names, in one thread and in threads.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { certificateNames, pkiPaths } from '@duo-sim/shared';
import { startChain } from '../scripts/src/lib/chain';
import { startThreadedChain } from '../scripts/src/lib/threaded-chain';
import { callerFor, clientTls, PLAZA } from '@duo-sim/test-support';
import { freshDataDir } from '@duo-sim/test-support/chain';

jest.setTimeout(60_000);

const starts = {
  'one thread (chain.ts)': async (env: Record<string, string>) => {
    const chain = await startChain(env);
    return { urls: Object.values(chain.services).map((s) => s.url), close: () => chain.close() };
  },
  'threads (threaded-chain.ts)': async (env: Record<string, string>) => {
    const chain = await startThreadedChain(env, 2);
    return { urls: Object.values(chain.urls), close: () => chain.close() };
  },
};

describe.each(Object.entries(starts))('%s', (_name, start) => {
  it('issues the server certificate again when SIM_SERVER_NAMES changed, and every service answers with it', async () => {
    const dataDir = freshDataDir();
    const serverCert = pkiPaths(join(dataDir, 'pki')).serverCert;
    expect(certificateNames(readFileSync(serverCert))).not.toContain('sim.example');
    const env = { SIM_DATA_DIR: dataDir, SIM_LOG_LEVEL: 'silent', SIM_SERVER_NAMES: 'sim.example' };
    const chain = await start({ ...env, RIO_PORT: '0', OSR_PORT: '0', BRON_PORT: '0', VERZUIM_PORT: '0' });
    try {
      expect(certificateNames(readFileSync(serverCert))).toContain('sim.example');
      const statuses = await Promise.all(
        chain.urls.map(async (u) => (await callerFor(u, clientTls(PLAZA)).get('/health')).status),
      );
      expect(statuses).toEqual([200, 200, 200, 200]);
    } finally {
      await chain.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
