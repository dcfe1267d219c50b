// Who may see and change which melding (docs/services/verzuim.md): the school's vendor (OSR mandate VERZUIM
// today, EK-07), the woongemeente it was routed to (VZM-01, VZM-09), and DUO and the operator.
import { Problem, schoolOinFromBrin, type Party } from '@duo-sim/shared';
import type { AppDeps } from '../deps.js';
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

/**
 * The one answer for a melding that does not exist and for one the caller may not know of: the
 * same status and text, so sequential meldingsnummers reveal nothing (docs/authorization.md).
 */
export function meldingOnbekend(nr: string, berichtId?: string): Problem {
  return new Problem(
    404,
    [{ foutcode: 'NIET_GEVONDEN', fouttekst: `Er is geen melding met meldingsnummer ${nr} die deze partij mag zien.` }],
    berichtId,
  );
}

/** Who may know a melding exists: its school's vendor (mandate VERZUIM today), its woongemeente, DUO or the operator. */
export async function mayReadMelding(deps: AppDeps, partij: string, melding: Melding): Promise<boolean> {
  if (isDuoOrOperator(deps, partij) || isWoongemeente(deps, partij, melding)) return true;
  // A gemeente is never a school's vendor; asking OSR would only say NOK.
  if (deps.parties.hasRol(partij, 'gemeente')) return false;
  return deps.osr.hasMandate({
    supplierOin: partij,
    schoolOin: schoolOinFromBrin(melding.brin),
    service: 'VERZUIM',
    referenceDate: deps.clock.today(),
  });
}

/** The melding `nr` if it exists and the caller may read it; else the 404 of meldingOnbekend. */
export async function leesbareMelding(deps: AppDeps, partij: string, nr: string): Promise<Melding> {
  const melding = deps.store.melding(nr);
  if (!melding || !(await mayReadMelding(deps, partij, melding))) throw meldingOnbekend(nr);
  return melding;
}
