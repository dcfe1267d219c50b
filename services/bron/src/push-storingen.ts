// Push faults (docs/storingen.md): a delivery delayed (PUSH_VERTRAAGD), delivered twice (PUSH_DUBBEL)
// or out of order (PUSH_VOLGORDE: held back until a later bericht reached the same afleveradres, at
// most vertragingMs). What a LAS must survive: a mailbox read by cursor, not by arrival, has no gaps
// and no doubles. The delivery that a fault changed carries its mark in the journal.
import { STANDAARD_VOLGORDE_MS, type StoringMark, type StoringenStore } from '@duo-sim/shared';
import type { AfleveringState } from './store.js';

export type PushBesluit =
  /** Deliver now; with a mark when a fault held this delivery back before. */
  | { uitstellen?: undefined; dubbel?: undefined; mark?: StoringMark }
  | { uitstellen: number; dubbel?: undefined; mark: StoringMark }
  | { uitstellen?: undefined; dubbel: true; mark: StoringMark };

export interface PushStoringen {
  /** What to do with the delivery of one bericht to one afleveradres (fires a fault at most once). */
  besluit(berichtId: number, brin: string, url: string, leverancier: string): PushBesluit;
  /** The state written for a bericht a fault held back, so a PUSH_VOLGORDE hold can be released early. */
  houdVast(berichtId: number, state: AfleveringState): void;
  /** A bericht reached `url`: the berichten held back for it may follow now. */
  afgeleverd(berichtId: number, url: string): void;
  /** The held berichten a later delivery released, with their state due now; forgotten once taken. */
  vrijgelaten(nu: number): Array<[number, AfleveringState]>;
}

const key = (berichtId: number, url: string) => `${berichtId} ${url}`;

export function createPushStoringen(store: StoringenStore | undefined, realNow: () => number = Date.now): PushStoringen {
  /** Deliveries a fault postponed: their later try carries the mark. */
  const uitgesteld = new Map<string, StoringMark>();
  /** PUSH_VOLGORDE holds: released once another bericht reached the same afleveradres. */
  const gehouden = new Map<number, { url: string; state?: AfleveringState; vrij: boolean }>();
  return {
    besluit(berichtId, brin, url, leverancier) {
      const eerder = uitgesteld.get(key(berichtId, url));
      if (eerder) {
        uitgesteld.delete(key(berichtId, url));
        gehouden.delete(berichtId);
        return { mark: eerder };
      }
      if (!store || store.isEmpty()) return {};
      const storing = store.fire({ partij: leverancier, school: brin }, realNow());
      if (!storing) return {};
      const mark = { id: storing.id, soort: storing.soort };
      switch (storing.soort) {
        case 'PUSH_DUBBEL':
          return { dubbel: true, mark };
        case 'PUSH_VOLGORDE':
          gehouden.set(berichtId, { url, vrij: false });
          uitgesteld.set(key(berichtId, url), mark);
          return { uitstellen: storing.vertragingMs ?? STANDAARD_VOLGORDE_MS, mark };
        case 'PUSH_VERTRAAGD':
          uitgesteld.set(key(berichtId, url), mark);
          return { uitstellen: storing.vertragingMs ?? STANDAARD_VOLGORDE_MS, mark };
        default:
          return {};
      }
    },
    houdVast(berichtId, state) {
      const held = gehouden.get(berichtId);
      if (held) held.state = state;
    },
    afgeleverd(berichtId, url) {
      for (const [id, held] of gehouden) if (id !== berichtId && held.url === url) held.vrij = true;
    },
    vrijgelaten(nu) {
      const out: Array<[number, AfleveringState]> = [];
      for (const [id, held] of gehouden) {
        if (!held.vrij || !held.state) continue;
        gehouden.delete(id);
        out.push([id, { ...held.state, volgendePoging: nu }]);
      }
      return out;
    },
  };
}
