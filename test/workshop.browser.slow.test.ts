// Workshop mode in a real browser (Debian's Chromium via playwright-core) on the real chain, with
// the teacher and three participants each in a browser context of their own: participant 1 enrols
// a pupil, the pupil moves to participant 2's school, participant 1 reads the kennisgeving and
// writes her out; participant 2 sees the kennisgeving uitschrijving on its page; the teacher's
// scoreboard shows both exercises done, live; participant 3 sees none of it.
import { loadConsoleConfig, startConsole, type RunningConsole } from '@duo-sim/console';
import { readWorkshop, silentLogger, workshopFile, type Deelnemer } from '@duo-sim/shared';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { ensureConsoleBundle, launchChromium } from '@duo-sim/test-support/browser';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { REPO_ROOT } from '@duo-sim/test-support';

jest.setTimeout(180_000);
const run = promisify(execFile);
const VANDAAG = '2026-11-28';

function inschrijving(
  d: Deelnemer,
  bsn: string,
  geboortedatum: string,
  extra: Record<string, unknown> = {},
  vanaf = '2026-11-23',
) {
  const s = d.scholen[0];
  const leeftijd =
    Number(VANDAAG.slice(0, 4)) - Number(geboortedatum.slice(0, 4)) - (VANDAAG.slice(5) < geboortedatum.slice(5) ? 1 : 0);
  return {
    bedrijfsdocument: {
      identificatiecodeBedrijfsdocument: randomUUID(),
      verzendendeInstantie: s.school_oin,
      ontvangendeInstantie: '00000001800866472000',
      datumTijdBedrijfsdocument: `${VANDAAG}T09:00:00Z`,
    },
    inschrijving: {
      leerling: { burgerservicenummer: bsn },
      inschrijvingsvolgnummer: `W-${d.nummer}`,
      vestigingscode: s.vestigingscode,
      onderwijsaanbiedercode: s.onderwijsaanbiedercode,
      onderwijslocatiecode: s.onderwijslocatiecode,
      soortOnderwijs: 'BAO',
      inschrijfdatum: vanaf,
      periodes: [{ begindatum: vanaf, groep: Math.min(8, Math.max(1, leeftijd - 3)) }],
      ...extra,
    },
  };
}

