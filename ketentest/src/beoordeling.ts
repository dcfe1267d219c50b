// The grader: pure functions from a run and what the journals and the world show (waarneming.ts
// collects it) to a verdict per case and per behaviour check. Only the vendor's own exchanges after
// the start count; BRON's pushes to its afleveradres are BRON's doing, not the LAS's.
import type { JournalEntry, ServiceName } from '@duo-sim/shared';
import type { Bewijs, Geval, GevalSoort, KetentestRun, Oordeel, Rapport, Uitslag } from './model.js';

export interface BronVersie {
  vandaag: string;
  inschrijving: null | {
    inschrijfdatum: string;
    uitschrijfdatum?: string;
    redenUitschrijving?: string;
    periodes: Array<{ begindatum: string; groep: number }>;
  };
}
export interface BronLeerling {
  inschrijvingen: Array<{
    brin: string;
    inschrijvingsvolgnummer: string;
    versies: BronVersie[];
    resultaten: Record<string, unknown>;
  }>;
}
export interface VerzuimMelding {
  meldingsnummer: string;
  leerling: Record<string, string>;
  status: string;
}

export interface Waarneming {
  /** The vendor's exchanges after the run's start, per service, oldest first. */
  journaal: Record<ServiceName, JournalEntry[]>;
  /** BRON's operator view of each pupil the grader asked about (null: BRON has none). */
  leerlingen: Record<string, BronLeerling | null>;
  /** The verzuimmeldingen of the run's schools. */
  verzuimMeldingen: VerzuimMelding[];
  /** Rule texts by id (GET /regels of the four services). */
  regels: Record<string, string>;
}

export interface Uitwisseling extends JournalEntry {
  service: ServiceName;
}

/** The LAS's own exchanges: not BRON's pushes to its afleveradres. */
export function uitwisselingen(w: Waarneming): Uitwisseling[] {
  return (Object.entries(w.journaal) as Array<[ServiceName, JournalEntry[]]>)
    .flatMap(([service, regels]) => regels.map((r) => ({ ...r, service })))
    .filter((e) => !e.operatie.startsWith('PUSH '))
    .sort((a, b) => a.tijdstip.localeCompare(b.tijdstip) || a.seq - b.seq);
}

export function alsBewijs(e: Uitwisseling): Bewijs {
  return {
    service: e.service,
    seq: e.seq,
    tijdstip: e.tijdstip,
    operatie: e.operatie,
    status: e.status,
    foutcodes: e.foutcodes,
    duurMs: Math.round(e.duurMs),
    bericht: e.identificatiecodeBedrijfsdocument,
    ...(e.storing ? { storing: e.storing.soort } : {}),
  };
}

const pad = (e: Uitwisseling) => e.operatie.replace(/\?.*$/, '');
const tekst = (v: unknown) => JSON.stringify(v ?? null);
const betreft = (e: Uitwisseling, sleutel: string) => tekst(e.verzoek).includes(`"${sleutel}"`) || e.operatie.includes(sleutel);
const aanvaard = (e: Uitwisseling) => e.status >= 200 && e.status < 300;

function uitslag(
  g: Pick<Geval, 'code' | 'titel'>,
  oordeel: Oordeel,
  reden: string,
  bewijs: Uitwisseling[],
  w: Waarneming,
): Uitslag {
  const codes = [...new Set(bewijs.flatMap((e) => e.foutcodes))];
  return {
    code: g.code,
    titel: g.titel,
    oordeel,
    reden,
    bewijs: bewijs.map(alsBewijs),
    regels: oordeel === 'GEZAKT' ? codes.filter((c) => w.regels[c]).map((id) => ({ id, tekst: w.regels[id]! })) : [],
  };
}

/** The current state of the pupil's inschrijving at the school: undefined when none, null when removed. */
function huidige(w: Waarneming, pgn: string, brin: string, volgnummer?: string): BronVersie['inschrijving'] | undefined {
  const ins = w.leerlingen[pgn]?.inschrijvingen.filter(
    (i) => i.brin === brin && (volgnummer === undefined || i.inschrijvingsvolgnummer === volgnummer),
  );
  if (!ins || ins.length === 0) return undefined;
  const levend = ins.map((i) => i.versies[i.versies.length - 1]?.inschrijving ?? null).filter((v) => v !== null);
  return levend[levend.length - 1] ?? null;
}

