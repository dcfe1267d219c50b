// What `npm start` runs (through start-all.ts): the whole chain in threads (threaded-chain.ts;
// SIM_THREADS=1: all in one) and the console in a process beside it, then the URLs, certificate paths
// and a curl line.
// The console's configuration only: its package's index loads the console's whole app (and
// ketentest), on the main thread's start path, for a console that runs in a process of its own.
import { loadConsoleConfig } from '@duo-sim/console/dist/config.js';
import { ConfigError, DUO_OIN, loadParties, pkiPaths } from '@duo-sim/shared';
import { join, relative } from 'node:path';
import { loadChainConfig } from './chain-config.js';
import { startConsoleProcess } from './console-process.js';
import { startChainAsConfigured, threadCount } from './threaded-chain.js';
import { applyLaterV8Flags, v8FlagProblems } from './v8-settings.js';

/** After the bundles' code caches are written (a second after each thread loaded), so they are made under the flags the next start compiles with. */
const LATER_FLAGS_MS = 2000;

function assertConfig(loads: Array<() => unknown>): void {
  const problems: string[] = [];
  for (const load of loads) {
    try {
      load();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      for (const p of err.problems) if (!problems.includes(p)) problems.push(p);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

async function main(): Promise<void> {
  const began = Date.now();
  // Every bad value of the four services and the console, reported at once, before anything is written.
  assertConfig([
    () => loadChainConfig(process.env),
    () => loadConsoleConfig(process.env),
    () => threadCount(process.env),
    () => {
      const problems = v8FlagProblems(process.env);
      if (problems.length > 0) throw new ConfigError(problems);
    },
  ]);
  const chain = await startChainAsConfigured(process.env);
  setTimeout(() => applyLaterV8Flags(process.env), LATER_FLAGS_MS).unref();
  const { rio, osr, bron, verzuim } = chain.urls;
  // After the services (so their start is not slowed by the console's), at the ports they actually
  // took (so *_PORT=0 works too). A console that cannot start (its port taken, say) does not take
  // the chain down with it.
  const console_ = await startConsoleProcess({
    ...process.env,
    RIO_URL: rio,
    OSR_URL: osr,
    BRON_URL: bron,
    VERZUIM_URL: verzuim,
  }).catch((err: Error) => {
    console.error(`de console kon niet starten: ${err.message}; de keten draait zonder console`);
    return undefined;
  });
  // After the console's start, so the console does not inherit BRON's lower priority.
  const nietVerlaagd = chain.lowerBronPriority();
  if (nietVerlaagd) console.error(`BRON draait met de gewone prioriteit (SIM_BRON_NICE niet toegepast): ${nietVerlaagd}`);
  const config = loadChainConfig(process.env).bron;
  const pki = pkiPaths(config.pkiDir);
  const show = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel && !rel.startsWith('..') ? rel : p;
  };
  const parties = loadParties(join(config.fixturesDir, 'parties.json'));
  const vendor = parties.find((p) => p.rol === 'leverancier') ?? parties.find((p) => p.oin !== DUO_OIN)!;
  const operator = parties.find((p) => p.rol === 'operator');
  // Before the banner: whoever reads "Stoppen: Ctrl+C" may press it at once, and a signal that came
  // before its handler would end the process without closing the databases. Once, however often:
  // Ctrl+C reaches this process from the terminal and again through the parent of start-all.ts.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (console_?.stop() ?? Promise.resolve()).then(() => chain.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A service whose thread ended on its own leaves a chain that answers half: stop all of it, as a
  // crash in one thread stopped the whole chain before.
  void chain.lost.then(({ services, reason }) => {
    if (stopping) return;
    stopping = true;
    console.error(`${services.join(', ')} onverwacht gestopt (${reason}); de keten stopt`);
    void (console_?.stop() ?? Promise.resolve()).then(() => chain.close()).then(() => process.exit(1));
  });
  console.log(`
duo-sim draait (${Date.now() - began} ms, ${chain.threads > 1 ? `${chain.threads} threads` : 'alles in één thread'}), data in ${show(config.dataDir)}

  Console          ${console_ ? `${console_.url}   (open in de browser: de keten live, scenario's, inspecteur)` : 'niet gestart (zie hierboven)'}

  RIO              ${rio}
  OSR              ${osr}
  BRON (ROD po)    ${bron}
  verzuimregister  ${verzuim}

  CA-certificaat   ${show(pki.caCert)}
  partijen         ${show(join(pki.dir, 'parties'))}/<OIN>.crt en .key  (zie fixtures/parties.json)
  operator         ${operator ? `${operator.naam} ${operator.oin}` : '-'}

Probeer, als leverancier ${vendor.naam}:
  curl --cacert ${show(pki.caCert)} --cert ${show(pki.partyCert(vendor.oin))} --key ${show(pki.partyKey(vendor.oin))} ${bron}/health

Of met de CLI:  npm run sim -- status
Stoppen: Ctrl+C
`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('duo-sim kon niet starten:', (err as Error).message);
  process.exit(1);
});
