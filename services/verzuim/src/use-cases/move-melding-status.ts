// PATCH /meldingen/{meldingsnummer}/status (docs/services/verzuim.md, VZM-12): the woongemeente moves a
// melding forward: IN_BEHANDELING, AFGESLOTEN or TER_KENNISGEVING_AANGENOMEN.
import { Problem, problems } from '@duo-sim/shared';
import { checkStatusMove } from '../domain/status.js';
import type { Melding, MeldingStatus } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { isWoongemeente, leesbareMelding } from './access.js';

/**
 * A party that may not read the melding hears that it does not exist; one that may, why it may not
 * move it: only the gemeente the melding was routed to (VZM-09) treats it. Checked before the body is read.
 */
export async function assertMayMoveStatus(deps: AppDeps, partij: string, nr: string): Promise<void> {
  const melding = await leesbareMelding(deps, partij, nr);
  if (!isWoongemeente(deps, partij, melding)) {
    throw problems.forbidden('Alleen de woongemeente waarheen de melding is doorgezet, zet haar status.');
  }
}

export function moveMeldingStatus({ store, clock }: AppDeps, partij: string, nr: string, status: MeldingStatus): Melding {
  return store.atomically(() => {
    const actueel = store.melding(nr)!;
    const conflict = checkStatusMove('gemeente', actueel.status, status);
    if (conflict) throw new Problem(409, [conflict]);
    const today = clock.today();
    return store.setStatus(nr, {
      wijziging: 'STATUS',
      status,
      door: partij,
      rol: 'gemeente',
      tijdstip: clock.now().toISOString(),
      vandaag: today,
    });
  });
}
