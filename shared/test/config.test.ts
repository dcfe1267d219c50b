import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, DEFAULT_SERVER_LIMITS, loadServiceConfig } from '@duo-sim/shared';

const REPO_ROOT = resolve(__dirname, '..', '..');

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('configuration (docs/architecture.md decision 9)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-config-'));

  it('has a default for every key', () => {
    const config = loadServiceConfig('bron', { SIM_DATA_DIR: dataDir });
    expect(config.port).toBe(9443);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dbFile).toBe(join(dataDir, 'bron.sqlite'));
    expect(config.peers).toEqual({
      rio: 'https://localhost:9441',
      osr: 'https://localhost:9442',
      bron: 'https://localhost:9443',
      verzuim: 'https://localhost:9444',
    });
    expect(config.journalLimit).toBe(10_000);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes ports, peers and SIM_DATE from the environment', () => {
    const config = loadServiceConfig('verzuim', {
      SIM_DATA_DIR: dataDir,
      VERZUIM_PORT: '0',
      BRON_URL: 'https://localhost:1234/',
      SIM_DATE: '2027-02-01',
      SIM_JOURNAL_LIMIT: '500',
    });
    expect(config.port).toBe(0);
    expect(config.journalLimit).toBe(500);
    expect(config.peers.bron).toBe('https://localhost:1234');
    expect(config.simDate).toBe('2027-02-01');
  });

  it('stops with one message listing every bad value', () => {
    const file = join(dataDir, 'een-bestand');
    writeFileSync(file, '');
    let error: unknown;
    try {
      loadServiceConfig('rio', {
        RIO_PORT: 'negen',
        OSR_PORT: '70000',
        SIM_DATA_DIR: join(file, 'data'),
        SIM_DATE: '2027-13-01',
        OSR_URL: 'http://x',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect((error as Error).message).toMatch(/RIO_PORT=negen/);
    expect((error as Error).message).toMatch(/SIM_DATA_DIR=.*niet schrijfbaar/);
  });

  it('defaults the data and fixtures folders to the repository, not the cwd (npm start -w services/rio)', () => {
    const cwd = process.cwd();
    process.chdir(join(REPO_ROOT, 'services', 'rio'));
    try {
      const config = loadServiceConfig('rio', {});
      expect(config.dataDir).toBe(join(REPO_ROOT, 'data'));
      expect(config.fixturesDir).toBe(join(REPO_ROOT, 'fixtures'));
      // An explicit folder is the user's, relative to where they are.
      expect(loadServiceConfig('rio', { SIM_DATA_DIR: 'mijn-data' }).dataDir).toBe(
        join(REPO_ROOT, 'services', 'rio', 'mijn-data'),
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('writes nothing while reading, also when a value is bad', () => {
    const missing = join(dataDir, 'nog-niet', 'data');
    expect(loadServiceConfig('osr', { SIM_DATA_DIR: missing }).dataDir).toBe(missing);
    expect(problemsOf(() => loadServiceConfig('osr', { SIM_DATA_DIR: missing, RIO_PORT: 'abc' }))).toHaveLength(1);
    expect(existsSync(join(dataDir, 'nog-niet'))).toBe(false);
  });

  it('refuses a data folder below a file and a fixtures folder without parties.json', () => {
    const file = join(dataDir, 'ook-een-bestand');
    writeFileSync(file, '');
    expect(problemsOf(() => loadServiceConfig('rio', { SIM_DATA_DIR: join(file, 'a', 'b'), SIM_FIXTURES_DIR: dataDir }))).toEqual(
      [
        expect.stringMatching(/^SIM_DATA_DIR=.*niet schrijfbaar \(ENOTDIR\)$/),
        expect.stringMatching(/^SIM_FIXTURES_DIR=.*parties\.json$/),
      ],
    );
  });

  it('bounds slow clients in seconds by default and takes the limits from the environment', () => {
    expect(loadServiceConfig('rio', { SIM_DATA_DIR: dataDir }).limits).toEqual(DEFAULT_SERVER_LIMITS);
    expect(DEFAULT_SERVER_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    const limits = loadServiceConfig('rio', {
      SIM_DATA_DIR: dataDir,
      SIM_HEADERS_TIMEOUT_MS: '200',
      SIM_REQUEST_TIMEOUT_MS: '400',
      SIM_KEEP_ALIVE_TIMEOUT_MS: '300',
      SIM_TLS_HANDSHAKE_TIMEOUT_MS: '250',
      SIM_MAX_CONNECTIONS: '5',
      SIM_BODY_BUDGET_BYTES: '4194304',
      SIM_MALLOC_TRIM: '0',
    }).limits;
    expect(limits).toEqual({
      headersTimeoutMs: 200,
      requestTimeoutMs: 400,
      keepAliveTimeoutMs: 300,
      handshakeTimeoutMs: 250,
      maxConnections: 5,
      bodyBudgetBytes: 4 * 1024 * 1024,
      mallocTrim: false,
    });
    expect(
      problemsOf(() =>
        loadServiceConfig('rio', {
          SIM_DATA_DIR: dataDir,
          SIM_HEADERS_TIMEOUT_MS: '5000',
          SIM_REQUEST_TIMEOUT_MS: '1000',
          SIM_MAX_CONNECTIONS: '0',
          SIM_BODY_BUDGET_BYTES: '1048576',
          SIM_MALLOC_TRIM: 'nee',
        }),
      ),
    ).toEqual([
      'SIM_HEADERS_TIMEOUT_MS=5000: verwacht niet meer dan SIM_REQUEST_TIMEOUT_MS (1000)',
      'SIM_MAX_CONNECTIONS=0: verwacht een geheel getal van 1 tot en met 100000',
      // Below 2 MiB a body of the 1 MiB limit would not fit in the three quarters large bodies may use.
      'SIM_BODY_BUDGET_BYTES=1048576: verwacht een geheel getal van 2097152 tot en met 1073741824',
      'SIM_MALLOC_TRIM=nee: verwacht een geheel getal van 0 tot en met 1',
    ]);
  });
});
