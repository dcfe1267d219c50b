// V8's memory settings for the chain's process (bench/RESULTS.md, "Where 100,000 berichten' memory
// goes"). Each thread is a V8 isolate, and by default each lets its young generation grow to 32 MiB
// (two semi-spaces of 16 MiB) and its old generation run far ahead of what lives in it before a full
// GC. `--max-semi-space-size=2` caps each young generation at 4 MiB; `--heap-growing-percent=10`
// lets the old generation grow in smaller steps. Measured on a quiet machine they cost no
// throughput, where `--optimize-for-size` (which also got the chain under 200 MB) cost a third of it.
//
// How they are set keeps Node's code cache of its own modules usable: V8 accepts a code cache only
// under the flags it was made with, and Node's was made with none, so while any flag differs from
// its default every built-in module a thread loads (https, tls, zlib, …) and a worker thread's whole
// bootstrap compile from source: 0.1 s more of npm start's critical path (bench/RESULTS.md, "Cold
// start under 700 ms"). So:
// - the semi-space cap: the main thread's heap exists before any code runs, so it comes from the
//   command line (start-all.ts gives it to a re-run, the Docker image's CMD has it, npm start's
//   script too: commandLineV8Flags); the heap keeps it, and the flag is then put back to its
//   default (applyChainV8Flags). The worker threads get the same cap as a resource limit
//   (workerResourceLimits), which is no flag;
// - `--heap-growing-percent` is read at every full GC, so it is set once the chain has started and
//   its code caches are written (applyLaterV8Flags, run-chain.ts);
// - any other flag in SIM_V8_FLAGS is set before the workers start, as given.
// SIM_V8_FLAGS replaces the defaults ('' for V8's own).
// Loads nothing of the chain's own (no @duo-sim/shared), so it can run first.
import v8 from 'node:v8';

export const CHAIN_V8_FLAGS: readonly string[] = Object.freeze(['--max-semi-space-size=2', '--heap-growing-percent=10']);

const FLAG = /^--[a-z0-9-]+(=[\w.-]+)?$/;

const given = (env: Record<string, string | undefined>) => (env.SIM_V8_FLAGS ?? '').split(/\s+/).filter(Boolean);

/** What is wrong with SIM_V8_FLAGS (Dutch, for the start's list of configuration errors). */
export function v8FlagProblems(env: Record<string, string | undefined>): string[] {
  return given(env).some((f) => !FLAG.test(f))
    ? [`SIM_V8_FLAGS=${env.SIM_V8_FLAGS}: verwacht V8-vlaggen als --naam of --naam=waarde, gescheiden door spaties`]
    : [];
}

/** The flags for the chain: SIM_V8_FLAGS when given (space-separated, may be empty), else CHAIN_V8_FLAGS. */
export function chainV8Flags(env: Record<string, string | undefined>): string[] {
  return env.SIM_V8_FLAGS === undefined ? [...CHAIN_V8_FLAGS] : given(env);
}

const SEMI_SPACE = /^--max-semi-space-size=/;
const LATER = /^--heap-growing-percent=/;

/** The flags set before the chain's code loads: neither the semi-space cap nor for later. */
export function earlyV8Flags(env: Record<string, string | undefined>): string[] {
  return chainV8Flags(env).filter((f) => !SEMI_SPACE.test(f) && !LATER.test(f));
}

/** The flags V8 reads as it runs (the heap's growth steps), set once the chain has started. */
export function laterV8Flags(env: Record<string, string | undefined>): string[] {
  return chainV8Flags(env).filter((f) => LATER.test(f));
}

/**
 * Before the chain's code loads: puts the command line's semi-space flag back to its default (the
 * main thread's heap keeps the cap) and sets earlyV8Flags; the flags it set. A bad SIM_V8_FLAGS
 * sets none: the start then ends with its message (v8FlagProblems).
 */
export function applyChainV8Flags(env: Record<string, string | undefined>): string[] {
  if (v8FlagProblems(env).length > 0) return [];
  v8.setFlagsFromString('--max-semi-space-size=0');
  const flags = earlyV8Flags(env);
  if (flags.length > 0) v8.setFlagsFromString(flags.join(' '));
  return flags;
}

/** Once the chain has started (run-chain.ts): sets laterV8Flags; the flags it set. */
export function applyLaterV8Flags(env: Record<string, string | undefined>): string[] {
  if (v8FlagProblems(env).length > 0) return [];
  const flags = laterV8Flags(env);
  if (flags.length > 0) v8.setFlagsFromString(flags.join(' '));
  return flags;
}

/**
 * A worker thread's semi-space cap as a resource limit: V8's young generation is three semi-spaces
 * (two and the space for large new objects), so 2 MiB semi-spaces are a young generation of 6 MiB.
 */
export function workerResourceLimits(env: Record<string, string | undefined>): { maxYoungGenerationSizeMb?: number } {
  if (v8FlagProblems(env).length > 0) return {};
  const semi = Number(
    chainV8Flags(env)
      .find((f) => SEMI_SPACE.test(f))
      ?.split('=')[1],
  );
  return semi > 0 ? { maxYoungGenerationSizeMb: 3 * semi } : {};
}

/**
 * The chain's flags that only take effect for the main thread when node is started with them (the
 * young generation's size is fixed when the heap is made); none when SIM_V8_FLAGS is refused.
 */
export function commandLineV8Flags(env: Record<string, string | undefined>): string[] {
  if (v8FlagProblems(env).length > 0) return [];
  return chainV8Flags(env).filter((f) => SEMI_SPACE.test(f));
}
