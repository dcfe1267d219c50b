// `npm run sim -- <command>`: the simulator's CLI (docs/development.md#commands).
import {
  DUO_OIN,
  isIsoDate,
  issueCertificateFile,
  loadWorldParties,
  loadPartyTls,
  loadServiceConfig,
  pkiPaths,
  revokeCertificate,
  SERVICES,
  createServiceClient,
  findParty,
  pick,
  readBody as readStapBody,
  SCENARIOS,
  serviceForPath,
  StapFout,
  stapVerzoek,
  readWorldParties,
  worldPartiesFile,
  type Party,
  type ServiceName,
  type Verstuur,
} from '@duo-sim/shared';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainConnectionError, explainRefusal, isConnectionRefused } from './lib/connection-errors.js';
import { issuedCertificates } from './lib/issued-certificates.js';
import { LEVERANCIER_USAGE, leverancierCommand, verwijderEigenLeveranciers } from './lib/leverancier-command.js';
import { ketentestRapport, ketentestStart, las, type KetentestCliDeps } from './lib/ketentest-cli.js';
import { ONTVANGER_USAGE, ontvangerCommand } from './lib/ontvanger-command.js';
import { storingCommand, STORING_USAGE } from './lib/storing-command.js';
import { WORKSHOP_USAGE, workshopCommand } from './lib/workshop-command.js';

const USAGE = `gebruik: npm run sim -- <opdracht>

  status                                   /health van de vier diensten
  reset [--zonder-eigen-leveranciers]      alle diensten terug naar de seed-wereld; eigen leveranciers
                                           blijven (met hun mandaten), tenzij de vlag ze verwijdert
  clock [JJJJ-MM-DD]                       toon of zet de gesimuleerde datum op alle diensten
  cert issue --oin <OIN> --name <naam> [--expired | --not-yet-valid]
  cert revoke --oin <OIN>
  call --as <OIN|naam> <METHODE> <pad> [bestand|-] [--nieuw-id]
                                           naam: van een partij of gegeven met cert issue --name;
                                           pad als /onderwijsbesturen/100B490 of rio:/health;
                                           --nieuw-id geeft het bericht een nieuwe UUID en tijd
  scenario [naam]                          een walk-through uit docs/workshop.md, stap voor stap (zonder naam: de lijst)
  partijen                                 de partijen van de wereld met hun OIN
${LEVERANCIER_USAGE}
  ketentest start --as <leverancier>       nieuwe, genummerde ketentestgevallen voor die leverancier (docs/ketentest.md)
  ketentest rapport --as <leverancier> [--junit BESTAND] [--html BESTAND]
                                           beoordeel elk geval uit het journaal; exitcode 1 als er een niet slaagde
  las --as <leverancier> [--slordig]       de referentie-LAS doet de ketentest (--slordig: met fouten)
${WORKSHOP_USAGE}
${ONTVANGER_USAGE}
${STORING_USAGE}`;

const env = process.env;
const config = loadServiceConfig('rio', env);
// The seed's parties and the vendors added to this world (data/partijen.json).
const parties = (): Party[] => loadWorldParties(config.fixturesDir, config.dataDir);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * An OIN, or a unique part of a party's naam or rol ("operator", "plaza"), or of the naam given to
 * `cert issue --name` (read from the certificates in the pki folder).
 */
function resolveParty(who: string): string {
  const found = findParty(who, parties(), issuedCertificates(config.pkiDir));
  if ('fout' in found) fail(found.fout);
  return found.oin;
}

function clientFor(service: ServiceName, asOin: string) {
  const pki = pkiPaths(config.pkiDir);
  if (!existsSync(pki.partyCert(asOin)))
    fail(`geen certificaat voor ${asOin}; maak er een met: npm run sim -- cert issue --oin ${asOin} --name <naam>`);
  return createServiceClient(config.peers[service], loadPartyTls(config.pkiDir, asOin), { connections: 1 });
}

