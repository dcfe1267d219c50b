// Configuration (docs/architecture.md decision 9): every key has a default so `npm start` works with nothing set;
// bad values stop start-up with one message that lists them all. Reading the configuration writes
// nothing: a start that fails on a bad value leaves no folder, PKI or database behind.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isIsoDate } from './dates.js';
import { parsePushToegestaan, type PushToegestaan } from './push-toegestaan.js';
import { parseServerNames } from './server-names.js';

export const SERVICES = ['rio', 'osr', 'bron', 'verzuim'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = { rio: 9441, osr: 9442, bron: 9443, verzuim: 9444 };

/** The repository root (from shared/src or shared/dist), so defaults do not depend on the cwd. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
/** The repository's own fixtures/ (the committed seed world). */
export const DEFAULT_FIXTURES_DIR = join(REPO_ROOT, 'fixtures');
/** The repository's data/: `npm start` and `npm start -w services/<x>` share it, wherever they run. */
export const DEFAULT_DATA_DIR = join(REPO_ROOT, 'data');

/**
 * What one service's HTTPS server allows a connection (docs/security.md): seconds, not minutes,
 * so slow or idle clients cannot hold sockets and buffered bodies for long.
 */
export interface ServerLimits {
  /** From the first byte of a request until its headers are complete (also an idle new connection). */
  headersTimeoutMs: number;
  /** From the first byte of a request until its body is complete. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept between requests. */
  keepAliveTimeoutMs: number;
  /** From the TCP connection until the TLS handshake is done. */
  handshakeTimeoutMs: number;
  /** Open connections per service; more are closed at once. */
  maxConnections: number;
  /** Body bytes a service reads at once (http/body-budget.ts); a body that does not fit gets 503. */
  bodyBudgetBytes: number;
  /** malloc_trim after a crowd of connections has gone (malloc-trim.ts); SIM_MALLOC_TRIM=0 turns it off. */
  mallocTrim: boolean;
}

const MIB = 1024 * 1024;

export const DEFAULT_SERVER_LIMITS: Readonly<ServerLimits> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  // The services' own keep-alive clients (undici) follow the server's Keep-Alive hint minus a
  // margin, so their idle timeout stays below this one.
  keepAliveTimeoutMs: 15_000,
  handshakeTimeoutMs: 10_000,
  maxConnections: 2_048,
  // 24 bodies of the 1 MiB limit at once, and a quarter kept for small ones (http/body-budget.ts);
  // the bench's throughput load (32 connections, bodies of about 2 KB) needs well under 1 MiB.
  bodyBudgetBytes: 32 * MIB,
  mallocTrim: true,
});

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
  /** SIM_SERVER_NAMES: in the server certificate besides localhost, 127.0.0.1 and ::1. */
  serverNames: readonly string[];
  /** BRON_PUSH_TOEGESTAAN: OSR checks afleveradressen against it, BRON every delivery. */
  pushToegestaan: PushToegestaan;
  limits: Readonly<ServerLimits>;
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

  // An explicit SIM_DATA_DIR is the user's path, relative to where they are; the default is the repository's.
  const dataDir = env.SIM_DATA_DIR ? resolve(env.SIM_DATA_DIR) : DEFAULT_DATA_DIR;
  checkWritable(dataDir, problems);
  const fixturesDir = resolve(env.SIM_FIXTURES_DIR || DEFAULT_FIXTURES_DIR);
  if (!existsSync(join(fixturesDir, 'parties.json')))
    problems.push(`SIM_FIXTURES_DIR=${fixturesDir}: verwacht een map met parties.json`);
  const host = env.SIM_HOST || '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) problems.push(`SIM_HOST=${host}: verwacht een hostnaam of IP-adres`);

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
  const limits = readServerLimits(env, problems);

  const serverNames = parseServerNames(env.SIM_SERVER_NAMES);
  problems.push(...serverNames.problems);
  const push = parsePushToegestaan(env.BRON_PUSH_TOEGESTAAN, serverNames.names);
  problems.push(...push.problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    service,
    dataDir,
    dbFile: join(dataDir, `${service}.sqlite`),
    pkiDir: join(dataDir, 'pki'),
    fixturesDir,
    host,
    port: ports[service],
    simDate,
    peers: Object.freeze(peers),
    journalLimit,
    logLevel,
    serverNames: Object.freeze(serverNames.names),
    pushToegestaan: push.toegestaan,
    limits,
  });
}

function readServerLimits(env: Env, problems: string[]): Readonly<ServerLimits> {
  const d = DEFAULT_SERVER_LIMITS;
  const ms = (key: string, fallback: number) => readInt(env, key, fallback, 1, 600_000, problems);
  const headersTimeoutMs = ms('SIM_HEADERS_TIMEOUT_MS', d.headersTimeoutMs);
  const requestTimeoutMs = ms('SIM_REQUEST_TIMEOUT_MS', d.requestTimeoutMs);
  if (headersTimeoutMs > requestTimeoutMs)
    problems.push(
      `SIM_HEADERS_TIMEOUT_MS=${headersTimeoutMs}: verwacht niet meer dan SIM_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`,
    );
  return Object.freeze({
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: ms('SIM_KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs),
    handshakeTimeoutMs: ms('SIM_TLS_HANDSHAKE_TIMEOUT_MS', d.handshakeTimeoutMs),
    maxConnections: readInt(env, 'SIM_MAX_CONNECTIONS', d.maxConnections, 1, 100_000, problems),
    // Large bodies may use three quarters of it: at 2 MiB, one body of the 1 MiB limit still fits.
    bodyBudgetBytes: readInt(env, 'SIM_BODY_BUDGET_BYTES', d.bodyBudgetBytes, 2 * MIB, 1024 * MIB, problems),
    mallocTrim: readInt(env, 'SIM_MALLOC_TRIM', d.mallocTrim ? 1 : 0, 0, 1, problems) === 1,
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

/** Whether the folder exists and is writable, or could be made: checked without making it. */
function checkWritable(dir: string, problems: string[]): void {
  let existing = dir;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    if (!statSync(existing).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    accessSync(existing, constants.W_OK | constants.X_OK);
  } catch (err) {
    problems.push(`SIM_DATA_DIR=${dir}: map is niet schrijfbaar (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

/** The version in the package.json next to a compiled or source folder (`versie` in /health). */
export function packageVersion(dirOfModule: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(join(dirOfModule, '..', 'package.json')) as { version: string }).version;
}
