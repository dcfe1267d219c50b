// Who may see and change which melding (CONTRACT §5): the school's vendor (OSR mandate VERZUIM
// today, EK-07), the woongemeente it was routed to (VZM-01, VZM-09), and DUO and the operator.
import { problems, schoolOinFromBrin, type Party } from '@duo-sim/shared';
import type { AppDeps } from '../app.js';
import type { Melding } from '../domain/types.js';

export function isDuoOrOperator(deps: Pick<AppDeps, 'parties'>, oin: string): boolean {
  return deps.parties.hasRol(oin, 'duo') || deps.parties.isOperator(oin);
}

/** The gemeente parties of the world (fixtures/parties.json). */
export function gemeentenVan(deps: Pick<AppDeps, 'parties'>): Party[] {
  return deps.parties.all().filter((p) => p.rol === 'gemeente');
}

/** VZM-09: the caller is the gemeente the melding was routed to. */
export function isWoongemeente(deps: Pick<AppDeps, 'parties'>, oin: string, melding: Melding): boolean {
  const party = deps.parties.get(oin);
  return party?.rol === 'gemeente' && party.gemeentecode === melding.woongemeente.code;
}

/** Reads of one melding: its school's vendor, its woongemeente, DUO or the operator; else 403 AUT401. */
export async function assertMayReadMelding(deps: AppDeps, partij: string, melding: Melding): Promise<void> {
  if (isDuoOrOperator(deps, partij) || isWoongemeente(deps, partij, melding)) return;
  // A gemeente is never a school's vendor; asking OSR would only say NOK.
  if (!deps.parties.hasRol(partij, 'gemeente')) {
    const mandaat = await deps.osr.hasMandate({
      supplierOin: partij,
      schoolOin: schoolOinFromBrin(melding.brin),
      service: 'VERZUIM',
      referenceDate: deps.clock.today(),
    });
    if (mandaat) return;
  }
  throw problems.forbidden(
    `Melding ${melding.meldingsnummer} is alleen te lezen door de leverancier van school ${melding.brin} (mandaat VERZUIM) en door de woongemeente.`,
  );
}
