// What the main thread of `npm start` and a service's worker thread tell each other.
import type { ServiceName } from '@duo-sim/shared';

/** The order of the cells in the shared change counters. */
export const THREAD_SERVICES: readonly ServiceName[] = ['rio', 'osr', 'bron', 'verzuim'];

export interface ThreadData {
  service: ServiceName;
  /** One change counter per service, on a SharedArrayBuffer (THREAD_SERVICES order). */
  counters: Int32Array;
}

/**
 * To the thread: first `start` (with the environment the service reads, its peers' URLs in it),
 * later `close`. The thread loads its code as soon as it exists, so that overlaps the peers' start.
 */
export type ToThread = { type: 'start'; env: Record<string, string | undefined> } | { type: 'close' };

export type FromThread = { type: 'started'; url: string } | { type: 'failed'; message: string };
