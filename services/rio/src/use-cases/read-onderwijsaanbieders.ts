// The reads of onderwijsaanbieders (docs/services/rio.md, RIO-08): a page of them (of one bestuur or
// all), and one by its code, each as it stands on the peildatum.
import type { Schemas } from '@duo-sim/shared';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import type { AppDeps } from '../deps.js';
import { aanbiederAntwoord, notFound } from '../responses.js';

/** One page of the aanbieders in bedrijf on the peildatum; 404 when the bestuur asked for is unknown. */
export function listOnderwijsaanbieders(
  { store }: AppDeps,
  peildatum: string,
  bestuurcode: string | undefined,
  { pagina, offset, limit }: { pagina: number; offset: number; limit: number },
): Schemas.RIOOnderwijsaanbiedersPagina {
  if (bestuurcode !== undefined && !store.findBestuur(bestuurcode)) {
    throw notFound('A01110', `Onderwijsbestuur ${bestuurcode} is onbekend in RIO.`, { onderwijsbestuurcode: bestuurcode });
  }
  const { totaal, items } = store.listAanbieders({
    peildatum,
    ...(bestuurcode === undefined ? {} : { bestuurcode }),
    offset,
    limit,
  });
  return {
    peildatum,
    ...(bestuurcode === undefined ? {} : { onderwijsbestuurcode: bestuurcode }),
    pagina,
    paginagrootte: limit,
    totaal,
    volgendePagina: offset + items.length < totaal ? pagina + 1 : null,
    onderwijsaanbieders: items.map((a) => aanbiederAntwoord(a, peildatum)),
  };
}

/** One aanbieder on the peildatum: 404 when RIO does not know it, or (RIO-08) it is not in bedrijf then. */
export function readOnderwijsaanbieder(
  { store }: AppDeps,
  code: string,
  peildatum: string,
): Schemas.RIOOnderwijsaanbiederAntwoord {
  const aanbieder = store.findAanbieder(code);
  if (!aanbieder) throw notFound('N09440', `Onderwijsaanbieder ${code} is onbekend in RIO.`, { onderwijsaanbiedercode: code });
  // RIO-08
  if (!isInBedrijfOp(aanbieder, peildatum)) {
    throw notFound(
      'RIO-08',
      `Onderwijsaanbieder ${code} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(aanbieder)}).`,
      { onderwijsaanbiedercode: code, peildatum },
    );
  }
  return aanbiederAntwoord(aanbieder, peildatum);
}
