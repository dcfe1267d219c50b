// The rules a new verzuimmelding must pass (docs/rules.md#verzuimregister), as pure functions of the bericht, what
// BRON, the BRP stub and the register know, and the simulated date. Each returns foutmeldingen
// (rejected, nothing stored) and meldingen (accepted, please check; BRON-12 tiers).
import {
  addDays,
  checkLeerling,
  daysBetween,
  fout,
  pgnSleutel,
  weekday,
  type BronInschrijving,
  type Foutmelding,
} from '@duo-sim/shared';
import { leeftijdOp, leerplichtigVanaf } from './routing.js';
import type { BrpPersoon, Melding, MeldingInhoud, Pgn, Verzuimsoort } from './types.js';

const P = '/melding';

/** VZM-03, VZM-05: four weeks. */
export const VIER_WEKEN = 28;
/** VZM-04: at most one vervolgmelding per 7 calendar days. */
export const VERVOLG_DAGEN = 7;
/** VZM-07: report within 5 werkdagen after the threshold. */
export const MELDTERMIJN_WERKDAGEN = 5;

export interface Uitkomst {
  fouten: Foutmelding[];
  meldingen: Foutmelding[];
}

const leeg = (): Uitkomst => ({ fouten: [], meldingen: [] });

export function zelfdePgn(a: Pgn, b: Pgn): boolean {
  return (
    (a.burgerservicenummer !== undefined && a.burgerservicenummer === b.burgerservicenummer) ||
    (a.onderwijsnummer !== undefined && a.onderwijsnummer === b.onderwijsnummer)
  );
}

// EK-03: the school acted for owns the vestiging the melding is about.
export function checkVestiging(vestigingscode: string, schoolBrin: string): Foutmelding[] {
  if (vestigingscode.startsWith(schoolBrin)) return [];
  return [
    fout(
      'EK-03',
      `Vestiging ${vestigingscode} hoort niet bij school ${schoolBrin}; de vestigingscode begint met de BRIN van de verzendende instantie.`,
      `${P}/vestigingscode`,
      { vestigingscode },
    ),
  ];
}

// VZM-02: ziekte and schorsing are authorised absence and are not reported.
export function isMeldbareSoort(soort: string): soort is Verzuimsoort {
  return soort !== 'ZIEKTE' && soort !== 'SCHORSING';
}

export function checkSoort(m: MeldingInhoud): Foutmelding[] {
  if (isMeldbareSoort(m.verzuimsoort)) return [];
  const wat = m.verzuimsoort === 'ZIEKTE' ? 'Ziekte' : 'Schorsing';
  return [
    fout(
      'VZM-02',
      `${wat} is geoorloofd verzuim en wordt niet gemeld; meld twijfelachtig ziekteverzuim als OVERIG.`,
      `${P}/verzuimsoort`,
      { verzuimsoort: m.verzuimsoort },
    ),
  ];
}

// VZM-06 (sim): einddatum ≥ begindatum and ≤ today; (sim) absence that has not begun is not reported.
export function checkDatums(m: MeldingInhoud, today: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (m.begindatum > today) {
    fouten.push(
      fout(
        'VZM-06',
        `begindatum ${m.begindatum} ligt na vandaag (${today}); meld alleen verzuim dat al begonnen is.`,
        `${P}/begindatum`,
      ),
    );
  }
  if (m.einddatum !== undefined) fouten.push(...checkEinddatum(m.begindatum, m.einddatum, today, `${P}/einddatum`));
  return fouten;
}

// VZM-06 (sim): the einddatum lies between the begindatum and today, both inclusive.
export function checkEinddatum(begindatum: string, einddatum: string, today: string, pointer: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (einddatum < begindatum) {
    fouten.push(
      fout(
        'VZM-06',
        `einddatum ${einddatum} ligt voor begindatum ${begindatum}; de einddatum is de laatste verzuimdag of later.`,
        pointer,
      ),
    );
  }
  if (einddatum > today) {
    fouten.push(
      fout('VZM-06', `einddatum ${einddatum} ligt na vandaag (${today}); geef de einddatum pas als die bereikt is.`, pointer),
    );
  }
  return fouten;
}

