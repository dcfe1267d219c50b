// Push faults on BRON (docs/storingen.md) with a real receiver: a delivery delayed, delivered twice,
// or overtaken by the next bericht; each delivery a fault changed is marked in the journal, and the
// mailbox read by cursor stays whole whatever the push did.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixedClock, createJournal, createStoringenStore, openDatabase } from '@duo-sim/shared';
import { startReceiver, type Receiver } from '@duo-sim/test-support';
import { createPusher } from '../src/push';
import { createPushStoringen } from '../src/push-storingen';
import { createBronStore } from '../src/store';
import {
  inschrijving,
  inschrijvingBericht,
  OPERATOR,
  PLAZA,
  KWARTET,
  pusherNaar,
  startBron,
  type BronUnderTest,
} from './bron-world';

const PUSH = { maxPogingen: 6, basisMs: 20, maxDuurMs: 60_000, timeoutMs: 1_000 };

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('BRON push storingen (docs/storingen.md)', () => {
  let bron: BronUnderTest;
  let rx: Receiver<{ berichtId: number; soort: string }>;
  beforeEach(async () => {
    bron = await startBron(undefined, PUSH);
    rx = await startReceiver();
    const mine = await bron.peers.osrServed.as(PLAZA).get('/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO');
    const res = await bron.peers.osrServed
      .as(PLAZA)
      .put(`/api/v1/endpoints/${mine.body.mandaten[0].token as string}`, { url: rx.url });
    expect(res.status).toBe(200);
  });
  afterEach(async () => {
    await bron.close();
    await rx.close();
  });
  /** Short, closed inschrijvingen on separate days, so any number of them can be sent (one bericht each). */
  const enrol = async (volgnummer: string) => {
    const dag = `2026-11-${10 + Number(volgnummer)}`;
    const ins = inschrijving({
      inschrijvingsvolgnummer: volgnummer,
      inschrijfdatum: dag,
      uitschrijfdatum: dag,
      redenUitschrijving: 'OVERIG',
      periodes: [{ begindatum: dag, groep: 7 }],
    });
    const res = await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht(ins));
    expect(res.status).toBe(201);
    return res;
  };
  const pushes = () => bron.deps.journal.list({ limiet: 1000 }).filter((e) => e.operatie === `PUSH POST ${rx.url}`);

  it('PUSH_DUBBEL: the receiver gets the same bericht twice, both deliveries marked', async () => {
    const gezet = await bron.served.as(PLAZA).put('/_sim/storingen', { soort: 'PUSH_DUBBEL', aantal: 1 });
    expect(gezet.status).toBe(201);
    await enrol('1');
    await until(() => pushes().length === 2);
    expect(rx.pushed).toHaveLength(2);
    expect(rx.pushed[0]).toEqual(rx.pushed[1]);
    expect(pushes().map((p) => [p.status, p.storing])).toEqual([
      [204, { id: gezet.body.id, soort: 'PUSH_DUBBEL' }],
      [204, { id: gezet.body.id, soort: 'PUSH_DUBBEL' }],
    ]);
    await enrol('2');
    await until(() => pushes().length === 3);
    expect(pushes()[2].storing).toBeNull();
  });

  it('PUSH_VERTRAAGD: the delivery comes vertragingMs later, marked; no try is counted for the wait', async () => {
    // 2 s against a look after 250 ms: a loaded machine that runs the timer late cannot see the push early.
    await bron.served.as(OPERATOR).put('/_sim/storingen', { soort: 'PUSH_VERTRAAGD', vertragingMs: 2_000, aantal: 1 });
    const started = Date.now();
    await enrol('1');
    await new Promise((r) => setTimeout(r, 250));
    expect(rx.pushed).toEqual([]);
    await until(() => rx.pushed.length === 1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    // The journal entry and the delivery status are written after the receiver answered: wait for them.
    await until(() => pushes().length === 1);
    expect(pushes().map((p) => p.storing?.soort)).toEqual(['PUSH_VERTRAAGD']);
    expect(bron.store.afleveringStatus(rx.pushed[0].berichtId)).toMatchObject({ status: 'AFGELEVERD', pogingen: 1 });
  });

  it('PUSH_VOLGORDE: the next bericht overtakes the held one, which follows at once; the mailbox by cursor is whole', async () => {
    await bron.served.as(OPERATOR).put('/_sim/storingen', { soort: 'PUSH_VOLGORDE', vertragingMs: 60_000, aantal: 1 });
    await enrol('1');
    await new Promise((r) => setTimeout(r, 100));
    expect(rx.pushed).toEqual([]);
    await enrol('2');
    // Released by the later delivery: `until` gives up long before the hold's 60 s.
    await until(() => rx.pushed.length === 2);
    // The journal entry of a push is written after its receiver answered.
    await until(() => pushes().length === 2);
    const [first, second] = rx.pushed.map((p) => p.berichtId);
    expect(first).toBeGreaterThan(second);
    expect(pushes().map((p) => p.storing?.soort ?? null)).toEqual([null, 'PUSH_VOLGORDE']);
    const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten');
    expect(box.body.berichten.map((b: { berichtId: number }) => b.berichtId)).toEqual([second, first]);
  });

  it('PUSH_VOLGORDE: without a later bericht the held one follows after vertragingMs, marked', async () => {
    await bron.served.as(OPERATOR).put('/_sim/storingen', { soort: 'PUSH_VOLGORDE', vertragingMs: 200, aantal: 1 });
    await enrol('1');
    await until(() => pushes().length === 1);
    expect(rx.pushed).toHaveLength(1);
    expect(pushes()[0].storing?.soort).toBe('PUSH_VOLGORDE');
  });

  it("a vendor's push fault hits only pushes to that vendor", async () => {
    await bron.served.as(KWARTET).put('/_sim/storingen', { soort: 'PUSH_DUBBEL', aantal: 1 });
    await enrol('1');
    await until(() => rx.pushed.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(rx.pushed).toHaveLength(1);
    expect((await bron.served.as(KWARTET).get('/_sim/storingen')).body.storingen[0].resterend).toBe(1);
  });

  it('a push fault never hits a request, nor a request fault a push', async () => {
    await bron.served.as(OPERATOR).put('/_sim/storingen', { soort: 'PUSH_DUBBEL', aantal: 1 });
    await bron.served
      .as(OPERATOR)
      .put('/_sim/storingen', { soort: 'INT500', operatie: 'GET /scholen/{brin}/bekostiging', aantal: 1 });
    await enrol('1');
    await until(() => rx.pushed.length === 2);
    expect((await bron.served.as(OPERATOR).get('/_sim/storingen')).body.storingen.map((s: { soort: string }) => s.soort)).toEqual(
      ['INT500'],
    );
  });
});

describe('PUSH_VOLGORDE without vertragingMs (docs/storingen.md)', () => {
  it('holds a bericht back for at most 2000 ms', () => {
    const store = createStoringenStore(openDatabase(':memory:'));
    store.add({ id: 'v', soort: 'PUSH_VOLGORDE', aangemaakt: '2026-12-01T10:00:00Z', aantal: 1, resterend: 1 });
    const besluit = createPushStoringen(store).besluit(1, '11AA', 'http://127.0.0.1:8088/duo', PLAZA);
    expect(besluit).toEqual({ uitstellen: 2_000, mark: { id: 'v', soort: 'PUSH_VOLGORDE' } });
  });
});

describe('a PUSH_VOLGORDE hold and a restart of BRON (docs/storingen.md)', () => {
  it('does not survive it: the bericht is delivered when its time comes, without the mark', async () => {
    const rx = await startReceiver<{ berichtId: number; soort: string }>();
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bron-hold-')), 'bron.sqlite'));
    const clock = createFixedClock('2026-11-28');
    const store = createBronStore(db, clock);
    const storingen = createStoringenStore(db);
    storingen.add({
      id: 'v',
      soort: 'PUSH_VOLGORDE',
      aangemaakt: '2026-12-01T10:00:00Z',
      aantal: 1,
      resterend: 1,
      vertragingMs: 60_000,
    });
    let t = 0;
    const journal = createJournal(db);
    const pusher = () =>
      createPusher({
        ...pusherNaar(rx.url),
        store,
        clock,
        journal,
        config: PUSH,
        storingen,
        now: () => t,
      });
    // First life: the bericht is held back for a minute, then BRON stops.
    const eerste = pusher();
    const { berichtId } = store.transaction(() => store.plaatsBericht('11AA', 'SIGNAAL', { tekst: 'vastgehouden' }));
    t = store.volgendeAflevering()!;
    await eerste.runOnce();
    expect(rx.pushed).toEqual([]);
    await eerste.stop();
    // Second life: nothing remembers the hold; the bericht goes when its minute is up, unmarked.
    const tweede = pusher();
    try {
      t += 60_000;
      await tweede.runOnce();
      await until(() => journal.list({ limiet: 10 }).some((e) => e.operatie === `PUSH POST ${rx.url}`));
      expect(rx.pushed.map((p) => p.berichtId)).toEqual([berichtId]);
      const push = journal.list({ limiet: 10 }).find((e) => e.operatie === `PUSH POST ${rx.url}`);
      expect(push?.storing ?? null).toBeNull();
    } finally {
      await tweede.stop();
      db.close();
      await rx.close();
    }
  });
});
