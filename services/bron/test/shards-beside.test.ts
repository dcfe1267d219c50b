// startBronShardsBeside (shards.ts): BRON does not wait for its shards to listen; until they are
// ready a bericht runs in BRON's own thread (run answers undefined), then in its shard; shards that
// fail to start leave BRON running without them.
import type { Outcome, VendorBerichtContext } from '@duo-sim/shared';
import { shardWorkerOptions, startBronShardsBeside, type BronShards, type ShardData, type ShardSettings } from '../src/shards';
import { BSN, inschrijvingBericht, PLAZA, startBron, VANDAAG, type BronUnderTest } from './bron-world';

const settings = { count: 1 } as unknown as ShardSettings;
const ctx = {} as VendorBerichtContext<unknown>;

function fakeShards(): BronShards & { closed: boolean } {
  return {
    count: 1,
    closed: false,
    run: (soort) => Promise.resolve<Outcome>({ status: 201, body: { in: 'shard', soort } }),
    async close() {
      this.closed = true;
    },
  };
}

test('runs nothing elsewhere until the shards are ready, then everything of theirs', async () => {
  let ready!: (s: BronShards) => void;
  const shards = fakeShards();
  const beside = startBronShardsBeside(settings, () => new Promise<BronShards>((r) => (ready = r)));
  expect(beside.run('inschrijving', '123456782', ctx)).toBeUndefined();
  ready(shards);
  await new Promise((r) => setImmediate(r));
  await expect(beside.run('inschrijving', '123456782', ctx)).resolves.toEqual({
    status: 201,
    body: { in: 'shard', soort: 'inschrijving' },
  });
  await beside.close();
  expect(shards.closed).toBe(true);
});

test('stays in its own thread when the shards cannot start, and says so', async () => {
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const beside = startBronShardsBeside(settings, () => Promise.reject(new Error('geen database')));
    await beside.close();
    expect(beside.run('verwijdering', '123456782', ctx)).toBeUndefined();
    expect(stderr).toHaveBeenCalledWith(expect.stringContaining('BRON-shards niet gestart, BRON werkt zonder: geen database'));
  } finally {
    stderr.mockRestore();
  }
});

test('closing while the shards still start waits for them and closes them', async () => {
  let ready!: (s: BronShards) => void;
  const shards = fakeShards();
  const beside = startBronShardsBeside(settings, () => new Promise<BronShards>((r) => (ready = r)));
  const closing = beside.close();
  ready(shards);
  await closing;
  expect(shards.closed).toBe(true);
});

describe('POST /inschrijvingen with shards (vendor-bericht.ts, elsewhere)', () => {
  const stored = (bron: BronUnderTest) => bron.count('inschrijvingen') + bron.count('berichten');

  it('runs the bericht in BRON’s own thread while the shards cannot take it yet', async () => {
    const bron = await startBron(VANDAAG, undefined, undefined, { count: 1, run: () => undefined, close: async () => undefined });
    try {
      const res = await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
      expect(res.status).toBe(201);
      expect(stored(bron)).toBe(2);
    } finally {
      await bron.close();
    }
  });

  it('answers the shard’s outcome and stores nothing in its own thread once they can', async () => {
    const run = jest.fn(() => Promise.resolve<Outcome>({ status: 201, body: { uit: 'de shard' } }));
    const bron = await startBron(VANDAAG, undefined, undefined, { count: 1, run, close: async () => undefined });
    try {
      const res = await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
      expect(res.body).toEqual({ uit: 'de shard' });
      expect(run).toHaveBeenCalledWith('inschrijving', BSN, expect.anything());
      expect(stored(bron)).toBe(0);
    } finally {
      await bron.close();
    }
  });
});

test('a shard thread gets the heap limits npm start gives its workers, and none when it gave none', () => {
  const data = {} as ShardData;
  expect(shardWorkerOptions(data, { resourceLimits: { maxYoungGenerationSizeMb: 6 } })).toEqual({
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: 6 },
  });
  expect(shardWorkerOptions(data, {})).toEqual({ workerData: data });
});
