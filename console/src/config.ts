// The console's configuration: its own port and host, and where the four services are (the same keys
// as the services and the CLI read). Bad values stop the start with one message listing them all.
import { loadConfig as loadBronConfig, type TeldatumModus } from '@duo-sim/bron';
import { ConfigError, loadServiceConfig, readInt, SERVICES, workshopFile, type ServiceName } from '@duo-sim/shared';
import { existsSync } from 'node:fs';

export const DEFAULT_CONSOLE_PORT = 9440;

export interface ConsoleConfig {
  port: number;
  host: string;
  peers: Record<ServiceName, string>;
  pkiDir: string;
  fixturesDir: string;
  /** The data folder: the ketentest runs (docs/ketentest.md) and the workshop (workshop.json) are read from it. */
  dataDir: string;
  /** Listening beyond loopback: then only a workshop's links open the console. */
  alleenMetWorkshop: boolean;
  /** How many journal entries of the four services together the console keeps in memory. */
  venster: number;
  /** BEK-01: BRON's teldatum mode (BRON_TELDATUM), for the clock's jumps. */
  teldatumModus: TeldatumModus;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

type Env = Record<string, string | undefined>;

export function loadConsoleConfig(env: Env): Readonly<ConsoleConfig> {
  const problems: string[] = [];
  let service: ReturnType<typeof loadServiceConfig> | undefined;
  let teldatumModus: TeldatumModus = 'FEBRUARI';
  try {
    // The same keys as the services: where they are, the PKI, the fixtures, BRON_TELDATUM.
    service = loadServiceConfig('rio', env);
    teldatumModus = loadBronConfig(env).teldatumModus;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  const port = readInt(env, 'CONSOLE_PORT', DEFAULT_CONSOLE_PORT, 0, 65_535, problems);
  const host = env.CONSOLE_HOST || '127.0.0.1';
  // Without a workshop there is no login: anyone who reaches the port acts as the operator. Only this
  // machine may, unless a workshop gives every visitor a personal link (docs/console.md#workshop-mode).
  const alleenMetWorkshop = !LOOPBACK.has(host);
  // With other problems the data folder may be unknown: then the host is refused as well.
  const dataDir = service?.dataDir ?? env.SIM_DATA_DIR;
  if (alleenMetWorkshop && !(dataDir && existsSync(workshopFile(dataDir)))) {
    problems.push(
      `CONSOLE_HOST=${host}: zonder workshop luistert de console alleen op 127.0.0.1, ::1 of localhost; maak eerst een workshop met npm run sim -- workshop --deelnemers <N>`,
    );
  }
  const venster = readInt(env, 'CONSOLE_VENSTER', 5_000, 100, 100_000, problems);
  if (problems.length > 0 || !service) throw new ConfigError(problems);
  return Object.freeze({
    port,
    host,
    peers: Object.freeze(Object.fromEntries(SERVICES.map((s) => [s, service.peers[s]])) as Record<ServiceName, string>),
    pkiDir: service.pkiDir,
    fixturesDir: service.fixturesDir,
    dataDir: service.dataDir,
    alleenMetWorkshop,
    venster,
    teldatumModus,
  });
}
