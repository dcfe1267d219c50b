// V8's memory settings for the chain's process (bench/RESULTS.md, "Where 100,000 berichten' memory
// goes"). Each thread is a V8 isolate, and by default each lets its young generation grow to 32 MiB
// (two semi-spaces of 16 MiB) and its old generation run far ahead of what lives in it before a full
// GC: after 5,000 berichten the two threads' heaps held 151 MB, of which 88 MB in use and 36 MB
// alive. `--max-semi-space-size=4` caps each young generation at 8 MiB; `--optimize-for-size` makes
// V8 grow its old generation in smaller steps.
//
// They are set from inside the process, before the service threads start (so every worker isolate
// is made with them) and before the main thread's heap has grown: `--optimize-for-size` may not be
// given in NODE_OPTIONS, and a command-line flag would have to be repeated wherever the chain is
// started (npm start, the Docker image, the bench). SIM_V8_FLAGS replaces them ('' for V8's own).
// Loads nothing of the chain's own (no @duo-sim/shared), so it can run first.
import v8 from 'node:v8';

export const CHAIN_V8_FLAGS: readonly string[] = Object.freeze(['--optimize-for-size', '--max-semi-space-size=4']);

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
