// What the main thread of `npm start` and a service's worker thread tell each other.
import type { ServiceName } from '@duo-sim/shared';

/** The order of the cells in the shared change counters. */
export const THREAD_SERVICES: readonly ServiceName[] = ['rio', 'osr', 'bron', 'verzuim'];

export interface ThreadData {
  service: ServiceName;
  /** The environment the service reads, with its peers' URLs. */
  env: Record<string, string | undefined>;
  /** One change counter per service, on a SharedArrayBuffer (THREAD_SERVICES order). */
  counters: Int32Array;
}

export type ThreadMessage = { type: 'started'; url: string } | { type: 'failed'; message: string };
