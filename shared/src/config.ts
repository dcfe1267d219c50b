// Configuration (DESIGN decision 9): every key has a default so `npm start` works with nothing set;
// bad values stop start-up with one message that lists them all.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isIsoDate } from './dates.js';
import { parsePushToegestaan, type PushToegestaan } from './push-toegestaan.js';

export const SERVICES = ['rio', 'osr', 'bron', 'verzuim'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = { rio: 9441, osr: 9442, bron: 9443, verzuim: 9444 };

/** The repository's own fixtures/ (the committed seed world). */
export const DEFAULT_FIXTURES_DIR = resolve(__dirname, '..', '..', 'fixtures');

export interface ServiceConfig {
  service: ServiceName;
  dataDir: string;
  dbFile: string;
  pkiDir: string;
  fixturesDir: string;
  host: string;
  port: number;
  simDate: string | undefined;
  peers: Record<ServiceName, string>;
  journalLimit: number;
  logLevel: string;
  /** BRON_PUSH_TOEGESTAAN: OSR checks afleveradressen against it, BRON every delivery. */
  pushToegestaan: PushToegestaan;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the configuration of one service from `env`; throws ConfigError listing every bad key. */
export function loadServiceConfig(service: ServiceName, env: Env): Readonly<ServiceConfig> {
  const problems: string[] = [];
  const ports = {} as Record<ServiceName, number>;
  for (const s of SERVICES) ports[s] = readPort(env, `${s.toUpperCase()}_PORT`, DEFAULT_PORTS[s], problems);

  const dataDir = resolve(env.SIM_DATA_DIR || './data');
  checkWritable(dataDir, problems);

  const simDate = env.SIM_DATE || undefined;
  if (simDate !== undefined && !isIsoDate(simDate)) problems.push(`SIM_DATE=${simDate}: verwacht een datum JJJJ-MM-DD`);

  const peers = {} as Record<ServiceName, string>;
  for (const s of SERVICES) {
    const key = `${s.toUpperCase()}_URL`;
    const value = env[key] || `https://localhost:${ports[s]}`;
    if (!/^https:\/\/[^/\s]+(:\d+)?\/?$/.test(value)) problems.push(`${key}=${value}: verwacht https://host:poort`);
    peers[s] = value.replace(/\/$/, '');
  }

  const journalLimit = readInt(env, 'SIM_JOURNAL_LIMIT', 10_000, 1, 10_000_000, problems);
  const logLevel = env.SIM_LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`SIM_LOG_LEVEL=${logLevel}: verwacht een van ${LOG_LEVELS.join(', ')}`);

  const push = parsePushToegestaan(env.BRON_PUSH_TOEGESTAAN);
  problems.push(...push.problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    service,
    dataDir,
    dbFile: join(dataDir, `${service}.sqlite`),
    pkiDir: join(dataDir, 'pki'),
    fixturesDir: resolve(env.SIM_FIXTURES_DIR || DEFAULT_FIXTURES_DIR),
    host: env.SIM_HOST || '127.0.0.1',
    port: ports[service],
    simDate,
    peers: Object.freeze(peers),
    journalLimit,
    logLevel,
    pushToegestaan: push.toegestaan,
  });
}

function readPort(env: Env, key: string, fallback: number, problems: string[]): number {
  return readInt(env, key, fallback, 0, 65_535, problems);
}

export function readInt(env: Env, key: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < min || n > max) {
    problems.push(`${key}=${raw}: verwacht een geheel getal van ${min} tot en met ${max}`);
    return fallback;
  }
  return n;
}

function checkWritable(dir: string, problems: string[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    problems.push(`SIM_DATA_DIR=${dir}: map is niet schrijfbaar (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

/** The version in the package.json next to a compiled or source folder (`versie` in /health). */
export function packageVersion(dirOfModule: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(dirOfModule, '..', 'package.json')) as { version: string }).version;
}
