// The lists of meldingen (docs/services/verzuim.md): a gemeente's, routed to it (VZM-01, VZM-09), and
// a school's, for its vendor (mandate VERZUIM today, EK-07).
import { assertMayReadForSchool, problems } from '@duo-sim/shared';
import type { Melding, MeldingStatus } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { gemeentenVan, isDuoOrOperator } from './access.js';

/** Only the gemeente itself, DUO and the operator read its meldingen; checked before the query is read. */
export function assertMayReadGemeente(deps: AppDeps, partij: string, code: string): void {
  const eigen = deps.parties.get(partij);
  const magLezen = isDuoOrOperator(deps, partij) || (eigen?.rol === 'gemeente' && eigen.gemeentecode === code);
  if (!magLezen) throw problems.forbidden(`Alleen gemeente ${code} zelf leest de meldingen die naar haar zijn doorgezet.`);
  if (!gemeentenVan(deps).some((g) => g.gemeentecode === code)) {
    throw problems.notFound('NIET_GEVONDEN', `Gemeente ${code} is niet aangesloten op het verzuimregister.`);
  }
}

export function readGemeenteMeldingen(
  { store }: AppDeps,
  code: string,
  status?: MeldingStatus,
): { gemeentecode: string; status?: MeldingStatus; meldingen: Melding[] } {
  return { gemeentecode: code, ...(status ? { status } : {}), meldingen: store.meldingenVanGemeente(code, status) };
}

/** EK-07: the school's vendor with a VERZUIM mandate today, DUO and the operator read the school's meldingen. */
export async function assertMayReadSchool(deps: AppDeps, partij: string, brin: string): Promise<void> {
  await assertMayReadForSchool({ ...deps, isDuoOrOperator: (oin) => isDuoOrOperator(deps, oin) }, partij, brin, 'VERZUIM');
}

export function readSchoolMeldingen(
  { store }: AppDeps,
  brin: string,
  status?: MeldingStatus,
): { brin: string; status?: MeldingStatus; meldingen: Melding[] } {
  return { brin, ...(status ? { status } : {}), meldingen: store.meldingenVanSchool(brin, status) };
}
