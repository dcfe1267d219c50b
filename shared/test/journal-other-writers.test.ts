// Journal.takeInOtherWrites (journal.ts): BRON's fronts write the journal through connections of
// their own; a long-poll waiting on the main thread's journal wakes once it is told.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, openDatabase, type NewJournalEntry } from '../src';

const entry: NewJournalEntry = {
  vandaag: '2026-11-28',
  partij: '00000099000000010000',
  namens: null,
  operatie: 'POST /inschrijvingen',
  status: 201,
  foutcodes: [],
  duurMs: 1,
  identificatiecodeBedrijfsdocument: null,
  verzoek: null,
  antwoord: null,
};

test('a long-poll wakes for entries another connection wrote, once told', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'journal-'));
  const [hier, daar] = [openDatabase(join(dir, 'bron.sqlite')), openDatabase(join(dir, 'bron.sqlite'))];
  try {
    const hoofd = createJournal(hier);
    const front = createJournal(daar);
    const na = hoofd.lastSeq();
    let gewekt = false;
    const wacht = hoofd.waitFor(na, 60_000).then(() => (gewekt = true));
    front.record(entry);
    front.flush();
    await new Promise((r) => setImmediate(r));
    expect(gewekt).toBe(false);
    hoofd.takeInOtherWrites();
    await wacht;
    expect(hoofd.lastSeq()).toBe(front.lastSeq());
    expect(hoofd.list({ na }).map((e) => e.operatie)).toEqual(['POST /inschrijvingen']);
  } finally {
    hier.close();
    daar.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
