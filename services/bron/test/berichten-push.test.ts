// The school's mailbox (BRON-18) and push to the vendor's afleveradres (docs/services/bron.md, OSR-05).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixedClock, createJournal, openDatabase } from '@duo-sim/shared';
import { loadConfig } from '../src/config';
import { backoffMs, createPusher } from '../src/push';
import { createBronStore } from '../src/store';
import {
  inschrijving,
  inschrijvingBericht,
  KWARTET,
  OPERATOR,
  PLAZA,
  pusherNaar,
  startBron,
  VANDAAG,
  type BronUnderTest,
} from './bron-world';

const PUSH = { maxPogingen: 6, basisMs: 20, maxDuurMs: 60_000, timeoutMs: 300 };

/** A vendor's receiver on 127.0.0.1 that fails the first `failures` tries (or never answers). */
async function receiver(mode: { failures?: number; silent?: boolean; failStatus?: number; okStatus?: number } = {}) {
  const received: Array<{ berichtId: number; soort: string }> = [];
  const requests: Array<{ method?: string; headers: IncomingHttpHeaders }> = [];
  let tries = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      tries++;
      requests.push({ method: req.method, headers: req.headers });
      if (mode.silent) return; // never answers
      if (tries <= (mode.failures ?? 0)) {
        res.writeHead(mode.failStatus ?? 503, { location: 'http://127.0.0.1:1/elders' }).end();
        return;
      }
      received.push(JSON.parse(Buffer.concat(chunks).toString()) as { berichtId: number; soort: string });
      if (mode.okStatus) res.writeHead(mode.okStatus, { 'content-type': 'application/json' }).end('{"ontvangen":true}');
      else res.writeHead(204).end();
    });
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/duo`;
  return {
    url,
    port,
    received,
    requests,
    tries: () => tries,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

async function registerAfleveradres(bron: BronUnderTest, url: string) {
  const mine = await bron.peers.osrServed.as(PLAZA).get('/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO');
  const token = mine.body.mandaten[0].token as string;
  const res = await bron.peers.osrServed.as(PLAZA).put(`/api/v1/endpoints/${token}`, { url });
  expect(res.status).toBe(200);
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** One-day inschrijvingen of one pupil on successive days, so they never overlap (BRON-02). */
const enrol = (bron: BronUnderTest, volgnummer: string) => {
  const dag = `2026-11-${10 + Number(volgnummer)}`;
  return bron.served.as(PLAZA).post(
    '/inschrijvingen',
    inschrijvingBericht(
      inschrijving({
        inschrijvingsvolgnummer: volgnummer,
        inschrijfdatum: dag,
        uitschrijfdatum: dag,
        redenUitschrijving: 'OVERIG',
        periodes: [{ begindatum: dag, groep: 7 }],
      }),
    ),
  );
};

describe('the mailbox (BRON-18)', () => {
  let bron: BronUnderTest;
  beforeAll(async () => {
    bron = await startBron();
  });
  afterAll(() => bron.close());

  it('reads by cursor: never loses or repeats a bericht, also while berichten arrive concurrently', async () => {
    const seen: number[] = [];
    let cursor = 0;
    const writes = Promise.all(Array.from({ length: 12 }, (_, i) => enrol(bron, String(i + 1))));
    // Read while the writes land, then once more after.
    for (let round = 0; round < 8; round++) {
      const page = await bron.served.as(PLAZA).get(`/scholen/11AA/berichten?na=${cursor}&limiet=3`);
      expect(page.status).toBe(200);
      seen.push(...page.body.berichten.map((b: { berichtId: number }) => b.berichtId));
      cursor = page.body.volgende;
    }
    expect((await writes).every((w) => w.status === 201)).toBe(true);
    for (;;) {
      const page = await bron.served.as(PLAZA).get(`/scholen/11AA/berichten?na=${cursor}&limiet=5`);
      if (page.body.berichten.length === 0) {
        expect(page.body.volgende).toBe(cursor);
        break;
      }
      seen.push(...page.body.berichten.map((b: { berichtId: number }) => b.berichtId));
      cursor = page.body.volgende;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('refuses the mailbox to a vendor of another school and to a party without mandate (EK-07)', async () => {
    const res = await bron.served.as(KWARTET).get('/scholen/11AA/berichten');
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    expect((await bron.served.as(OPERATOR).get('/scholen/11AA/berichten')).status).toBe(200);
    // A BRIN no school has: the same 403 for a vendor, 404 only for those who may know every school.
    const onbekend = await bron.served.as(KWARTET).get('/scholen/99ZZ/berichten');
    expect(JSON.stringify({ status: onbekend.status, body: onbekend.body }).replaceAll('99ZZ', '11AA')).toBe(
      JSON.stringify({ status: res.status, body: res.body }),
    );
    expect((await bron.served.as(OPERATOR).get('/scholen/99ZZ/berichten')).status).toBe(404);
  });

  it('stamps berichten and the journal with the simulated instant, not the real time', async () => {
    // The fixed test clock stands still at noon UTC of VANDAAG; the real clock never reads that.
    const simulated = `${VANDAAG}T12:00:00.000Z`;
    expect((await enrol(bron, '20')).status).toBe(201);
    const page = await bron.served.as(PLAZA).get('/scholen/11AA/berichten?limiet=500');
    expect(page.body.berichten.length).toBeGreaterThan(0);
    expect(new Set(page.body.berichten.map((b: { aangemaakt: string }) => b.aangemaakt))).toEqual(new Set([simulated]));
    const journal = await bron.served.as(OPERATOR).get('/_sim/journal');
    expect(new Set(journal.body.regels.map((e: { tijdstip: string }) => e.tijdstip))).toEqual(new Set([simulated]));
  });

  it('rejects a bad cursor or limiet with 400', async () => {
    const res = await bron.served.as(PLAZA).get('/scholen/11AA/berichten?na=-1&limiet=5000');
    expect(res.status).toBe(400);
    expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer).sort()).toEqual(['?limiet', '?na']);
  });
});

describe('the mailbox page (docs/services/bron.md: limiet 1–1000, default 100)', () => {
  it('gives 100 berichten without limiet, up to 1000 with it, and refuses 0 and 1001', async () => {
    const bron = await startBron();
    try {
      bron.store.transaction(() => {
        for (let i = 0; i < 101; i++) bron.store.plaatsBericht('11AA', 'SIGNAAL', { i });
      });
      const read = (query: string) => bron.served.as(PLAZA).get(`/scholen/11AA/berichten${query}`);
      const standaard = await read('');
      expect(standaard.status).toBe(200);
      expect(standaard.body.berichten).toHaveLength(100);
      expect(standaard.body.volgende).toBe(standaard.body.berichten[99].berichtId);
      expect((await read('?limiet=1000')).body.berichten).toHaveLength(101);
      for (const limiet of ['0', '1001']) {
        const res = await read(`?limiet=${limiet}`);
        expect(res.status).toBe(400);
        expect(res.body.foutmeldingen.map((f: { pointer: string }) => f.pointer)).toEqual(['?limiet']);
      }
    } finally {
      await bron.close();
    }
  });
});

describe('berichtId (docs/vendor-guide.md: an integer that only grows; de-duplicate on it)', () => {
  it('never gives a berichtId again after POST /_sim/reset, so a receiver that de-duplicates drops nothing new', async () => {
    const bron = await startBron();
    try {
      expect((await enrol(bron, '1')).status).toBe(201);
      expect((await enrol(bron, '2')).status).toBe(201);
      const ids = async () =>
        ((await bron.served.as(PLAZA).get('/scholen/11AA/berichten')).body.berichten as Array<{ berichtId: number }>).map(
          (b) => b.berichtId,
        );
      const voor = await ids();
      expect(voor).toHaveLength(2);
      expect((await bron.served.as(OPERATOR).post('/_sim/reset')).status).toBe(200);
      expect(await ids()).toEqual([]);
      expect((await enrol(bron, '1')).status).toBe(201);
      const na = await ids();
      expect(na).toHaveLength(1);
      expect(na[0]).toBeGreaterThan(Math.max(...voor));
    } finally {
      await bron.close();
    }
  });
});

describe('push to the afleveradres (docs/services/bron.md)', () => {
  it('tries 8 times by default, the first wait 1 s, none after 15 minutes, 5 s per try; each variable sets its own', () => {
    const env = { SIM_DATA_DIR: '/tmp/duo-sim-push' };
    expect(loadConfig(env).push).toEqual({ maxPogingen: 8, basisMs: 1_000, maxDuurMs: 900_000, timeoutMs: 5_000 });
    const gezet = loadConfig({
      ...env,
      BRON_PUSH_MAX_POGINGEN: '3',
      BRON_PUSH_BASIS_MS: '250',
      BRON_PUSH_MAX_DUUR_MS: '60000',
      BRON_PUSH_TIMEOUT_MS: '800',
    });
    expect(gezet.push).toEqual({ maxPogingen: 3, basisMs: 250, maxDuurMs: 60_000, timeoutMs: 800 });
  });

  it('doubles the wait after every try', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(100, n))).toEqual([100, 200, 400, 800]);
  });

  it('retries a receiver that fails the first tries until it takes the bericht, journaling every try', async () => {
    const bron = await startBron(undefined, PUSH);
    const rx = await receiver({ failures: 2 });
    try {
      await registerAfleveradres(bron, rx.url);
      const res = await enrol(bron, '1');
      await until(() => rx.received.length === 1);
      expect(rx.tries()).toBe(3);
      expect(rx.received[0]).toMatchObject({ soort: 'TERUGKOPPELING', inhoud: res.body, brin: '11AA' });
      const journaled = () => bron.deps.journal.list({ limiet: 1000 }).filter((e) => e.operatie === `PUSH POST ${rx.url}`);
      // A try is journaled after its receiver answered: wait for the third, then read them all.
      await until(
        () => journaled().length === 3 && bron.store.afleveringStatus(rx.received[0].berichtId)?.status === 'AFGELEVERD',
      );
      const pushes = journaled();
      expect(pushes.map((p) => p.status)).toEqual([503, 503, 204]);
      expect(pushes.map((p) => p.antwoord)).toEqual([{ fout: 'HTTP 503' }, { fout: 'HTTP 503' }, null]);
      expect(pushes[0].partij).toBe(PLAZA);
      expect(bron.store.afleveringStatus(rx.received[0].berichtId)).toMatchObject({ status: 'AFGELEVERD', pogingen: 3 });
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('takes any 2xx as delivered (a 202 with a body), and a redirect as a failed try that is not followed', async () => {
    const bron = await startBron(undefined, PUSH);
    const rx = await receiver({ failures: 1, failStatus: 301, okStatus: 202 });
    try {
      await registerAfleveradres(bron, rx.url);
      await enrol(bron, '1');
      await until(() => rx.received.length === 1);
      const journaled = () => bron.deps.journal.list({ limiet: 1000 }).filter((e) => e.operatie === `PUSH POST ${rx.url}`);
      await until(
        () => journaled().length === 2 && bron.store.afleveringStatus(rx.received[0].berichtId)?.status === 'AFGELEVERD',
      );
      expect(journaled().map((p) => [p.status, p.antwoord])).toEqual([
        [301, { fout: 'HTTP 301' }],
        [202, null],
      ]);
      // Delivered means done: no further try after the 202.
      await new Promise((r) => setTimeout(r, 10 * PUSH.basisMs));
      expect(rx.tries()).toBe(2);
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('POSTs the mailbox bericht with its brin, and its berichtId in the x-duo-sim-bericht-id header (vendors de-duplicate on it)', async () => {
    const bron = await startBron(undefined, PUSH);
    const rx = await receiver();
    try {
      await registerAfleveradres(bron, rx.url);
      await enrol(bron, '1');
      await until(() => rx.received.length === 1);
      const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten');
      const [bericht] = box.body.berichten as Array<{ berichtId: number }>;
      // Exactly {berichtId, brin, soort, aangemaakt, inhoud}: the mailbox's bericht and its school.
      expect(rx.received[0]).toEqual({ ...bericht, brin: '11AA' });
      expect(rx.requests[0].method).toBe('POST');
      expect(rx.requests[0].headers['content-type']).toBe('application/json');
      expect(rx.requests[0].headers['x-duo-sim-bericht-id']).toBe(String(bericht.berichtId));
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('starts no try later than maxDuurMs after the first, however many tries are left', async () => {
    const rx = await receiver({ failures: Number.MAX_SAFE_INTEGER });
    const clock = createFixedClock('2026-11-28');
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bron-push-')), 'bron.sqlite'));
    const store = createBronStore(db, clock);
    // The pusher's own clock, stepped by the test: the waits are real minutes, never waited for.
    let t = 0;
    const pusher = createPusher({
      ...pusherNaar(rx.url),
      store,
      clock,
      journal: createJournal(db),
      config: { maxPogingen: 100, basisMs: 60_000, maxDuurMs: 15 * 60_000, timeoutMs: 5_000 },
      now: () => t,
    });
    try {
      const { berichtId } = store.transaction(() => store.plaatsBericht('11AA', 'SIGNAAL', { tekst: 'nooit aangenomen' }));
      t = store.volgendeAflevering()!; // due at once
      const begin = t;
      const pogingen: number[] = [];
      for (let round = 0; round < 8; round++) {
        const voor = rx.tries();
        await pusher.runOnce();
        if (rx.tries() > voor) pogingen.push(t - begin);
        const status = store.afleveringStatus(berichtId);
        if (status?.status !== 'OPEN') break;
        t = store.volgendeAflevering()!;
      }
      // Waits of 1, 2, 4 and 8 minutes: the fifth try starts at 15 minutes, a sixth would at 31.
      expect(pogingen).toEqual([0, 1, 3, 7, 15].map((m) => m * 60_000));
      expect(store.afleveringStatus(berichtId)).toMatchObject({ status: 'OPGEGEVEN', pogingen: 5 });
    } finally {
      await pusher.stop();
      db.close();
      await rx.close();
    }
  });

  it('gives up on a receiver that never answers, after the bounded tries; the mailbox still has everything', async () => {
    const bron = await startBron(undefined, { ...PUSH, maxPogingen: 3 });
    const rx = await receiver({ silent: true });
    try {
      await registerAfleveradres(bron, rx.url);
      await enrol(bron, '1');
      await enrol(bron, '2');
      await until(
        () => bron.store.afleveringStatus(1)?.status === 'OPGEGEVEN' && bron.store.afleveringStatus(2)?.status === 'OPGEGEVEN',
        10_000,
      );
      expect(bron.store.afleveringStatus(1)?.pogingen).toBe(3);
      const pushes = bron.deps.journal.list({ limiet: 1000 }).filter((e) => e.operatie === `PUSH POST ${rx.url}`);
      expect(new Set(pushes.map((p) => JSON.stringify(p.antwoord)))).toEqual(new Set([JSON.stringify({ fout: 'TIME_OUT' })]));
      const box = await bron.served.as(PLAZA).get('/scholen/11AA/berichten');
      expect(box.body.berichten).toHaveLength(2);
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('does not push when the school has no afleveradres', async () => {
    const bron = await startBron(undefined, PUSH);
    try {
      await enrol(bron, '1');
      await until(() => bron.store.afleveringStatus(1)?.status === 'GEEN_ADRES');
      expect(bron.deps.journal.list({ limiet: 1000 }).some((e) => e.operatie.startsWith('PUSH'))).toBe(false);
    } finally {
      await bron.close();
    }
  });

  it('delivers what was pending before a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bron-push-')), 'bron.sqlite');
    const rx = await receiver();
    const common = { ...pusherNaar(rx.url), clock: createFixedClock('2026-11-28'), config: PUSH };
    // First life: a bericht is placed, but the process stops before any delivery.
    const db1 = openDatabase(file);
    const store1 = createBronStore(db1, common.clock);
    store1.transaction(() => store1.plaatsBericht('11AA', 'SIGNAAL', { tekst: 'voor de herstart' }));
    db1.close();
    // Second life: the pusher finds the open delivery on its own.
    const db2 = openDatabase(file);
    const store2 = createBronStore(db2, common.clock);
    const pusher = createPusher({ ...common, store: store2, journal: createJournal(db2) });
    try {
      await until(() => rx.received.length === 1);
      expect(rx.received[0]).toMatchObject({ berichtId: 1, soort: 'SIGNAAL' });
    } finally {
      await pusher.stop();
      db2.close();
      await rx.close();
    }
  });

  /** The journal entries of the pushes to `url`, and the aflevering of bericht 1. */
  const pushesTo = (bron: BronUnderTest, url: string) =>
    bron.deps.journal.list({ limiet: 1000 }).filter((e) => e.operatie === `PUSH POST ${url}`);

  it('does not connect to an address that left BRON_PUSH_TOEGESTAAN after registration: GEWEIGERD, not retried', async () => {
    // OSR (default list) took 127.0.0.1 at registration; BRON's list changed since.
    const bron = await startBron(undefined, PUSH, '192.0.2.0/24');
    const rx = await receiver();
    try {
      await registerAfleveradres(bron, rx.url);
      await enrol(bron, '1');
      await until(() => bron.store.afleveringStatus(1)?.status === 'OPGEGEVEN');
      expect(bron.store.afleveringStatus(1)).toMatchObject({ pogingen: 1, laatste_fout: 'GEWEIGERD' });
      expect(rx.connections()).toBe(0);
      expect(pushesTo(bron, rx.url).map((p) => [p.status, p.antwoord])).toEqual([[0, { fout: 'GEWEIGERD' }]]);
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('checks the address a listed name resolves to: localhost outside the address list is GEWEIGERD', async () => {
    const bron = await startBron(undefined, PUSH, 'localhost,192.0.2.0/24');
    const rx = await receiver();
    const url = `http://localhost:${rx.port}/duo`;
    try {
      await registerAfleveradres(bron, url);
      await enrol(bron, '1');
      await until(() => bron.store.afleveringStatus(1)?.status === 'OPGEGEVEN');
      expect(rx.connections()).toBe(0);
      expect(pushesTo(bron, url).map((p) => p.antwoord)).toEqual([{ fout: 'GEWEIGERD' }]);
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('delivers to a listed name that resolves inside the list', async () => {
    const bron = await startBron(undefined, PUSH, 'localhost,127.0.0.0/8');
    const rx = await receiver();
    const url = `http://localhost:${rx.port}/duo`;
    try {
      await registerAfleveradres(bron, url);
      await enrol(bron, '1');
      // The receiver sees the push before BRON journals its answer: wait for the journal entry.
      await until(() => pushesTo(bron, url).length === 1);
      expect(rx.received).toHaveLength(1);
      expect(pushesTo(bron, url).map((p) => p.status)).toEqual([204]);
    } finally {
      await rx.close();
      await bron.close();
    }
  });

  it('tells the vendor ONBEREIKBAAR for a refused connection, never the socket error', async () => {
    const bron = await startBron(undefined, { ...PUSH, maxPogingen: 2 });
    const rx = await receiver();
    await rx.close(); // nothing listens on its port any more: ECONNREFUSED
    try {
      await registerAfleveradres(bron, rx.url);
      await enrol(bron, '1');
      await until(() => bron.store.afleveringStatus(1)?.status === 'OPGEGEVEN');
      const pushes = pushesTo(bron, rx.url);
      expect(pushes.map((p) => p.antwoord)).toEqual([{ fout: 'ONBEREIKBAAR' }, { fout: 'ONBEREIKBAAR' }]);
      const asVendor = await bron.served.as(PLAZA).get('/_sim/journal');
      expect(JSON.stringify(asVendor.body)).not.toMatch(/ECONNREFUSED|connect |127\.0\.0\.1:\d+ /);
      expect(bron.store.afleveringStatus(1)?.laatste_fout).toBe('ONBEREIKBAAR');
    } finally {
      await bron.close();
    }
  });
});
