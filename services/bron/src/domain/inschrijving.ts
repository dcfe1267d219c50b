// The content rules of one inschrijving (docs/services/bron.md POST /inschrijvingen), run after the schema
// passed: EK-03, ID-01..03, BRON-02, -03, -05, -07, -08, -09, -10, -11 and -13. BRON-01 (known PGN)
// and BRON-06 (RIO) need the store and RIO; the service runs those with isKnownPgn and rioChecksFor.
import { ageOn, checkLeerling, daysBetween, fout, pgnSleutel, type Foutmelding } from '@duo-sim/shared';
import { locatieVan } from './periodes.js';
import type { Inschrijving, Melding, SoortOnderwijs } from './types.js';

const P = '/inschrijving';

/** BRON-13 (real): days DUO allows for reporting in/uitschrijfdatum, and all other pupil data. */
export const TERMIJN_IN_UITSCHRIJVING = 7;
export const TERMIJN_OVERIG = 14;

/** BRON-08 (sim): the highest groep per soort onderwijs. */
export const MAX_GROEP: Record<SoortOnderwijs, number> = { BAO: 8, SBAO: 8, SO: 8, VSO: 12 };

/** BRON-09: fields only BAO/SBAO may carry. */
export const ALLEEN_BAO_SBAO = [
  'nnca',
  'voorschoolsProgramma',
  'maandenVoorschools',
  'vroegschoolsProgramma',
  'ontwikkelingsperspectief',
  'opdc',
] as const;
/** BRON-10: fields only SO/VSO may carry. */
export const ALLEEN_SO_VSO = ['tlvBeschikkingsnummer', 'soortVerblijf', 'experiment', 'onderwijsconcept'] as const;

export interface InschrijvingContext {
  /** The simulated date. */
  today: string;
  /** From the BRP stub or the identificatie; BRON-07 is skipped when unknown. */
  geboortedatum?: string;
  /** BRIN4 of the school acted for (EK-03, from verzendendeInstantie). */
  schoolBrin: string;
  /** The same pupil's other inschrijvingen at this school (other volgnummers) — BRON-02. */
  bestaande: readonly Inschrijving[];
  /**
   * The stored version under the same key, when this is an aanpassing. A standlevering resends the
   * whole inschrijving, so BRON-13 judges only dates that are new or changed compared with it.
   */
  vorige?: Inschrijving;
}

export interface InschrijvingUitslag {
  /** BRON-12: any foutmelding rejects the bericht. */
  foutmeldingen: Foutmelding[];
  /** BRON-12: meldingen are returned with an accepted bericht. */
  meldingen: Melding[];
}

