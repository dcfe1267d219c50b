// SIM_BRON_NICE (src/config.ts): how much lower a priority BRON's threads take under npm start's
// threads, so RIO, OSR and verzuim run first when they wake (docs/architecture.md).
import { ConfigError } from '@duo-sim/shared';
import { loadConfig, STANDAARD_BRON_NICE } from '../src/config';

describe('SIM_BRON_NICE', () => {
  const env = { SIM_DATA_DIR: '/tmp/duo-sim-nice' };

  it('is the measured default when unset or empty, and what it says otherwise', () => {
    expect(loadConfig(env).nice).toBe(STANDAARD_BRON_NICE);
    expect(loadConfig({ ...env, SIM_BRON_NICE: '' }).nice).toBe(STANDAARD_BRON_NICE);
    expect(loadConfig({ ...env, SIM_BRON_NICE: '0' }).nice).toBe(0);
    expect(loadConfig({ ...env, SIM_BRON_NICE: '19' }).nice).toBe(19);
  });

  it.each(['-1', '20', '5.5', 'laag'])('refuses %s with a Dutch message', (value) => {
    let err: unknown;
    try {
      loadConfig({ ...env, SIM_BRON_NICE: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual([`SIM_BRON_NICE=${value}: verwacht een geheel getal van 0 tot en met 19`]);
  });
});
