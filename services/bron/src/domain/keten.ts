// What one accepted change means for the other schools of the pupil (po-informatiediensten):
// kennisgevingen (INFO-03), dates that must join (INFO-04), BRON's own correction of the old
// uitschrijfdatum (INFO-05) and dubbele inschrijvingen (BRON-14). Pure: the service applies the result.
import { addDays, daysBetween } from '@duo-sim/shared';
import type { Inschrijving, Pgn } from './types.js';

export interface SchoolInschrijving {
  brin: string;
  ins: Inschrijving;
}

export type KetenSoort = 'KENNISGEVING_INSCHRIJVING' | 'KENNISGEVING_UITSCHRIJVING' | 'SIGNAAL';

export interface KetenBericht {
  brin: string;
  soort: KetenSoort;
  inhoud: Record<string, unknown>;
}

export interface KetenGevolgen {
  /** INFO-05: the old school's inschrijving with its uitschrijfdatum moved by DUO. */
  correctie?: SchoolInschrijving;
  berichten: KetenBericht[];
}

/** INFO-05 (sim): BRON corrects the old uitschrijfdatum within this many days after it. */
export const CORRECTIE_TERMIJN = 28;

const naamVan = (namen: ReadonlyMap<string, string>, brin: string) => namen.get(brin) ?? brin;

/**
 * INFO-03 (sim): the old school of `nieuw` is the pupil's latest earlier inschrijving (by
 * inschrijfdatum) at another school.
 */
export function oudeSchool(nieuw: SchoolInschrijving, alle: readonly SchoolInschrijving[]): SchoolInschrijving | undefined {
  let oud: SchoolInschrijving | undefined;
  for (const s of alle) {
    if (s.brin === nieuw.brin || s.ins.inschrijfdatum >= nieuw.ins.inschrijfdatum) continue;
    if (!oud || s.ins.inschrijfdatum > oud.ins.inschrijfdatum) oud = s;
  }
  return oud;
}

/** The school the pupil went to after `oud`: the earliest later inschrijving elsewhere whose old school is `oud`. */
export function nieuweSchool(oud: SchoolInschrijving, alle: readonly SchoolInschrijving[]): SchoolInschrijving | undefined {
  let nieuw: SchoolInschrijving | undefined;
  for (const s of alle) {
    if (s.brin === oud.brin || s.ins.inschrijfdatum <= oud.ins.inschrijfdatum) continue;
    if (!nieuw || s.ins.inschrijfdatum < nieuw.ins.inschrijfdatum) nieuw = s;
  }
  if (!nieuw) return undefined;
  const itsOld = oudeSchool(nieuw, alle);
  return itsOld && itsOld.brin === oud.brin && itsOld.ins.inschrijvingsvolgnummer === oud.ins.inschrijvingsvolgnummer
    ? nieuw
    : undefined;
}

function kennisgevingInschrijving(
  leerling: Pgn,
  oud: SchoolInschrijving,
  nieuw: SchoolInschrijving,
  namen: ReadonlyMap<string, string>,
): KetenBericht {
  return {
    brin: oud.brin,
    soort: 'KENNISGEVING_INSCHRIJVING',
    inhoud: {
      leerling,
      andereSchool: { brin: nieuw.brin, naam: naamVan(namen, nieuw.brin) },
      inschrijfdatum: nieuw.ins.inschrijfdatum,
    },
  };
}

function kennisgevingUitschrijving(
  leerling: Pgn,
  oud: SchoolInschrijving,
  nieuw: SchoolInschrijving,
  namen: ReadonlyMap<string, string>,
): KetenBericht {
  return {
    brin: nieuw.brin,
    soort: 'KENNISGEVING_UITSCHRIJVING',
    inhoud: {
      leerling,
      andereSchool: { brin: oud.brin, naam: naamVan(namen, oud.brin) },
      uitschrijfdatum: oud.ins.uitschrijfdatum,
    },
  };
}

/** INFO-04: a gap between the old uitschrijfdatum and the new inschrijfdatum is a signaal to both. */
function gatSignalen(leerling: Pgn, oud: SchoolInschrijving, nieuw: SchoolInschrijving): KetenBericht[] {
  const uit = oud.ins.uitschrijfdatum;
  if (uit === undefined || uit >= addDays(nieuw.ins.inschrijfdatum, -1)) return [];
  const inhoud = {
    signaal: 'INFO-04',
    tekst:
      'De uitschrijfdatum op de oude school en de inschrijfdatum op de nieuwe school sluiten niet aan; verwacht uitschrijfdatum = inschrijfdatum - 1.',
    leerling,
    oudeSchool: { brin: oud.brin, uitschrijfdatum: uit },
    nieuweSchool: { brin: nieuw.brin, inschrijfdatum: nieuw.ins.inschrijfdatum },
  };
  return [
    { brin: oud.brin, soort: 'SIGNAAL', inhoud },
    { brin: nieuw.brin, soort: 'SIGNAAL', inhoud },
  ];
}

