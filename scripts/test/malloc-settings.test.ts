// npm start's malloc settings for the chain (scripts/src/lib/malloc-settings.ts; docs/security.md,
// "Memory after slow clients go"). The process-level behaviour (the child that has them, signals,
// the Dockerfile) is in test/start-malloc.e2e.slow.test.ts.
import { MALLOC_SETTINGS, missingMallocSettings } from '../src/lib/malloc-settings';

describe("the chain's malloc settings", () => {
  it('fix the mmap threshold at 64 KiB: the size of a socket read, above a TLS record (bench/RESULTS.md)', () => {
    expect(MALLOC_SETTINGS).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
  });

  it('are added only where the environment lacks them; a value the user set is kept', () => {
    expect(missingMallocSettings({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
    expect(missingMallocSettings({ MALLOC_MMAP_THRESHOLD_: '16384' })).toEqual({});
  });
});
