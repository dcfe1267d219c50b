// What the main thread of `npm start` and a worker thread with services tell each other.
import type { ServiceName } from '@duo-sim/shared';

/** The order of the cells in the shared change counters. */
export const THREAD_SERVICES: readonly ServiceName[] = ['rio', 'osr', 'bron', 'verzuim'];

export interface ThreadData {
  /** The services this worker runs (never BRON: it runs on the main thread). */
  services: ServiceName[];
  /** One change counter per service, on a SharedArrayBuffer (THREAD_SERVICES order). */
  counters: Int32Array;
}

/**
 * To the worker: a `start` per service (with the environment it reads, its peers' URLs in it, and
 * whether the main thread just checked the PKI, so the service need not: StartOptions.pkiChecked),
 * later a `close` per service; the worker ends when it has none left. It loads its services' code
 * as soon as it exists, so that overlaps the peers' start.
 */
export type ToThread =
  | { type: 'start'; service: ServiceName; env: Record<string, string | undefined>; pkiChecked: boolean }
  | { type: 'close'; service: ServiceName };

export type FromThread =
  | { type: 'started'; service: ServiceName; url: string }
  | { type: 'failed'; service: ServiceName; message: string }
  | { type: 'closed'; service: ServiceName };
