// `npm run sim -- storing zet|lijst|weg`: faults on demand (docs/storingen.md) from the command line.
// The service checks the fault; this only turns options into the body and the answer into Dutch lines.
import { SERVICES, type Party, type ServiceClient, type ServiceName, type Storing } from '@duo-sim/shared';

export interface StoringCommandDeps {
  parties: () => Party[];
  resolveParty: (who: string) => string;
  operatorOin: () => string;
  clientFor: (service: ServiceName, asOin: string) => ServiceClient;
  /** The Dutch explanation of a failed connection (the chain not running, a refused certificate). */
  explain: (err: unknown, service: ServiceName, asOin: string) => string;
  fail: (message: string) => never;
}

export const STORING_USAGE = `  storing zet <dienst> <soort> [--operatie "POST /inschrijvingen"] [--leverancier <OIN|naam>] [--school <BRIN>]
              [--aantal n | --tot <tijdstip> | --minuten n] [--vertraging ms] [--retry-after s] [--na-verwerking] [--as <partij>]
                                           zet een storing: ONDERHOUD, INT500, VERTRAGING, VERBROKEN, TIME_OUT
                                           (bron ook PUSH_VERTRAAGD, PUSH_DUBBEL, PUSH_VOLGORDE); zie docs/storingen.md
  storing lijst [dienst] [--as <partij>]   de actieve storingen (een leverancier ziet alleen de eigen)
  storing weg <dienst> [id | --alle] [--as <partij>]
                                           haal een storing weg, of alle die de partij mag zien`;

const FLAGS_WITH_VALUE = [
  '--operatie',
  '--leverancier',
  '--school',
  '--aantal',
  '--tot',
  '--minuten',
  '--vertraging',
  '--retry-after',
  '--as',
];

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positional(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !FLAGS_WITH_VALUE.includes(args[i - 1] ?? ''));
}

function dienst(naam: string | undefined, deps: StoringCommandDeps): ServiceName {
  if (naam !== undefined && (SERVICES as readonly string[]).includes(naam)) return naam as ServiceName;
  return deps.fail(
    `${naam === undefined ? 'geef een dienst' : `onbekende dienst "${naam}"`}: kies een van ${SERVICES.join(', ')}`,
  );
}

function geheelGetal(waarde: string | undefined, naam: string, deps: StoringCommandDeps): number | undefined {
  if (waarde === undefined) return undefined;
  if (!/^\d+$/.test(waarde)) deps.fail(`${naam} moet een geheel getal zijn, niet "${waarde}"`);
  return Number(waarde);
}

