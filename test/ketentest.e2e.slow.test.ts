// The ketentest on the real chain, through the CLI: the reference LAS passes every case, the sloppy
// LAS fails exactly the cases and checks named in SLORDIG, a vendor without traffic passes nothing,
// and a second start replaces the first.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadConsoleConfig, startConsole } from '@duo-sim/console';
import { leesRun, SLORDIG } from '@duo-sim/ketentest';
import { silentLogger } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { REPO_ROOT } from '@duo-sim/test-support';

const run = promisify(execFile);
const CLI = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');
const PLAZA = '00000099100000010000';
const KWARTET = '00000099100000020000';
const ZANDLOPER = '00000099100000030000';

interface Uit {
  code: number;
  stdout: string;
  stderr: string;
}

/** "KT-07 GEZAKT" lines of the text report: code -> verdict. */
function oordelen(stdout: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const m of stdout.matchAll(/^ {2}((?:KT|GEDRAG)-\d+)\s+(geslaagd|GEZAKT|NIET GEPROBEERD)\s/gm)) uit[m[1]] = m[2]!;
  return uit;
}

describe('ketentest', () => {
  let chain: TestChain;
  const sim = async (...args: string[]): Promise<Uit> => {
    try {
      const r = await run(process.execPath, [CLI, ...args], { env: { ...process.env, ...chain.env } });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const f = e as { code: number; stdout: string; stderr: string };
      return { code: f.code, stdout: f.stdout, stderr: f.stderr };
    }
  };
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 60_000);
  afterAll(() => chain.close());

  it('the reference LAS passes every case; the report exits 0 and writes valid JUnit XML and HTML', async () => {
    const start = await sim('ketentest', 'start', '--as', 'plaza');
    expect(start.code).toBe(0);
    expect(start.stdout).toContain('KT-01');
    const file = join(chain.dataDir, 'ketentest', `${PLAZA}.json`);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const las = await sim('las', '--as', 'plaza');
    expect(las.stderr).toBe('');
    expect(las.code).toBe(0);

    const junit = join(chain.dataDir, 'rapport.xml');
    const html = join(chain.dataDir, 'rapport.html');
    const rapport = await sim('ketentest', 'rapport', '--as', 'plaza', '--junit', junit, '--html', html);
    expect(rapport.stdout).not.toMatch(/GEZAKT|NIET GEPROBEERD/);
    expect(rapport.code).toBe(0);
    const gevallen = leesRun(chain.dataDir, PLAZA)!.gevallen;
    expect(Object.values(oordelen(rapport.stdout))).toHaveLength(gevallen.length + 4);

    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(parsed.testsuites).toMatchObject({ tests: String(gevallen.length + 4), failures: '0' });
    const testcases = parsed.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase);
    expect(testcases.map((t: { name: string }) => t.name.split(' ')[0])).toEqual([
      ...gevallen.map((g) => g.code),
      'GEDRAG-1',
      'GEDRAG-2',
      'GEDRAG-3',
      'GEDRAG-4',
    ]);
    expect(readFileSync(html, 'utf8')).toContain('<strong>Geslaagd</strong>');

    // The console shows the same report, through the same grader.
    const console = await startConsole(loadConsoleConfig({ ...chain.env, CONSOLE_PORT: '0' }), silentLogger());
    try {
      const lijst = await (await fetch(`${console.url}ketentest`)).text();
      expect(lijst).toContain(`href="/ketentest/${PLAZA}"`);
      const pagina = await fetch(`${console.url}ketentest/${PLAZA}`);
      expect(pagina.status).toBe(200);
      const tekst = await pagina.text();
      expect(tekst).toContain('<strong>Geslaagd</strong>');
      for (const g of gevallen) expect(tekst).toContain(`<td>${g.code}</td>`);
      expect((await fetch(`${console.url}ketentest/00000099100000099000`)).status).toBe(404);
    } finally {
      await console.close();
    }
  }, 120_000);

  it('the sloppy LAS fails exactly its named cases and checks; the report exits 1', async () => {
    expect((await sim('ketentest', 'start', '--as', 'kwartet')).code).toBe(0);
    const las = await sim('las', '--as', 'kwartet', '--slordig');
    expect(las.code).toBe(0);
    const junit = join(chain.dataDir, 'slordig.xml');
    const rapport = await sim('ketentest', 'rapport', '--as', 'kwartet', '--junit', junit);
    expect(rapport.code).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const failures = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).testsuites.failures;
    const gevallen = leesRun(chain.dataDir, KWARTET)!.gevallen;
    const gezakt = new Set(Object.keys(SLORDIG).map((naam) => gevallen.find((g) => g.soort === naam)?.code ?? naam));
    const verwacht = Object.fromEntries(
      [...gevallen.map((g) => g.code), 'GEDRAG-1', 'GEDRAG-2', 'GEDRAG-3', 'GEDRAG-4'].map((c) => [
        c,
        gezakt.has(c) ? 'GEZAKT' : 'geslaagd',
      ]),
    );
    // The ONDERHOUD case only exists once the storingen are there; its check GEDRAG-1 then fails too.
    if (!gevallen.some((g) => g.soort === 'ONDERHOUD')) verwacht['GEDRAG-1'] = 'geslaagd';
    expect(oordelen(rapport.stdout)).toEqual(verwacht);
    expect(Number(failures)).toBe(Object.values(verwacht).filter((v) => v === 'GEZAKT').length);
  }, 120_000);

  it('a vendor with no traffic: every case not attempted, exit 1', async () => {
    expect((await sim('ketentest', 'start', '--as', 'zandloper')).code).toBe(0);
    const rapport = await sim('ketentest', 'rapport', '--as', 'zandloper');
    expect(rapport.code).toBe(1);
    const o = oordelen(rapport.stdout);
    expect(Object.values(o).every((v) => v === 'NIET GEPROBEERD')).toBe(true);
    expect(Object.keys(o)).toHaveLength(leesRun(chain.dataDir, ZANDLOPER)!.gevallen.length + 4);
    expect(rapport.stdout).toContain('NIET GESLAAGD');
  }, 60_000);

  it('a second start replaces the first with fresh cases and says so', async () => {
    const eerste = leesRun(chain.dataDir, ZANDLOPER)!;
    const tweede = await sim('ketentest', 'start', '--as', 'zandloper');
    expect(tweede.code).toBe(0);
    expect(tweede.stdout).toContain(`De vorige ketentest ${eerste.id}`);
    const nu = leesRun(chain.dataDir, ZANDLOPER)!;
    expect(nu.id).not.toBe(eerste.id);
    // The first run's faults ended with it; the new run's are set.
    const storingen = (await sim('storing', 'lijst', 'bron')).stdout;
    for (const id of eerste.storingen) expect(storingen).not.toContain(id);
    for (const id of nu.storingen) expect(storingen).toContain(id);
    expect(nu.gevallen.map((g) => g.leerling?.burgerservicenummer)).not.toEqual(
      eerste.gevallen.map((g) => g.leerling?.burgerservicenummer),
    );
  }, 60_000);

  it('refuses a party that is no vendor, and a report without a start', async () => {
    const gemeente = await sim('ketentest', 'start', '--as', 'Gemeente Utrecht');
    expect(gemeente.code).toBe(2);
    expect(gemeente.stderr).toContain('is geen leverancier');
    rmSync(join(chain.dataDir, 'ketentest', `${ZANDLOPER}.json`), { force: true });
    const zonder = await sim('ketentest', 'rapport', '--as', 'zandloper');
    expect(zonder.code).toBe(2);
    expect(zonder.stderr).toContain('heeft geen ketentest; start er een met: npm run sim -- ketentest start');
  }, 30_000);
});
