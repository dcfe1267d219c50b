// The console's configuration: loopback only unless a workshop exists (then every visitor needs a
// personal link), and every bad value listed in one Dutch message with the services' own checks.
import { ConfigError } from '@duo-sim/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONSOLE_PORT, loadConsoleConfig } from '../src/config';

const env = (extra: Record<string, string> = {}) => ({ SIM_DATA_DIR: mkdtempSync(join(tmpdir(), 'duo-console-')), ...extra });

describe('console configuration', () => {
  it('listens on 127.0.0.1:9440 by default and follows the services’ URLs', () => {
    const c = loadConsoleConfig(env({ BRON_URL: 'https://localhost:1234' }));
    expect(c).toMatchObject({ port: DEFAULT_CONSOLE_PORT, host: '127.0.0.1', teldatumModus: 'FEBRUARI', venster: 5000 });
    expect(c.port).toBe(9440);
    expect(c.peers.bron).toBe('https://localhost:1234');
  });

  it.each(['127.0.0.1', '::1', 'localhost'])('accepts loopback host %s', (host) => {
    expect(loadConsoleConfig(env({ CONSOLE_HOST: host })).host).toBe(host);
  });

  it('accepts a host beyond loopback when the world has a workshop', () => {
    const e = env({ CONSOLE_HOST: '0.0.0.0' });
    writeFileSync(join(e.SIM_DATA_DIR, 'workshop.json'), '{}');
    expect(loadConsoleConfig(e)).toMatchObject({ host: '0.0.0.0', alleenMetWorkshop: true });
  });

  it('refuses a host beyond loopback without a workshop, saying how to make one, together with the other problems', () => {
    let err: unknown;
    try {
      loadConsoleConfig(env({ CONSOLE_HOST: '0.0.0.0', CONSOLE_PORT: 'negen', SIM_DATE: '2026-13-01' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join('\n');
    expect(problems).toContain('CONSOLE_HOST=0.0.0.0');
    expect(problems).toContain('zonder workshop luistert de console alleen op 127.0.0.1');
    expect(problems).toContain('npm run sim -- workshop --deelnemers');
    expect(problems).toContain('CONSOLE_PORT=negen');
    expect(problems).toContain('SIM_DATE=2026-13-01');
  });
});
