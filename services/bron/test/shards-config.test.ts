// BRON_SHARDS (src/shards.ts): none by default (one costs more memory than issue 19 allows,
// bench/RESULTS.md); 1 or more under npm start's threads move BRON's per-pupil berichten to shards.
import { ConfigError } from '@duo-sim/shared';
import { loadConfig } from '../src/config';

describe('BRON_SHARDS', () => {
  const env = { SIM_DATA_DIR: '/tmp/duo-sim-shards' };

  it('is no shard by default, and what it says otherwise', () => {
    expect(loadConfig(env).shards).toBe(0);
    expect(loadConfig({ ...env, BRON_SHARDS: '1' }).shards).toBe(1);
    expect(loadConfig({ ...env, BRON_SHARDS: '0' }).shards).toBe(0);
    expect(loadConfig({ ...env, BRON_SHARDS: '2' }).shards).toBe(2);
    expect(() => loadConfig({ ...env, BRON_SHARDS: '-1' })).toThrow(ConfigError);
  });
});