// VZM-03: 16 uur in 4 weken needs aantalUren ≥ 16 and the einddatum on which the 16 hours were
// reached; (sim) a span over 28 days is accepted with a melding (there is no holiday calendar).
export function checkZestienUur(m: MeldingInhoud): Uitkomst {
  const u = leeg();
  if (m.verzuimsoort !== 'ZESTIEN_UUR_VIER_WEKEN') return u;
  if (m.aantalUren === undefined) {
    u.fouten.push(
      fout(
        'VZM-03',
        'aantalUren ontbreekt; een melding 16 uur in 4 weken noemt het aantal verzuimde klokuren (minstens 16).',
        `${P}/aantalUren`,
      ),
    );
  } else if (m.aantalUren < 16) {
    u.fouten.push(
      fout(
        'VZM-03',
        `aantalUren ${m.aantalUren} is minder dan 16; meld pas als 16 uur ongeoorloofd verzuim in 4 weken bereikt is.`,
        `${P}/aantalUren`,
      ),
    );
  }
  if (m.einddatum === undefined) {
    u.fouten.push(
      fout(
        'VZM-03',
        'einddatum ontbreekt; bij 16 uur in 4 weken is dat de dag waarop de 16 uur bereikt werden.',
        `${P}/einddatum`,
      ),
    );
  } else if (m.einddatum >= m.begindatum && daysBetween(m.begindatum, m.einddatum) + 1 > VIER_WEKEN) {
    u.meldingen.push(
      fout(
        'VZM-03',
        `Van begindatum ${m.begindatum} tot einddatum ${m.einddatum} is meer dan 4 weken; controleer of er vakantieweken tussen liggen.`,
        `${P}/einddatum`,
      ),
    );
  }
  return u;
}

// VZM-05 (sim): langdurig relatief verzuim is reported no earlier than begindatum + 28 days, and an
// einddatum, if given, lies at least 28 days after the begindatum.
export function checkLangdurigRelatief(
  m: Pick<MeldingInhoud, 'verzuimsoort' | 'begindatum' | 'einddatum'>,
  today: string,
): Foutmelding[] {
  if (m.verzuimsoort !== 'LANGDURIG_RELATIEF') return [];
  const fouten: Foutmelding[] = [];
  const drempel = addDays(m.begindatum, VIER_WEKEN);
  if (today < drempel) {
    fouten.push(
      fout(
        'VZM-05',
        `Langdurig relatief verzuim is meer dan 4 weken aaneengesloten verzuim; meld het vanaf ${drempel}.`,
        `${P}/begindatum`,
      ),
    );
  }
  if (m.einddatum !== undefined) fouten.push(...checkLrvEinddatum(m.begindatum, m.einddatum, `${P}/einddatum`));
  return fouten;
}

// VZM-05 (sim): the einddatum of langdurig relatief verzuim lies at least 28 days after the begindatum.
export function checkLrvEinddatum(begindatum: string, einddatum: string, pointer: string): Foutmelding[] {
  if (einddatum >= addDays(begindatum, VIER_WEKEN)) return [];
  return [
    fout(
      'VZM-05',
      `einddatum ${einddatum} ligt binnen 4 weken na begindatum ${begindatum}; dat is geen langdurig relatief verzuim.`,
      pointer,
    ),
  ];
}

/** Mon–Fri days d with `na` < d ≤ `tot`. */
export function werkdagenNa(na: string, tot: string): number {
  let n = 0;
  for (let d = addDays(na, 1); d <= tot; d = addDays(d, 1)) {
    const w = weekday(d);
    if (w >= 1 && w <= 5) n++;
  }
  return n;
}

