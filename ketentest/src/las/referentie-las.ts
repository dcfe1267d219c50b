// The reference LAS: a small client that does every ketentest case the way a LAS should, and so is
// also example code (docs/ketentest.md). It reads the vendor's cases from the run file, talks to BRON
// and the verzuimregister over mTLS with the vendor's certificate, retries a bericht after a failure
// with the SAME identificatiecodeBedrijfsdocument and waits what Retry-After asks, and reads the
// mailbox by cursor. With `slordig` it makes the mistakes the ketentest must catch (SLORDIG below).
import { addDays, loadPartyTls } from '@duo-sim/shared';
import { bedrijfsdocument, inschrijvingBericht, verwijderingBericht, type Pgn } from '../berichten.js';
import type { Geval, GevalSoort, KetenSchool } from '../model.js';
import { leesRun } from '../run-bestand.js';
import type { KetenOmgeving } from '../voorbereiding.js';
import { GeenAntwoord, verbind, type Antwoord, type Verbinding } from '../verbinding.js';

/** What the sloppy variant does wrong, and the case or check that catches it (asserted by the tests). */
export const SLORDIG = {
  ONDERHOUD: 'herhaalt na 503 meteen, met een nieuw id en zonder Retry-After af te wachten',
  BERICHTENBUS: 'leest de berichtenbus elke keer opnieuw vanaf 0',
  KENNISGEVING: 'negeert de kennisgeving dat een leerling naar een andere school is',
  'GEDRAG-1': 'een herhaling na een storing krijgt een nieuw id',
  'GEDRAG-2': 'stuurt een afgewezen verwijdering ongewijzigd nog eens',
} as const;

export interface LasOpties {
  slordig?: boolean;
  /** Where the LAS tells what it does (Dutch lines). */
  log?: (regel: string) => void;
}

const MAX_POGINGEN = 5;
const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Bericht {
  soort: string;
  berichtId: number;
  inhoud: { leerling?: Pgn; status?: string; inschrijfdatum?: string; andereSchool?: { brin: string } };
}

