// What a storing (an injected fault, docs/storingen.md) is: the soorten, their limits and the mark the journal keeps.
import type * as Schemas from '../generated/schemas.js';

/** Faults on a request to one of the service's own operations. */
export const VERZOEK_SOORTEN = ['ONDERHOUD', 'INT500', 'VERTRAGING', 'VERBROKEN', 'TIME_OUT'] as const;
/** Faults on BRON's push to an afleveradres. */
export const PUSH_SOORTEN = ['PUSH_VERTRAAGD', 'PUSH_DUBBEL', 'PUSH_VOLGORDE'] as const;

export type VerzoekSoort = (typeof VERZOEK_SOORTEN)[number];
export type PushSoort = (typeof PUSH_SOORTEN)[number];
export type StoringSoort = VerzoekSoort | PushSoort;

/** The service whose push the PUSH_* soorten disturb. */
export const PUSH_SERVICE = 'bron';

/** What a party sends in PUT /_sim/storingen and what is stored: the schemas' generated types. */
export type NieuweStoring = Schemas.StoringZetten;
export type Storing = Schemas.Storing;

/** The journal's mark on an exchange or push a fault disturbed. */
export interface StoringMark {
  id: string;
  soort: StoringSoort;
}

/** What a fault is matched against: one request, or one push delivery. */
export interface StoringDoel {
  /** "POST /inschrijvingen"; absent for a push. */
  operatie?: string;
  /** The calling party (request) or the supplier pushed to (push). */
  partij: string;
  /** BRIN4 of the school the request or bericht is about, when known. */
  school?: string;
}

/** DUO's maintenance answer asks for this many seconds when the fault names none. */
export const STANDAARD_RETRY_AFTER_S = 120;
/** PUSH_VOLGORDE holds a delivery back this long when the fault names no vertragingMs. */
export const STANDAARD_VOLGORDE_MS = 2_000;
/** TIME_OUT holds a request at most this long, then drops the connection without an answer. */
export const TIME_OUT_MAX_MS = 120_000;