/** The body of PUT /_sim/storingen from the options; --minuten becomes a tot from now. */
export function storingBody(args: string[], deps: StoringCommandDeps, nuMs = Date.now()): Record<string, unknown> {
  const [, soort] = positional(args);
  if (soort === undefined)
    deps.fail('geef de soort storing, bijvoorbeeld: npm run sim -- storing zet bron ONDERHOUD --minuten 5');
  const minuten = geheelGetal(option(args, '--minuten'), '--minuten', deps);
  const tot = option(args, '--tot');
  if (minuten !== undefined && tot !== undefined) deps.fail('geef --tot of --minuten, niet allebei');
  const leverancier = option(args, '--leverancier');
  const body: Record<string, unknown> = {
    soort: soort.toUpperCase(),
    operatie: option(args, '--operatie'),
    leverancier: leverancier === undefined ? undefined : deps.resolveParty(leverancier),
    school: option(args, '--school')?.toUpperCase(),
    aantal: geheelGetal(option(args, '--aantal'), '--aantal', deps),
    tot: minuten !== undefined ? new Date(nuMs + minuten * 60_000).toISOString() : tot,
    vertragingMs: geheelGetal(option(args, '--vertraging'), '--vertraging', deps),
    retryAfterSeconden: geheelGetal(option(args, '--retry-after'), '--retry-after', deps),
    naVerwerking: args.includes('--na-verwerking') ? true : undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** One line per fault, in the words of the CLI. */
export function beschrijf(s: Storing, parties: readonly Party[]): string {
  const naam = (oin: string) => parties.find((p) => p.oin === oin)?.naam ?? oin;
  const delen = [
    s.soort,
    s.operatie ? `op ${s.operatie}` : 'op alles',
    s.leverancier ? `voor ${naam(s.leverancier)}` : 'voor iedereen',
    ...(s.school ? [`school ${s.school}`] : []),
    ...(s.vertragingMs !== undefined ? [`${s.vertragingMs} ms`] : []),
    ...(s.retryAfterSeconden !== undefined ? [`Retry-After ${s.retryAfterSeconden} s`] : []),
    ...(s.naVerwerking ? ['na verwerking'] : []),
    s.resterend !== undefined ? `nog ${s.resterend} keer` : `tot ${s.tot}`,
  ];
  return delen.join(', ');
}

function foutregels(body: unknown): string {
  const fouten = (body as { foutmeldingen?: Array<{ foutcode: string; fouttekst: string; pointer?: string }> } | null)
    ?.foutmeldingen;
  if (!Array.isArray(fouten)) return `  ${JSON.stringify(body)}`;
  return fouten.map((f) => `  ${f.foutcode}: ${f.fouttekst}${f.pointer ? ` (${f.pointer})` : ''}`).join('\n');
}

export async function storingCommand(args: string[], deps: StoringCommandDeps): Promise<void> {
  const [sub, ...rest] = args;
  const as = option(rest, '--as');
  const asOin = as === undefined ? deps.operatorOin() : deps.resolveParty(as);
  const send = async <T>(service: ServiceName, method: string, path: string, body?: unknown) => {
    const client = deps.clientFor(service, asOin);
    try {
      return await client.request<T>(method, path, body).catch((err: unknown) => deps.fail(deps.explain(err, service, asOin)));
    } finally {
      await client.close();
    }
  };
  switch (sub) {
    case 'zet': {
      const service = dienst(positional(rest)[0], deps);
      const res = await send<Storing>(service, 'PUT', '/_sim/storingen', storingBody(rest, deps));
      if (res.status !== 201) {
        console.error(`${service} weigert de storing (HTTP ${res.status}):\n${foutregels(res.body)}`);
        process.exitCode = 1;
        return;
      }
      console.log(`storing ${res.body.id} gezet op ${service}: ${beschrijf(res.body, deps.parties())}`);
      return;
    }
    case 'lijst': {
      const gekozen = positional(rest)[0];
      let geen = true;
      for (const service of gekozen === undefined ? SERVICES : [dienst(gekozen, deps)]) {
        const res = await send<{ storingen: Storing[] }>(service, 'GET', '/_sim/storingen');
        if (res.status !== 200) {
          console.error(`${service}: HTTP ${res.status}\n${foutregels(res.body)}`);
          process.exitCode = 1;
          continue;
        }
        for (const s of res.body.storingen) {
          geen = false;
          console.log(`${service.padEnd(8)} ${s.id}  ${beschrijf(s, deps.parties())}`);
        }
      }
      if (geen && process.exitCode === undefined) console.log('geen actieve storingen');
      return;
    }
    case 'weg': {
      const [naam, id] = positional(rest);
      const service = dienst(naam, deps);
      if (id === undefined && !rest.includes('--alle')) deps.fail('geef het id van de storing, of --alle');
      const res = await send(
        service,
        'DELETE',
        id === undefined ? '/_sim/storingen' : `/_sim/storingen/${encodeURIComponent(id)}`,
      );
      if (res.status !== 204) {
        console.error(`${service}: HTTP ${res.status}\n${foutregels(res.body)}`);
        process.exitCode = 1;
        return;
      }
      console.log(id === undefined ? `alle storingen op ${service} weggehaald` : `storing ${id} op ${service} weggehaald`);
      return;
    }
    default:
      deps.fail(`${sub === undefined ? 'geef zet, lijst of weg' : `onbekende opdracht "storing ${sub}"`}:\n${STORING_USAGE}`);
  }
}
