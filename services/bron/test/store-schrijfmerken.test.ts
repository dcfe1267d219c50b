// BRON's shards (src/shards.ts) write bron.sqlite from several threads. A bericht reads its pupil
// before it asks RIO and OSR and reads again in its commit only when versieVanLeerling moved, so a
// write in one thread must move the mark that a store in another thread reads.
import { createFixedClock, openDatabase } from '@duo-sim/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBronStore, schrijfmerkIndex, type BronStore } from '../src/store';
import { BSN, inschrijving } from './bron-world';

describe('the per-pupil write mark across two connections to one database', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bron-merken-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const twee = (schrijfmerken?: Int32Array): [BronStore, BronStore] => {
    const file = join(dir, 'bron.sqlite');
    const clock = createFixedClock('2026-11-01');
    const opties = schrijfmerken ? { schrijfmerken } : {};
    return [createBronStore(openDatabase(file), clock, opties), createBronStore(openDatabase(file), clock, opties)];
  };
  const schrijf = (store: BronStore, volgnummer: string) =>
    store.transaction(() =>
      store.slaInschrijvingOp('11AA', inschrijving({ inschrijvingsvolgnummer: volgnummer }), 'TOEGEVOEGD', {
        berichtId: null,
        afzender: 'test',
        vandaag: '2026-11-01',
      }),
    );

  it('moves in the other store when one writes for the pupil, with shared marks', () => {
    const [a, b] = twee(new Int32Array(new SharedArrayBuffer(4 * 64)));
    const gelezen = b.versieVanLeerling(BSN);
    schrijf(a, '1');
    expect(b.versieVanLeerling(BSN)).not.toBe(gelezen);
    expect(b.inschrijvingenVanLeerling(BSN)).toHaveLength(1);
  });

  it('stays put in the other store without them (why the shards share them)', () => {
    const [a, b] = twee();
    const gelezen = b.versieVanLeerling(BSN);
    schrijf(a, '1');
    expect(b.versieVanLeerling(BSN)).toBe(gelezen);
  });

  it('moves every mark on a reset, so no reading of any thread survives it', () => {
    const merken = new Int32Array(new SharedArrayBuffer(4 * 64));
    const [a, b] = twee(merken);
    const gelezen = b.versieVanLeerling(BSN);
    a.reset();
    expect(b.versieVanLeerling(BSN)).not.toBe(gelezen);
  });

  it('spreads PGNs over the cells', () => {
    const cells = new Set(Array.from({ length: 200 }, (_, i) => schrijfmerkIndex(String(100_000_000 + i * 7), 8)));
    expect(cells.size).toBe(8);
  });
});
