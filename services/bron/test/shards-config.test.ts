// BRON_SHARDS (src/shards.ts): one shard by default under npm start's threads (on 2 cores it split
// BRON's work best, bench/RESULTS.md); 0 keeps BRON's per-pupil berichten on its main thread.
import { ConfigError } from '@duo-sim/shared';
import { loadConfig } from '../src/config';

describe('BRON_SHARDS', () => {
  const env = { SIM_DATA_DIR: '/tmp/duo-sim-shards' };

  it('is one shard by default, and what it says otherwise', () => {
    expect(loadConfig(env).shards).toBe(1);
    expect(loadConfig({ ...env, BRON_SHARDS: '0' }).shards).toBe(0);
    expect(loadConfig({ ...env, BRON_SHARDS: '2' }).shards).toBe(2);
    expect(() => loadConfig({ ...env, BRON_SHARDS: '-1' })).toThrow(ConfigError);
  });
});