export async function draaiLas(omg: Pick<KetenOmgeving, 'peers' | 'pkiDir' | 'dataDir'>, oin: string, opties: LasOpties = {}) {
  const run = leesRun(omg.dataDir, oin);
  if (!run) throw new Error(`geen ketentest voor ${oin}; start er een met: npm run sim -- ketentest start --as ${oin}`);
  const log = opties.log ?? (() => {});
  const slordig = opties.slordig === true;
  const tls = loadPartyTls(omg.pkiDir, oin);
  const bron = verbind(omg.peers.bron, tls);
  const verzuim = verbind(omg.peers.verzuim, tls);

  /**
   * Sends one bericht. After 5xx or no answer it sends the very same body again (same id, EK-06: the
   * chain answers a repeat with the stored answer), after what Retry-After asks or a growing wait.
   */
  async function stuur<T = unknown>(
    v: Verbinding,
    methode: string,
    pad: string,
    bericht: { bedrijfsdocument: object; [veld: string]: unknown },
  ): Promise<Antwoord<T>> {
    for (let poging = 1; ; poging++) {
      let res: Antwoord<T> | undefined;
      try {
        res = await v.vraag<T>(methode, pad, bericht);
      } catch (err) {
        if (!(err instanceof GeenAntwoord) || poging >= MAX_POGINGEN) throw err;
      }
      if (res && (res.status < 500 || poging >= MAX_POGINGEN)) return res;
      if (slordig) {
        bericht = { ...bericht, bedrijfsdocument: { ...bericht.bedrijfsdocument, ...bedrijfsdocumentId() } };
        continue;
      }
      const retryAfter = Number(res?.headers['retry-after']);
      await slaap(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 250 * 2 ** poging);
    }
  }
  const bedrijfsdocumentId = () => ({ identificatiecodeBedrijfsdocument: crypto.randomUUID() });

  function verwacht<T>(res: Antwoord<T>, wat: string): Antwoord<T> {
    if (res.status >= 300) throw new Error(`${wat}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }

  // The mailbox, read by cursor: each read starts where the previous one ended.
  const cursor: Record<string, number> = { ...run.berichtenbusStart };
  async function leesBerichtenbus(brin: string): Promise<Bericht[]> {
    const nieuw: Bericht[] = [];
    let na = slordig ? 0 : (cursor[brin] ?? 0);
    for (;;) {
      const res = verwacht(await bron.vraag('GET', `/scholen/${brin}/berichten?na=${na}&limiet=50`), 'berichtenbus');
      const body = res.body as { berichten: Bericht[]; volgende: number };
      nieuw.push(...body.berichten);
      na = body.volgende;
      if (body.berichten.length < 50) break;
    }
    cursor[brin] = na;
    return nieuw;
  }

  const volgnummer = (g: Geval) => `${g.code}-${run.id}`;
  const bsn = (g: Geval): Pgn => ({ burgerservicenummer: g.leerling!.burgerservicenummer! });
  const inschrijven = async (school: KetenSchool, leerling: Pgn, g: Geval) =>
    verwacht(
      await stuur(
        bron,
        'POST',
        '/inschrijvingen',
        inschrijvingBericht(school, leerling, {
          inschrijvingsvolgnummer: volgnummer(g),
          inschrijfdatum: String(g.gegevens.inschrijfdatum),
          periodes: [{ begindatum: String(g.gegevens.inschrijfdatum), groep: Number(g.gegevens.groep) }],
        }),
      ),
      `${g.code} inschrijven`,
    );
  const verwijder = async (g: Geval, volg: string) => {
    if (slordig && g.soort === 'VERWIJDEREN') {
      // SLORDIG: a wrong volgnummer, and the refused bericht sent again as it was.
      const fout = verwijderingBericht(g.school, bsn(g), 'onbekend');
      await stuur(bron, 'POST', '/verwijderingen', fout);
      await stuur(bron, 'POST', '/verwijderingen', fout);
    }
    return verwacht(
      await stuur(bron, 'POST', '/verwijderingen', verwijderingBericht(g.school, bsn(g), volg)),
      `${g.code} verwijderen`,
    );
  };

  const DOE: Partial<Record<GevalSoort, (g: Geval) => Promise<string>>> = {
    IDENTIFICEREN: async (g) => {
      const l = g.leerling!;
      const persoon = {
        achternaam: l.achternaam,
        voornamen: l.voornamen,
        geboortedatum: l.geboortedatum,
        geslacht: l.geslacht,
        buitenlandsAdres: { landcode: '9089' },
      };
      const res = verwacht(
        await stuur(bron, 'POST', '/identificaties', { bedrijfsdocument: bedrijfsdocument(g.school), persoon }),
        'identificeren',
      );
      const nummer = (res.body as { leerling: { onderwijsnummer: string } }).leerling.onderwijsnummer;
      await inschrijven(g.school, { onderwijsnummer: nummer }, g);
      return `onderwijsnummer ${nummer}, ingeschreven`;
    },
    INSCHRIJVEN: async (g) => `HTTP ${(await inschrijven(g.school, bsn(g), g)).status}`,
    GROEP_WIJZIGEN: async (g) => {
      const b = g.bestaand!;
      const periodes = [...b.periodes, { begindatum: String(g.gegevens.begindatum), groep: Number(g.gegevens.groep) }];
      const res = await stuur(bron, 'POST', '/inschrijvingen', inschrijvingBericht(g.school, bsn(g), { ...b, periodes }));
      return `HTTP ${verwacht(res, g.code).status}`;
    },
    UITSCHRIJVEN: async (g) => {
      const uit = {
        uitschrijfdatum: String(g.gegevens.uitschrijfdatum),
        redenUitschrijving: String(g.gegevens.redenUitschrijving),
      };
      const res = await stuur(bron, 'POST', '/inschrijvingen', inschrijvingBericht(g.school, bsn(g), { ...g.bestaand!, ...uit }));
      return `HTTP ${verwacht(res, g.code).status}`;
    },
    VERWIJDEREN: async (g) => `HTTP ${(await verwijder(g, g.bestaand!.inschrijvingsvolgnummer)).status}`,
    RESULTATEN: async (g) => {
      const d = g.gegevens;
      const basis = { leerling: bsn(g), inschrijvingsvolgnummer: g.bestaand!.inschrijvingsvolgnummer };
      const advies = { ...basis, schooladvies: { soort: 'VOORLOPIG', advies: d.advies, adviesdatum: d.adviesdatum } };
      const toets = {
        ...basis,
        doorstroomtoets: {
          uitslagdatum: d.uitslagdatum,
          verhinderd: false,
          rekenen: d.rekenen,
          lezen: d.lezen,
          taalverzorging: d.taalverzorging,
        },
      };
      for (const resultaat of [advies, toets]) {
        verwacht(await stuur(bron, 'POST', '/resultaten', { bedrijfsdocument: bedrijfsdocument(g.school), resultaat }), g.code);
      }
      return 'schooladvies en doorstroomtoets aangeleverd';
    },
    DUBBELE_INSCHRIJVING: async (g) =>
      `ingeschreven (HTTP ${(await inschrijven(g.school, bsn(g), g)).status}); wacht op de berichtenbus`,
    ONDERHOUD: async (g) => `HTTP ${(await inschrijven(g.school, bsn(g), g)).status}`,
    VERZUIM: async (g) => {
      const melding = {
        leerling: bsn(g),
        vestigingscode: g.school.vestigingscode,
        verzuimsoort: g.gegevens.verzuimsoort,
        begindatum: g.gegevens.begindatum,
        toelichting: 'Ketentest: afwezig zonder bericht van de ouders.',
        contactpersoon: { naam: 'M. de Jong (leerkracht)', telefoon: '030-1234567' },
      };
      const res = verwacht(
        await stuur(verzuim, 'POST', '/meldingen', { bedrijfsdocument: bedrijfsdocument(g.school), melding }),
        g.code,
      );
      const nummer = (res.body as { meldingsnummer: string }).meldingsnummer;
      const intrekken = { bedrijfsdocument: bedrijfsdocument(g.school), status: 'INGETROKKEN' };
      verwacht(await stuur(verzuim, 'PATCH', `/meldingen/${nummer}`, intrekken), `${g.code} intrekken`);
      return `melding ${nummer} gedaan en ingetrokken`;
    },
  };

  /** What the mailbox asks of the LAS: a pupil who left (kennisgeving), a dubbele inschrijving. */
  async function verwerkBerichtenbus(g: Geval): Promise<string> {
    const berichten = await leesBerichtenbus(g.school.brin);
    const over = (soort: GevalSoort) => run!.gevallen.find((c) => c.soort === soort);
    const zelfde = (b: Bericht, c: Geval | undefined) =>
      c && b.inhoud.leerling && JSON.stringify(b.inhoud.leerling) === JSON.stringify(bsn(c));
    const gedaan: string[] = [];
    for (const b of berichten) {
      const verhuisd = over('KENNISGEVING');
      const dubbel = over('DUBBELE_INSCHRIJVING');
      if (b.soort === 'KENNISGEVING_INSCHRIJVING' && zelfde(b, verhuisd) && !slordig) {
        const uit = { uitschrijfdatum: addDays(b.inhoud.inschrijfdatum!, -1), redenUitschrijving: 'ANDERE_SCHOOL' };
        const res = await stuur(
          bron,
          'POST',
          '/inschrijvingen',
          inschrijvingBericht(verhuisd!.school, bsn(verhuisd!), { ...verhuisd!.bestaand!, ...uit }),
        );
        gedaan.push(`${verhuisd!.code}: uitgeschreven per ${uit.uitschrijfdatum} (HTTP ${verwacht(res, verhuisd!.code).status})`);
      }
      if (b.soort === 'DUBBELE_INSCHRIJVING' && b.inhoud.status === 'ONTSTAAN' && zelfde(b, dubbel)) {
        gedaan.push(`${dubbel!.code}: verwijderd (HTTP ${(await verwijder(dubbel!, volgnummer(dubbel!))).status})`);
      }
    }
    // Read on once more: what the actions placed (terugkoppelingen, OPGELOST) is read exactly once too.
    const daarna = await leesBerichtenbus(g.school.brin);
    return [`${berichten.length + daarna.length} berichten gelezen`, ...gedaan].join('; ');
  }

  try {
    for (const g of run.gevallen) {
      if (g.soort === 'BERICHTENBUS' || g.soort === 'KENNISGEVING') continue;
      log(`${g.code} ${g.titel}: ${await DOE[g.soort]!(g)}`);
    }
    const bus = run.gevallen.find((g) => g.soort === 'BERICHTENBUS');
    if (bus) log(`${bus.code} ${bus.titel}: ${await verwerkBerichtenbus(bus)}`);
  } finally {
    bron.sluit();
    verzuim.sluit();
  }
}
