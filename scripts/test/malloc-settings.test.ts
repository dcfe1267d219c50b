// npm start's malloc settings for the chain (scripts/src/lib/malloc-settings.ts; docs/security.md,
// "Memory after slow clients go"). The process-level behaviour (the child that has them, signals,
// the Dockerfile) is in test/start-malloc.e2e.slow.test.ts.
import type { MallocAddon } from '@duo-sim/malloc';
import { MALLOC_SETTINGS, missingMallocSettings, setMallocSettingsHere } from '../src/lib/malloc-settings';

describe("the chain's malloc settings", () => {
  it('fix the mmap threshold at 64 KiB: the size of a socket read, above a TLS record (bench/RESULTS.md)', () => {
    expect(MALLOC_SETTINGS).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
  });

  it('are added only where the environment lacks them; a value the user set is kept', () => {
    expect(missingMallocSettings({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
    expect(missingMallocSettings({ MALLOC_MMAP_THRESHOLD_: '16384' })).toEqual({});
  });

  describe('set in this process', () => {
    const saved = process.env.MALLOC_MMAP_THRESHOLD_;
    afterEach(() => {
      if (saved === undefined) delete process.env.MALLOC_MMAP_THRESHOLD_;
      else process.env.MALLOC_MMAP_THRESHOLD_ = saved;
    });
    const addon = (took: boolean) => {
      const calls: number[] = [];
      const a: MallocAddon = {
        setMmapThreshold: (n) => (calls.push(n), took),
        trim: () => false,
        mallinfo: () => ({}),
      };
      return { a, calls };
    };

    it('with the addon: mallopt takes the threshold, nothing is left for a re-run, and the console inherits it', () => {
      delete process.env.MALLOC_MMAP_THRESHOLD_;
      const { a, calls } = addon(true);
      expect(setMallocSettingsHere({ MALLOC_MMAP_THRESHOLD_: '65536' }, a)).toEqual({});
      expect(calls).toEqual([65536]);
      expect(process.env.MALLOC_MMAP_THRESHOLD_).toBe('65536');
    });

    it('without the addon, or when glibc refuses, the setting is left for the re-run', () => {
      delete process.env.MALLOC_MMAP_THRESHOLD_;
      expect(setMallocSettingsHere({ MALLOC_MMAP_THRESHOLD_: '65536' }, null)).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
      expect(setMallocSettingsHere({ MALLOC_MMAP_THRESHOLD_: '65536' }, addon(false).a)).toEqual({
        MALLOC_MMAP_THRESHOLD_: '65536',
      });
      expect(process.env.MALLOC_MMAP_THRESHOLD_).toBeUndefined();
    });
  });
});