// VZM-07 (sim): reported within 5 werkdagen (Mon–Fri) after the threshold — the einddatum for 16
// uur, begindatum + 28 days for LRV; later is accepted with a melding, not refused.
export function checkMeldtermijn(m: MeldingInhoud, today: string): Foutmelding[] {
  let drempel: string | undefined;
  if (m.verzuimsoort === 'ZESTIEN_UUR_VIER_WEKEN') drempel = m.einddatum;
  if (m.verzuimsoort === 'LANGDURIG_RELATIEF') drempel = addDays(m.begindatum, VIER_WEKEN);
  if (drempel === undefined || drempel > today) return [];
  const werkdagen = werkdagenNa(drempel, today);
  if (werkdagen <= MELDTERMIJN_WERKDAGEN) return [];
  return [
    fout(
      'VZM-07',
      `Te laat gemeld: ${werkdagen} werkdagen na ${drempel}; meld binnen ${MELDTERMIJN_WERKDAGEN} werkdagen nadat de grens bereikt is.`,
      `${P}/${m.verzuimsoort === 'ZESTIEN_UUR_VIER_WEKEN' ? 'einddatum' : 'begindatum'}`,
      { drempel, werkdagen: String(werkdagen) },
    ),
  ];
}

// VZM-04 (sim): a vervolgmelding follows an earlier 16-uur melding of the same pupil and school:
// its begindatum after that einddatum, and the einddata at least 7 days apart. `vorige` is the
// melding named in vervolgOp (undefined when the register does not know it).
export function checkVervolg(m: MeldingInhoud, schoolBrin: string, vorige: Melding | undefined): Foutmelding[] {
  if (m.vervolgOp === undefined) return [];
  const ptr = `${P}/vervolgOp`;
  const sleutel = { vervolgOp: m.vervolgOp };
  if (m.verzuimsoort !== 'ZESTIEN_UUR_VIER_WEKEN') {
    return [
      fout('VZM-04', 'Alleen een melding 16 uur in 4 weken kan een vervolgmelding zijn; laat vervolgOp weg.', ptr, sleutel),
    ];
  }
  // Another school's or another pupil's melding is reported as unknown: it is not this school's to see.
  if (!vorige || vorige.brin !== schoolBrin || !zelfdePgn(vorige.leerling, m.leerling)) {
    return [fout('VZM-04', `${m.vervolgOp} is geen eerdere melding van deze leerling op deze school.`, ptr, sleutel)];
  }
  if (vorige.verzuimsoort !== 'ZESTIEN_UUR_VIER_WEKEN') {
    return [
      fout('VZM-04', `${m.vervolgOp} is geen melding 16 uur in 4 weken; een vervolgmelding volgt op zo'n melding.`, ptr, sleutel),
    ];
  }
  if (vorige.status === 'INGETROKKEN') {
    return [fout('VZM-04', `${m.vervolgOp} is ingetrokken; een vervolgmelding volgt op een melding die geldt.`, ptr, sleutel)];
  }
  if (vorige.einddatum === undefined) {
    return [
      fout('VZM-04', `${m.vervolgOp} heeft nog geen einddatum; het tellen begint opnieuw de dag na die einddatum.`, ptr, sleutel),
    ];
  }
  return checkVervolgDatums(vorige.einddatum, m.begindatum, m.einddatum, `${P}/begindatum`, `${P}/einddatum`);
}

// VZM-04 (sim): counting restarts the day after the previous einddatum; one melding per 7 days.
export function checkVervolgDatums(
  vorigeEinddatum: string,
  begindatum: string,
  einddatum: string | undefined,
  beginPointer: string,
  eindPointer: string,
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (begindatum <= vorigeEinddatum) {
    fouten.push(
      fout(
        'VZM-04',
        `begindatum ${begindatum} ligt niet na einddatum ${vorigeEinddatum} van de vorige melding; het tellen begint de dag erna.`,
        beginPointer,
      ),
    );
  }
  if (einddatum !== undefined && daysBetween(vorigeEinddatum, einddatum) < VERVOLG_DAGEN) {
    fouten.push(
      fout(
        'VZM-04',
        `einddatum ${einddatum} ligt minder dan ${VERVOLG_DAGEN} dagen na einddatum ${vorigeEinddatum} van de vorige melding; bij aaneengesloten verzuim hoogstens één melding per ${VERVOLG_DAGEN} dagen.`,
        eindPointer,
      ),
    );
  }
  return fouten;
}

/** BRON-03: ingeschreven on d iff inschrijfdatum ≤ d ≤ uitschrijfdatum (inclusive). */
export function isIngeschrevenOp(i: Pick<BronInschrijving, 'inschrijfdatum' | 'uitschrijfdatum'>, d: string): boolean {
  return i.inschrijfdatum <= d && (i.uitschrijfdatum === undefined || d <= i.uitschrijfdatum);
}

