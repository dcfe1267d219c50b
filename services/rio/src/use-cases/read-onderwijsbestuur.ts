// GET /onderwijsbesturen/{code} (docs/services/rio.md, RIO-01, RIO-08): a bestuur with every aanbieder
// it runs on the peildatum.
import type { Schemas } from '@duo-sim/shared';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import type { AppDeps } from '../deps.js';
import { bestuurAntwoord, notFound } from '../responses.js';

/** More aanbieders than any bestuur has; the bestuur read lists them all. */
const ALLE = 100_000;

/** 404 when RIO does not know the bestuur, or (RIO-08) it is not in bedrijf on the peildatum. */
export function readOnderwijsbestuur({ store }: AppDeps, code: string, peildatum: string): Schemas.RIOOnderwijsbestuurAntwoord {
  const bestuur = store.findBestuur(code);
  if (!bestuur) throw notFound('A01110', `Onderwijsbestuur ${code} is onbekend in RIO.`, { onderwijsbestuurcode: code });
  // RIO-08
  if (!isInBedrijfOp(bestuur, peildatum)) {
    throw notFound('RIO-08', `Onderwijsbestuur ${code} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(bestuur)}).`, {
      onderwijsbestuurcode: code,
      peildatum,
    });
  }
  const aanbieders = store.listAanbieders({ peildatum, bestuurcode: code, offset: 0, limit: ALLE }).items;
  return bestuurAntwoord(bestuur, peildatum, aanbieders);
}