/** Every rule violation of `ins`, all at once (docs/services/common.md). */
export function checkInschrijving(ins: Inschrijving, ctx: InschrijvingContext): InschrijvingUitslag {
  const foutmeldingen: Foutmelding[] = [];
  const meldingen: Melding[] = [];
  const sleutel = { ...pgnSleutel(ins.leerling), inschrijvingsvolgnummer: ins.inschrijvingsvolgnummer };
  const isBaoSbao = ins.soortOnderwijs === 'BAO' || ins.soortOnderwijs === 'SBAO';

  // ID-01, ID-02, ID-03
  foutmeldingen.push(...checkLeerling(ins.leerling, `${P}/leerling`));

  // EK-03: the school acted for owns the vestiging.
  if (!ins.vestigingscode.startsWith(ctx.schoolBrin)) {
    foutmeldingen.push(
      fout(
        'EK-03',
        `Vestiging ${ins.vestigingscode} hoort niet bij school ${ctx.schoolBrin}; de vestigingscode begint met de BRIN van de verzendende instantie.`,
        `${P}/vestigingscode`,
        {
          vestigingscode: ins.vestigingscode,
        },
      ),
    );
  }

  // BRON-02: the volgnummer is 1–20 characters.
  if (ins.inschrijvingsvolgnummer.length < 1 || ins.inschrijvingsvolgnummer.length > 20) {
    foutmeldingen.push(
      fout('BRON-02', 'Het inschrijvingsvolgnummer moet 1 tot 20 tekens lang zijn.', `${P}/inschrijvingsvolgnummer`, sleutel),
    );
  }

  // BRON-03: uitschrijfdatum is the last valid day, so equal to the inschrijfdatum is one day.
  if (ins.uitschrijfdatum !== undefined && ins.uitschrijfdatum < ins.inschrijfdatum) {
    foutmeldingen.push(
      fout(
        'BRON-03',
        `De uitschrijfdatum ${ins.uitschrijfdatum} ligt voor de inschrijfdatum ${ins.inschrijfdatum}; de uitschrijfdatum is de laatste dag van inschrijving, op of na de inschrijfdatum.`,
        `${P}/uitschrijfdatum`,
        sleutel,
      ),
    );
  }

  // BRON-02 (sim): one pupil's inschrijvingen at one school do not overlap (both ends inclusive).
  for (const b of ctx.bestaande) {
    if (b.inschrijvingsvolgnummer === ins.inschrijvingsvolgnummer) continue;
    const overlapt =
      ins.inschrijfdatum <= (b.uitschrijfdatum ?? '9999-12-31') && b.inschrijfdatum <= (ins.uitschrijfdatum ?? '9999-12-31');
    if (overlapt) {
      foutmeldingen.push(
        fout(
          'BRON-02',
          `De inschrijving overlapt met inschrijving ${b.inschrijvingsvolgnummer} van dezelfde leerling op deze school (${b.inschrijfdatum} t/m ${b.uitschrijfdatum ?? 'open'}); inschrijvingen van een leerling op een school mogen elkaar niet overlappen.`,
          `${P}/inschrijfdatum`,
          { ...sleutel, andereInschrijving: b.inschrijvingsvolgnummer },
        ),
      );
    }
  }

  // BRON-05: periodes
  ins.periodes.forEach((p, i) => {
    const at = `${P}/periodes/${i}`;
    const metBegin = { ...sleutel, begindatum: p.begindatum };
    if (i === 0 && p.begindatum !== ins.inschrijfdatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `De eerste periode begint op ${p.begindatum}; zij moet beginnen op de inschrijfdatum ${ins.inschrijfdatum}.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    const vorige = i > 0 ? ins.periodes[i - 1] : undefined;
    if (vorige !== undefined && p.begindatum <= vorige.begindatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} begint op ${p.begindatum}, niet na de vorige periode (${vorige.begindatum}); begindata van periodes moeten strikt oplopen.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    if (ins.uitschrijfdatum !== undefined && p.begindatum > ins.uitschrijfdatum) {
      foutmeldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} begint op ${p.begindatum}, na de uitschrijfdatum ${ins.uitschrijfdatum}; een periode begint uiterlijk op de uitschrijfdatum.`,
          `${at}/begindatum`,
          metBegin,
        ),
      );
    }
    // BRON-05 (sim): a new periode is for a change of groep or locatie; no change → melding.
    if (vorige !== undefined && vorige.groep === p.groep && locatieVan(ins, vorige) === locatieVan(ins, p)) {
      meldingen.push(
        fout(
          'BRON-05',
          `Periode ${i + 1} heeft dezelfde groep ${p.groep} en locatie ${locatieVan(ins, p)} als de vorige; een nieuwe periode hoort bij een wijziging van groep of locatie.`,
          at,
          metBegin,
        ),
      );
    }
    // BRON-08 (sim)
    const max = MAX_GROEP[ins.soortOnderwijs];
    if (!Number.isInteger(p.groep) || p.groep < 1 || p.groep > max) {
      foutmeldingen.push(
        fout(
          'BRON-08',
          `Groep ${p.groep} bestaat niet in ${ins.soortOnderwijs}; verwacht een groep van 1 tot en met ${max}.`,
          `${at}/groep`,
          metBegin,
        ),
      );
    }
  });

  // BRON-07: BAO/SBAO pupils are at least 4 on the inschrijfdatum (no age check for SO/VSO).
  if (isBaoSbao && ctx.geboortedatum !== undefined && ageOn(ctx.geboortedatum, ins.inschrijfdatum) < 4) {
    foutmeldingen.push(
      fout(
        'BRON-07',
        `De leerling (geboren ${ctx.geboortedatum}) is op de inschrijfdatum ${ins.inschrijfdatum} nog geen 4 jaar; in het (speciaal) basisonderwijs is een leerling bij inschrijving minstens 4.`,
        `${P}/inschrijfdatum`,
        sleutel,
      ),
    );
  }

  // BRON-09 / BRON-10: fields that belong to the other kind of school.
  const record = ins as unknown as Record<string, unknown>;
  if (isBaoSbao) {
    for (const veld of ALLEEN_SO_VSO) {
      if (record[veld] !== undefined) {
        foutmeldingen.push(
          fout(
            'BRON-10',
            `Het veld ${veld} hoort alleen bij SO en VSO, niet bij ${ins.soortOnderwijs}; laat het weg.`,
            `${P}/${veld}`,
            sleutel,
          ),
        );
      }
    }
  } else {
    for (const veld of ALLEEN_BAO_SBAO) {
      if (record[veld] !== undefined) {
        foutmeldingen.push(
          fout(
            'BRON-09',
            `Het veld ${veld} hoort alleen bij BAO en SBAO, niet bij ${ins.soortOnderwijs}; laat het weg.`,
            `${P}/${veld}`,
            sleutel,
          ),
        );
      }
    }
  }
  // BRON-09 (sim): maandenVoorschools only with a voorschools programma; vroegschools ends after it begins.
  if (isBaoSbao && ins.maandenVoorschools !== undefined && ins.voorschoolsProgramma !== true) {
    foutmeldingen.push(
      fout(
        'BRON-09',
        'maandenVoorschools is alleen toegestaan als voorschoolsProgramma true is; geef beide of geen van beide.',
        `${P}/maandenVoorschools`,
        sleutel,
      ),
    );
  }
  const vve = ins.vroegschoolsProgramma;
  if (isBaoSbao && vve?.einddatum !== undefined && vve.einddatum < vve.begindatum) {
    foutmeldingen.push(
      fout(
        'BRON-09',
        `Het vroegschoolse programma eindigt op ${vve.einddatum}, voor de begindatum ${vve.begindatum}; de einddatum ligt op of na de begindatum.`,
        `${P}/vroegschoolsProgramma/einddatum`,
        sleutel,
      ),
    );
  }

  // BRON-11 (sim): a reden belongs to an uitschrijving; an uitschrijving without reden is accepted with a melding.
  if (ins.redenUitschrijving !== undefined && ins.uitschrijfdatum === undefined) {
    foutmeldingen.push(
      fout(
        'BRON-11',
        'Er is een redenUitschrijving zonder uitschrijfdatum; geef een reden alleen samen met een uitschrijfdatum.',
        `${P}/redenUitschrijving`,
        sleutel,
      ),
    );
  }
  if (ins.uitschrijfdatum !== undefined && ins.redenUitschrijving === undefined) {
    meldingen.push(
      fout(
        'BRON-11',
        'De uitschrijving heeft geen redenUitschrijving; geef de reden van uitschrijving mee.',
        `${P}/redenUitschrijving`,
        sleutel,
      ),
    );
  }

  // BRON-13 (sim): counted from the event date to today; late → melding, still accepted.
  const te = (datum: string, termijn: number) => daysBetween(datum, ctx.today) > termijn;
  const opgeslagen = ctx.vorige;
  if (
    (opgeslagen === undefined || opgeslagen.inschrijfdatum !== ins.inschrijfdatum) &&
    te(ins.inschrijfdatum, TERMIJN_IN_UITSCHRIJVING)
  ) {
    meldingen.push(telaat('inschrijfdatum', ins.inschrijfdatum, TERMIJN_IN_UITSCHRIJVING, `${P}/inschrijfdatum`, sleutel));
  }
  if (
    ins.uitschrijfdatum !== undefined &&
    opgeslagen?.uitschrijfdatum !== ins.uitschrijfdatum &&
    te(ins.uitschrijfdatum, TERMIJN_IN_UITSCHRIJVING)
  ) {
    meldingen.push(telaat('uitschrijfdatum', ins.uitschrijfdatum, TERMIJN_IN_UITSCHRIJVING, `${P}/uitschrijfdatum`, sleutel));
  }
  ins.periodes.forEach((p, i) => {
    // The first periode's begindatum is the inschrijfdatum, judged above with its own termijn.
    if (p.begindatum === ins.inschrijfdatum) return;
    const bekend = opgeslagen?.periodes.some(
      (v) => v.begindatum === p.begindatum && v.groep === p.groep && locatieVan(opgeslagen, v) === locatieVan(ins, p),
    );
    if (!bekend && te(p.begindatum, TERMIJN_OVERIG)) {
      meldingen.push(telaat(`periode ${i + 1}`, p.begindatum, TERMIJN_OVERIG, `${P}/periodes/${i}/begindatum`, sleutel));
    }
  });

  return { foutmeldingen, meldingen };
}