function operatorOin(): string {
  const op = parties().find((p) => p.rol === 'operator');
  if (!op) fail('de wereld heeft geen operator (fixtures/parties.json)');
  return op.oin;
}

interface FanOutResult {
  service: ServiceName;
  regel: string;
  ok: boolean;
  /** Nothing listened: the service is not running. */
  down: boolean;
}

/** The same operator call on every service; one line per service. */
async function fanOut(method: string, path: string, body?: unknown): Promise<FanOutResult[]> {
  const asOin = operatorOin();
  const results: FanOutResult[] = [];
  for (const service of SERVICES) {
    const client = clientFor(service, asOin);
    try {
      const res = await client.request<Record<string, unknown>>(method, path, body);
      results.push({ service, regel: `${res.status}  ${JSON.stringify(res.body)}`, ok: res.status < 400, down: false });
    } catch (err) {
      const regel = `--   ${explainConnectionError(err, config.peers[service], config.pkiDir, asOin)}`;
      results.push({ service, regel, ok: false, down: isConnectionRefused(err) });
    } finally {
      await client.close();
    }
  }
  // Four times "not running" says less than once that the chain is down.
  if (results.every((r) => r.down)) {
    fail(`De keten draait niet: geen van de vier diensten antwoordt (${SERVICES.map((s) => config.peers[s]).join(', ')}).
Start hem in een ander venster met: npm start`);
  }
  return results;
}

/** One request as the operator (or `als`), for the use cases shared with the console. */
const send: Verstuur = async (service, method, path, options = {}) => {
  const asOin = options.als ?? operatorOin();
  const client = clientFor(service, asOin);
  try {
    return await client
      .request(method, path, options.body)
      .catch((err: unknown) => fail(explainConnectionError(err, config.peers[service], config.pkiDir, asOin)));
  } finally {
    await client.close();
  }
};

/** `sim reset`: vendors of your own stay (with new mandates) unless the flag removes them first. */
async function reset(args: string[]): Promise<void> {
  const zonder = args.includes('--zonder-eigen-leveranciers');
  const onbekend = args.filter((a) => a !== '--zonder-eigen-leveranciers');
  if (onbekend.length > 0)
    fail(`onbekende optie ${onbekend.join(' ')}; gebruik: npm run sim -- reset [--zonder-eigen-leveranciers]`);
  if (zonder && !(await verwijderEigenLeveranciers(send, config)))
    fail('niet elke eigen leverancier kon verwijderd worden; de wereld is niet gereset');
  await onAll('POST', '/_sim/reset', {});
  const eigen = readWorldParties(worldPartiesFile(config.dataDir)).partijen;
  if (eigen.length > 0)
    console.log(
      `eigen leveranciers blijven, met hun mandaten: ${eigen.map((p) => `${p.naam} (${p.oin})`).join(', ')}; --zonder-eigen-leveranciers verwijdert ze`,
    );
}

