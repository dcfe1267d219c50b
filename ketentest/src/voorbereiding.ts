// `ketentest start`: prepares a vendor's fresh cases in the running world, only through the services'
// HTTP APIs: as the operator (BRP additions, reads, faults), as the vendor itself for the inschrijvingen
// a case starts from (before the LAS's turn, so the grader never sees them), and as another school's
// vendor for the pupil who moves there and the one enrolled there twice.
import { randomInt, randomUUID } from 'node:crypto';
import { addDays, isBsn, loadPartyTls, pkiPaths, SERVICES, type ServiceName } from '@duo-sim/shared';
import { existsSync } from 'node:fs';
import { inschrijvingBericht, type InschrijvingGegevens } from './berichten.js';
import { maakGevallen, type GevalBouwstenen } from './gevallen.js';
import { laatsteSeq } from './journaal.js';
import {
  GEVAL_SOORTEN,
  type BestaandeInschrijving,
  type GevalSoort,
  type KetenSchool,
  type KetentestRun,
  type Leerling,
} from './model.js';
import { schrijfRun, leesRun } from './run-bestand.js';
import { verbind, type Verbinding } from './verbinding.js';

export interface KetenOmgeving {
  peers: Record<ServiceName, string>;
  pkiDir: string;
  dataDir: string;
  operatorOin: string;
}

/** How long BRON holds back each push during the run: the longest delay a storing may ask for. */
export const PUSH_UITSTEL_MS = 120_000;

/** Thrown for what the operator or vendor must fix first; the message is Dutch and says how. */
export class KetentestFout extends Error {}

interface Mandaat {
  school_oin: string;
  supplier_oin: string;
  service: string;
  start_date: string;
  end_date?: string | null;
}
interface OsrSchool {
  oin: string;
  brin: string;
  naam: string;
  onderwijsaanbiedercode: string;
}

const VOORNAMEN = ['Femke', 'Noor', 'Sanne', 'Lotte', 'Yara', 'Fenna', 'Isa', 'Maud', 'Liv', 'Elif', 'Nova', 'Jasmijn'];
const ACHTERNAMEN = [
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dijkstra',
  'Kok',
  'Yilmaz',
];

function nieuwBsn(): string {
  for (;;) {
    const n = String(randomInt(100_000_000, 999_999_999));
    if (isBsn(n)) return n;
  }
}

function actief(m: Mandaat, vandaag: string): boolean {
  return m.start_date <= vandaag && (!m.end_date || vandaag < m.end_date);
}