type Beoordelaar = (g: Geval, mijn: Uitwisseling[], w: Waarneming, run: KetentestRun) => Uitslag;

const bsn = (g: Geval) => g.leerling?.burgerservicenummer ?? '';

/** Reads of the school's mailbox: where a kennisgeving is found. */
const leestBus = (e: Uitwisseling, brin: string) =>
  e.service === 'bron' && e.operatie.startsWith(`GET /scholen/${brin}/berichten`);

function inschrijvingGeval(
  verwacht: (ins: NonNullable<BronVersie['inschrijving']>, g: Geval) => string | null,
  uitDeBus = false,
): Beoordelaar {
  return (g, mijn, w) => {
    const eigen = mijn.filter((e) => e.service === 'bron' && betreft(e, bsn(g)));
    const bus = mijn.filter((e) => leestBus(e, g.school.brin));
    if (eigen.length === 0 && uitDeBus && bus.length > 0) {
      return uitslag(
        g,
        'GEZAKT',
        'De berichtenbus is gelezen, maar op de kennisgeving is niet gehandeld: de leerling staat nog ingeschreven.',
        bus,
        w,
      );
    }
    if (eigen.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'Er is geen bericht over deze leerling ontvangen.', [], w);
    const ins = huidige(w, bsn(g), g.school.brin, g.bestaand?.inschrijvingsvolgnummer);
    const fout = ins ? verwacht(ins, g) : 'BRON heeft geen inschrijving van deze leerling op deze school.';
    return fout === null
      ? uitslag(g, 'GESLAAGD', 'BRON heeft de inschrijving zoals gevraagd.', eigen, w)
      : uitslag(g, 'GEZAKT', fout, eigen, w);
  };
}

function verwijderdGeval(eerstIngeschreven: boolean): Beoordelaar {
  return (g, mijn, w) => {
    const eigen = mijn.filter((e) => e.service === 'bron' && betreft(e, bsn(g)));
    if (eigen.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'Er is geen bericht over deze leerling ontvangen.', [], w);
    if (eerstIngeschreven && !eigen.some((e) => pad(e) === 'POST /inschrijvingen' && aanvaard(e))) {
      return uitslag(g, 'GEZAKT', 'De leerling is niet ingeschreven, dus de dubbele inschrijving is nooit ontstaan.', eigen, w);
    }
    const ins = huidige(w, bsn(g), g.school.brin);
    return ins === null
      ? uitslag(g, 'GESLAAGD', 'De inschrijving is verwijderd.', eigen, w)
      : uitslag(
          g,
          'GEZAKT',
          'De inschrijving staat nog in BRON; verwacht was een verwijdering (POST /verwijderingen).',
          eigen,
          w,
        );
  };
}

