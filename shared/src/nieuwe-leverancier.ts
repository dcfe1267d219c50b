// `sim leverancier nieuw` and the console's "nieuwe leverancier" (docs/vendor-guide.md): one use case,
// over the services' HTTP APIs only. The operator picks the schools and adds the vendor to the world
// (OSR-07); each school's bestuur then mandates it for ROD_PO and VERZUIM with its own certificate,
// as a bestuur does in the chain (OSR-02).
import type { ServiceName } from './config.js';
import type { OsrMandaat, OsrSchool } from './osr-client.js';

/** Sends one request as the operator, or as the party `als`; throws when the service cannot be reached. */
export type Verstuur = (
  service: ServiceName,
  method: string,
  path: string,
  options?: { body?: unknown; als?: string },
) => Promise<{ status: number; body: unknown }>;

/** A Dutch sentence for the user: the request could not be done; the world is as it was unless it says so. */
export class LeverancierFout extends Error {
  override name = 'LeverancierFout';
}

export interface NieuweLeverancierVraag {
  naam: string;
  /** How many schools to pick, or the BRINs of the schools. */
  scholen: number | readonly string[];
}

export interface NieuweLeverancierAntwoord {
  oin: string;
  naam: string;
  sinds: string;
  scholen: Array<{ brin: string; school_oin: string; bestuur_oin: string }>;
  bestanden: { certificaat: string; sleutel: string; pkcs12: string };
  wachtwoord: string;
  mandaten: Array<{ brin: string; service: string; token: string }>;
  /** Mandates a bestuur could not make (the vendor exists all the same; a reset makes them again). */
  nietGemandateerd: string[];
}

export const EIGEN_LEVERANCIER_DIENSTEN = ['ROD_PO', 'VERZUIM'] as const;

const BRINS = /^[0-9]{2}[A-Z]{2}(,[0-9]{2}[A-Z]{2})*$/;

/**
 * "3" or "11AA,13CB" (the CLI's --scholen, the console's field `label`); empty means 3. Anything else
 * is a Dutch sentence for the user.
 */
export function parseScholen(raw: string | undefined, label = '--scholen'): number | string[] {
  if (raw === undefined || raw.trim() === '') return 3;
  if (/^\d+$/.test(raw) && Number(raw) >= 1) return Number(raw);
  const brins = raw.toUpperCase().replace(/\s/g, '');
  if (BRINS.test(brins)) return brins.split(',');
  throw new LeverancierFout(
    `${label} ${raw}: geef een aantal van 1 of meer (${label} 3) of BRIN's met komma's (${label} 11AA,13CB).`,
  );
}

/** A path or name as one shell word, whatever it holds. */
export const shellQuote = (path: string): string => `'${path.replace(/'/g, "'\\''")}'`;

/** The curl line printed after a new vendor (CLI and console): its own mandates in OSR, with its PEM files. */
export function curlRegel(caCert: string, bestanden: NieuweLeverancierAntwoord['bestanden'], osrUrl: string): string {
  const q = shellQuote;
  return `curl --cacert ${q(caCert)} --cert ${q(bestanden.certificaat)} --key ${q(bestanden.sleutel)} ${osrUrl}/api/v1/mandates`;
}

const foutteksten = (body: unknown): string =>
  ((body as { foutmeldingen?: Array<{ fouttekst: string }> } | null)?.foutmeldingen ?? []).map((f) => f.fouttekst).join(' ');

async function ok<T>(send: Verstuur, service: ServiceName, path: string): Promise<T> {
  const res = await send(service, 'GET', path);
  if (res.status !== 200) throw new LeverancierFout(`${service} GET ${path} gaf HTTP ${res.status}: ${foutteksten(res.body)}`);
  return res.body as T;
}

/**
 * The first `aantal` schools (by BRIN) fit for a new vendor: no vendor switch (no mandate of the
 * school has ended) and not closed in RIO on the simulated date (fixtures/README.md).
 */
export async function kiesScholen(send: Verstuur, aantal: number): Promise<string[]> {
  if (!Number.isInteger(aantal) || aantal < 1)
    throw new LeverancierFout(`Scholen ${aantal}: geef een aantal van 1 of meer, of de BRIN's van de scholen (11AA,13CB).`);
  const { vandaag } = await ok<{ vandaag: string }>(send, 'osr', '/health');
  const { onderwijsinstellingen } = await ok<{ onderwijsinstellingen: OsrSchool[] }>(send, 'osr', '/api/v1/schools');
  const gekozen: string[] = [];
  for (const school of onderwijsinstellingen) {
    if (gekozen.length === aantal) break;
    const { mandaten } = await ok<{ mandaten: OsrMandaat[] }>(send, 'osr', `/api/v1/schools/${school.oin}/mandates`);
    if (mandaten.some((m) => m.end_date !== null && m.end_date !== undefined)) continue;
    // RIO answers 404 for an aanbieder that is not in bedrijf on the peildatum: a closed school.
    const path = `/onderwijsaanbieders/${school.onderwijsaanbiedercode}?peildatum=${vandaag}`;
    const aanbieder = await send('rio', 'GET', path);
    if (aanbieder.status === 404) continue;
    if (aanbieder.status !== 200)
      throw new LeverancierFout(`rio GET ${path} gaf HTTP ${aanbieder.status}: ${foutteksten(aanbieder.body)}`);
    gekozen.push(school.brin);
  }
  if (gekozen.length < aantal) {
    throw new LeverancierFout(
      `De wereld heeft ${gekozen.length} scholen zonder leverancierswissel of sluiting; vraag er hoogstens ${gekozen.length}, of noem de scholen zelf met hun BRIN's (11AA,13CB).`,
    );
  }
  return gekozen;
}

/** Adds the vendor to the world and has the besturen mandate it; nothing changes when the input is wrong. */
export async function maakNieuweLeverancier(send: Verstuur, vraag: NieuweLeverancierVraag): Promise<NieuweLeverancierAntwoord> {
  const scholen = typeof vraag.scholen === 'number' ? await kiesScholen(send, vraag.scholen) : [...vraag.scholen];
  const added = await send('osr', 'POST', '/api/v1/leveranciers', { body: { naam: vraag.naam, scholen } });
  if (added.status !== 201) throw new LeverancierFout(foutteksten(added.body) || `OSR gaf HTTP ${added.status}.`);
  const nieuw = added.body as Omit<NieuweLeverancierAntwoord, 'mandaten' | 'nietGemandateerd'>;
  const mandaten: NieuweLeverancierAntwoord['mandaten'] = [];
  const nietGemandateerd: string[] = [];
  for (const school of nieuw.scholen) {
    for (const service of EIGEN_LEVERANCIER_DIENSTEN) {
      const res = await send('osr', 'POST', '/api/v1/mandates', {
        als: school.bestuur_oin,
        body: { school_oin: school.school_oin, supplier_oin: nieuw.oin, service },
      });
      if (res.status === 201) mandaten.push({ brin: school.brin, service, token: (res.body as OsrMandaat).token });
      else nietGemandateerd.push(`${school.brin} ${service}: ${foutteksten(res.body) || `HTTP ${res.status}`}`);
    }
  }
  // The vendor exists either way: its password is in this answer only, so a failed mandate is reported, not thrown.
  return { ...nieuw, mandaten, nietGemandateerd };
}