async function onAll(method: string, path: string, body?: unknown): Promise<void> {
  const results = await fanOut(method, path, body);
  for (const r of results) console.log(`${r.service.padEnd(8)} ${r.regel}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

/** `sim clock [datum]`: a date that is no date is refused here, once, not by each service. */
function clock(datum: string | undefined): Promise<void> {
  if (datum === undefined) return onAll('GET', '/_sim/clock');
  if (!isIsoDate(datum)) fail(`"${datum}" is geen datum; geef de gesimuleerde datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-28`);
  return onAll('PUT', '/_sim/clock', { vandaag: datum });
}

/** `sim scenario <naam>`: a workshop walk-through (docs/workshop.md), step by step, from a fresh world. */
async function scenario(naam: string | undefined): Promise<void> {
  const gekozen = naam !== undefined && Object.hasOwn(SCENARIOS, naam) ? SCENARIOS[naam] : undefined;
  if (!gekozen) {
    if (naam !== undefined) console.error(`onbekend scenario "${naam}"; kies een van de scenario's hieronder`);
    const uit = naam === undefined ? console.log : console.error;
    uit("scenario's (npm run sim -- scenario <naam>):");
    for (const [n, s] of Object.entries(SCENARIOS)) uit(`  ${n.padEnd(12)} ${s.titel}`);
    if (naam !== undefined) process.exitCode = 2;
    return;
  }
  console.log(`${gekozen.titel}\n(de wereld gaat terug naar de seed, de klok naar ${gekozen.datum})`);
  for (const r of [
    ...(await fanOut('POST', '/_sim/reset', {})),
    ...(await fanOut('PUT', '/_sim/clock', { vandaag: gekozen.datum })),
  ]) {
    if (!r.ok) fail(`${r.service}: ${r.regel}`);
  }
  const bewaard: Record<string, string> = {};
  for (const [i, stap] of gekozen.stappen.entries()) {
    console.log(`\n${i + 1}. ${stap.uitleg}`);
    if ('klok' in stap) {
      const results = await fanOut('PUT', '/_sim/clock', { vandaag: stap.klok });
      console.log(`   klok ${stap.klok} op ${results.filter((r) => r.ok).length} van de 4 diensten`);
      if (results.some((r) => !r.ok)) fail('de klok kon niet overal gezet worden');
      continue;
    }
    const verzoek = stapVerzoek(stap, bewaard);
    const pad = verzoek.pad;
    const asOin = resolveParty(stap.als);
    const client = clientFor(verzoek.service, asOin);
    try {
      const res = await client
        .request(stap.methode, verzoek.path, verzoek.body)
        .catch((err: unknown) => fail(explainConnectionError(err, config.peers[verzoek.service], config.pkiDir, asOin)));
      console.log(`   ${stap.als} ${stap.methode} ${pad}${stap.bestand ? ` ${stap.bestand}` : ''} -> HTTP ${res.status}`);
      for (const veld of stap.toon ?? []) console.log(`   ${veld}: ${JSON.stringify(pick(res.body, veld))}`);
      if (!stap.toon) console.log(`   ${JSON.stringify(res.body)}`);
      for (const [k, veld] of Object.entries(stap.bewaar ?? {})) bewaard[k] = String(pick(res.body, veld));
      if (res.status !== stap.verwacht) {
        console.log(`   verwacht was HTTP ${stap.verwacht}: het scenario stopt hier`);
        process.exitCode = 1;
        return;
      }
    } finally {
      await client.close();
    }
  }
  console.log('\nklaar: elke stap gaf het verwachte antwoord');
}

/** A file named on the command line (relative to where the user is), or `-` for standard input. */
function readBody(file: string | undefined, freshId: boolean): unknown {
  try {
    return readStapBody(file === undefined || file === '-' ? file : resolve(file), freshId);
  } catch (err) {
    if (err instanceof StapFout) fail(err.message);
    throw err;
  }
}

async function call(args: string[]): Promise<void> {
  const as = option(args, '--as');
  const freshId = args.includes('--nieuw-id');
  const rest = args.filter((a, i) => a !== '--nieuw-id' && a !== '--as' && args[i - 1] !== '--as');
  const [method, target, file] = rest;
  if (!as || !method || !target) fail(USAGE);
  const route = serviceForPath(target);
  if (!route) fail(`bij welke dienst hoort ${target}? schrijf bijvoorbeeld rio:${target} of bron:${target}`);
  const asOin = resolveParty(as);
  const client = clientFor(route.service, asOin);
  try {
    const res = await client
      .request(method.toUpperCase(), route.path, readBody(file, freshId))
      .catch((err: unknown) => fail(explainConnectionError(err, config.peers[route.service], config.pkiDir, asOin)));
    const weigering = res.status === 401 ? explainRefusal(res.body) : null;
    if (weigering) console.error(weigering);
    console.log(`HTTP ${res.status}  (${route.service} ${method.toUpperCase()} ${route.path})`);
    console.log(JSON.stringify(res.body, null, 2));
    if (res.status >= 400) process.exitCode = 1;
  } finally {
    await client.close();
  }
}

