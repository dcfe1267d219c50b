// SIM_THREADS (scripts/src/lib/threaded-chain.ts): how many threads `npm start` runs the four services in.
import { ConfigError } from '@duo-sim/shared';
import { threadCount } from '../src/lib/threaded-chain';

describe('threadCount (SIM_THREADS)', () => {
  it('takes one thread per core by default, at least 2 and at most 4 (one per service)', () => {
    expect(threadCount({}, 1)).toBe(2);
    expect(threadCount({}, 2)).toBe(2);
    expect(threadCount({ SIM_THREADS: '' }, 3)).toBe(3);
    expect(threadCount({}, 16)).toBe(4);
  });

  it('takes 1 to 4 as given, whatever the cores', () => {
    expect(threadCount({ SIM_THREADS: '1' }, 16)).toBe(1);
    expect(threadCount({ SIM_THREADS: '4' }, 2)).toBe(4);
  });

  it.each(['0', '5', 'twee', '2.0', ' 2'])('refuses SIM_THREADS=%s in Dutch, before anything starts', (value) => {
    expect(() => threadCount({ SIM_THREADS: value }, 2)).toThrow(ConfigError);
    expect(() => threadCount({ SIM_THREADS: value }, 2)).toThrow(`SIM_THREADS=${value}: verwacht 1, 2, 3 of 4`);
  });
});
