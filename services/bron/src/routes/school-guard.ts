// Who may read a school's registers in BRON (docs/authorization.md): its vendor with a ROD_PO
// mandate today (EK-07), DUO and the operator.
import { assertMayReadForSchool, DUO_OIN, partijOf } from '@duo-sim/shared';
import type { Response } from 'express';
import type { AppDeps } from '../deps.js';

/** Throws 403 AUT401 unless the caller may read school `brin`. */
export async function assertMayReadSchool(deps: AppDeps, res: Response, brin: string): Promise<void> {
  await assertMayReadForSchool(
    { osr: deps.osr, clock: deps.clock, isDuoOrOperator: (oin) => oin === DUO_OIN || deps.parties.isOperator(oin) },
    partijOf(res),
    brin,
    'ROD_PO',
  );
}