async function cert(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub !== 'issue' && sub !== 'revoke') {
    fail(
      `${sub === undefined ? 'geef issue of revoke' : `onbekende opdracht "cert ${sub}"`}: npm run sim -- cert issue|revoke --oin <OIN>`,
    );
  }
  const oin = option(args, '--oin');
  if (!oin || !/^\d{8}[0-9A-Z]{12}$/.test(oin)) fail('geef --oin <OIN> (20 tekens, ID-05)');
  if (sub === 'issue') {
    const naam = option(args, '--name') ?? fail('geef --name <naam>');
    const validity = args.includes('--expired') ? 'expired' : args.includes('--not-yet-valid') ? 'not-yet-valid' : 'valid';
    const file = await issueCertificateFile(config.pkiDir, { oin, naam, validity });
    console.log(`certificaat (${validity}) voor ${naam} ${oin}:\n  ${file}\n  ${pkiPaths(config.pkiDir).partyKey(oin)}`);
  } else {
    const { entry, onleesbaarBewaard } = revokeCertificate(config.pkiDir, oin);
    if (onleesbaarBewaard)
      console.log(`revoked.json was onleesbaar: bewaard als ${onleesbaarBewaard}; de leesbare intrekkingen zijn overgenomen`);
    console.log(`ingetrokken: ${oin} (${entry.fingerprint256}); de diensten weigeren het binnen een seconde met 401 EK0030`);
  }
}

/** A vendor's afleveradres for workshops: prints every bericht BRON pushes (docs/services/bron.md). */
function ketentestDeps(args: string[]): KetentestCliDeps {
  const as = option(args, '--as') ?? fail('geef --as <leverancier> (OIN of naam)');
  const oin = resolveParty(as);
  const partij = parties().find((p) => p.oin === oin);
  if (partij && partij.rol !== 'leverancier')
    fail(`${partij.naam} is geen leverancier; de ketentest is voor de LAS van een leverancier`);
  return {
    omgeving: { peers: config.peers, pkiDir: config.pkiDir, dataDir: config.dataDir, operatorOin: operatorOin() },
    leverancier: { oin, naam: partij?.naam ?? oin },
    fail,
  };
}

async function ketentest(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub === 'start') return ketentestStart(ketentestDeps(args));
  if (sub === 'rapport') return ketentestRapport(ketentestDeps(args), option(args, '--junit'), option(args, '--html'));
  fail(
    `${sub === undefined ? 'geef start of rapport' : `onbekende opdracht "ketentest ${sub}"`}: npm run sim -- ketentest start|rapport --as <leverancier>`,
  );
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'status':
      return onAll('GET', '/health');
    case 'reset':
      return reset(args);
    case 'leverancier':
      process.exitCode = await leverancierCommand(args, send, config);
      return;
    case 'workshop':
      process.exitCode = await workshopCommand(args, { send, config, env, out: console.log, err: console.error });
      return;
    case 'clock':
      return clock(args[0]);
    case 'cert':
      return cert(args);
    case 'call':
      return call(args);
    case 'scenario':
      return scenario(args[0]);
    case 'ketentest':
      return ketentest(args);
    case 'las':
      return las(ketentestDeps(args), args.includes('--slordig'));
    case 'ontvanger':
      return ontvangerCommand(args, { pkiDir: config.pkiDir, parties, fail });
    case 'storing':
      return storingCommand(args, {
        parties,
        resolveParty,
        operatorOin,
        clientFor,
        explain: (err, service, asOin) => explainConnectionError(err, config.peers[service], config.pkiDir, asOin),
        fail,
      });
    case 'partijen':
      for (const p of parties())
        console.log(`${p.oin}  ${p.rol.padEnd(11)} ${p.naam}${p.gemeentecode ? ` (${p.gemeentecode})` : ''}`);
      console.log(`${DUO_OIN} is DUO zelf (de diensten onderling).`);
      return;
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return;
    default:
      console.error(`onbekende opdracht "${command}"\n`);
      console.error(USAGE);
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
