// V8's memory settings for the chain's process (bench/RESULTS.md, "Where 100,000 berichten' memory
// goes"). Each thread is a V8 isolate, and by default each lets its young generation grow to 32 MiB
// (two semi-spaces of 16 MiB) and its old generation run far ahead of what lives in it before a full
// GC. `--max-semi-space-size=2` caps each young generation at 4 MiB; `--heap-growing-percent=10`
// lets the old generation grow in smaller steps. Measured on a quiet machine they cost no
// throughput, where `--optimize-for-size` (which also got the chain under 200 MB) cost a third of it.
//
// They are set from inside the process, before the service threads start (so every worker isolate
// is made with them): a command-line flag would have to be repeated wherever the chain is started.
// The main thread's heap exists before any code runs, so its semi-space cap must be on the command
// line: start-all.ts gives it to the chain's process when it starts it (commandLineV8Flags), and the
// Docker image's CMD has it. SIM_V8_FLAGS replaces them ('' for V8's own).
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

/**
 * Sets the chain's V8 flags in this process, before the chain's code loads; the flags it set. A bad
 * SIM_V8_FLAGS sets none: the start then ends with its message (v8FlagProblems).
 */
export function applyChainV8Flags(env: Record<string, string | undefined>): string[] {
  if (v8FlagProblems(env).length > 0) return [];
  const flags = chainV8Flags(env);
  if (flags.length > 0) v8.setFlagsFromString(flags.join(' '));
  return flags;
}

/**
 * The chain's flags that only take effect for the main thread when node is started with them (the
 * young generation's size is fixed when the heap is made); none when SIM_V8_FLAGS is refused.
 */
export function commandLineV8Flags(env: Record<string, string | undefined>): string[] {
  if (v8FlagProblems(env).length > 0) return [];
  return chainV8Flags(env).filter((f) => f.startsWith('--max-semi-space-size='));
}
