// BRON's shards (BRON_SHARDS, services/bron/src/shards.ts): under npm start's threads the checks and
// commit of POST /inschrijvingen run in a worker thread chosen by the pupil's PGN. What the main
// thread guaranteed alone must hold across the threads: idempotent replay (also when one id comes
// with two bodies for pupils of different shards), the journal, the school's mailbox, the peer
// caches, the simulated clock and the BRP stub's additions.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchPupil } from '../scripts/src/bench/world';
import { schrijfmerkIndex } from '../services/bron/src/store';
import { shardsStartedHere } from '../services/bron/src/shards';
import { dutchDate } from '@duo-sim/shared';
import { callerFor, clientTls, REPO_ROOT, startReceiver, type Caller } from '@duo-sim/test-support';
import {
  fixtureSchoolAndPupils,
  inschrijvingenMaker,
  startTestChain,
  startTestThreadedChain,
  threadNames,
  type TestThreadedChain,
} from '@duo-sim/test-support/chain';

const OPERATOR = '00000099000000010000';
const VANDAAG = '2026-11-28';
const SHARDS = 2;

describe('BRON with 2 shards under npm start’s threads', () => {
  let chain: TestThreadedChain;
  // The example files' pupil is left to the last test, which sends them.
  const { school, pupils: all } = fixtureSchoolAndPupils(VANDAAG);
  const pupils = all.slice(0, 24);
  /** Valid inschrijvingen of these pupils at the school: new ids and volgnummers, and a day of their own (BRON-02). */
  const berichten = inschrijvingenMaker(school, VANDAAG, 's');
  const as = (service: 'bron' | 'rio', oin: string): Caller => callerFor(chain.urls[service], clientTls(oin));
  const vendor = () => as('bron', school.vendorOin);
  const shardOf = (p: BenchPupil) => schrijfmerkIndex(p.burgerservicenummer, SHARDS);
  const journalOf = async (id: string) =>
    (await as('bron', OPERATOR).get<{ regels: Array<{ status: number; operatie: string }> }>(`/_sim/journal?bericht=${id}`)).body
      .regels;

  beforeAll(async () => {
    chain = await startTestThreadedChain(2, { SIM_DATE: VANDAAG, BRON_SHARDS: String(SHARDS) });
    // BRON listens before its shards are ready and runs berichten itself until then (shards.ts).
    await shardsStartedHere();
  }, 60_000);
  afterAll(async () => {
    await chain?.close();
  });

  it('runs the shards as threads of their own, named so top -H and the threads bench tell them apart', () => {
    expect(
      threadNames()
        .filter((n) => n.startsWith('bron-shard-'))
        .sort(),
    ).toEqual(['bron-shard-0', 'bron-shard-1']);
    // The test's pupils land in both shards.
    expect(new Set(pupils.map(shardOf)).size).toBe(SHARDS);
  });

  it('answers berichten of pupils in both shards at once, each in the journal and its terugkoppeling in the mailbox, in order', async () => {
    const voor = (await vendor().get<{ volgende: number }>(`/scholen/${school.brin}/berichten?limiet=1000`)).body.volgende;
    const sent = berichten(pupils);
    const answers = await Promise.all(sent.map((b) => vendor().post('/inschrijvingen', b)));
    expect(answers.map((a) => a.status)).toEqual(sent.map(() => 201));
    for (const b of sent) {
      const regels = await journalOf(b.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      expect(regels).toEqual([expect.objectContaining({ status: 201, operatie: 'POST /inschrijvingen' })]);
    }
    const mailbox = await vendor().get<{
      berichten: Array<{ berichtId: number; soort: string; inhoud: { identificatiecodeBedrijfsdocument?: string } }>;
    }>(`/scholen/${school.brin}/berichten?na=${voor}&limiet=1000`);
    const ids = mailbox.body.berichten.map((b) => b.berichtId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const terugkoppelingen = mailbox.body.berichten
      .filter((b) => b.soort === 'TERUGKOPPELING')
      .map((b) => b.inhoud.identificatiecodeBedrijfsdocument);
    expect(new Set(terugkoppelingen)).toEqual(new Set(sent.map((b) => b.bedrijfsdocument.identificatiecodeBedrijfsdocument)));
  });

  it('keeps what a shard placed in the exchange’s trace, so the console’s timeline shows it', async () => {
    const [b] = berichten(pupils.slice(0, 1));
    expect((await vendor().post('/inschrijvingen', b)).status).toBe(201);
    const id = b.bedrijfsdocument.identificatiecodeBedrijfsdocument;
    const journal = await as('bron', OPERATOR).get<{ regels: Array<{ traceId: string }> }>(`/_sim/journal?bericht=${id}`);
    const traceId = journal.body.regels[0].traceId;
    const spoor = await as('bron', OPERATOR).get<{
      berichten: Array<{ soort: string; inhoud: { identificatiecodeBedrijfsdocument?: string } }>;
    }>(`/_sim/sporen/${traceId}/berichten`);
    expect(spoor.body.berichten.map((m) => [m.soort, m.inhoud.identificatiecodeBedrijfsdocument])).toEqual([
      ['TERUGKOPPELING', id],
    ]);
  });

  it('gives every copy of one bericht sent at once the one stored answer (EK-06)', async () => {
    const [b] = berichten(pupils.slice(0, 1));
    const answers = await Promise.all(Array.from({ length: 10 }, () => vendor().post('/inschrijvingen', b)));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(await journalOf(b.bedrijfsdocument.identificatiecodeBedrijfsdocument)).toHaveLength(10);
  });

  it('accepts one of two bodies under one id when their pupils are in different shards, and refuses the other with EK-DUPLICAAT', async () => {
    const a = pupils.find((p) => shardOf(p) === 0)!;
    const b = pupils.find((p) => shardOf(p) === 1)!;
    for (let round = 0; round < 5; round++) {
      const [eerste] = berichten([a]);
      const [tweede] = berichten([b]);
      tweede.bedrijfsdocument.identificatiecodeBedrijfsdocument = eerste.bedrijfsdocument.identificatiecodeBedrijfsdocument;
      const answers = await Promise.all([vendor().post('/inschrijvingen', eerste), vendor().post('/inschrijvingen', tweede)]);
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = answers.find((r) => r.status === 409)!;
      expect(refused.body.foutmeldingen[0].foutcode).toBe('EK-DUPLICAAT');
    }
  });

  it('keeps RIO’s answers in a shard while RIO is unchanged, and asks again on the very next bericht after a change in RIO’s thread', async () => {
    const pupil = pupils.find((p) => shardOf(p) === 1)!;
    const rioQuestions = async () =>
      (await as('rio', OPERATOR).get<{ regels: Array<{ operatie: string }> }>('/_sim/journal?limiet=1000')).body.regels.filter(
        (r) => r.operatie.startsWith('GET /inschrijfbaarheid'),
      ).length;
    const [eerste] = berichten([pupil]);
    // The same inschrijving again under a new id: RIO is asked the same question.
    const opnieuw = () => ({
      ...eerste,
      bedrijfsdocument: { ...eerste.bedrijfsdocument, identificatiecodeBedrijfsdocument: randomUUID() },
    });
    expect((await vendor().post('/inschrijvingen', eerste)).status).toBe(201);
    const asked = await rioQuestions();
    expect((await vendor().post('/inschrijvingen', opnieuw())).status).toBe(200);
    expect(await rioQuestions()).toBe(asked);
    expect((await as('rio', OPERATOR).put('/_sim/clock', { vandaag: VANDAAG })).status).toBe(200);
    expect((await vendor().post('/inschrijvingen', opnieuw())).status).toBe(200);
    expect(await rioQuestions()).toBeGreaterThan(asked);
  });

  it('stamps what a shard stores with the chain’s simulated date, also right after the clock was set', async () => {
    const morgen = '2026-11-29';
    const bron = as('bron', OPERATOR);
    expect((await bron.put('/_sim/clock', { vandaag: morgen })).status).toBe(200);
    try {
      const voor = (await vendor().get<{ volgende: number }>(`/scholen/${school.brin}/berichten?limiet=1000`)).body.volgende;
      for (const p of [pupils.find((x) => shardOf(x) === 0)!, pupils.find((x) => shardOf(x) === 1)!]) {
        const [b] = berichten([p]);
        expect((await vendor().post('/inschrijvingen', b)).status).toBe(201);
      }
      const na = await vendor().get<{ berichten: Array<{ aangemaakt: string }> }>(
        `/scholen/${school.brin}/berichten?na=${voor}&limiet=1000`,
      );
      expect(na.body.berichten.length).toBeGreaterThanOrEqual(2);
      for (const b of na.body.berichten) expect(dutchDate(new Date(b.aangemaakt))).toBe(morgen);
    } finally {
      await bron.put('/_sim/clock', { vandaag: VANDAAG });
    }
  });

  it('pushes what a shard placed in the mailbox to the vendor’s afleveradres', async () => {
    const receiver = await startReceiver<{
      berichtId: number;
      soort: string;
      inhoud: { identificatiecodeBedrijfsdocument?: string };
    }>();
    try {
      const osr = callerFor(chain.urls.osr, clientTls(school.vendorOin));
      const mandaten = await osr.get(`/api/v1/mandates?school_oin=${school.schoolOin}&service=ROD_PO`);
      expect((await osr.put(`/api/v1/endpoints/${mandaten.body.mandaten[0].token}`, { url: receiver.url })).status).toBe(200);
      const sent = berichten([pupils.find((p) => shardOf(p) === 0)!, pupils.find((p) => shardOf(p) === 1)!]);
      for (const b of sent) expect((await vendor().post('/inschrijvingen', b)).status).toBe(201);
      const ids = sent.map((b) => b.bedrijfsdocument.identificatiecodeBedrijfsdocument);
      const pushed = () => receiver.pushed.filter((p) => ids.includes(p.inhoud.identificatiecodeBedrijfsdocument ?? ''));
      const deadline = Date.now() + 10_000;
      while (pushed().length < ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(pushed().map((p) => p.soort)).toEqual(['TERUGKOPPELING', 'TERUGKOPPELING']);
    } finally {
      await receiver.close();
    }
  });

  it('knows a person the operator added to the BRP stub on the main thread in the very next bericht (BRON-01)', async () => {
    const bsn = '900000004';
    const [b] = berichten([{ burgerservicenummer: bsn, geboortedatum: '2018-03-04' }]);
    const onbekend = await vendor().post('/inschrijvingen', b);
    expect(onbekend.status).toBe(400);
    expect(onbekend.body.foutmeldingen.map((f: { foutcode: string }) => f.foutcode)).toContain('BRON-01');
    const persoon = {
      burgerservicenummer: bsn,
      achternaam: 'Ketentester',
      voornamen: 'Femke',
      geboortedatum: '2018-03-04',
      geslacht: 'V',
      adres: { postcode: '3511AB', huisnummer: 5, woonplaats: 'Utrecht', gemeentecode: '0344' },
    };
    expect((await as('bron', OPERATOR).post('/_sim/brp-personen', [persoon])).status).toBe(201);
    const [opnieuw] = berichten([{ burgerservicenummer: bsn, geboortedatum: '2018-03-04' }]);
    expect((await vendor().post('/inschrijvingen', opnieuw)).status).toBe(201);
  });

  it('runs verwijderingen and resultaten in the pupil’s shard too: each sees what the inschrijving before it stored', async () => {
    const example = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', 'bron', file), 'utf8'));
    const nieuwId = <T extends { bedrijfsdocument: object }>(b: T): T => ({
      ...b,
      bedrijfsdocument: { ...b.bedrijfsdocument, identificatiecodeBedrijfsdocument: randomUUID() },
    });
    expect((await vendor().post('/inschrijvingen', nieuwId(example('inschrijving.json')))).status).toBe(201);
    expect((await vendor().post('/verwijderingen', nieuwId(example('verwijdering.json')))).status).toBe(200);
    // Removed (BRON-04): under the same volgnummer it is a new inschrijving, not a change of the old one.
    expect((await vendor().post('/inschrijvingen', nieuwId(example('inschrijving-groep8.json')))).status).toBe(201);
    expect((await vendor().post('/resultaten', nieuwId(example('resultaat-schooladvies.json')))).status).toBe(201);
  });
});

describe('BRON_SHARDS in one thread (SIM_THREADS=1)', () => {
  it('starts no shards: the four services stay in this thread, as before', async () => {
    const chain = await startTestChain({ SIM_DATE: VANDAAG, BRON_SHARDS: '2' });
    try {
      expect(threadNames().filter((n) => n.startsWith('bron-shard-'))).toEqual([]);
      const { school, pupils } = fixtureSchoolAndPupils(VANDAAG);
      const [b] = inschrijvingenMaker(school, VANDAAG, 'een')(pupils.slice(0, 1));
      const res = await callerFor(chain.services.bron.url, clientTls(school.vendorOin)).post('/inschrijvingen', b);
      expect(res.status).toBe(201);
    } finally {
      await chain.close();
    }
  }, 60_000);
});
