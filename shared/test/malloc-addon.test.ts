// The @duo-sim/malloc addon's wrapper (native/malloc/index.js): the addon where it was built, null
// where it was not or SIM_MALLOC_ADDON=0 asks to do without it, never an exception.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, loadMallocAddon, mallocAddon } from '@duo-sim/malloc';

const onGlibc = process.platform === 'linux' && /\/libc\.so\.6$/m.test(readFileSync('/proc/self/maps', 'utf8'));

describe('the malloc addon', () => {
  it('is null where it was not built, and with SIM_MALLOC_ADDON=0', () => {
    expect(loadMallocAddon(join(__dirname, 'no-such-addon.node'))).toBeNull();
    expect(mallocAddon({ SIM_MALLOC_ADDON: '0' })).toBeNull();
  });

  // npm install builds it on glibc (native/malloc/install.cjs); elsewhere there is nothing to load.
  (onGlibc && existsSync(BUILT) ? it : it.skip)('sets the mmap threshold, trims and counts on glibc', () => {
    const addon = mallocAddon({})!;
    expect(addon).not.toBeNull();
    expect(addon.setMmapThreshold(65536)).toBe(true);
    expect(typeof addon.trim()).toBe('boolean');
    const info = addon.mallinfo();
    expect(info.inUse).toBeGreaterThan(0);
    expect(info.arena).toBeGreaterThanOrEqual(info.inUse! + info.free! - info.mapped!);
    expect(() => addon.setMmapThreshold(-1)).toThrow(/bytes must be an integer/);
  });
});
