// `npm start` runs the services in threads (scripts/src/lib/threaded-chain.ts): BRON on the main
// thread, OSR in a worker (with RIO and verzuim when there are 2 threads, alone with 4). BRON keeps
// OSR's answers while OSR's change signal, a cell on a SharedArrayBuffer, stays put; this proves on
// the real threaded chain that a change made in OSR's thread counts for the very next bericht in
// BRON's thread (docs/architecture.md#peer-answers-cached-in-one-process-never-stale).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callerFor, clientTls, REPO_ROOT, type Caller } from '@duo-sim/test-support';
import { startTestThreadedChain, threadNames, type TestThreadedChain } from '@duo-sim/test-support/chain';

const PLAZA = '00000099100000010000';
const OPERATOR = '00000099000000010000';
const DOMSTAD = '00000099200000010000';
const SCHOOL_11AA = '0000000700011AA00000';
const VANDAAG = '2026-11-28';
const example = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', file), 'utf8'));

describe.each([2, 4] as const)(
  'the chain in %i threads: a change in one thread counts for the very next request in another',
  (threads) => {
    let chain: TestThreadedChain;
    let bron: Caller;
    let osrAs: (oin: string) => Caller;
    const inschrijving = example('bron/inschrijving.json');
    const send = (groep: number) =>
      bron.post('/inschrijvingen', {
        bedrijfsdocument: { ...inschrijving.bedrijfsdocument, identificatiecodeBedrijfsdocument: randomUUID() },
        inschrijving: {
          ...inschrijving.inschrijving,
          periodes: [{ begindatum: inschrijving.inschrijving.inschrijfdatum, groep }],
        },
      });
    /** How often BRON asked OSR for mandates, from OSR's journal (read over HTTP: OSR is in another thread; a short run, so 1,000 entries hold it all). */
    const mandateQuestions = async () => {
      const journal = await osrAs(OPERATOR).get<{ regels: Array<{ operatie: string }> }>('/_sim/journal?limiet=1000');
      return journal.body.regels.filter((r) => r.operatie.startsWith('GET /api/v1/mandates')).length;
    };

    beforeAll(async () => {
      chain = await startTestThreadedChain(threads, { SIM_DATE: VANDAAG });
      bron = callerFor(chain.urls.bron, clientTls(PLAZA));
      osrAs = (oin) => callerFor(chain.urls.osr, clientTls(oin));
    }, 60_000);
    afterAll(async () => {
      await chain?.close();
    });

    it('names each service thread after its services, so top -H and the threads bench tell them apart', () => {
      // The chain runs in this process: its worker threads are among this process's tasks.
      const named = threadNames().filter((n) => /^(rio|osr|verzuim)(\+(rio|osr|verzuim))*$/.test(n));
      expect(named.flatMap((n) => n.split('+')).sort()).toEqual(['osr', 'rio', 'verzuim']);
    });

    it('keeps OSR’s answer in BRON’s thread while nothing changes in OSR’s', async () => {
      expect((await send(7)).status).toBe(201);
      const asked = await mandateQuestions();
      expect(asked).toBeGreaterThan(0);
      expect((await send(8)).status).toBe(200);
      expect(await mandateQuestions()).toBe(asked);
    });

    it('asks OSR again on the very next bericht after OSR’s clock was set', async () => {
      expect((await send(7)).status).toBe(200); // cache warm
      const asked = await mandateQuestions();
      expect((await osrAs(OPERATOR).put('/_sim/clock', { vandaag: VANDAAG })).status).toBe(200);
      expect((await send(8)).status).toBe(200);
      expect(await mandateQuestions()).toBe(asked + 1);
    });

    it('refuses the very next bericht after the bestuur ended the mandate in OSR’s thread (EK-07, OSR-03)', async () => {
      expect((await send(7)).status).toBe(200); // cache warm
      const mandaten = await osrAs(PLAZA).get(`/api/v1/mandates?school_oin=${SCHOOL_11AA}&service=ROD_PO`);
      const id = mandaten.body.mandaten[0].id as string;
      expect((await osrAs(DOMSTAD).patch(`/api/v1/mandates/${id}`, { end_date: VANDAAG })).status).toBe(200);
      const res = await send(8);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
    });
  },
);