describe('a workshop in the browser', () => {
  let chain: TestChain;
  let running: RunningConsole;
  let browser: Browser;
  let docent: Page;
  let p: Page[];
  let d: Deelnemer[];

  beforeAll(async () => {
    ensureConsoleBundle();
    chain = await startTestChain({ SIM_DATE: VANDAAG });
    const { stdout } = await run(
      process.execPath,
      [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'workshop', '--deelnemers', '3', '--adres', 'http://klas'],
      {
        env: { ...process.env, ...chain.env },
      },
    );
    const links = [...stdout.matchAll(/http:\/\/klas(\/toegang\/[A-Za-z0-9_-]{43})/g)].map((m) => m[1]);
    expect(links).toHaveLength(4); // three participants, then the teacher
    d = readWorkshop(workshopFile(chain.dataDir))!.deelnemers;
    running = await startConsole(loadConsoleConfig({ ...chain.env, CONSOLE_PORT: '0' }), silentLogger());
    browser = await launchChromium();
    const open = async (link: string) => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(new URL(link, running.url).toString());
      return page;
    };
    docent = await open(links[3]);
    p = [await open(links[0]), await open(links[1]), await open(links[2])];
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await chain?.close();
  });

  const url = (path: string) => new URL(path, running.url).toString();
  async function verstuur(page: Page, methode: string, pad: string, body?: unknown): Promise<string> {
    await page.goto(url('/deelnemer/verstuur'));
    await page.locator('#service').selectOption('bron');
    await page.locator('#methode').selectOption(methode);
    await page.locator('#pad').fill(pad);
    await page.locator('#tekst').fill(body === undefined ? '' : JSON.stringify(body, null, 2));
    await Promise.all([page.waitForURL(url('/deelnemer/verstuur')), page.getByRole('button', { name: 'Verstuur' }).click()]);
    return (await page.locator('#antwoord').innerText()).trim();
  }

  it('lands each person on its own page, without the token in the URL', async () => {
    expect(docent.url()).toBe(url('/docent'));
    await docent.locator('#scorebord').waitFor();
    for (const [i, page] of p.entries()) {
      expect(page.url()).toBe(url('/'));
      await page.getByText(`U bent de leverancier ${d[i].naam}`).waitFor();
    }
  });

  it("gives a participant its own help with ?, not the operator's page", async () => {
    const page = p[0];
    await page.goto(url('/'));
    await Promise.all([page.waitForURL(url('/deelnemer/hulp')), page.keyboard.press('?')]);
    await page.getByRole('heading', { name: 'Hulp', level: 1 }).waitFor();
    await page.getByText('Waar vind ik wat?').waitFor();
    // Its own menu still works from there.
    await Promise.all([page.waitForURL(url('/deelnemer/verstuur')), page.keyboard.press('2')]);
    await Promise.all([page.waitForURL(url('/deelnemer/hulp')), page.getByRole('link', { name: 'hulp', exact: true }).click()]);
  });

  it('moves a pupil from participant 1 to participant 2; both see it, the scoreboard too, participant 3 nothing', async () => {
    // The teacher opens the opdrachten up to "overnemen" for the whole class.
    for (let i = 0; i < 3; i++)
      await Promise.all([
        docent.waitForURL(url('/docent')),
        docent.getByRole('button', { name: 'Volgende opdracht openen' }).click(),
      ]);
    const pupil = d[0].leerlingen[2];

    expect(await verstuur(p[0], 'POST', '/inschrijvingen', inschrijving(d[0], pupil.bsn, pupil.geboortedatum))).toMatch(/201/);
    // She moves to participant 2's school per 1 December: participant 1's school gets a kennisgeving (INFO-03).
    const nieuw = inschrijving(d[1], pupil.bsn, pupil.geboortedatum, {}, '2026-12-01');
    expect(await verstuur(p[1], 'POST', '/inschrijvingen', nieuw)).toMatch(/201/);
    const brin1 = d[0].scholen[0].brin;
    expect(await verstuur(p[0], 'GET', `/scholen/${brin1}/berichten`)).toContain('KENNISGEVING_INSCHRIJVING');
    const uit = inschrijving(d[0], pupil.bsn, pupil.geboortedatum, {
      uitschrijfdatum: '2026-11-30',
      redenUitschrijving: 'ANDERE_SCHOOL',
    });
    expect(await verstuur(p[0], 'POST', '/inschrijvingen', uit)).toMatch(/200/);

    // Participant 2 sees the kennisgeving uitschrijving in its school's mailbox.
    const brin2 = d[1].scholen[0].brin;
    await p[1].goto(url(`/deelnemer/scholen/${brin2}`));
    await p[1].locator('.berichtenbus').getByText('KENNISGEVING_UITSCHRIJVING').first().waitFor();

    // The scoreboard, open all along, shows both exercises done without a reload.
    await docent.locator('tr[data-deelnemer="1"] td.klaar[data-opdracht="kennisgeving"]').waitFor({ timeout: 15_000 });
    await docent.locator('tr[data-deelnemer="2"] td.klaar[data-opdracht="overnemen"]').waitFor({ timeout: 15_000 });
    await p[0].goto(url('/'));
    await p[0].locator('li.opdracht.klaar[data-opdracht="kennisgeving"]').waitFor();

    // Participant 3: none of it on its page, and participant 1's school is not there for it.
    await p[2].goto(url('/'));
    const text = await p[2].locator('main').innerText();
    expect(text).not.toContain(pupil.bsn);
    expect(text).not.toContain(brin1);
    const vreemd = await p[2].goto(url(`/deelnemer/scholen/${brin1}`));
    expect(vreemd!.status()).toBe(404);
    const operator = await p[2].goto(url('/inspecteur'));
    expect(operator!.status()).toBe(404);
  });
});
