// `npm start`: the whole chain in one process, then the URLs, certificate paths and a curl line.
import { ConfigError, DUO_OIN, loadParties, pkiPaths } from '@duo-sim/shared';
import { join, relative } from 'node:path';
import { startChain } from './lib/chain.js';

async function main(): Promise<void> {
  const began = Date.now();
  // startChain reads every service's configuration first and reports all bad values at once.
  const chain = await startChain(process.env);
  const { rio, osr, bron, verzuim } = chain.services;
  const config = bron.ctx.config;
  const pki = pkiPaths(config.pkiDir);
  const show = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel && !rel.startsWith('..') ? rel : p;
  };
  const parties = loadParties(join(config.fixturesDir, 'parties.json'));
  const vendor = parties.find((p) => p.rol === 'leverancier') ?? parties.find((p) => p.oin !== DUO_OIN)!;
  const operator = parties.find((p) => p.rol === 'operator');
  console.log(`
duo-sim draait (${Date.now() - began} ms), data in ${show(config.dataDir)}

  RIO              ${rio.url}
  OSR              ${osr.url}
  BRON (ROD po)    ${bron.url}
  verzuimregister  ${verzuim.url}

  CA-certificaat   ${show(pki.caCert)}
  partijen         ${show(join(pki.dir, 'parties'))}/<OIN>.crt en .key  (zie fixtures/parties.json)
  operator         ${operator ? `${operator.naam} ${operator.oin}` : '-'}

Probeer, als leverancier ${vendor.naam}:
  curl --cacert ${show(pki.caCert)} --cert ${show(pki.partyCert(vendor.oin))} --key ${show(pki.partyKey(vendor.oin))} ${bron.url}/health

Of met de CLI:  npm run sim -- status
Stoppen: Ctrl+C
`);
  const stop = () => {
    void chain.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('duo-sim kon niet starten:', (err as Error).message);
  process.exit(1);
});
