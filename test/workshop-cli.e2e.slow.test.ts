// `sim workshop` against a real chain: it prepares a class (a vendor with two schools and pupils per
// participant, join links whose tokens are kept only as hashes, a sheet with QR codes), lists it and
// stops it; bad input and a chain that is not running change nothing.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashWorkshopToken, readWorkshop, workshopFile, worldPartiesFile } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { runSim } from '@duo-sim/test-support';

describe('sim workshop', () => {
  let chain: TestChain;
  const sim = (args: string[], env: Record<string, string> = chain.env) => runSim(args, env);

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 60_000);
  afterAll(() => chain.close());

  it('refuses bad input and a chain that is not running, and makes nothing', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--deelnemers', '0'], /--deelnemers 0: geef een aantal deelnemers van 1 tot en met 60/],
      [['--deelnemers', 'veel'], /geef het aantal deelnemers/],
      [['--deelnemers'], /geef het aantal deelnemers/],
      // The seed world has 7 schools without a vendor switch or closure: room for 3 participants.
      [['--deelnemers', '4'], /4 deelnemers vragen 8 scholen zonder leverancierswissel of sluiting: De wereld heeft 7 scholen/],
      [['--deelnemers', '2', '--adres', 'ftp://x'], /--adres ftp:\/\/x: geef het adres van de console/],
      [['bestaat-niet'], /onbekende opdracht "workshop bestaat-niet"/],
    ];
    for (const [args, message] of cases) {
      const res = await sim(['workshop', ...args]);
      expect({ args, code: res.code, stderr: res.stderr }).toEqual({ args, code: 2, stderr: expect.stringMatching(message) });
    }
    const dead = { ...chain.env, OSR_URL: 'https://127.0.0.1:1', BRON_URL: 'https://127.0.0.1:1' };
    const down = await sim(['workshop', '--deelnemers', '2'], dead);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/De keten draait niet/);
    expect(existsSync(workshopFile(chain.dataDir))).toBe(false);
    expect(existsSync(worldPartiesFile(chain.dataDir))).toBe(false);
  }, 60_000);

  it('prepares three participants: vendor, two schools sharing gemeenten, four pupils, personal links; keeps only hashes', async () => {
    const html = join(chain.dataDir, 'blad.html');
    const res = await sim([
      'workshop',
      '--deelnemers',
      '3',
      '--naam',
      'Training ketenbeheer',
      '--adres',
      'http://10.0.0.5:9440',
      '--html',
      html,
    ]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const links = [...res.stdout.matchAll(/link {5}(http:\/\/10\.0\.0\.5:9440\/toegang\/([A-Za-z0-9_-]{43}))$/gm)];
    expect(links).toHaveLength(3);
    const docent = /Docent \(alleen voor u\): http:\/\/10\.0\.0\.5:9440\/toegang\/([A-Za-z0-9_-]{43})/.exec(res.stdout)![1];
    // First schools from the first half of the BRIN order, second from the second: neighbours share Utrecht.
    expect(res.stdout).toMatch(
      /Deelnemer 1: Training ketenbeheer deelnemer 1\n {2}OIN {6}\d{20}\n {2}scholen {2}11AA OBS De Vlinderboom, 12BB/,
    );
    expect(res.stdout).toMatch(/Deelnemer 2:[^\n]*\n[^\n]*\n {2}scholen {2}11AB [^,]+, 12BC/);

    const file = workshopFile(chain.dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    for (const [, , token] of links) expect(text).not.toContain(token);
    expect(text).not.toContain(docent);
    const w = readWorkshop(file)!;
    expect(w.docentTokenHash).toBe(hashWorkshopToken(docent));
    expect(w.deelnemers.map((d) => d.tokenHash)).toEqual(links.map(([, , t]) => hashWorkshopToken(t)));
    expect(w.deelnemers.every((d) => d.leerlingen.length === 4 && d.scholen.length === 2)).toBe(true);
    const bsns = w.deelnemers.flatMap((d) => d.leerlingen.map((l) => l.bsn));
    expect(new Set(bsns).size).toBe(12);

    const sheet = readFileSync(html, 'utf8');
    expect(statSync(html).mode & 0o777).toBe(0o600);
    expect(sheet.match(/<svg /g)).toHaveLength(3);
    for (const [link] of links) expect(sheet).toContain(link.replace(/^link {5}/, ''));

    const again = await sim(['workshop', '--deelnemers', '1']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Er is al een workshop \("Training ketenbeheer", 3 deelnemers\); stop die eerst/);
  }, 90_000);

  it('gives a participant a new link; the old one no longer matches', async () => {
    const before = readWorkshop(workshopFile(chain.dataDir))!;
    const res = await sim(['workshop', 'link', '2', '--adres', 'http://10.0.0.5:9440']);
    expect(res.code).toBe(0);
    const token = /Nieuwe link voor deelnemer 2 \([^)]+\): http:\/\/10\.0\.0\.5:9440\/toegang\/([A-Za-z0-9_-]{43})/.exec(
      res.stdout,
    )![1];
    const after = readWorkshop(workshopFile(chain.dataDir))!;
    expect(after.deelnemers[1].tokenHash).toBe(hashWorkshopToken(token));
    expect(after.deelnemers[1].tokenHash).not.toBe(before.deelnemers[1].tokenHash);
    expect(after.deelnemers[0]).toEqual(before.deelnemers[0]);
    expect(after.docentTokenHash).toBe(before.docentTokenHash);
    const bad = await sim(['workshop', 'link', '9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/workshop link 9: geef het nummer van een deelnemer \(1 tot en met 3\) of docent/);
  }, 60_000);

  it('lists the class without links, and stops it: vendors removed, file gone', async () => {
    const lijst = await sim(['workshop', 'lijst']);
    expect(lijst.stdout).toMatch(/Workshop "Training ketenbeheer" \(3 deelnemers, opdracht 1 geopend\)/);
    expect(lijst.stdout).not.toMatch(/toegang\//);
    const stop = await sim(['workshop', 'stop']);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/3 leveranciers verwijderd/);
    expect(existsSync(workshopFile(chain.dataDir))).toBe(false);
    expect((await sim(['leverancier', 'lijst'])).stdout).toContain('Deze wereld heeft geen eigen leveranciers');
  }, 60_000);
});
