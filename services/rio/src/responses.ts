// The bodies of RIO's read answers (docs/services/rio.md): the stored object with all its periodes and
// relaties, plus the peildatum and the names valid on it (RIO-08); and RIO's 404 for what it does not know.
import { fout, Problem, type Schemas } from '@duo-sim/shared';
import { geldigOp, isGeldigOp } from './domain/peildatum.js';
import type {
  Instellingserkenning,
  Onderwijsaanbieder,
  Onderwijsbestuur,
  Onderwijslocatiegebruik,
  Vestigingserkenning,
} from './domain/types.js';

export function bestuurAntwoord(
  b: Onderwijsbestuur,
  peildatum: string,
  aanbieders: readonly Onderwijsaanbieder[],
): Schemas.RIOOnderwijsbestuurAntwoord {
  const periode = geldigOp(b.periodes, peildatum);
  return {
    ...b,
    peildatum,
    ...(periode ? { naam: periode.naam } : {}),
    ...(periode?.internationaleNaam ? { internationaleNaam: periode.internationaleNaam } : {}),
    onderwijsaanbieders: aanbieders.map((a) => {
      const naam = geldigOp(a.periodes, peildatum)?.naam;
      return { onderwijsaanbiedercode: a.onderwijsaanbiedercode, ...(naam ? { naam } : {}) };
    }),
  };
}

export function aanbiederAntwoord(a: Onderwijsaanbieder, peildatum: string): Schemas.RIOOnderwijsaanbiederAntwoord {
  const naam = geldigOp(a.periodes, peildatum)?.naam;
  return { ...a, peildatum, ...(naam ? { naam } : {}) };
}

export function gebruikAntwoord(g: Onderwijslocatiegebruik, peildatum: string): Schemas.RIOOnderwijslocatiegebruikAntwoord {
  return { ...g, peildatum };
}

export function vestigingAntwoord(v: Vestigingserkenning, peildatum: string): Schemas.RIOVestigingserkenningAntwoord {
  const periode = geldigOp(v.periodes, peildatum);
  return { ...v, peildatum, ...(periode ? { naamLang: periode.naamLang, naamKort: periode.naamKort } : {}) };
}

export function instellingAntwoord(
  e: Instellingserkenning,
  peildatum: string,
  vestigingen: readonly Vestigingserkenning[],
): Schemas.RIOInstellingserkenningAntwoord {
  const periode = geldigOp(e.periodes, peildatum);
  return {
    ...e,
    peildatum,
    ...(periode ? { naamLang: periode.naamLang, naamKort: periode.naamKort } : {}),
    vestigingen: vestigingen
      .filter((v) => isGeldigOp(v, peildatum))
      .map((v) => {
        const naamKort = geldigOp(v.periodes, peildatum)?.naamKort;
        return { code: v.code, soort: v.soort, ...(naamKort ? { naamKort } : {}) };
      }),
  };
}

/** RIO's 404: the foutcode says which object is unknown, the sleutelgegevens which one was asked for. */
export function notFound(foutcode: string, fouttekst: string, sleutels: Record<string, string>): Problem {
  return new Problem(404, [fout(foutcode, fouttekst, undefined, sleutels)]);
}
