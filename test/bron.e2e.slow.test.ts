// The BRON walk-through of the README, end to end: the real chain on ephemeral ports, driven by
// the CLI with the example files, and a vendor's receiver getting every bericht by push.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { callerFor, clientTls, type Receiver, REPO_ROOT, startReceiver } from '@duo-sim/test-support';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');
const EXAMPLES = join(REPO_ROOT, 'docs', 'examples', 'bron');
const PLAZA = '00000099100000010000';

describe('BRON walk-through (README): identify, enrol, change groep, uitschrijven, read every terugkoppeling', () => {
  let chain: TestChain;
  let receiver: Receiver<{ berichtId: number; soort: string }>;
  let pushed: Array<{ berichtId: number; soort: string }>;
  const sim = async (...args: string[]) => {
    const res = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ...chain.env } }).catch(
      (e: { stdout: string }) => e,
    );
    const out = res.stdout;
    const [first, ...rest] = out.split('\n');
    return { status: Number(/^HTTP (\d+)/.exec(first ?? '')?.[1]), body: JSON.parse(rest.join('\n')) };
  };

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28', BRON_PUSH_BASIS_MS: '50' });
    receiver = await startReceiver();
    pushed = receiver.pushed;
  });
  afterAll(async () => {
    await receiver.close();
    await chain.close();
  });

  it('runs the walk-through with the example files', async () => {
    // Each CLI call is a node process of its own: the walk-through takes several seconds.
    // The vendor registers its afleveradres in OSR with its mandate token.
    const mandaten = await sim('call', '--as', 'plaza', 'GET', '/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO');
    const token = mandaten.body.mandaten[0].token;
    const url = receiver.url;
    const vendor = callerFor(chain.services.osr.url, clientTls(PLAZA));
    expect((await vendor.put(`/api/v1/endpoints/${token}`, { url })).status).toBe(200);

    const id = await sim('call', '--as', 'plaza', 'POST', '/identificaties', join(EXAMPLES, 'identificatie.json'), '--nieuw-id');
    expect(id).toMatchObject({
      status: 200,
      body: { resultaat: 'GEIDENTIFICEERD', leerling: { burgerservicenummer: '802533048' } },
    });

    const nieuw = await sim(
      'call',
      '--as',
      'plaza',
      'POST',
      '/identificaties',
      join(EXAMPLES, 'identificatie-zonder-pgn.json'),
      '--nieuw-id',
    );
    expect(nieuw.body.resultaat).toBe('ONDERWIJSNUMMER_TOEGEKEND');

    const enrolled = await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(EXAMPLES, 'inschrijving.json'));
    expect(enrolled).toMatchObject({ status: 201, body: { terugkoppeling: { mutatie: 'TOEGEVOEGD' } } });
    // The same file again is a replay (EK-06): the same answer, nothing new.
    const replay = await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(EXAMPLES, 'inschrijving.json'));
    expect(replay).toEqual(enrolled);

    const groep8 = await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(EXAMPLES, 'inschrijving-groep8.json'));
    expect(groep8).toMatchObject({ status: 200, body: { terugkoppeling: { mutatie: 'GEWIJZIGD' } } });
    const uit = await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(EXAMPLES, 'uitschrijving.json'));
    expect(uit).toMatchObject({ status: 200, body: { terugkoppeling: { mutatie: 'UITGESCHREVEN' } } });

    const box = await sim('call', '--as', 'plaza', 'GET', '/scholen/11AA/berichten');
    expect(
      box.body.berichten.map((b: { soort: string; inhoud: { terugkoppeling?: { mutatie: string } } }) =>
        `${b.soort} ${b.inhoud.terugkoppeling?.mutatie ?? ''}`.trim(),
      ),
    ).toEqual([
      'TERUGKOPPELING TOEGEVOEGD',
      'TERUGKOPPELING GEWIJZIGD',
      'TERUGKOPPELING UITGESCHREVEN',
      // Uitgeschreven before 1 February 2027: no longer counted for it (BEK-02, BEK-09).
      'BEKOSTIGINGSMELDING',
    ]);
    const next = await sim('call', '--as', 'plaza', 'GET', `/scholen/11AA/berichten?na=${box.body.volgende}`);
    expect(next.body).toEqual({ berichten: [], volgende: box.body.volgende });

    const overzicht = await sim('call', '--as', 'plaza', 'GET', '/scholen/11AA/inschrijvingen?peildatum=2026-11-28');
    expect(overzicht.body.inschrijvingen).toHaveLength(1);

    // Every bericht also reached the vendor's receiver.
    const deadline = Date.now() + 5_000;
    while (pushed.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(pushed.map((p) => p.berichtId).sort()).toEqual(box.body.berichten.map((b: { berichtId: number }) => b.berichtId));
  }, 30_000);

  it('refuses another vendor the mailbox of 11AA (EK-07)', async () => {
    const res = await sim('call', '--as', 'kwartet', 'GET', '/scholen/11AA/berichten');
    expect(res.status).toBe(403);
    expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
  });
});
