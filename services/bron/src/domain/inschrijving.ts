// The content rules of one inschrijving (docs/services/bron.md POST /inschrijvingen), run after the
// schema passed, one file per rule group: the key (inschrijving-sleutel.ts: ID-01..03, EK-03,
// BRON-02), the dates (inschrijving-periodes.ts: BRON-03, -05, -07), the fields per soort onderwijs
// (inschrijving-velden.ts: BRON-08..11) and the pupil's other inschrijvingen and the calendar
// (inschrijving-termijnen.ts: BRON-02, -13). BRON-01 (known PGN) and BRON-06 (RIO) need the store
// and RIO; the use case runs those with isKnownPgn and rioChecksFor.
import type { Foutmelding } from '@duo-sim/shared';
import { checkLeeftijd, checkPeriodes, checkUitschrijfdatum } from './inschrijving-periodes.js';
import { INSCHRIJVING_POINTER as P, checkSleutel } from './inschrijving-sleutel.js';
import { checkOverlap, checkTermijnen } from './inschrijving-termijnen.js';
import { checkRedenUitschrijving, checkVeldenPerSoort } from './inschrijving-velden.js';
import { locatieVan } from './periodes.js';
import type { Inschrijving, Melding } from './types.js';

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

/** Every rule violation of `ins`, all at once (docs/services/common.md), group by group. */
export function checkInschrijving(ins: Inschrijving, ctx: InschrijvingContext): InschrijvingUitslag {
  const periodes = checkPeriodes(ins);
  const reden = checkRedenUitschrijving(ins);
  return {
    foutmeldingen: [
      ...checkSleutel(ins, ctx.schoolBrin),
      ...checkUitschrijfdatum(ins),
      ...checkOverlap(ins, ctx.bestaande),
      ...periodes.foutmeldingen,
      ...checkLeeftijd(ins, ctx.geboortedatum),
      ...checkVeldenPerSoort(ins),
      ...reden.foutmeldingen,
    ],
    meldingen: [...periodes.meldingen, ...reden.meldingen, ...checkTermijnen(ins, ctx.today, ctx.vorige)],
  };
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