const BEOORDEEL: Partial<Record<GevalSoort, Beoordelaar>> = {
  IDENTIFICEREN: (g, mijn, w) => {
    const naam = g.leerling!.achternaam;
    const ident = mijn.filter((e) => pad(e) === 'POST /identificaties' && betreft(e, naam));
    if (ident.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'Er is geen identificatie van deze leerling ontvangen.', [], w);
    const nummer = ident
      .map((e) => (e.antwoord as { leerling?: { onderwijsnummer?: string } } | null)?.leerling?.onderwijsnummer)
      .find((n) => n !== undefined);
    if (!nummer) return uitslag(g, 'GEZAKT', 'Geen identificatie zonder PGN kreeg een onderwijsnummer.', ident, w);
    const inschrijving = mijn.filter((e) => e.service === 'bron' && betreft(e, nummer));
    const ins = huidige(w, nummer, g.school.brin);
    return ins
      ? uitslag(g, 'GESLAAGD', `Geïdentificeerd (onderwijsnummer ${nummer}) en ingeschreven.`, [...ident, ...inschrijving], w)
      : uitslag(
          g,
          'GEZAKT',
          `Onderwijsnummer ${nummer} is toegekend, maar de leerling is daarmee niet ingeschreven.`,
          [...ident, ...inschrijving],
          w,
        );
  },
  INSCHRIJVEN: inschrijvingGeval((ins, g) =>
    ins.inschrijfdatum === g.gegevens.inschrijfdatum && ins.periodes[0]?.groep === g.gegevens.groep
      ? null
      : `Ingeschreven met inschrijfdatum ${ins.inschrijfdatum} en groep ${ins.periodes[0]?.groep}; gevraagd was ${g.gegevens.inschrijfdatum}, groep ${g.gegevens.groep}.`,
  ),
  GROEP_WIJZIGEN: inschrijvingGeval((ins, g) =>
    ins.periodes.some((p) => p.begindatum === g.gegevens.begindatum && p.groep === g.gegevens.groep) && ins.periodes.length >= 2
      ? null
      : `De inschrijving heeft geen nieuwe periode groep ${g.gegevens.groep} vanaf ${g.gegevens.begindatum} naast de eerdere (BRON-05).`,
  ),
  UITSCHRIJVEN: inschrijvingGeval((ins, g) =>
    ins.uitschrijfdatum === g.gegevens.uitschrijfdatum && ins.redenUitschrijving === g.gegevens.redenUitschrijving
      ? null
      : `Uitschrijfdatum ${ins.uitschrijfdatum ?? 'geen'} met reden ${ins.redenUitschrijving ?? 'geen'}; gevraagd was ${g.gegevens.uitschrijfdatum} met ${g.gegevens.redenUitschrijving}.`,
  ),
  KENNISGEVING: inschrijvingGeval(
    (ins, g) =>
      ins.uitschrijfdatum === g.verwacht!.uitschrijfdatum && ins.redenUitschrijving === g.verwacht!.redenUitschrijving
        ? null
        : `Uitschrijfdatum ${ins.uitschrijfdatum ?? 'geen'} met reden ${ins.redenUitschrijving ?? 'geen'}; de kennisgeving vroeg ${g.verwacht!.uitschrijfdatum} met ${g.verwacht!.redenUitschrijving} (INFO-03, INFO-04).`,
    true,
  ),
  VERWIJDEREN: verwijderdGeval(false),
  DUBBELE_INSCHRIJVING: verwijderdGeval(true),
  RESULTATEN: (g, mijn, w) => {
    const eigen = mijn.filter((e) => pad(e) === 'POST /resultaten' && betreft(e, bsn(g)));
    if (eigen.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'Er is geen resultaat van deze leerling ontvangen.', [], w);
    const resultaten = w.leerlingen[bsn(g)]?.inschrijvingen.find((i) => i.brin === g.school.brin)?.resultaten ?? {};
    const mist = Object.entries({ schooladvies: 'SCHOOLADVIES_VOORLOPIG', doorstroomtoets: 'DOORSTROOMTOETS' })
      .filter(([, soort]) => !(soort in resultaten))
      .map(([naam]) => naam);
    return mist.length === 0
      ? uitslag(g, 'GESLAAGD', 'Schooladvies en doorstroomtoets staan in BRON.', eigen, w)
      : uitslag(g, 'GEZAKT', `BRON heeft nog geen ${mist.join(' en ')} van deze leerling (BRON-15, BRON-16).`, eigen, w);
  },
  BERICHTENBUS: (g, mijn, w) => {
    const lezen = mijn.filter((e) => leestBus(e, g.school.brin));
    if (lezen.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'De berichtenbus van deze school is niet gelezen.', [], w);
    let verwacht = Number(g.gegevens.cursor);
    let gelezen = 0;
    for (const e of lezen) {
      const na = Number(new URLSearchParams(e.operatie.split('?')[1] ?? '').get('na') ?? 0);
      if (na < verwacht) {
        return uitslag(
          g,
          'GEZAKT',
          `De berichtenbus is opnieuw gelezen vanaf ${na}, terwijl de cursor al op ${verwacht} stond.`,
          [e],
          w,
        );
      }
      if (na > verwacht)
        return uitslag(g, 'GEZAKT', `Gat in het lezen: na=${na}, terwijl de cursor op ${verwacht} stond.`, [e], w);
      const antwoord = e.antwoord as { volgende?: number; berichten?: unknown[] } | null;
      if (e.status !== 200 || typeof antwoord?.volgende !== 'number') continue;
      gelezen += antwoord.berichten?.length ?? 0;
      verwacht = antwoord.volgende;
    }
    return gelezen > 0
      ? uitslag(g, 'GESLAAGD', `${gelezen} berichten gelezen, zonder gaten en zonder opnieuw te lezen.`, lezen, w)
      : uitslag(g, 'GEZAKT', 'De berichtenbus is gelezen, maar geen enkel bericht is opgehaald.', lezen, w);
  },
  ONDERHOUD: (g, mijn, w) => {
    // Whichever inschrijving the window hit (with one school that need not be this case's pupil):
    // the exchanges marked with the fault, and every later one with the same content.
    const geraakt = mijn.filter((e) => e.storing?.id === g.gegevens.storingId);
    if (geraakt.length === 0) {
      return uitslag(
        g,
        'NIET_GEPROBEERD',
        `Er is geen inschrijving voor ${g.school.brin} in het onderhoudsvenster ontvangen.`,
        [],
        w,
      );
    }
    const eerste = geraakt[0]!;
    const pogingen = mijn.filter((e) => e.seq >= eerste.seq && e.service === eerste.service && inhoud(e) === inhoud(eerste));
    const ids = new Set(pogingen.map((e) => e.identificatiecodeBedrijfsdocument));
    if (ids.size > 1) {
      return uitslag(
        g,
        'GEZAKT',
        `De pogingen gebruikten ${ids.size} verschillende identificatiecodes; een herhaling houdt dezelfde (EK-05, EK-06).`,
        pogingen,
        w,
      );
    }
    const wacht = Number(g.gegevens.retryAfterSeconden) * 1000;
    for (let i = 1; i < pogingen.length; i++) {
      const tussen = Date.parse(pogingen[i]!.tijdstip) - Date.parse(pogingen[i - 1]!.tijdstip);
      if (pogingen[i - 1]!.status === 503 && tussen < wacht - 50) {
        return uitslag(
          g,
          'GEZAKT',
          `Na 503 ONDERHOUD kwam de volgende poging na ${tussen} ms; Retry-After vroeg ${wacht} ms.`,
          pogingen,
          w,
        );
      }
    }
    const onderhoud = pogingen.filter((e) => e.status === 503).length;
    if (pogingen.length > onderhoud + 2) {
      return uitslag(g, 'GEZAKT', `${pogingen.length} pogingen voor één bericht: dat is een storm.`, pogingen, w);
    }
    if (!pogingen.some(aanvaard)) return uitslag(g, 'GEZAKT', 'Het bericht is na het onderhoud niet aangekomen.', pogingen, w);
    return uitslag(
      g,
      'GESLAAGD',
      `Na ${onderhoud} keer 503 ONDERHOUD aangekomen met hetzelfde id, Retry-After gevolgd.`,
      pogingen,
      w,
    );
  },
  VERZUIM: (g, mijn, w) => {
    const eigen = mijn.filter((e) => e.service === 'verzuim' && (betreft(e, bsn(g)) || pad(e).startsWith('PATCH /meldingen/')));
    if (eigen.length === 0) return uitslag(g, 'NIET_GEPROBEERD', 'Er is geen verzuimmelding van deze leerling ontvangen.', [], w);
    const melding = w.verzuimMeldingen.filter((m) => m.leerling.burgerservicenummer === bsn(g));
    if (melding.length === 0) return uitslag(g, 'GEZAKT', 'Het verzuimregister heeft geen melding van deze leerling.', eigen, w);
    return melding.every((m) => m.status === 'INGETROKKEN')
      ? uitslag(g, 'GESLAAGD', 'De melding is gedaan en ingetrokken.', eigen, w)
      : uitslag(g, 'GEZAKT', 'De melding staat nog open; verwacht was status INGETROKKEN (VZM-12).', eigen, w);
  },
};

