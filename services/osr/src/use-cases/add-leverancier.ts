// POST and DELETE /api/v1/leveranciers (docs/services/osr.md, OSR-07): the operator adds a vendor of
// your own to the world, or removes one; the besturen then mandate it, as in the chain.
import { isOin, problems } from '@duo-sim/shared';
import { checkNieuweLeverancier } from '../domain/leverancier.js';
import type { AppDeps } from '../deps.js';
import type { EigenLeveranciers } from '../eigen-leveranciers.js';

function beschikbaar({ eigenLeveranciers }: AppDeps): EigenLeveranciers {
  // An OSR made without a world folder (some tests) cannot issue certificates.
  if (!eigenLeveranciers) throw problems.notFound('NIET_GEVONDEN', 'Deze OSR kan geen leveranciers toevoegen.');
  return eigenLeveranciers;
}

/** OSR-07: the name is free and every school exists; then the vendor, its certificate and its party. */
export async function addLeverancier(deps: AppDeps, body: { naam: string; scholen: string[] }) {
  const { store, parties } = deps;
  const fouten = checkNieuweLeverancier(body, {
    partijNamen: parties.all().map((p) => p.naam),
    kentSchool: (brin) => store.findSchools({ brin }).length > 0,
  });
  if (fouten.length > 0) throw problems.rejected(fouten);
  const scholen = body.scholen.map((brin) => store.findSchools({ brin })[0]);
  return beschikbaar(deps).voegToe(
    body.naam,
    scholen.filter((s) => s !== undefined),
  );
}

/** OSR-07: only a vendor of your own goes; the seed's vendors stay. */
export function removeLeverancier(deps: AppDeps, oin: string) {
  const verwijderd = isOin(oin) ? beschikbaar(deps).verwijder(oin) : undefined;
  if (!verwijderd) {
    throw problems.notFound('NIET_GEVONDEN', `Er is geen eigen leverancier met OIN ${oin}; de leveranciers van de seed blijven.`);
  }
  return verwijderd;
}
