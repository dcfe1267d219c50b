// How BRON's shard and front threads (shard-worker.ts, front-worker.ts) start: they wire themselves
// or tell the main thread why not, so its start fails with the reason instead of waiting for a
// `ready` that never comes.

/** The result of `wire`, or, when it throws, a `failed` message to the main thread and the end of this one. */
export function wireOrFail<T>(
  wire: () => T,
  post: (m: { type: 'failed'; message: string }) => void,
  exit: (code: number) => never = (code) => process.exit(code),
): T {
  try {
    return wire();
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
    return exit(1);
  }
}
