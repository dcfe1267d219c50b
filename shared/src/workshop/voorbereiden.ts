// `sim workshop --deelnemers N`: prepares the running world for a class over the services' HTTP APIs
// only, as `sim leverancier nieuw` does (the same use case): per participant a vendor mandated by the
// besturen of two schools, and pupils of the BRP stub that BRON does not know yet. Schools are dealt
// out in BRIN order, the first half as everyone's first school, so neighbours share a gemeente and a
// pupil can move from one participant's school to another's (kennisgevingen, BRON-14, verzuim).
import { readBrpPersonen } from '../brp-personen-file.js';
import { kiesScholen, LeverancierFout, maakNieuweLeverancier, type Verstuur } from '../nieuwe-leverancier.js';
import type { OsrSchool } from '../osr-client.js';
import { hashWorkshopToken, newWorkshopToken } from './tokens.js';
import type { Deelnemer, Workshop, WorkshopLeerling, WorkshopSchool } from './state.js';

export const SCHOLEN_PER_DEELNEMER = 2;
export const LEERLINGEN_PER_DEELNEMER = 4;
export const MAX_DEELNEMERS = 60;

export interface WorkshopVraag {
  naam: string;
  deelnemers: number;
  /** The opdrachten file, relative to the fixtures folder. */
  opdrachten: string;
  fixturesDir: string;
}

export interface NieuweWorkshop {
  workshop: Workshop;
  /** The tokens themselves: shown once, in the join links; the file keeps only their hashes. */
  docentToken: string;
  deelnemerTokens: string[];
  /** Mandates a bestuur could not make (the participant exists all the same). */
  nietGemandateerd: string[];
}

interface BrpPersoon {
  burgerservicenummer?: string;
  voornamen: string;
  voorvoegsel?: string;
  achternaam: string;
  geboortedatum: string;
  adres: { gemeentecode: string };
}

const leeftijd = (geboortedatum: string, vandaag: string) =>
  Number(vandaag.slice(0, 4)) - Number(geboortedatum.slice(0, 4)) - (vandaag.slice(5) < geboortedatum.slice(5) ? 1 : 0);

export function checkDeelnemers(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_DEELNEMERS)
    throw new LeverancierFout(`--deelnemers ${n}: geef een aantal deelnemers van 1 tot en met ${MAX_DEELNEMERS}.`);
}

/** Pupils for the class: in the BRP stub, 5 to 11 years old (any BAO groep fits), not in BRON yet. */
async function kiesLeerlingen(send: Verstuur, fixturesDir: string, aantal: number, vandaag: string): Promise<WorkshopLeerling[]> {
  const gekozen: WorkshopLeerling[] = [];
  // Read lazily: a land world's stub has 1.45 million persons, and the class needs only a few.
  for (const p of readBrpPersonen(fixturesDir) as Iterable<BrpPersoon>) {
    if (gekozen.length === aantal) break;
    const jaren = leeftijd(p.geboortedatum, vandaag);
    if (!p.burgerservicenummer || jaren < 5 || jaren > 11) continue;
    const bekend = await send('bron', 'GET', `/_sim/leerlingen/${p.burgerservicenummer}`);
    if (bekend.status !== 404) continue;
    gekozen.push({
      bsn: p.burgerservicenummer,
      naam: [p.voornamen, p.voorvoegsel, p.achternaam].filter(Boolean).join(' '),
      geboortedatum: p.geboortedatum,
      gemeentecode: p.adres.gemeentecode,
    });
  }
  if (gekozen.length < aantal)
    throw new LeverancierFout(
      `De BRP-stub heeft ${gekozen.length} kinderen van 5 tot 11 jaar die BRON nog niet kent; de workshop vraagt er ${aantal}. Zet de wereld terug met npm run sim -- reset, of vraag minder deelnemers.`,
    );
  return gekozen;
}

export async function maakWorkshop(send: Verstuur, vraag: WorkshopVraag): Promise<NieuweWorkshop> {
  checkDeelnemers(vraag.deelnemers);
  const n = vraag.deelnemers;
  const health = await send('osr', 'GET', '/health');
  if (health.status !== 200) throw new LeverancierFout(`OSR antwoordt niet zoals verwacht (HTTP ${health.status}).`);
  const { vandaag } = health.body as { vandaag: string };
  let brins: string[];
  try {
    brins = await kiesScholen(send, n * SCHOLEN_PER_DEELNEMER);
  } catch (err) {
    if (!(err instanceof LeverancierFout)) throw err;
    throw new LeverancierFout(
      `${n} deelnemers vragen ${n * SCHOLEN_PER_DEELNEMER} scholen zonder leverancierswissel of sluiting: ${err.message.split(';')[0]}. Vraag minder deelnemers, of maak een grotere wereld (npm run generate:fixtures -- --schools ${n * SCHOLEN_PER_DEELNEMER + 4}).`,
    );
  }
  // Pupils are checked before any vendor is made: a class that cannot get its pupils changes nothing.
  const leerlingen = await kiesLeerlingen(send, vraag.fixturesDir, n * LEERLINGEN_PER_DEELNEMER, vandaag);
  const schools = (await send('osr', 'GET', '/api/v1/schools')).body as { onderwijsinstellingen: OsrSchool[] };
  const perBrin = new Map(schools.onderwijsinstellingen.map((s) => [s.brin, s]));
  const schoolVan = async (brin: string, school_oin: string): Promise<WorkshopSchool> => {
    const vestigingscode = `${brin}00`;
    const gebruiken = await send('rio', 'GET', `/onderwijslocatiegebruiken?vestigingscode=${vestigingscode}`);
    const locatie = /"onderwijslocatiecode":"(\w+)"/.exec(JSON.stringify(gebruiken.body))?.[1] ?? '';
    const osr = perBrin.get(brin);
    return {
      brin,
      school_oin,
      naam: osr?.naam ?? brin,
      vestigingscode,
      onderwijsaanbiedercode: osr?.onderwijsaanbiedercode ?? '',
      onderwijslocatiecode: locatie,
    };
  };

  const docentToken = newWorkshopToken();
  const deelnemerTokens: string[] = [];
  const deelnemers: Deelnemer[] = [];
  const nietGemandateerd: string[] = [];
  for (let i = 0; i < n; i++) {
    const eigen = [brins[i]!, brins[i + n]!];
    const vendor = await maakNieuweLeverancier(send, { naam: `${vraag.naam} deelnemer ${i + 1}`, scholen: eigen });
    nietGemandateerd.push(...vendor.nietGemandateerd);
    const token = newWorkshopToken();
    deelnemerTokens.push(token);
    deelnemers.push({
      nummer: i + 1,
      naam: vendor.naam,
      oin: vendor.oin,
      scholen: await Promise.all(vendor.scholen.map((s) => schoolVan(s.brin, s.school_oin))),
      leerlingen: leerlingen.slice(i * LEERLINGEN_PER_DEELNEMER, (i + 1) * LEERLINGEN_PER_DEELNEMER),
      bestanden: vendor.bestanden,
      wachtwoord: vendor.wachtwoord,
      tokenHash: hashWorkshopToken(token),
    });
  }
  const workshop: Workshop = {
    naam: vraag.naam,
    gemaakt: new Date().toISOString(),
    opdrachten: vraag.opdrachten,
    geopend: 1,
    docentTokenHash: hashWorkshopToken(docentToken),
    deelnemers,
  };
  return { workshop, docentToken, deelnemerTokens, nietGemandateerd };
}
