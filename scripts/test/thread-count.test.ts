// SIM_THREADS (scripts/src/lib/threaded-chain.ts): how many threads `npm start` runs the four services in.
import { ConfigError } from '@duo-sim/shared';
import { threadCount } from '../src/lib/threaded-chain';

describe('threadCount (SIM_THREADS)', () => {
  it('takes one thread per core by default, at least 2 and at most 4 (one per service)', () => {
    expect(threadCount({}, { cores: 1 })).toBe(2);
    expect(threadCount({}, { cores: 2 })).toBe(2);
    expect(threadCount({ SIM_THREADS: '' }, { cores: 3 })).toBe(3);
    expect(threadCount({}, { cores: 16 })).toBe(4);
  });

  it('counts no more cores than a CPU quota allows (a container on a larger host)', () => {
    expect(threadCount({}, { cores: 16, quota: 2 })).toBe(2);
    expect(threadCount({ SIM_THREADS: '' }, { cores: 16, quota: 3 })).toBe(3);
    expect(threadCount({}, { cores: 16, quota: 8 })).toBe(4);
    expect(threadCount({}, { cores: 16, quota: 1 })).toBe(2);
    // A quota above the cores the process may run on does not add any.
    expect(threadCount({}, { cores: 3, quota: 8 })).toBe(3);
  });

  it('takes 1 to 4 as given, whatever the cores and the quota', () => {
    expect(threadCount({ SIM_THREADS: '1' }, { cores: 16 })).toBe(1);
    expect(threadCount({ SIM_THREADS: '4' }, { cores: 2 })).toBe(4);
    expect(threadCount({ SIM_THREADS: '4' }, { cores: 16, quota: 1 })).toBe(4);
    expect(threadCount({ SIM_THREADS: '3' }, { cores: 16, quota: 2 })).toBe(3);
  });

  it.each(['0', '5', 'twee', '2.0', ' 2'])('refuses SIM_THREADS=%s in Dutch, before anything starts', (value) => {
    expect(() => threadCount({ SIM_THREADS: value }, { cores: 2 })).toThrow(ConfigError);
    expect(() => threadCount({ SIM_THREADS: value }, { cores: 2 })).toThrow(`SIM_THREADS=${value}: verwacht 1, 2, 3 of 4`);
  });
});
