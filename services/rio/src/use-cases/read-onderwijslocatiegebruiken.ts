// The reads of onderwijslocatiegebruiken (docs/services/rio.md, RIO-08): by bestuur and/or vestiging,
// and one by its key, each as it stands on the peildatum.
import type { Schemas } from '@duo-sim/shared';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import type { AppDeps } from '../deps.js';
import { gebruikAntwoord, notFound } from '../responses.js';

/** The gebruiken of a bestuur and/or a vestiging in bedrijf on the peildatum; 404 when either is unknown. */
export function listOnderwijslocatiegebruiken(
  { store }: AppDeps,
  peildatum: string,
  { onderwijsbestuurcode: bestuurcode, vestigingscode }: { onderwijsbestuurcode?: string; vestigingscode?: string },
): Schemas.RIOOnderwijslocatiegebruiken {
  if (bestuurcode !== undefined && !store.findBestuur(bestuurcode)) {
    throw notFound('A01110', `Onderwijsbestuur ${bestuurcode} is onbekend in RIO.`, { onderwijsbestuurcode: bestuurcode });
  }
  if (vestigingscode !== undefined && !store.findVestigingserkenning(vestigingscode)) {
    throw notFound('A01040', `Vestiging (BRIN6) ${vestigingscode} is onbekend.`, { vestigingscode });
  }
  const gebruiken = store.listGebruiken({
    peildatum,
    ...(bestuurcode === undefined ? {} : { bestuurcode }),
    ...(vestigingscode === undefined ? {} : { vestigingscode }),
  });
  return {
    peildatum,
    ...(bestuurcode === undefined ? {} : { onderwijsbestuurcode: bestuurcode }),
    ...(vestigingscode === undefined ? {} : { vestigingscode }),
    onderwijslocatiegebruiken: gebruiken.map((g) => gebruikAntwoord(g, peildatum)),
  };
}

/** One gebruik on the peildatum: 404 when it does not exist, or (RIO-08) is not in bedrijf then. */
export function readOnderwijslocatiegebruik(
  { store }: AppDeps,
  { bestuurcode, locatiecode }: { bestuurcode: string; locatiecode: string },
  peildatum: string,
): Schemas.RIOOnderwijslocatiegebruikAntwoord {
  const gebruik = store.findGebruik(bestuurcode, locatiecode);
  const sleutels = { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: locatiecode };
  if (!gebruik)
    throw notFound('A01130', `Onderwijsbestuur ${bestuurcode} heeft geen gebruik van onderwijslocatie ${locatiecode}.`, sleutels);
  // RIO-08
  if (!isInBedrijfOp(gebruik, peildatum)) {
    throw notFound(
      'RIO-08',
      `Het gebruik ${bestuurcode}-${locatiecode} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(gebruik)}).`,
      { ...sleutels, peildatum },
    );
  }
  return gebruikAntwoord(gebruik, peildatum);
}
