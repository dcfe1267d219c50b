// A pupil moves from school A (11AA, vendor Leerling Plaza) to school B (11AB, vendor Kwartet) on the
// real chain, driven by the CLI with the README's example files: B asks the inschrijvingsstatus,
// enrols the pupil, A hears of it and uitschrijft, B hears of that; the overlap in between is a
// dubbele inschrijving that is reported and then resolved. Every mailbox holds exactly what it should.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { REPO_ROOT } from '@duo-sim/test-support';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');
const DIR = join(REPO_ROOT, 'docs', 'examples', 'bron', 'verhuizing');

describe('a pupil moves between schools with different vendors (INFO-03, INFO-06, BRON-14)', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  });
  afterAll(() => chain.close());
  const sim = async (...args: string[]) => {
    const res = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ...chain.env } }).catch(
      (e: { stdout: string }) => e,
    );
    const out = res.stdout;
    return { status: Number(/^HTTP (\d+)/.exec(out)?.[1]), body: JSON.parse(out.slice(out.indexOf('\n'))) };
  };
  const mailbox = async (as: string, brin: string) => {
    const res = await sim('call', '--as', as, 'GET', `/scholen/${brin}/berichten`);
    return res.body.berichten.map((b: { soort: string; inhoud: { status?: string; redenen?: string[] } }) =>
      b.soort === 'DUBBELE_INSCHRIJVING'
        ? `${b.soort} ${b.inhoud.status}`
        : b.soort === 'BEKOSTIGINGSMELDING'
          ? `${b.soort} ${b.inhoud.status} ${b.inhoud.redenen!.join(',')}`.trim()
          : b.soort,
    );
  };

  it('runs the move with the example files', async () => {
    expect((await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(DIR, '1-inschrijving-11AA.json'))).status).toBe(
      201,
    );

    const status = await sim(
      'call',
      '--as',
      'kwartet',
      'POST',
      '/informatiediensten/inschrijvingsstatus',
      join(DIR, '2-inschrijvingsstatus-11AB.json'),
    );
    expect(status).toMatchObject({
      status: 200,
      body: {
        actueleInschrijving: { brin: '11AA', naam: 'OBS De Vlinderboom', vestigingscode: '11AA00', inschrijfdatum: '2025-08-01' },
        laatsteUitschrijving: null,
      },
    });

    expect((await sim('call', '--as', 'kwartet', 'POST', '/inschrijvingen', join(DIR, '3-inschrijving-11AB.json'))).status).toBe(
      201,
    );
    // BEK-04: while the overlap lasts, school A's funding for 1 February 2027 is on hold.
    expect(await mailbox('plaza', '11AA')).toEqual([
      'TERUGKOPPELING',
      'KENNISGEVING_INSCHRIJVING',
      'DUBBELE_INSCHRIJVING ONTSTAAN',
      'BEKOSTIGINGSMELDING NIET_BEKOSTIGD DUBBELE_INSCHRIJVING',
    ]);

    expect((await sim('call', '--as', 'plaza', 'POST', '/inschrijvingen', join(DIR, '4-uitschrijving-11AA.json'))).status).toBe(
      200,
    );
    // A no longer has her on 1 February; B does, and is funded once the overlap is resolved (BEK-02, BEK-09).
    expect(await mailbox('plaza', '11AA')).toEqual([
      'TERUGKOPPELING',
      'KENNISGEVING_INSCHRIJVING',
      'DUBBELE_INSCHRIJVING ONTSTAAN',
      'BEKOSTIGINGSMELDING NIET_BEKOSTIGD DUBBELE_INSCHRIJVING',
      'TERUGKOPPELING',
      'DUBBELE_INSCHRIJVING OPGELOST',
      'BEKOSTIGINGSMELDING NIET_BEKOSTIGD NIET_INGESCHREVEN_OP_TELDATUM',
    ]);
    expect(await mailbox('kwartet', '11AB')).toEqual([
      'TERUGKOPPELING',
      'DUBBELE_INSCHRIJVING ONTSTAAN',
      'KENNISGEVING_UITSCHRIJVING',
      'DUBBELE_INSCHRIJVING OPGELOST',
      'BEKOSTIGINGSMELDING BEKOSTIGD',
    ]);

    const after = await sim(
      'call',
      '--as',
      'kwartet',
      'POST',
      '/informatiediensten/inschrijvingsstatus',
      join(DIR, '2-inschrijvingsstatus-11AB.json'),
      '--nieuw-id',
    );
    expect(after.body.laatsteUitschrijving).toEqual({
      brin: '11AA',
      naam: 'OBS De Vlinderboom',
      inschrijfdatum: '2025-08-01',
      uitschrijfdatum: '2026-11-30',
    });
  }, 30_000);
});
