// What the benchmark sends: for every school whose vendor holds an active ROD_PO mandate, the
// vendor's certificate and the school's codes from the seed world; for every key a unique,
// accepted inschrijving (fresh bedrijfsdocument id, distinct (pupil, volgnummer) per school and
// one-day inschrijvingen on distinct dates, so BRON-02 never sees an overlap).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, ageOn } from '@duo-sim/shared';

export interface BenchSchool {
  brin: string;
  schoolOin: string;
  vendorOin: string;
  onderwijsaanbiedercode: string;
  vestigingscode: string;
  onderwijslocatiecode: string;
  soortOnderwijs: string;
}

export interface BenchPupil {
  burgerservicenummer: string;
  geboortedatum: string;
}

interface RioWorld {
  instellingserkenningen: Array<{ code: string; einddatum?: string; soortOnderwijs: string[] }>;
  vestigingserkenningen: Array<{ code: string; instellingserkenningscode: string; soort: string; einddatum?: string }>;
  onderwijslocatiegebruiken: Array<{
    onderwijslocatiecode: string;
    einddatum?: string;
    juridischeRelaties: Array<{ vestigingserkenningscode: string; einddatum?: string }>;
  }>;
}

interface OsrWorld {
  onderwijsinstellingen: Array<{ oin: string; brin: string; onderwijsaanbiedercode: string }>;
  mandaten: Array<{ school_oin: string; supplier_oin: string; service: string; start_date: string; end_date?: string | null }>;
}

