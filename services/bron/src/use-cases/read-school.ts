// What a school's vendor, DUO and the operator read of one school (docs/services/bron.md): the
// registratieoverzicht, the bekostiging per teldatum (BEK-01..09) and the mailbox (BRON-18). The
// route has checked who may read before it calls these.
import { problems } from '@duo-sim/shared';
import { schoolOverzicht, type SchoolBekostigingsoverzicht } from '../domain/bekostiging-overzicht.js';
import { checkTeldatum, relevanteTeldatum } from '../domain/bekostiging-teldatum.js';
import type { Inschrijving } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import type { MailboxBericht } from '../store.js';
import { schoolRecords } from './leerling-bekostiging.js';

/** The registratieoverzicht: the school's inschrijvingen on the peildatum (today when not given). */
export function readRegistratieoverzicht(
  deps: AppDeps,
  brin: string,
  peildatum = deps.clock.today(),
): { brin: string; peildatum: string; inschrijvingen: Inschrijving[] } {
  return { brin, peildatum, inschrijvingen: deps.store.inschrijvingenOp(brin, peildatum) };
}

/** BEK-01: the teldatum asked for (400 when it is none), or the relevant teldatum today (BEK-09). */
export function chooseTeldatum(deps: AppDeps, teldatum: string | undefined): string {
  if (teldatum === undefined) return relevanteTeldatum(deps.clock.today(), deps.teldatumModus);
  const fouten = checkTeldatum(teldatum, deps.teldatumModus);
  if (fouten.length > 0) throw problems.rejected(fouten);
  return teldatum;
}

/** BEK-02..09: the school's pupils with their bekostigingsstatus and redenen for the teldatum, and the totals. */
export function readBekostiging(deps: AppDeps, brin: string, teldatum: string): SchoolBekostigingsoverzicht {
  return schoolOverzicht(schoolRecords(deps, brin), brin, teldatum, deps.clock.today(), deps.teldatumModus);
}

/**
 * BRON-18: the school's mailbox after the cursor `na`, oldest first. berichtIds only grow and a
 * bericht is committed in one synchronous transaction, so "after the cursor" never skips one that
 * lands while a vendor reads, and never repeats one.
 */
export function readBerichten(
  deps: AppDeps,
  brin: string,
  na: number,
  limiet: number,
): { berichten: Array<Omit<MailboxBericht, 'brin'>>; volgende: number } {
  const berichten = deps.store.berichten(brin, na, limiet);
  return {
    berichten: berichten.map(({ berichtId, soort, aangemaakt, inhoud }) => ({ berichtId, soort, aangemaakt, inhoud })),
    volgende: berichten.length > 0 ? berichten[berichten.length - 1]!.berichtId : na,
  };
}

/** For the console's timeline: what one exchange's trace placed in any school's mailbox (INFO-03, BRON-14). */
export function readSpoorBerichten(deps: AppDeps, traceId: string): { spoor: string; berichten: MailboxBericht[] } {
  return { spoor: traceId, berichten: deps.store.berichtenVanSpoor(traceId) };
}
