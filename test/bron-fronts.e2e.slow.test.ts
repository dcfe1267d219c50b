// BRON's fronts (BRON_FRONTS, services/bron/src/fronts.ts): under npm start's threads a second BRON
// thread accepts on BRON's listening socket. A keep-alive connection stays with the thread that
// accepted it, so the tests sort connections by the thread that received them (the fronts' counters)
// and then check that what one thread stored the other sees at once, and that what exists once per
// chain (the clock, the push worker, a storing's counter) still runs once.
import https from 'node:https';
import { frontsStartedHere } from '../services/bron/src/server';
import { addDays } from '@duo-sim/shared';
import { callerFor, clientTls, startReceiver, type Caller } from '@duo-sim/test-support';
import {
  fixtureSchoolAndPupils,
  inschrijvingenMaker,
  startTestThreadedChain,
  threadNames,
  type TestThreadedChain,
} from '@duo-sim/test-support/chain';

const OPERATOR = '00000099000000010000';
const VANDAAG = '2026-11-28';

describe('BRON with BRON_FRONTS=2 under npm start’s threads', () => {
  let chain: TestThreadedChain;
  const { school, pupils } = fixtureSchoolAndPupils(VANDAAG);
  const berichten = inschrijvingenMaker(school, VANDAAG, 'f');
  let ontvangen: Int32Array;
  const agents: https.Agent[] = [];
  /** One keep-alive connection of `oin`, and which thread received it. */
  const verbinding = async (oin: string): Promise<{ caller: Caller; front: boolean }> => {
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1, ...clientTls(oin) });
    agents.push(agent);
    const caller = callerFor(chain.urls.bron, { agent });
    const voor = Atomics.load(ontvangen, 1);
    expect((await caller.get('/health')).status).toBe(200);
    return { caller, front: Atomics.load(ontvangen, 1) > voor };
  };
  /** A connection of `oin` received by the front (true) or by BRON's main thread (false). */
  const verbindingOp = async (oin: string, front: boolean): Promise<Caller> => {
    for (let i = 0; i < 200; i++) {
      const v = await verbinding(oin);
      if (v.front === front) return v.caller;
    }
    throw new Error(`geen verbinding op ${front ? 'de front' : 'de hoofdthread'}`);
  };

  beforeAll(async () => {
    chain = await startTestThreadedChain(2, { SIM_DATE: VANDAAG, BRON_FRONTS: '2' });
    // BRON listens before its front is ready (fronts.ts).
    const started = await frontsStartedHere();
    expect(started.threadIds).toHaveLength(1);
    ontvangen = started.ontvangen.at(-1)!;
  }, 60_000);
  afterAll(async () => {
    for (const a of agents) a.destroy();
    await chain?.close();
  });

  it('runs the front as a thread of its own that accepts connections beside BRON’s main thread', async () => {
    expect(threadNames().filter((n) => n.startsWith('bron-front-'))).toEqual(['bron-front-1']);
    // Both accept: each is found among fresh connections.
    await verbindingOp(school.vendorOin, true);
    await verbindingOp(school.vendorOin, false);
  });

  it('lets a connection of either thread see what the other stored at once, and replays its answer', async () => {
    const front = await verbindingOp(school.vendorOin, true);
    const hoofd = await verbindingOp(school.vendorOin, false);
    let mailboxNa = 0;
    for (const [schrijver, lezer] of [
      [front, hoofd],
      [hoofd, front],
    ] as const) {
      const [b] = berichten(pupils.slice(0, 1));
      const gesteld = await schrijver.post('/inschrijvingen', b);
      expect(gesteld.status).toBe(201);
      // Its terugkoppeling, placed in the school's mailbox by the same commit.
      const mailbox = await lezer.get(`/scholen/${school.brin}/berichten?limiet=1000&na=${mailboxNa}`);
      expect(mailbox.status).toBe(200);
      expect(JSON.stringify(mailbox.body)).toContain(b.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      mailboxNa = (mailbox.body as { volgende: number }).volgende;
      // The same bericht again through the other thread: the one stored answer (EK-06).
      const opnieuw = await lezer.post('/inschrijvingen', b);
      expect(opnieuw.status).toBe(201);
      expect(opnieuw.body).toEqual(gesteld.body);
    }
  });

  it('sets the clock through a front on BRON’s main thread, which both threads then follow', async () => {
    const front = await verbindingOp(OPERATOR, true);
    const hoofd = await verbindingOp(OPERATOR, false);
    const morgen = addDays(VANDAAG, 1);
    try {
      expect((await front.put('/_sim/clock', { vandaag: morgen })).status).toBe(200);
      expect((await front.get<{ vandaag: string }>('/health')).body.vandaag).toBe(morgen);
      expect((await hoofd.get<{ vandaag: string }>('/health')).body.vandaag).toBe(morgen);
      const journal = await hoofd.get<{ regels: Array<{ operatie: string; partij: string }> }>('/_sim/journal?limiet=1000');
      // Relayed with the caller's identity, and journaled once.
      expect(journal.body.regels.filter((r) => r.operatie === 'PUT /_sim/clock')).toEqual([
        expect.objectContaining({ partij: OPERATOR }),
      ]);
    } finally {
      await hoofd.put('/_sim/clock', { vandaag: VANDAAG });
    }
  });

  it('wakes a journal long-poll on the main thread for what the front journaled', async () => {
    const operator = await verbindingOp(OPERATOR, true);
    const front = await verbindingOp(school.vendorOin, true);
    const na = (await operator.get<{ volgende: number }>('/_sim/journal?limiet=1000&na=0')).body.volgende;
    const [b] = berichten(pupils.slice(4, 5));
    const id = b.bedrijfsdocument.identificatiecodeBedrijfsdocument;
    // Without the wake it would answer only after its 30 s, beyond this test's time.
    const poll = operator.get<{ regels: Array<{ identificatiecodeBedrijfsdocument: string | null }> }>(
      `/_sim/journal?na=${na}&wacht=30&partij=${school.vendorOin}`,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect((await front.post('/inschrijvingen', b)).status).toBe(201);
    expect((await poll).body.regels.map((r) => r.identificatiecodeBedrijfsdocument)).toContain(id);
  }, 15_000);

  it('counts a storing once for both threads: aantal 1 hits exactly one request', async () => {
    const front = await verbindingOp(school.vendorOin, true);
    const hoofd = await verbindingOp(school.vendorOin, false);
    const storing = { soort: 'ONDERHOUD', operatie: 'POST /inschrijvingen', aantal: 1, retryAfterSeconden: 30 };
    expect((await front.put('/_sim/storingen', storing)).status).toBe(201);
    const [a, b] = berichten(pupils.slice(1, 3));
    expect((await front.post('/inschrijvingen', a)).status).toBe(503);
    expect((await hoofd.post('/inschrijvingen', b)).status).toBe(201);
    expect((await front.post('/inschrijvingen', a)).status).toBe(201);
  });

  it('pushes what the front placed in the mailbox once, from BRON’s main thread', async () => {
    const receiver = await startReceiver<{ soort: string; inhoud: { identificatiecodeBedrijfsdocument?: string } }>();
    try {
      const osr = callerFor(chain.urls.osr, clientTls(school.vendorOin));
      const mandaten = await osr.get(`/api/v1/mandates?school_oin=${school.schoolOin}&service=ROD_PO`);
      expect((await osr.put(`/api/v1/endpoints/${mandaten.body.mandaten[0].token}`, { url: receiver.url })).status).toBe(200);
      const front = await verbindingOp(school.vendorOin, true);
      const [b] = berichten(pupils.slice(3, 4));
      expect((await front.post('/inschrijvingen', b)).status).toBe(201);
      const id = b.bedrijfsdocument.identificatiecodeBedrijfsdocument;
      const pushed = () => receiver.pushed.filter((p) => p.inhoud.identificatiecodeBedrijfsdocument === id);
      const deadline = Date.now() + 10_000;
      while (pushed().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      // A second push worker would deliver it again right away.
      await new Promise((r) => setTimeout(r, 300));
      expect(pushed().map((p) => p.soort)).toEqual(['TERUGKOPPELING']);
    } finally {
      await receiver.close();
    }
  });
});
