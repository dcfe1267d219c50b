// start-all.ts starts the worker threads before the main thread loads the chain's code
// (service-threads.ts), and the threaded chain then takes those workers rather than new ones.
import { startWorkersEarly, takeWorkers, type Workers } from '../src/lib/service-threads';

async function end(workers: Workers): Promise<void> {
  await Promise.all(workers.threads.flatMap((t) => t.services.map((s) => t.close(s))));
  await Promise.all(workers.threads.map((t) => t.ended));
}

describe('workers started early', () => {
  it('are the ones the chain takes, once', async () => {
    const early = startWorkersEarly({ SIM_THREADS: '3' })!;
    expect(early.threads.map((t) => t.services)).toEqual([['osr', 'rio'], ['verzuim']]);
    const taken = takeWorkers(3);
    expect(taken).toBe(early);
    const again = takeWorkers(3);
    expect(again).not.toBe(early);
    await Promise.all([end(taken), end(again)]);
  });

  it('are none with SIM_THREADS=1 or a value the chain refuses (it reports that itself)', () => {
    expect(startWorkersEarly({ SIM_THREADS: '1' })).toBeUndefined();
    expect(startWorkersEarly({ SIM_THREADS: 'twee' })).toBeUndefined();
  });

  it('end when the chain asks for another count', async () => {
    const early = startWorkersEarly({ SIM_THREADS: '2' })!;
    const taken = takeWorkers(4);
    expect(taken.threads).toHaveLength(3);
    expect(await Promise.all(early.threads.map((t) => t.ended))).toEqual([0]);
    await end(taken);
  });
});
