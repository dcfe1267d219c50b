// docs/reliability.md: nothing acknowledged is lost. The chain runs in a child process under
// a load of inschrijvingen (8 in flight, a fresh bedrijfsdocument id each), is killed with SIGKILL
// mid-load, and restarted on the same data folder: every inschrijving answered 2xx is there
// exactly once, every answered exchange is in BRON's journal (a vendor's evidence), and resending
// its bericht returns the stored answer and stores nothing (EK-06).
import { rmSync } from 'node:fs';
import { freshDataDir } from '@duo-sim/test-support/chain';
import { childChain, enrollablePupils, type ChildChain } from './support/child-chain';
import { keepAliveCaller, mapLimited } from './support/client';
import { rowCounts } from './support/tables';
import { inschrijving, OIN, TODAY } from './support/world';

const IN_FLIGHT = 8;
/** Counted from the first acknowledgement: the chain's first answers wait for its caches (over a second on a busy machine). */
const KILL_AFTER_MS = 1_200;
const MAX_BERICHTEN = 250;

interface Sent {
  body: ReturnType<typeof inschrijving>;
  status: number;
  answer: unknown;
}

describe('SIGKILL mid-load (docs/reliability.md): every acknowledged bericht survives, once', () => {
  let dataDir: string;
  let chain: ChildChain;

  beforeAll(async () => {
    dataDir = freshDataDir();
    chain = await childChain(dataDir, { SIM_DATE: TODAY });
    await chain.start();
  }, 30_000);
  afterAll(async () => {
    await chain?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('holds every inschrijving answered 2xx exactly once after kill -9 and restart, and replays give the stored answer (EK-06)', async () => {
    const pupils = enrollablePupils().slice(0, MAX_BERICHTEN);
    expect(pupils.length).toBeGreaterThanOrEqual(100);
    const vendor = keepAliveCaller(chain.urls.bron, OIN.plaza, IN_FLIGHT);
    const acknowledged: Sent[] = [];
    let unanswered = 0;
    let killed = false;
    let killing: Promise<void> = Promise.resolve();
    // Kill a while after the first answer or once half the pupils are answered, whichever comes first: always mid-load.
    const kill = () => {
      if (killed) return;
      killed = true;
      killing = chain.kill();
    };
    let timer: NodeJS.Timeout | undefined;
    let sent = 0;
    await mapLimited(pupils, IN_FLIGHT, async (leerling) => {
      if (killed) return;
      sent++;
      const body = inschrijving(leerling, '1');
      const res = await vendor.request('POST', '/inschrijvingen', { body }).catch(() => null);
      if (!res) unanswered++;
      else if (res.status >= 200 && res.status < 300) {
        acknowledged.push({ body, status: res.status, answer: res.body });
        timer ??= setTimeout(kill, KILL_AFTER_MS);
      }
      if (acknowledged.length >= pupils.length / 2) kill();
    });
    clearTimeout(timer);
    kill();
    await killing;
    vendor.close();
    // The kill must land in the middle of the load: some answered, and the load was not finished.
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(sent).toBeLessThan(pupils.length);

    await chain.start();
    const after = keepAliveCaller(chain.urls.bron, OIN.plaza, IN_FLIGHT);
    try {
      const overzicht = await after.request('GET', `/scholen/11AA/inschrijvingen?peildatum=${TODAY}`);
      expect(overzicht.status).toBe(200);
      const keys = (
        overzicht.body.inschrijvingen as Array<{ leerling: { burgerservicenummer: string }; inschrijvingsvolgnummer: string }>
      ).map((i) => `${i.leerling.burgerservicenummer}/${i.inschrijvingsvolgnummer}`);
      // Nothing twice, acknowledged or not.
      expect(keys.length).toBe(new Set(keys).size);
      const stored = new Set(keys);
      const lost = acknowledged.filter((s) => !stored.has(`${s.body.inschrijving.leerling.burgerservicenummer}/1`));
      expect({
        acknowledged: acknowledged.length,
        lost: lost.map((s) => s.body.bedrijfsdocument.identificatiecodeBedrijfsdocument),
      }).toEqual({
        acknowledged: acknowledged.length,
        lost: [],
      });
      // At most the requests that were in flight at the kill may have been stored without an answer.
      expect(keys.length - acknowledged.length).toBeLessThanOrEqual(unanswered + IN_FLIGHT);

      // Every answered exchange is in the journal: the answer waited for its entry's commit.
      const journaled = await journaledBerichtIds(chain.urls.bron);
      const unjournaled = acknowledged
        .map((s) => s.body.bedrijfsdocument.identificatiecodeBedrijfsdocument)
        .filter((id) => !journaled.has(id));
      expect({ acknowledged: acknowledged.length, unjournaled }).toEqual({ acknowledged: acknowledged.length, unjournaled: [] });

      // EK-06 across the restart: the same bericht again is the same answer, and stores nothing.
      const before = rowCounts(dataDir);
      const replays = await mapLimited(acknowledged, IN_FLIGHT, (s) =>
        after.request('POST', '/inschrijvingen', { body: s.body }),
      );
      const differing = replays
        .map((r, i) => ({ r, s: acknowledged[i] }))
        .filter(({ r, s }) => r.status !== s.status || JSON.stringify(r.body) !== JSON.stringify(s.answer))
        .map(({ r, s }) => `${s.body.bedrijfsdocument.identificatiecodeBedrijfsdocument}: ${s.status} then ${r.status}`);
      expect(differing).toEqual([]);
      const afterReplay = rowCounts(dataDir);
      for (const [table, n] of Object.entries(before)) {
        // The replays are journaled (not counted) and change no register or mailbox.
        expect({ table, n: afterReplay[table] }).toEqual({ table, n });
      }
    } finally {
      after.close();
    }
  }, 60_000);
});

/** The bericht ids of every POST /inschrijvingen answered 2xx in the service's journal (read as the operator). */
async function journaledBerichtIds(url: string): Promise<Set<string>> {
  const operator = keepAliveCaller(url, OIN.operator, 1);
  const ids = new Set<string>();
  try {
    // Page until a short page: each read is itself journaled, so the journal never runs dry.
    for (let na = 0; ;) {
      const page = await operator.request('GET', `/_sim/journal?na=${na}&limiet=1000`);
      expect(page.status).toBe(200);
      const regels = page.body.regels as Array<{
        operatie: string;
        status: number;
        identificatiecodeBedrijfsdocument: string | null;
      }>;
      for (const r of regels)
        if (r.operatie === 'POST /inschrijvingen' && r.status < 300 && r.identificatiecodeBedrijfsdocument)
          ids.add(r.identificatiecodeBedrijfsdocument);
      if (regels.length < 1000) return ids;
      na = page.body.volgende as number;
    }
  } finally {
    operator.close();
  }
}
