// The erkenningen (docs/services/rio.md, RIO-01, RIO-08): an instellingserkenning (BRIN4) with its
// vestigingen, and a vestigingserkenning (BRIN6), as erkend on the peildatum.
import type { Schemas } from '@duo-sim/shared';
import { beschrijf, isGeldigOp } from '../domain/peildatum.js';
import type { AppDeps } from '../deps.js';
import { instellingAntwoord, notFound, vestigingAntwoord } from '../responses.js';

/** 404 when RIO does not know the BRIN, or (RIO-08) it is not erkend on the peildatum. */
export function readInstellingserkenning(
  { store }: AppDeps,
  brin: string,
  peildatum: string,
): Schemas.RIOInstellingserkenningAntwoord {
  const erkenning = store.findInstellingserkenning(brin);
  if (!erkenning)
    throw notFound('A01030', `Instellingserkenning (BRIN) ${brin} is onbekend.`, { instellingserkenningscode: brin });
  // RIO-08
  if (!isGeldigOp(erkenning, peildatum)) {
    throw notFound('RIO-08', `BRIN ${brin} is op ${peildatum} niet erkend (erkend ${beschrijf(erkenning)}).`, {
      instellingserkenningscode: brin,
      peildatum,
    });
  }
  return instellingAntwoord(erkenning, peildatum, store.listVestigingserkenningenOf(brin));
}

/** 404 when RIO does not know the vestiging, or (RIO-08) it is not erkend on the peildatum. */
export function readVestigingserkenning(
  { store }: AppDeps,
  code: string,
  peildatum: string,
): Schemas.RIOVestigingserkenningAntwoord {
  const vestiging = store.findVestigingserkenning(code);
  if (!vestiging) throw notFound('A01040', `Vestiging (BRIN6) ${code} is onbekend.`, { vestigingscode: code });
  // RIO-08
  if (!isGeldigOp(vestiging, peildatum)) {
    throw notFound('RIO-08', `Vestiging ${code} is op ${peildatum} niet erkend (erkend ${beschrijf(vestiging)}).`, {
      vestigingscode: code,
      peildatum,
    });
  }
  return vestigingAntwoord(vestiging, peildatum);
}
