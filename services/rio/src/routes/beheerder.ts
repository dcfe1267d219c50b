// RIO-07: only the sender's own objects (AUT401). The sender of a beheer-bericht is the operator,
// or a bestuur known in RIO by the OIN of its certificate; a vendor, DUO, a gemeente or an
// unknown party may not change RIO (docs/services/rio.md).
import { partijOf, Problem, problems, type Foutmelding, type PartyRegistry } from '@duo-sim/shared';
import type { Response } from 'express';
import type { Instellingserkenning, Onderwijsbestuur, Vestigingserkenning } from '../domain/types.js';
import type { RioStore } from '../store.js';

export interface Beheerder {
  operator: boolean;
  /** The RIO besturen with the caller's OIN (empty for the operator). */
  besturen: Onderwijsbestuur[];
}

export function assertBeheerder(res: Response, parties: PartyRegistry, store: RioStore): Beheerder {
  const oin = partijOf(res);
  if (parties.isOperator(oin)) return { operator: true, besturen: [] };
  const besturen = store.findBesturenByOin(oin);
  if (besturen.length === 0) {
    throw problems.forbidden(
      'Alleen een onderwijsbestuur (voor zijn eigen objecten) of de operator mag RIO-objecten aanleveren.',
    );
  }
  return { operator: false, besturen };
}

export function isEigenBestuur(beheerder: Beheerder, bestuurcode: string): boolean {
  return beheerder.operator || beheerder.besturen.some((b) => b.onderwijsbestuurcode === bestuurcode);
}

/**
 * RIO-07 (AUT401): a bestuur may tie its objects only to erkenningen of its own bevoegd gezag.
 * Checked for the relaties an aanlevering adds, so an object that passed to another bestuur keeps
 * the relaties it already had.
 */
export function assertEigenErkenningen(
  beheerder: Beheerder,
  nieuw: ReadonlyArray<{ code: string; erkenning: Instellingserkenning | undefined; pointer: string; sleutelnaam: string }>,
): void {
  if (beheerder.operator) return;
  const eigen = new Set(beheerder.besturen.map((b) => b.bevoegdGezagNummer));
  const fouten: Foutmelding[] = nieuw
    .filter((n) => n.erkenning !== undefined && !eigen.has(n.erkenning.bevoegdGezagNummer))
    .map((n) => ({
      foutcode: 'AUT401',
      fouttekst: `${n.code} is erkend voor bevoegd gezag ${n.erkenning!.bevoegdGezagNummer}, niet voor dat van de afzender; een bestuur koppelt alleen eigen erkenningen.`,
      pointer: n.pointer,
      sleutelgegevens: [{ sleutelnaam: n.sleutelnaam, sleutelwaarde: n.code }],
    }));
  if (fouten.length > 0) throw new Problem(403, fouten);
}

/** The instellingserkenning a vestiging belongs to, for assertEigenErkenningen. */
export function instellingVan(store: RioStore, vestiging: Vestigingserkenning | undefined): Instellingserkenning | undefined {
  return vestiging ? store.findInstellingserkenning(vestiging.instellingserkenningscode) : undefined;
}
