// Starts the four services in one process, each with its own database and port, peers wired to
// the ports actually taken (so `*_PORT=0` works too). Sharing a process, BRON and verzuim may keep
// their peers' answers until a peer's change signal moves (shared/src/change-signal.ts).
import { loadConfig as loadBronConfig, start as startBron } from '@duo-sim/bron';
import { start as startOsr } from '@duo-sim/osr';
import { start as startRio } from '@duo-sim/rio';
import { start as startVerzuim } from '@duo-sim/verzuim';
import { ensurePki, loadParties, loadServiceConfig, type RunningService, type ServiceName } from '@duo-sim/shared';
import { join } from 'node:path';
import { loadChainConfig, type Env } from './chain-config.js';

export { loadChainConfig, type Env } from './chain-config.js';

export interface Chain {
  services: Record<ServiceName, RunningService>;
  close(): Promise<void>;
}

export async function startChain(env: Env): Promise<Chain> {
  const rioConfig = loadChainConfig(env).rio;
  // Make (or check) the PKI once, with the services' server names, so none of the four walks it again.
  await ensurePki(rioConfig.pkiDir, loadParties(join(rioConfig.fixturesDir, 'parties.json')), rioConfig.serverNames);
  const checked = { pkiChecked: true };

  const started: RunningService[] = [];
  try {
    const osr = await startOsr(loadServiceConfig('osr', env), checked);
    started.push(osr);
    const rio = await startRio(rioConfig, checked);
    started.push(rio);
    const withPeers = { ...env, OSR_URL: osr.url, RIO_URL: rio.url };
    const bron = await startBron(loadBronConfig(withPeers), { osr: osr.ctx.changes, rio: rio.ctx.changes }, checked);
    started.push(bron);
    const verzuim = await startVerzuim(
      loadServiceConfig('verzuim', { ...withPeers, BRON_URL: bron.url }),
      { osr: osr.ctx.changes, bron: bron.ctx.changes },
      checked,
    );
    started.push(verzuim);
    return {
      services: { osr, rio, bron, verzuim },
      close: async () => {
        for (const s of started.reverse()) await s.close();
      },
    };
  } catch (err) {
    for (const s of started.reverse()) await s.close();
    throw err;
  }
}
