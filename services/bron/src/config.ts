import { ConfigError, loadServiceConfig, readInt, type ServiceConfig } from '@duo-sim/shared';

/** How BRON pushes berichten to a vendor's afleveradres (CONTRACT §4: at-least-once, bounded). */
export interface PushConfig {
  /** Tries per bericht before BRON gives up (the mailbox still has it). */
  maxPogingen: number;
  /** Wait before the second try; it doubles with every further try. */
  basisMs: number;
  /** No try is started later than this after the first. */
  maxDuurMs: number;
  /** Time a receiver gets to answer one try. */
  timeoutMs: number;
}

export interface BronConfig extends ServiceConfig {
  push: PushConfig;
}

/** The configuration of BRON (CONTRACT §0); only server.ts and scripts/ pass process.env. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<BronConfig> {
  const problems: string[] = [];
  let base: Readonly<ServiceConfig> | undefined;
  try {
    base = loadServiceConfig('bron', env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  const push: PushConfig = {
    maxPogingen: readInt(env, 'BRON_PUSH_MAX_POGINGEN', 8, 1, 100, problems),
    basisMs: readInt(env, 'BRON_PUSH_BASIS_MS', 1_000, 1, 3_600_000, problems),
    maxDuurMs: readInt(env, 'BRON_PUSH_MAX_DUUR_MS', 15 * 60_000, 1, 7 * 86_400_000, problems),
    timeoutMs: readInt(env, 'BRON_PUSH_TIMEOUT_MS', 5_000, 1, 600_000, problems),
  };
  if (problems.length > 0 || !base) throw new ConfigError(problems);
  return Object.freeze({ ...base, push: Object.freeze(push) });
}
