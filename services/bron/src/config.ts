import { ConfigError, loadServiceConfig, readInt, type ServiceConfig } from '@duo-sim/shared';
import { STANDAARD_TELDATUM_MODUS, TELDATUM_MODI, type TeldatumModus } from './domain/bekostiging-teldatum.js';

/** How BRON pushes berichten to a vendor's afleveradres (docs/services/bron.md: at-least-once, bounded). */
export interface PushConfig {
  /** Tries per bericht before BRON gives up (the mailbox still has it). */
  maxPogingen: number;
  /** Wait before the second try; it doubles with every further try. */
  basisMs: number;
  /** No try is started later than this after the first. */
  maxDuurMs: number;
  /** Time a receiver gets to answer one try. */
  timeoutMs: number;
  /**
   * NODE_EXTRA_CA_CERTS: a PEM file of CAs an https afleveradres may also be issued by. Node adds it
   * to its default trust only, which the push replaces (it must add the simulator's CA), so the push
   * reads the file itself.
   */
  extraCaFile?: string;
}

export interface BronConfig extends ServiceConfig {
  push: PushConfig;
  /** BEK-01: the teldatum 1 February (since 2023) or the legacy 1 October. */
  teldatumModus: TeldatumModus;
  /**
   * BRON_SHARDS: worker threads that check and commit the per-pupil berichten (shards.ts), chosen by
   * the pupil's PGN; 0 runs them on the main thread. Only `npm start`'s threads use it. One by
   * default: on 2 cores it split BRON's work best (bench/RESULTS.md, "One shard's wait").
   */
  shards: number;
  /**
   * BRON_FRONTS: threads that accept BRON's requests on its listening socket, this one included
   * (fronts.ts); 1 is BRON alone. Only `npm start`'s threads use it.
   */
  fronts: number;
  /**
   * SIM_BRON_NICE: how much higher a nice value BRON's threads (the main thread, its shards and
   * fronts) give themselves than the others', so a light service's thread that wakes runs before
   * BRON's bulk work (docs/architecture.md#the-process-model-threads); 0 leaves them alone. Only
   * `npm start`'s threads use it.
   */
  nice: number;
}

/** The configuration of BRON (docs/architecture.md); only server.ts and scripts/ pass process.env. */
/**
 * BRON_SHARDS when unset: none. One shard gave 12 % more throughput in the memory phase (675 against
 * 602/s) but took the peak RSS after 100,000 berichten from 188 to 214 MB (a second isolate, and a
 * second connection with its own page cache and history cache), over issue 19's 200 MB.
 */
export const STANDAARD_SHARDS = 0;

/** SIM_BRON_NICE when unset (bench/RESULTS.md, "BRON's nice value"). */
export const STANDAARD_BRON_NICE = 10;

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
    ...(env.NODE_EXTRA_CA_CERTS ? { extraCaFile: env.NODE_EXTRA_CA_CERTS } : {}),
  };
  const teldatumModus = (env.BRON_TELDATUM || STANDAARD_TELDATUM_MODUS) as TeldatumModus;
  if (!TELDATUM_MODI.includes(teldatumModus))
    problems.push(`BRON_TELDATUM=${teldatumModus}: verwacht ${TELDATUM_MODI.join(' of ')}`);
  const shards = readInt(env, 'BRON_SHARDS', STANDAARD_SHARDS, 0, 16, problems);
  const fronts = readInt(env, 'BRON_FRONTS', 1, 1, 8, problems);
  const nice = readInt(env, 'SIM_BRON_NICE', STANDAARD_BRON_NICE, 0, 19, problems);
  if (problems.length > 0 || !base) throw new ConfigError(problems);
  return Object.freeze({ ...base, push: Object.freeze(push), teldatumModus, shards, fronts, nice });
}
