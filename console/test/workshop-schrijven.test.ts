// workshop.json is written by the teacher's controls, by the progress the console keeps, and by
// `sim workshop link` from another process: no write undoes another one.
import { readWorkshop, updateWorkshop, type Workshop } from '@duo-sim/shared';
import { rmSync } from 'node:fs';
import request from 'supertest';
import type { ConsoleEntry, JournalFeed } from '../src/feed';
import { klasstand } from '../src/workshop/klas';
import { startConsoleUnderTest, type ConsoleUnderTest } from './support/console-under-test';
import { maakWorkshopWereld, type WorkshopWereld } from './support/workshop-world';

describe('writing the workshop', () => {
  let w: WorkshopWereld;
  beforeEach(() => {
    w = maakWorkshopWereld();
  });
  afterEach(() => rmSync(w.dataDir, { recursive: true, force: true }));

  it('opens one opdracht per click of the teacher, also when the clicks arrive together', async () => {
    const t: ConsoleUnderTest = startConsoleUnderTest({ workshop: { bron: w.bron, alleenMetWorkshop: true } });
    try {
      // A form body is read after the request's workshop copy was taken: four clicks share that copy.
      const klik = () =>
        request(t.console.app).post('/docent/volgende').set('cookie', `duo_sim_workshop=${w.docent}`).type('form').send('x=1');
      const antwoorden = await Promise.all([klik(), klik(), klik(), klik()]);
      expect(antwoorden.map((a) => a.status)).toEqual([303, 303, 303, 303]);
      expect(readWorkshop(w.file)!.geopend).toBe(5);
    } finally {
      await t.close();
    }
  });

  it('keeps a new link made by the CLI when it stores the progress from an older copy', () => {
    const oud = (w.bron.stand() as { workshop: Workshop }).workshop;
    const a = w.deelnemers[0];
    // `sim workshop link 2` writes after the console read the workshop.
    updateWorkshop(w.file, (nu) => ({
      ...nu,
      deelnemers: nu.deelnemers.map((d) => (d.nummer === 2 ? { ...d, tokenHash: 'f'.repeat(64) } : d)),
    }));
    const inschrijving = {
      service: 'bron',
      seq: 1,
      vandaag: '2026-11-28',
      partij: a.oin,
      operatie: 'POST /inschrijvingen',
      status: 201,
      verzoek: { inschrijving: { leerling: { burgerservicenummer: a.leerlingen[0].bsn } } },
    } as unknown as ConsoleEntry;
    const feed = { window: () => [inschrijving] } as unknown as JournalFeed;
    const stand = klasstand(w.bron, feed, oud);
    expect(stand.behaald[a.oin]).toEqual(['inschrijven']);
    const nu = readWorkshop(w.file)!;
    expect(nu.behaald?.[a.oin]).toEqual(['inschrijven']);
    expect(nu.deelnemers[1].tokenHash).toBe('f'.repeat(64));
  });
});
