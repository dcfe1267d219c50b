// The status machine of a verzuimmelding (VZM-12), as pure functions.
import { fout, type Foutmelding } from '@duo-sim/shared';
import type { MeldingStatus } from './types.js';

/** VZM-12 (sim): open = GEREGISTREERD or IN_BEHANDELING. */
export function isOpen(status: MeldingStatus): boolean {
  return status === 'GEREGISTREERD' || status === 'IN_BEHANDELING';
}

export type Actor = 'school' | 'gemeente';

const GEMEENTE_VAN: Record<string, readonly MeldingStatus[]> = {
  IN_BEHANDELING: ['GEREGISTREERD'],
  AFGESLOTEN: ['GEREGISTREERD', 'IN_BEHANDELING'],
  TER_KENNISGEVING_AANGENOMEN: ['GEREGISTREERD', 'IN_BEHANDELING'],
};

// VZM-12: the school withdraws an open melding; the gemeente moves forward only
// (GEREGISTREERD → IN_BEHANDELING; open → AFGESLOTEN or TER_KENNISGEVING_AANGENOMEN). Anything else is
// a conflict with the melding's current status (409 VZM-12); null when the move is allowed.
export function checkStatusMove(
  actor: Actor,
  huidig: MeldingStatus,
  nieuw: MeldingStatus,
  pointer = '/status',
): Foutmelding | null {
  const toegestaan =
    actor === 'school' ? nieuw === 'INGETROKKEN' && isOpen(huidig) : (GEMEENTE_VAN[nieuw] ?? []).includes(huidig);
  if (toegestaan) return null;
  const wie = actor === 'school' ? 'de school' : 'de gemeente';
  return fout(
    'VZM-12',
    `Een melding met status ${huidig} kan door ${wie} niet naar ${nieuw}; ${uitleg(actor, huidig)}`,
    pointer,
    { status: huidig },
  );
}

function uitleg(actor: Actor, huidig: MeldingStatus): string {
  if (!isOpen(huidig)) return 'de melding is gesloten en verandert niet meer.';
  if (actor === 'school') return 'de school kan alleen intrekken of de einddatum wijzigen.';
  return huidig === 'IN_BEHANDELING'
    ? 'de gemeente kan alleen vooruit, naar AFGESLOTEN of TER_KENNISGEVING_AANGENOMEN.'
    : 'de gemeente kan alleen vooruit.';
}

// VZM-12: the school changes the einddatum only while the melding is open.
export function checkEinddatumWijziging(huidig: MeldingStatus): Foutmelding | null {
  if (isOpen(huidig)) return null;
  return fout('VZM-12', `Een melding met status ${huidig} is gesloten; de einddatum verandert niet meer.`, '/einddatum', {
    status: huidig,
  });
}