function telaat(wat: string, datum: string, termijn: number, pointer: string, sleutel: Record<string, string>): Melding {
  return fout(
    'BRON-13',
    `De ${wat} (${datum}) is later dan ${termijn} dagen na die datum aangeleverd; lever dit voortaan binnen ${termijn} dagen aan.`,
    pointer,
    sleutel,
  );
}

/** BRON-06: one question to RIO's inschrijfbaarheid (RIO-11), with the field to blame when the answer is no. */
export interface RioCheck {
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
  vestigingscode: string;
  peildatum: string;
  pointer: string;
}

/**
 * BRON-06: aanbieder, locatie and vestiging must be inschrijfbaar on the inschrijfdatum (with the
 * inschrijving's locatie) and on every periode begindatum (with the periode's own locatie when it
 * has one); identical questions are asked once, blaming the first field that raised them.
 */
export function rioChecksFor(ins: Inschrijving): RioCheck[] {
  const checks: RioCheck[] = [];
  const seen = new Set<string>();
  const add = (onderwijslocatiecode: string, peildatum: string, pointer: string) => {
    const key = `${onderwijslocatiecode}|${peildatum}`;
    if (seen.has(key)) return;
    seen.add(key);
    checks.push({
      onderwijsaanbiedercode: ins.onderwijsaanbiedercode,
      onderwijslocatiecode,
      vestigingscode: ins.vestigingscode,
      peildatum,
      pointer,
    });
  };
  add(ins.onderwijslocatiecode, ins.inschrijfdatum, `${P}/inschrijfdatum`);
  ins.periodes.forEach((p, i) => {
    add(
      locatieVan(ins, p),
      p.begindatum,
      p.onderwijslocatiecode !== undefined ? `${P}/periodes/${i}/onderwijslocatiecode` : `${P}/periodes/${i}/begindatum`,
    );
  });
  return checks;
}