/** The body without its bedrijfsdocument: what a bericht says, whatever id it travels under. */
function inhoud(e: Uitwisseling): string {
  const { bedrijfsdocument: _weg, ...rest } = (e.verzoek ?? {}) as Record<string, unknown>;
  return `${e.service} ${pad(e)} ${JSON.stringify(rest)}`;
}

const isBericht = (e: Uitwisseling) =>
  e.operatie.startsWith('POST ') || e.operatie.startsWith('PATCH ') || e.operatie.startsWith('PUT ');

export const GEDRAG = {
  ZELFDE_ID: { code: 'GEDRAG-1', titel: 'Een herhaling na een storing gebruikt hetzelfde identificatiecodeBedrijfsdocument' },
  NIET_ONGEWIJZIGD: { code: 'GEDRAG-2', titel: 'Een afgewezen bericht wordt niet ongewijzigd opnieuw gestuurd' },
  TERMIJNEN: { code: 'GEDRAG-3', titel: 'De termijnen van BRON-13 worden gehaald' },
  EIGEN_SCHOLEN: { code: 'GEDRAG-4', titel: 'Alleen verzoeken voor de eigen scholen' },
} as const;

export function beoordeelGedrag(run: KetentestRun, w: Waarneming): Uitslag[] {
  const mijn = uitwisselingen(w);
  const berichten = mijn.filter(isBericht);
  const check = (g: { code: string; titel: string }, fout: Uitwisseling[], reden: (n: number) => string, goed: string) =>
    fout.length > 0
      ? uitslag(g, 'GEZAKT', reden(fout.length), fout, w)
      : uitslag(
          g,
          mijn.length === 0 ? 'NIET_GEPROBEERD' : 'GESLAAGD',
          mijn.length === 0 ? 'Er is niets ontvangen.' : goed,
          [],
          w,
        );

  const nieuwId: Uitwisseling[] = [];
  const ongewijzigd: Uitwisseling[] = [];
  berichten.forEach((e, i) => {
    const later = berichten.slice(i + 1).filter((l) => inhoud(l) === inhoud(e));
    const storing = e.status >= 500;
    const afgewezen = e.status >= 400 && e.status < 500 && e.status !== 429;
    if (storing) {
      const ander = later.find((l) => l.identificatiecodeBedrijfsdocument !== e.identificatiecodeBedrijfsdocument);
      if (ander) nieuwId.push(e, ander);
    }
    if (afgewezen && later.length > 0) ongewijzigd.push(e, later[0]!);
  });
  const laat = mijn.filter((e) =>
    tekst((e.antwoord as { terugkoppeling?: { meldingen?: unknown } } | null)?.terugkoppeling?.meldingen).includes('"BRON-13"'),
  );
  const eigenOins = new Set(run.scholen.map((b) => `00000007000${b}00000`));
  const vreemd = mijn.filter((e) => {
    const brin = /\/scholen\/([0-9]{2}[A-Z]{2})\//.exec(e.operatie)?.[1];
    return (
      (e.namens !== null && /^00000007000/.test(e.namens) && !eigenOins.has(e.namens)) ||
      (brin !== undefined && !run.scholen.includes(brin))
    );
  });
  return [
    check(
      GEDRAG.ZELFDE_ID,
      dedupe(nieuwId),
      (n) => `${n} berichten: na een storing kwam dezelfde inhoud terug onder een nieuw id (EK-05, EK-06).`,
      'Elke herhaling na een storing hield zijn id.',
    ),
    check(
      GEDRAG.NIET_ONGEWIJZIGD,
      dedupe(ongewijzigd),
      () => 'Een afgewezen bericht kwam ongewijzigd terug: het wordt opnieuw afgewezen (BRON-12).',
      'Geen afgewezen bericht is ongewijzigd herhaald.',
    ),
    check(
      GEDRAG.TERMIJNEN,
      laat,
      (n) => `${n} berichten kregen de melding BRON-13: te laat aangeleverd.`,
      'Geen melding BRON-13.',
    ),
    check(
      GEDRAG.EIGEN_SCHOLEN,
      vreemd,
      (n) => `${n} verzoeken voor een school waarvoor u geen mandaat hebt (EK-07).`,
      'Alle verzoeken gingen over de eigen scholen.',
    ),
  ];
}

function dedupe(list: Uitwisseling[]): Uitwisseling[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.service}:${e.seq}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function beoordeel(run: KetentestRun, w: Waarneming, gemaakt = new Date().toISOString()): Rapport {
  const mijn = uitwisselingen(w);
  const gevallen = run.gevallen.map((g) => BEOORDEEL[g.soort]!(g, mijn, w, run));
  const gedrag = beoordeelGedrag(run, w);
  return {
    run: { id: run.id, leverancier: run.leverancier, gestart: run.gestart, vandaag: run.vandaag },
    gemaakt,
    gevallen,
    gedrag,
    geslaagd: [...gevallen, ...gedrag].every((u) => u.oordeel === 'GESLAAGD'),
  };
}