/** The pupil's inschrijving at this vestiging on the date, from BRON's registratieoverzicht. */
export function inschrijvingOp(
  inschrijvingen: readonly BronInschrijving[],
  m: Pick<MeldingInhoud, 'leerling' | 'vestigingscode'>,
  d: string,
): BronInschrijving | null {
  return (
    inschrijvingen.find(
      (i) => zelfdePgn(i.leerling, m.leerling) && i.vestigingscode === m.vestigingscode && isIngeschrevenOp(i, d),
    ) ?? null
  );
}

// VZM-08 (sim): only for a pupil ingeschreven at that vestiging on the begindatum (asked of BRON).
export function checkIngeschreven(m: MeldingInhoud, inschrijving: BronInschrijving | null): Foutmelding[] {
  if (inschrijving) return [];
  return [
    fout(
      'VZM-08',
      `De leerling is op ${m.begindatum} niet ingeschreven op vestiging ${m.vestigingscode} volgens BRON; meld alleen verzuim van eigen leerlingen.`,
      `${P}/leerling`,
      { ...pgnSleutel(m.leerling), vestigingscode: m.vestigingscode, begindatum: m.begindatum },
    ),
  ];
}

// VZM-08 (sim): a pupil not yet leerplichtig on the begindatum only OVERIG; RMC needs age 18–22.
// VZM-02: 16 uur in 4 weken is for pupils under 18.
export function checkLeeftijd(m: MeldingInhoud, persoon: Pick<BrpPersoon, 'geboortedatum'>): Foutmelding[] {
  if (!isMeldbareSoort(m.verzuimsoort)) return [];
  const ptr = `${P}/verzuimsoort`;
  const leeftijd = leeftijdOp(persoon.geboortedatum, m.begindatum);
  const vanaf = leerplichtigVanaf(persoon.geboortedatum);
  if (m.verzuimsoort === 'RMC') {
    if (leeftijd < 18 || leeftijd > 22) {
      return [
        fout('VZM-08', `RMC geldt voor jongeren van 18 tot 23 jaar; de leerling is op ${m.begindatum} ${leeftijd} jaar.`, ptr),
      ];
    }
    return [];
  }
  if (m.begindatum < vanaf && m.verzuimsoort !== 'OVERIG') {
    return [
      fout(
        'VZM-08',
        `De leerling is op ${m.begindatum} nog niet leerplichtig (vanaf ${vanaf}); meld verzuim van jongere leerlingen als OVERIG.`,
        ptr,
      ),
    ];
  }
  if (m.verzuimsoort === 'ZESTIEN_UUR_VIER_WEKEN' && leeftijd >= 18) {
    return [
      fout(
        'VZM-02',
        `16 uur in 4 weken geldt voor leerlingen onder 18; de leerling is op ${m.begindatum} ${leeftijd} jaar.`,
        ptr,
      ),
    ];
  }
  return [];
}

const ALGEMEEN_ADRES = /^(info|administratie|admin|office|kantoor|noreply|no-reply|secretariaat)@/i;

// VZM-11: the contactpersoon is someone who knows the pupil and can be reached: (sim) a telefoon or
// an email is required; a general mailbox is accepted with a melding.
export function checkContactpersoon(m: MeldingInhoud): Uitkomst {
  const u = leeg();
  const c = m.contactpersoon;
  if (c.telefoon === undefined && c.email === undefined) {
    u.fouten.push(
      fout('VZM-11', 'De contactpersoon heeft geen telefoon en geen email; geef minstens een van beide.', `${P}/contactpersoon`),
    );
  }
  if (c.email !== undefined && ALGEMEEN_ADRES.test(c.email)) {
    u.meldingen.push(
      fout(
        'VZM-11',
        `${c.email} lijkt een algemeen adres; noem een contactpersoon die de leerling kent, zoals de mentor.`,
        `${P}/contactpersoon/email`,
      ),
    );
  }
  return u;
}

