// `npm start` validates the configuration of all four services before anything is written, and
// reports every bad value at once (one line each).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@duo-sim/shared';
import { startChain } from '../src/lib/chain';

describe('starting the chain with bad configuration', () => {
  const parent = mkdtempSync(join(tmpdir(), 'duo-sim-start-config-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('lists every bad value of every service, BRON_TELDATUM too, and writes nothing', async () => {
    const dataDir = join(parent, 'data');
    const error = await startChain({
      SIM_DATA_DIR: dataDir,
      RIO_PORT: 'abc',
      BRON_TELDATUM: 'MAART',
      SIM_LOG_LEVEL: 'loud',
      SIM_DATE: '2026-02-30',
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^RIO_PORT=abc: /),
      expect.stringMatching(/^SIM_DATE=2026-02-30: /),
      expect.stringMatching(/^SIM_LOG_LEVEL=loud: /),
      expect.stringMatching(/^BRON_TELDATUM=MAART: /),
    ]);
    // One line per error, each once although four services read the shared keys.
    expect((error as Error).message.split('\n')).toHaveLength(5);
    expect(existsSync(dataDir)).toBe(false);
  });
});