/**
 * The consequences of the accepted change of `gewijzigd` (already part of `alle`, the pupil's
 * inschrijvingen at every school after the change). `vorige` is the version before the change.
 */
export function ketenGevolgen(
  gewijzigd: SchoolInschrijving,
  vorige: Inschrijving | undefined,
  alle: readonly SchoolInschrijving[],
  today: string,
  namen: ReadonlyMap<string, string>,
): KetenGevolgen {
  const leerling = gewijzigd.ins.leerling;
  const berichten: KetenBericht[] = [];
  let correctie: SchoolInschrijving | undefined;

  // The change as the new school: a new inschrijving, or one whose inschrijfdatum moved.
  if (vorige === undefined || vorige.inschrijfdatum !== gewijzigd.ins.inschrijfdatum) {
    let oud = oudeSchool(gewijzigd, alle);
    if (oud) {
      const uit = oud.ins.uitschrijfdatum;
      const doel = addDays(gewijzigd.ins.inschrijfdatum, -1);
      // INFO-05 (sim): within 28 days after the old uitschrijfdatum BRON moves it to join, unless that
      // would end the old inschrijving before it began.
      if (uit !== undefined && uit !== doel && daysBetween(uit, today) <= CORRECTIE_TERMIJN && doel >= oud.ins.inschrijfdatum) {
        const aangepast: SchoolInschrijving = { brin: oud.brin, ins: { ...oud.ins, uitschrijfdatum: doel } };
        berichten.push({
          brin: oud.brin,
          soort: 'SIGNAAL',
          inhoud: {
            signaal: 'INFO-05',
            tekst: 'DUO heeft de uitschrijfdatum aangepast aan de inschrijfdatum op de nieuwe school (art. 8).',
            leerling,
            inschrijvingsvolgnummer: oud.ins.inschrijvingsvolgnummer,
            oudeUitschrijfdatum: uit,
            nieuweUitschrijfdatum: doel,
          },
        });
        correctie = aangepast;
        oud = aangepast;
      }
      berichten.push(kennisgevingInschrijving(leerling, oud, gewijzigd, namen));
      if (oud.ins.uitschrijfdatum !== undefined) {
        berichten.push(kennisgevingUitschrijving(leerling, oud, gewijzigd, namen));
        berichten.push(...gatSignalen(leerling, oud, gewijzigd));
      }
    }
  }

  // The change as the old school: an uitschrijfdatum set or moved, with a new school already known.
  if (gewijzigd.ins.uitschrijfdatum !== undefined && gewijzigd.ins.uitschrijfdatum !== vorige?.uitschrijfdatum) {
    const nieuw = nieuweSchool(gewijzigd, alle);
    if (nieuw) {
      berichten.push(kennisgevingUitschrijving(leerling, gewijzigd, nieuw, namen));
      berichten.push(...gatSignalen(leerling, gewijzigd, nieuw));
    }
  }
  return { ...(correctie ? { correctie } : {}), berichten };
}

/** BRON-14: two inschrijvingen at different schools whose enrolled days overlap (uitschrijfdatum inclusive). */
export function overlappen(a: Inschrijving, b: Inschrijving): boolean {
  const aEind = a.uitschrijfdatum ?? '9999-12-31';
  const bEind = b.uitschrijfdatum ?? '9999-12-31';
  return a.inschrijfdatum <= bEind && b.inschrijfdatum <= aEind;
}

/** A stable key of an overlapping pair, so the service can tell a new overlap from a known one. */
export function paarSleutel(a: SchoolInschrijving, b: SchoolInschrijving): string {
  const ka = `${a.brin}/${a.ins.inschrijvingsvolgnummer}`;
  const kb = `${b.brin}/${b.ins.inschrijvingsvolgnummer}`;
  return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/** BRON-14: every overlapping pair of the pupil's inschrijvingen at two different schools. */
export function dubbeleInschrijvingen(
  alle: readonly SchoolInschrijving[],
): Map<string, [SchoolInschrijving, SchoolInschrijving]> {
  const paren = new Map<string, [SchoolInschrijving, SchoolInschrijving]>();
  for (let i = 0; i < alle.length; i++) {
    for (let j = i + 1; j < alle.length; j++) {
      const a = alle[i]!;
      const b = alle[j]!;
      if (a.brin !== b.brin && overlappen(a.ins, b.ins)) paren.set(paarSleutel(a, b), [a, b]);
    }
  }
  return paren;
}
