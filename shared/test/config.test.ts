import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadServiceConfig } from '@duo-sim/shared';

describe('configuration (DESIGN decision 9)', () => {
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
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('takes ports, peers and SIM_DATE from the environment', () => {
    const config = loadServiceConfig('verzuim', {
      SIM_DATA_DIR: dataDir,
      VERZUIM_PORT: '0',
      BRON_URL: 'https://localhost:1234/',
      SIM_DATE: '2027-02-01',
    });
    expect(config.port).toBe(0);
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
});