async function zeker<T>(v: Verbinding, methode: string, pad: string, body?: unknown): Promise<T> {
  const res = await v.vraag<T>(methode, pad, body);
  if (res.status >= 300) {
    throw new KetentestFout(`voorbereiding: ${methode} ${v.url}${pad} gaf HTTP ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

/** RIO's data for a school: what an inschrijving there needs (BRON-06, BRON-09); none for a closed school. */
async function ketenSchool(rio: Verbinding, s: OsrSchool, vandaag: string): Promise<KetenSchool | undefined> {
  const erkenning = await rio.vraag<{ soortOnderwijs: string[]; vestigingen: Array<{ code: string }> }>(
    'GET',
    `/instellingserkenningen/${s.brin}?peildatum=${vandaag}`,
  );
  if (erkenning.status !== 200) return undefined;
  const vestigingen = erkenning.body.vestigingen;
  const vestigingscode = vestigingen.find((v) => v.code === `${s.brin}00`)?.code ?? vestigingen[0]?.code;
  if (!vestigingscode) return undefined;
  const gebruiken = await rio.vraag<{ onderwijslocatiegebruiken: Array<{ onderwijslocatiecode: string }> }>(
    'GET',
    `/onderwijslocatiegebruiken?vestigingscode=${vestigingscode}&peildatum=${vandaag}`,
  );
  const locatie = gebruiken.status === 200 ? gebruiken.body.onderwijslocatiegebruiken[0]?.onderwijslocatiecode : undefined;
  if (!locatie) return undefined;
  return {
    brin: s.brin,
    oin: s.oin,
    naam: s.naam,
    vestigingscode,
    onderwijsaanbiedercode: s.onderwijsaanbiedercode,
    onderwijslocatiecode: locatie,
    soortOnderwijs: erkenning.body.soortOnderwijs[0] ?? 'BAO',
  };
}

/** The schools RIO says can take inschrijvingen today, primary schools first. */
async function inschrijfbaar(rio: Verbinding, scholen: OsrSchool[], vandaag: string): Promise<KetenSchool[]> {
  const alle = await Promise.all(scholen.map((s) => ketenSchool(rio, s, vandaag)));
  return alle.filter((s): s is KetenSchool => s !== undefined).sort(opVoorkeur);
}

/** The primary-school sorts first: the cases' groepen and ages are those of a basisschool. */
const VOORKEUR = ['BAO', 'SBAO', 'SO', 'VSO'];
const opVoorkeur = (a: KetenSchool, b: KetenSchool) => VOORKEUR.indexOf(a.soortOnderwijs) - VOORKEUR.indexOf(b.soortOnderwijs);

export interface GestartResultaat {
  run: KetentestRun;
  /** The run this start replaced, if the vendor had one. */
  vervangen?: KetentestRun;
}

export async function startKetentest(
  omg: KetenOmgeving,
  leverancier: { oin: string; naam: string },
  soorten: readonly GevalSoort[] = GEVAL_SOORTEN,
): Promise<GestartResultaat> {
  const operatorTls = loadPartyTls(omg.pkiDir, omg.operatorOin);
  const op = Object.fromEntries(SERVICES.map((s) => [s, verbind(omg.peers[s], operatorTls)])) as Record<ServiceName, Verbinding>;
  const open: Verbinding[] = Object.values(op);
  const als = (oin: string, service: ServiceName) => {
    const v = verbind(omg.peers[service], loadPartyTls(omg.pkiDir, oin));
    open.push(v);
    return v;
  };
  try {
    const vorige = leesRun(omg.dataDir, leverancier.oin);
    // Starting afresh: the old run's faults end now, so they cannot hit the new run's exchanges.
    for (const id of vorige?.storingen ?? []) await op.bron.vraag('DELETE', `/_sim/storingen/${id}`);
    const storingen: string[] = [];
    const { vandaag } = await zeker<{ vandaag: string }>(op.bron, 'GET', '/_sim/clock');

    // Which schools the vendor, and the others, hold a ROD_PO mandate for today.
    const { onderwijsinstellingen } = await zeker<{ onderwijsinstellingen: OsrSchool[] }>(op.osr, 'GET', '/api/v1/schools');
    const houders = new Map<string, { rod: Set<string>; verzuim: Set<string> }>();
    for (const s of onderwijsinstellingen) {
      const { mandaten } = await zeker<{ mandaten: Mandaat[] }>(op.osr, 'GET', `/api/v1/schools/${s.oin}/mandates`);
      const nu = mandaten.filter((m) => actief(m, vandaag));
      houders.set(s.brin, {
        rod: new Set(nu.filter((m) => m.service === 'ROD_PO').map((m) => m.supplier_oin)),
        verzuim: new Set(nu.filter((m) => m.service === 'VERZUIM').map((m) => m.supplier_oin)),
      });
    }
    const eigen = onderwijsinstellingen.filter((s) => houders.get(s.brin)!.rod.has(leverancier.oin));
    const eigenMetVerzuim = eigen.filter((s) => houders.get(s.brin)!.verzuim.has(leverancier.oin));
    if (eigenMetVerzuim.length === 0) {
      throw new KetentestFout(
        `${leverancier.naam} heeft vandaag (${vandaag}) geen school met een mandaat voor ROD_PO én VERZUIM; ` +
          'laat een bestuur u eerst mandateren (docs/vendor-guide.md).',
      );
    }
    const anderen = onderwijsinstellingen.filter((s) => {
      const h = houders.get(s.brin)!;
      const ander = [...h.rod].find((o) => o !== leverancier.oin && existsSync(pkiPaths(omg.pkiDir).partyCert(o)));
      return !h.rod.has(leverancier.oin) && !h.verzuim.has(leverancier.oin) && ander !== undefined;
    });
    const school = (await inschrijfbaar(op.rio, eigenMetVerzuim, vandaag))[0];
    if (!school)
      throw new KetentestFout(`geen school van ${leverancier.naam} kan vandaag (${vandaag}) inschrijvingen aannemen (RIO)`);
    const andereSchool = (await inschrijfbaar(op.rio, anderen, vandaag))[0];
    if (!andereSchool) throw new KetentestFout('de wereld heeft geen school van een andere leverancier om naar te verhuizen');
    const andereLeverancier = [...houders.get(andereSchool.brin)!.rod].find((o) => o !== leverancier.oin)!;
    const tweede = (await inschrijfbaar(op.rio, eigen, vandaag)).find((s) => s.brin !== school.brin);

    // Fresh pupils; all but the one without a BSN are added to the BRP stub of BRON and the verzuimregister.
    const run = randomUUID().slice(0, 8);
    const leeftijd: Record<GevalSoort, number> = {
      IDENTIFICEREN: 7,
      INSCHRIJVEN: 5,
      GROEP_WIJZIGEN: 8,
      UITSCHRIJVEN: 9,
      VERWIJDEREN: 5,
      RESULTATEN: 11,
      KENNISGEVING: 7,
      DUBBELE_INSCHRIJVING: 6,
      BERICHTENBUS: 0,
      ONDERHOUD: 8,
      VERZUIM: 10,
    };
    const leerlingen = {} as Record<GevalSoort, Leerling | undefined>;
    for (const [i, soort] of soorten.entries()) {
      if (soort === 'BERICHTENBUS') continue;
      leerlingen[soort] = {
        ...(soort === 'IDENTIFICEREN' ? {} : { burgerservicenummer: nieuwBsn() }),
        voornamen: VOORNAMEN[randomInt(VOORNAMEN.length)]!,
        // The run id in the name keeps the pupil without a BSN from matching anyone in the BRP (BRON-01).
        achternaam:
          soort === 'IDENTIFICEREN' ? `Kt${run}` : ACHTERNAMEN[(i + randomInt(ACHTERNAMEN.length)) % ACHTERNAMEN.length]!,
        geboortedatum: addDays(vandaag, -Math.round(leeftijd[soort] * 365.25) - randomInt(100)),
        geslacht: 'V',
      };
    }
    const brp = Object.values(leerlingen)
      .filter((l): l is Leerling => l?.burgerservicenummer !== undefined)
      .map((l) => ({
        ...l,
        adres: { postcode: '3511AB', huisnummer: 1 + randomInt(200), woonplaats: 'Utrecht', gemeentecode: '0344' },
      }));
    for (const service of ['bron', 'verzuim'] as const) await zeker(op[service], 'POST', '/_sim/brp-personen', brp);

    // The inschrijvingen the cases start from, made as the vendor before its turn begins.
    const sinds = addDays(vandaag, -120);
    const bestaand: Partial<Record<GevalSoort, BestaandeInschrijving>> = {};
    const groep: Partial<Record<GevalSoort, number>> = {
      GROEP_WIJZIGEN: 4,
      UITSCHRIJVEN: 5,
      RESULTATEN: 8,
      KENNISGEVING: 3,
      VERZUIM: 6,
    };
    for (const soort of ['GROEP_WIJZIGEN', 'UITSCHRIJVEN', 'VERWIJDEREN', 'RESULTATEN', 'KENNISGEVING', 'VERZUIM'] as const) {
      if (!soorten.includes(soort)) continue;
      const begin = soort === 'VERWIJDEREN' ? addDays(vandaag, -3) : sinds;
      bestaand[soort] = {
        inschrijvingsvolgnummer: `KT-${run}-${soort.slice(0, 3)}`,
        inschrijfdatum: begin,
        periodes: [{ begindatum: begin, groep: groep[soort] ?? 1 }],
      };
    }
    const bron = als(leverancier.oin, 'bron');
    for (const [soort, ins] of Object.entries(bestaand) as Array<[GevalSoort, BestaandeInschrijving]>) {
      await schrijfIn(bron, school, leerlingen[soort]!, ins);
    }
    const andereBron = als(andereLeverancier, 'bron');
    if (soorten.includes('DUBBELE_INSCHRIJVING')) {
      await schrijfIn(andereBron, andereSchool, leerlingen.DUBBELE_INSCHRIJVING!, {
        inschrijvingsvolgnummer: `KT-${run}-DUB`,
        inschrijfdatum: sinds,
        periodes: [{ begindatum: sinds, groep: 2 }],
      });
    }

    // From here on, what the vendor does is the LAS's turn.
    const journaalStart = {} as Record<ServiceName, number>;
    for (const s of SERVICES) journaalStart[s] = await laatsteSeq(op[s], leverancier.oin);
    const berichtenbusStart: Record<string, number> = {};
    for (const s of [school, ...(tweede ? [tweede] : [])]) berichtenbusStart[s.brin] = await mailboxEinde(op.bron, s.brin);

    // The pupil who moves: the other school enrols her, so the kennisgeving arrives in the LAS's turn.
    const verhuisdatum = addDays(vandaag, -1);
    if (soorten.includes('KENNISGEVING')) {
      await schrijfIn(andereBron, andereSchool, leerlingen.KENNISGEVING!, {
        inschrijvingsvolgnummer: `KT-${run}-VHZ`,
        inschrijfdatum: verhuisdatum,
        periodes: [{ begindatum: verhuisdatum, groep: 3 }],
      });
    }

    // The ONDERHOUD window: BRON answers the vendor's first inschrijvingen for that school with 503.
    const onderhoudSchool = tweede ?? school;
    const onderhoud = { retryAfterSeconden: 1, aantal: 2, storingId: '' };
    if (soorten.includes('ONDERHOUD')) {
      const storing = await zeker<{ id: string }>(op.bron, 'PUT', '/_sim/storingen', {
        soort: 'ONDERHOUD',
        operatie: 'POST /inschrijvingen',
        leverancier: leverancier.oin,
        school: onderhoudSchool.brin,
        aantal: onderhoud.aantal,
        retryAfterSeconden: onderhoud.retryAfterSeconden,
      });
      onderhoud.storingId = storing.id;
      storingen.push(storing.id);
    }

    // The push outage: BRON holds back every push of this school's berichten to the vendor's
    // afleveradres for the run, so a LAS that waits for pushes misses the kennisgeving (BERICHTENBUS).
    if (soorten.includes('BERICHTENBUS')) {
      const { id } = await zeker<{ id: string }>(op.bron, 'PUT', '/_sim/storingen', {
        soort: 'PUSH_VERTRAAGD',
        leverancier: leverancier.oin,
        school: school.brin,
        vertragingMs: PUSH_UITSTEL_MS,
        tot: new Date(Date.now() + 15 * 60_000).toISOString(),
      });
      storingen.push(id);
    }

    const bouwstenen: GevalBouwstenen = {
      vandaag,
      school,
      onderhoudSchool,
      onderhoud,
      andereSchool,
      leerlingen,
      bestaand,
      verhuisdatum,
      berichtenbusStart: berichtenbusStart[school.brin]!,
      soorten,
    };
    const ketentest: KetentestRun = {
      versie: 1,
      id: run,
      leverancier,
      gestart: new Date().toISOString(),
      vandaag,
      scholen: eigen.map((s) => s.brin),
      journaalStart,
      berichtenbusStart,
      storingen,
      gevallen: maakGevallen(bouwstenen),
    };
    schrijfRun(omg.dataDir, ketentest);
    return { run: ketentest, ...(vorige ? { vervangen: vorige } : {}) };
  } finally {
    for (const v of open) v.sluit();
  }
}

async function schrijfIn(bron: Verbinding, school: KetenSchool, l: Leerling, ins: InschrijvingGegevens): Promise<void> {
  await zeker(bron, 'POST', '/inschrijvingen', inschrijvingBericht(school, { burgerservicenummer: l.burgerservicenummer! }, ins));
}

async function mailboxEinde(bron: Verbinding, brin: string): Promise<number> {
  let na = 0;
  for (;;) {
    const res = await zeker<{ berichten: unknown[]; volgende: number }>(
      bron,
      'GET',
      `/scholen/${brin}/berichten?na=${na}&limiet=1000`,
    );
    if (res.berichten.length === 0) return res.volgende;
    na = res.volgende;
  }
}
