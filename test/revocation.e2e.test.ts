// EK-01 across the chain: a certificate revoked with `sim cert revoke` stays refused by every
// service when revoked.json then breaks, is deleted, and the chain restarts (docs/security.md).
import { unlinkSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pkiPaths, SERVICES } from '@duo-sim/shared';
import { startChain, type Chain } from '../scripts/src/lib/chain';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { callerFor, clientTls, KWARTET, PLAZA, REPO_ROOT } from '@duo-sim/test-support';

const run = promisify(execFile);
const cli = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');

describe('revocation across the chain', () => {
  const [revoked, other] = [PLAZA, KWARTET];
  let chain: TestChain;
  let restarted: Chain | undefined;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  });
  afterAll(async () => {
    await restarted?.close();
    await chain.close().catch(() => undefined);
  });

  const statuses = async (services: Chain['services'], oin: string) =>
    Promise.all(SERVICES.map(async (s) => (await callerFor(services[s].url, clientTls(oin)).get('/health')).status));

  it('stays refused after the list broke, was deleted and the chain restarted', async () => {
    await run(process.execPath, [cli, 'cert', 'revoke', '--oin', revoked], { env: { ...process.env, ...chain.env } });
    await new Promise((r) => setTimeout(r, 300)); // the list is looked at every 250 ms at most
    expect(await statuses(chain.services, revoked)).toEqual([401, 401, 401, 401]);

    const file = pkiPaths(join(chain.dataDir, 'pki')).revoked;
    writeFileSync(file, '{"ingetrokken": [');
    await new Promise((r) => setTimeout(r, 300));
    expect(await statuses(chain.services, revoked)).toEqual([401, 401, 401, 401]);
    expect(await statuses(chain.services, other)).toEqual([200, 200, 200, 200]);

    unlinkSync(file);
    await chain.stop();
    restarted = await startChain({ ...chain.env, RIO_PORT: '0', OSR_PORT: '0', BRON_PORT: '0', VERZUIM_PORT: '0' });
    expect(await statuses(restarted.services, revoked)).toEqual([401, 401, 401, 401]);
    expect(await statuses(restarted.services, other)).toEqual([200, 200, 200, 200]);
  }, 30_000);
});
