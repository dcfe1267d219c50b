// PATCH /meldingen/{meldingsnummer} (docs/services/verzuim.md, VZM-06, VZM-12): the school sets an
// einddatum or withdraws its melding while it is open.
import {
  Problem,
  problems,
  type Bedrijfsdocument,
  type Commit,
  type Foutmelding,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { checkEinddatum, checkEinddatumInKeten, checkLrvEinddatum } from '../domain/melding.js';
import { checkEinddatumWijziging, checkStatusMove } from '../domain/status.js';
import type { Melding } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { meldingOnbekend } from './access.js';

export interface MeldingWijziging {
  bedrijfsdocument: Bedrijfsdocument;
  einddatum?: string;
  status?: 'INGETROKKEN';
}

/** Checks the change against the melding (404, 409 or 400) and returns the commit that stores it. */
export function changeMelding(
  { store, clock }: AppDeps,
  nr: string,
  { body, partij, school, berichtId, today }: VendorBerichtContext<MeldingWijziging>,
): Commit {
  const melding = store.melding(nr);
  // Another school's melding is answered as one that does not exist (docs/authorization.md).
  if (!melding || melding.brin !== school.brin) throw meldingOnbekend(nr, berichtId);
  // VZM-12: the move must fit the status the melding has when it is stored, not only now.
  const conflict = (actueel: Melding): Foutmelding | null =>
    body.status !== undefined ? checkStatusMove('school', actueel.status, body.status) : checkEinddatumWijziging(actueel.status);
  const eerst = conflict(melding);
  if (eerst) throw new Problem(409, [eerst], berichtId);

  if (body.einddatum !== undefined) {
    const einddatum = body.einddatum;
    const fouten = [
      ...checkEinddatum(melding.begindatum, einddatum, today, '/einddatum'),
      ...(melding.verzuimsoort === 'LANGDURIG_RELATIEF' ? checkLrvEinddatum(melding.begindatum, einddatum, '/einddatum') : []),
      ...checkEinddatumInKeten(
        einddatum,
        melding.vervolgOp === undefined ? undefined : store.melding(melding.vervolgOp),
        store.vervolgenOp(nr),
      ),
    ];
    if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
  }

  return () => {
    const actueel = store.melding(nr)!;
    const laat = conflict(actueel);
    if (laat) throw new Problem(409, [laat], berichtId);
    const item = {
      door: partij,
      namens: school.oin,
      rol: 'school' as const,
      tijdstip: clock.now().toISOString(),
      vandaag: today,
    };
    const gewijzigd =
      body.einddatum !== undefined
        ? store.setEinddatum(nr, body.einddatum, { ...item, wijziging: 'EINDDATUM', status: actueel.status })
        : store.setStatus(nr, { ...item, wijziging: 'STATUS', status: 'INGETROKKEN' });
    return { status: 200, body: { identificatiecodeBedrijfsdocument: berichtId, melding: gewijzigd } };
  };
}
