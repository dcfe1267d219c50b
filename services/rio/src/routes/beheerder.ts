// RIO-07: the sender of a beheer-bericht is the operator, or a bestuur known in RIO by the OIN of its
// certificate; a vendor, DUO, a gemeente or an unknown party may not change RIO (docs/services/rio.md).
import { partijOf, problems, type PartyRegistry } from '@duo-sim/shared';
import type { Response } from 'express';
import type { Beheerder } from '../domain/eigen-objecten.js';
import type { RioStore } from '../store.js';

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
