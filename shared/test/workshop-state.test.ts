// workshop.json has two writers that run side by side, the console and `sim workshop`: a change made
// by one is never undone by the other, the file is always whole and 0600, and nothing is left behind.
// The writers here are separate processes on the built module (`npm test` runs `tsc -b` first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readWorkshop, updateWorkshop, writeWorkshop, type Workshop } from '../src';

const run = promisify(execFile);
const BUILT_STATE = resolve(__dirname, '..', 'dist', 'workshop', 'state.js');

const leeg: Workshop = {
  naam: 'Testklas',
  gemaakt: '2026-12-01T10:00:00Z',
  opdrachten: 'workshops/standaard.json',
  geopend: 1,
  docentTokenHash: 'a'.repeat(64),
  deelnemers: [],
  behaald: {},
};

/** A writer process: from `startAt` on, `count` changes that each add one mark of its own. */
const WRITER = `
const { updateWorkshop } = require(process.argv[1]);
const [file, wie, count, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt));
for (let i = 0; i < Number(count); i++)
  updateWorkshop(file, (w) => ({ ...w, behaald: { ...w.behaald, [wie]: [...(w.behaald[wie] ?? []), String(i)] } }));
`;

describe('workshop.json with several writers', () => {
  it('keeps every change of four processes writing at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-workshop-state-'));
    const file = join(dir, 'workshop.json');
    writeWorkshop(file, leeg);
    const startAt = Date.now() + 1_500;
    const writers = ['p1', 'p2', 'p3', 'p4'].map((wie) =>
      run(process.execPath, ['-e', WRITER, BUILT_STATE, file, wie, '60', String(startAt)]),
    );
    await Promise.all(writers);
    const w = readWorkshop(file)!;
    for (const wie of ['p1', 'p2', 'p3', 'p4'])
      expect({ wie, marks: w.behaald![wie] }).toEqual({ wie, marks: Array.from({ length: 60 }, (_, i) => String(i)) });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['workshop.json']);
  }, 30_000);

  it('changes the file as it is now, not the copy the caller read before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-workshop-state-'));
    const file = join(dir, 'workshop.json');
    writeWorkshop(file, leeg);
    const oud = readWorkshop(file)!;
    // Another writer (`sim workshop link docent`) replaces the teacher's token meanwhile.
    updateWorkshop(file, (w) => ({ ...w, docentTokenHash: 'b'.repeat(64) }));
    updateWorkshop(file, (w) => ({ ...w, geopend: w.geopend + 1 }));
    expect(readWorkshop(file)).toEqual({ ...oud, geopend: 2, docentTokenHash: 'b'.repeat(64) });
  });

  it('writes nothing when there is no workshop or the change is none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-workshop-state-'));
    const file = join(dir, 'workshop.json');
    expect(updateWorkshop(file, (w) => w)).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    writeWorkshop(file, leeg);
    const before = statSync(file).mtimeMs;
    expect(updateWorkshop(file, () => undefined)).toEqual(leeg);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('removes a lock left by a process that died more than 10 seconds ago, and makes the change (docs/workshop.md)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duo-workshop-state-'));
    const file = join(dir, 'workshop.json');
    writeWorkshop(file, leeg);
    // A console killed while it held the lock: its lock file stays, last touched 11 s ago.
    const lock = `${file}.lock`;
    writeFileSync(lock, '999999\n');
    const elfSecondenGeleden = (Date.now() - 11_000) / 1000;
    utimesSync(lock, elfSecondenGeleden, elfSecondenGeleden);
    updateWorkshop(file, (w) => ({ ...w, geopend: w.geopend + 1 }));
    expect(readWorkshop(file)?.geopend).toBe(2);
    expect(readdirSync(dir)).toEqual(['workshop.json']);
  });
});