// VZM-06 (sim): an LRV or RMC melding without einddatum for a pupil who is already uitgeschreven is
// accepted with a signaal: the einddatum is due once the pupil is uitgeschreven.
export function checkEinddatumNaUitschrijving(
  m: MeldingInhoud,
  inschrijving: BronInschrijving | null,
  today: string,
): Foutmelding[] {
  if (m.einddatum !== undefined || (m.verzuimsoort !== 'LANGDURIG_RELATIEF' && m.verzuimsoort !== 'RMC')) return [];
  const uit = inschrijving?.uitschrijfdatum;
  if (uit === undefined || uit >= today) return [];
  return [
    fout('VZM-06', `De leerling is uitgeschreven per ${uit}; geef de einddatum van het verzuim door.`, `${P}/einddatum`, {
      uitschrijfdatum: uit,
    }),
  ];
}

/** What the handler learned before the rules run. */
export interface MeldingContext {
  vandaag: string;
  schoolBrin: string;
  /** The melding named in vervolgOp, if the register knows it. */
  vorige: Melding | undefined;
  /** BRON's inschrijving on the begindatum; undefined when BRON was not asked (vestiging not the school's). */
  inschrijving: BronInschrijving | null | undefined;
  /** The pupil in the BRP stub; null when not found (VZM-09 reports that). */
  persoon: BrpPersoon | null;
}

/** Every rule of a new melding at once (docs/services/common.md: all violations together). */
export function checkNieuweMelding(m: MeldingInhoud, ctx: MeldingContext): Uitkomst {
  const u = leeg();
  const add = (x: Uitkomst) => {
    u.fouten.push(...x.fouten);
    u.meldingen.push(...x.meldingen);
  };
  u.fouten.push(
    ...checkLeerling(m.leerling, `${P}/leerling`),
    ...checkVestiging(m.vestigingscode, ctx.schoolBrin),
    ...checkSoort(m),
  );
  u.fouten.push(...checkDatums(m, ctx.vandaag));
  if (isMeldbareSoort(m.verzuimsoort)) {
    add(checkZestienUur(m));
    u.fouten.push(...checkLangdurigRelatief(m, ctx.vandaag));
    u.fouten.push(...checkVervolg(m, ctx.schoolBrin, ctx.vorige));
    u.meldingen.push(...checkMeldtermijn(m, ctx.vandaag));
  }
  add(checkContactpersoon(m));
  if (ctx.inschrijving !== undefined) {
    u.fouten.push(...checkIngeschreven(m, ctx.inschrijving));
    u.meldingen.push(...checkEinddatumNaUitschrijving(m, ctx.inschrijving, ctx.vandaag));
  }
  if (ctx.persoon) u.fouten.push(...checkLeeftijd(m, ctx.persoon));
  return u;
}

// VZM-04 (sim): a changed einddatum keeps the vervolg chain valid: at least 7 days after the
// einddatum of the melding this one follows, and before the begindatum (and 7 days before the
// einddatum) of every vervolgmelding that follows this one.
export function checkEinddatumInKeten(
  einddatum: string,
  vorige: Melding | undefined,
  vervolgen: readonly Melding[],
  pointer = '/einddatum',
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  if (vorige?.einddatum !== undefined && daysBetween(vorige.einddatum, einddatum) < VERVOLG_DAGEN) {
    fouten.push(
      fout(
        'VZM-04',
        `einddatum ${einddatum} ligt minder dan ${VERVOLG_DAGEN} dagen na einddatum ${vorige.einddatum} van ${vorige.meldingsnummer}.`,
        pointer,
      ),
    );
  }
  for (const v of vervolgen) {
    if (v.status === 'INGETROKKEN') continue;
    const teLaat =
      einddatum >= v.begindatum || (v.einddatum !== undefined && daysBetween(einddatum, v.einddatum) < VERVOLG_DAGEN);
    if (teLaat) {
      fouten.push(
        fout(
          'VZM-04',
          `einddatum ${einddatum} past niet voor vervolgmelding ${v.meldingsnummer} (begindatum ${v.begindatum}); die telt vanaf de dag na deze einddatum.`,
          pointer,
          {
            vervolgmelding: v.meldingsnummer,
          },
        ),
      );
    }
  }
  return fouten;
}