interface BrpPersoon {
  burgerservicenummer?: string;
  geboortedatum: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const openOn = (end: string | undefined | null, day: string) => end === undefined || end === null || end > day;

/**
 * Every school that is open on `day` with its hoofdvestiging, locatie and soort onderwijs, and the
 * vendor whose ROD_PO mandate is active on `day` (EK-07, OSR-03); schools without one are left out.
 */
export function loadSchools(fixturesDir: string, day: string): BenchSchool[] {
  const rio = readJson<RioWorld>(join(fixturesDir, 'rio.json'));
  const osr = readJson<OsrWorld>(join(fixturesDir, 'osr.json'));
  const erkenning = new Map(rio.instellingserkenningen.map((e) => [e.code, e]));
  const locatieVan = new Map<string, string>();
  for (const g of rio.onderwijslocatiegebruiken) {
    if (!openOn(g.einddatum, day)) continue;
    for (const r of g.juridischeRelaties)
      if (openOn(r.einddatum, day)) locatieVan.set(r.vestigingserkenningscode, g.onderwijslocatiecode);
  }
  const hoofdvestiging = new Map<string, string>();
  for (const v of rio.vestigingserkenningen) {
    if (v.soort === 'HOOFDVESTIGING' && openOn(v.einddatum, day)) hoofdvestiging.set(v.instellingserkenningscode, v.code);
  }
  const vendorOf = new Map<string, string>();
  for (const m of osr.mandaten) {
    if (m.service === 'ROD_PO' && m.start_date <= day && openOn(m.end_date, day)) vendorOf.set(m.school_oin, m.supplier_oin);
  }
  const schools: BenchSchool[] = [];
  for (const s of osr.onderwijsinstellingen) {
    const e = erkenning.get(s.brin);
    const vestigingscode = hoofdvestiging.get(s.brin);
    const vendorOin = vendorOf.get(s.oin);
    if (!e || !openOn(e.einddatum, day) || !vestigingscode || !vendorOin) continue;
    const onderwijslocatiecode = locatieVan.get(vestigingscode);
    if (!onderwijslocatiecode) continue;
    schools.push({
      brin: s.brin,
      schoolOin: s.oin,
      vendorOin,
      onderwijsaanbiedercode: s.onderwijsaanbiedercode,
      vestigingscode,
      onderwijslocatiecode,
      soortOnderwijs: e.soortOnderwijs[0]!,
    });
  }
  return schools;
}

/** Pupils of the BRP stub with a BSN (BRON-01) who are at least 4 on `earliest` (BRON-07). */
export function loadPupils(fixturesDir: string, earliest: string): BenchPupil[] {
  const personen = readJson<BrpPersoon[]>(join(fixturesDir, 'brp-personen.json'));
  return personen
    .filter(
      (p): p is BrpPersoon & { burgerservicenummer: string } =>
        p.burgerservicenummer !== undefined && ageOn(p.geboortedatum, earliest) >= 4,
    )
    .map((p) => ({ burgerservicenummer: p.burgerservicenummer, geboortedatum: p.geboortedatum }));
}

export interface Bericht {
  vendorOin: string;
  /** The request body ('' for a GET, which sends none). */
  body: string;
  /** Where the request goes when not to the load's own url and path (the vendor mix, mix.ts). */
  target?: { origin: string; method: 'GET' | 'POST'; path: string; expect: number; kind: string };
  /** Called when the answer had the expected status (the mix remembers enrolled pupils). */
  accepted?: () => void;
}

export interface BerichtStream {
  vendorOin: string;
  /** The next unique bericht of this vendor; throws when the key space is used up. */
  next(): Bericht;
  readonly sent: number;
}

export interface PlanOptions {
  schools: BenchSchool[];
  pupils: BenchPupil[];
  /** The simulated date; inschrijvingen go back one day per round from here. */
  vandaag: string;
  /** How many distinct days (rounds) at most. */
  maxDays: number;
  /** Prefix of the volgnummers, so streams of one run never collide. */
  tag: string;
}

/**
 * One stream per vendor. The pupils are split over all schools (pupil j belongs to school j mod S),
 * so every pupil is only ever enrolled at one school: no dubbele inschrijving or keten work that a
 * real pupil would not cause. Key i of a vendor takes pair i mod N of its (school, pupil) pairs and
 * day i div N: the pupils change fastest, so concurrent requests touch different rows. Each pupil
 * gets one-day inschrijvingen (uitschrijfdatum = inschrijfdatum, BRON-03) on distinct dates with
 * distinct volgnummers: no overlap (BRON-02). Berichten for dates more than 7 days back get a
 * BRON-13 melding and the one-day uitschrijving without reden a BRON-11 melding; both are still
 * accepted (201).
 */
export function createStreams(opts: PlanOptions): BerichtStream[] {
  const pairsOf = new Map<string, Array<{ school: BenchSchool; pupil: BenchPupil }>>();
  opts.pupils.forEach((pupil, j) => {
    const school = opts.schools[j % opts.schools.length]!;
    pairsOf.set(school.vendorOin, [...(pairsOf.get(school.vendorOin) ?? []), { school, pupil }]);
  });
  const streams: BerichtStream[] = [];
  let docSeq = 0;
  const stamp = `${opts.vandaag}T09:00:00Z`;
  for (const [vendorOin, pairs] of pairsOf) {
    let i = 0;
    const N = pairs.length;
    streams.push({
      vendorOin,
      get sent() {
        return i;
      },
      next() {
        const { school, pupil } = pairs[i % N]!;
        const day = Math.floor(i / N);
        if (day >= opts.maxDays) throw new Error(`key space of vendor ${vendorOin} used up (${i} berichten)`);
        i++;
        const datum = addDays(opts.vandaag, -day);
        docSeq++;
        const body = {
          bedrijfsdocument: {
            identificatiecodeBedrijfsdocument: benchUuid(opts.tag, docSeq),
            verzendendeInstantie: school.schoolOin,
            ontvangendeInstantie: '00000001800866472000',
            datumTijdBedrijfsdocument: stamp,
          },
          inschrijving: {
            leerling: { burgerservicenummer: pupil.burgerservicenummer },
            inschrijvingsvolgnummer: `${opts.tag}${day}`,
            vestigingscode: school.vestigingscode,
            onderwijsaanbiedercode: school.onderwijsaanbiedercode,
            onderwijslocatiecode: school.onderwijslocatiecode,
            soortOnderwijs: school.soortOnderwijs,
            inschrijfdatum: datum,
            uitschrijfdatum: datum,
            periodes: [{ begindatum: datum, groep: 3 }],
          },
        };
        return { vendorOin, body: JSON.stringify(body) };
      },
    });
  }
  return streams;
}

/** A UUID-shaped, unique identificatiecodeBedrijfsdocument (EK-06) per run tag and sequence. */
export function benchUuid(tag: string, seq: number): string {
  const t = Buffer.from(tag.padEnd(6, '0').slice(0, 6)).toString('hex').slice(0, 8).padStart(8, '0');
  const s = seq.toString(16).padStart(12, '0');
  return `${t}-be0c-4000-8000-${s}`;
}
