// The console started from its configuration sees what is added to the world while it runs: a vendor
// made by `sim leverancier nieuw` (data/partijen.json) and a workshop made by `sim workshop`
// (data/workshop.json), without a restart. The services are not running here: neither needs them.
import {
  eigenLeverancierOin,
  hashWorkshopToken,
  newWorkshopToken,
  silentLogger,
  workshopFile,
  worldPartiesFile,
  writeWorkshop,
  writeWorldParties,
} from '@duo-sim/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConsoleConfig } from '../src/config';
import { startConsole, type RunningConsole } from '../src/start';

const NERGENS = 'https://127.0.0.1:1';

describe('the running console and a world that grows', () => {
  let dataDir: string;
  let running: RunningConsole;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'duo-console-wereld-'));
    const env = {
      SIM_DATA_DIR: dataDir,
      CONSOLE_PORT: '0',
      RIO_URL: NERGENS,
      OSR_URL: NERGENS,
      BRON_URL: NERGENS,
      VERZUIM_URL: NERGENS,
    };
    running = await startConsole(loadConsoleConfig(env), silentLogger());
  });
  afterEach(async () => {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const tekst = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(new URL(path, running.url), { headers, redirect: 'manual' });
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  };

  it('names a vendor added after it started', async () => {
    expect((await tekst('/inspecteur')).text).not.toContain('Lesrooster Later BV');
    writeWorldParties(worldPartiesFile(dataDir), {
      volgnummer: 1,
      partijen: [
        { oin: eigenLeverancierOin(1), naam: 'Lesrooster Later BV', rol: 'leverancier', scholen: ['11AA'], sinds: '2026-11-28' },
      ],
    });
    let gezien = '';
    const einde = Date.now() + 5_000;
    while (!gezien.includes('Lesrooster Later BV') && Date.now() < einde) {
      await new Promise((r) => setTimeout(r, 50));
      gezien = (await tekst('/inspecteur')).text;
    }
    expect(gezien).toContain('Lesrooster Later BV');
  });

  it('opens a workshop made after it started, and only with a link', async () => {
    expect((await tekst('/inspecteur')).status).toBe(200);
    const docent = newWorkshopToken();
    writeWorkshop(workshopFile(dataDir), {
      naam: 'Later',
      gemaakt: '2026-12-01T10:00:00Z',
      opdrachten: 'workshops/standaard.json',
      geopend: 1,
      docentTokenHash: hashWorkshopToken(docent),
      deelnemers: [],
    });
    expect((await tekst('/inspecteur')).status).toBe(403);
    const toegang = await tekst(`/toegang/${docent}`);
    expect({ status: toegang.status, location: toegang.location }).toEqual({ status: 303, location: '/docent' });
  });
});
