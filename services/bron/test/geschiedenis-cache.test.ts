// A pupil's history kept per connection (src/geschiedenis-cache.ts): a read after the first one
// fetches only the rows added since, and what it returns is always what the table holds now, also
// after another connection's writes, a rolled-back write of its own and a reset.
import { createFixedClock, openDatabase } from '@duo-sim/shared';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGeschiedenisCache, type GeschiedenisBron, type HistorieRij } from '../src/geschiedenis-cache';
import { createBronStore, type BronStore } from '../src/store';
import { BSN, inschrijving } from './bron-world';

describe('the history cache', () => {
  const rij = (seq: number): HistorieRij => ({
    seq,
    brin: '11AA',
    volgnummer: String(seq),
    vandaag: '2026-11-01',
    inschrijving: null,
  });
  const bron = (tabel: HistorieRij[]) => {
    const gelezen: number[] = [];
    const b: GeschiedenisBron = {
      aantal: () => tabel.length,
      rijenVanaf: (_pgn, vanaf) => {
        const rijen = tabel.filter((r) => r.seq >= vanaf);
        gelezen.push(rijen.length);
        return rijen.map((r) => ({ ...r }));
      },
      inTransactie: () => false,
    };
    return { b, gelezen };
  };

  it('reads only the rows added since the last read', () => {
    const tabel = [rij(1), rij(2), rij(3)];
    const { b, gelezen } = bron(tabel);
    const cache = createGeschiedenisCache(b);
    expect(cache.rijen('p').map((r) => r.seq)).toEqual([1, 2, 3]);
    tabel.push(rij(7));
    expect(cache.rijen('p').map((r) => r.seq)).toEqual([1, 2, 3, 7]);
    expect(gelezen).toEqual([3, 1]);
  });

  it('reads everything again when rows went (a reset), even when as many came back', () => {
    const tabel = [rij(1), rij(2)];
    const { b } = bron(tabel);
    const cache = createGeschiedenisCache(b);
    cache.rijen('p');
    tabel.splice(0, 2, rij(3), rij(4));
    tabel.splice(0, 1);
    tabel.push(rij(5));
    expect(cache.rijen('p').map((r) => r.seq)).toEqual([4, 5]);
  });

  it('keeps at most its bound of pupils, least recently used out first', () => {
    const { b, gelezen } = bron([rij(1)]);
    const cache = createGeschiedenisCache(b, { leerlingen: 2, rijen: 100 });
    cache.rijen('a');
    cache.rijen('b');
    cache.rijen('a');
    cache.rijen('c'); // b goes
    gelezen.length = 0;
    cache.rijen('a');
    cache.rijen('b');
    expect(gelezen).toEqual([0, 1]);
  });

  it('gives frozen rows, so a caller cannot change what the next read gets', () => {
    const { b } = bron([{ ...rij(1), inschrijving: inschrijving({ inschrijvingsvolgnummer: '1' }) }]);
    const [r] = createGeschiedenisCache(b).rijen('p');
    expect(() => {
      (r.inschrijving as { inschrijfdatum: string }).inschrijfdatum = '2000-01-01';
    }).toThrow(TypeError);
  });
});

describe('the store reads a pupil as the table holds it, with the history cache', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bron-geschiedenis-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const twee = (): [BronStore, BronStore] => {
    const file = join(dir, 'bron.sqlite');
    const clock = createFixedClock('2026-11-01');
    return [createBronStore(openDatabase(file), clock), createBronStore(openDatabase(file), clock)];
  };
  const schrijf = (store: BronStore, volgnummer: string, inschrijfdatum = '2026-10-01') =>
    store.slaInschrijvingOp('11AA', inschrijving({ inschrijvingsvolgnummer: volgnummer, inschrijfdatum }), 'TOEGEVOEGD', {
      berichtId: null,
      afzender: 'test',
      vandaag: '2026-11-01',
    });
  const volgnummers = (store: BronStore) =>
    store.inschrijvingenVanLeerling(BSN).map((i) => i.inschrijving.inschrijvingsvolgnummer);

  it("sees the other connection's writes and removals, in the table's order", () => {
    const [a, b] = twee();
    a.transaction(() => schrijf(a, '1'));
    expect(volgnummers(b)).toEqual(['1']);
    a.transaction(() => schrijf(a, '2'));
    b.transaction(() => schrijf(b, '1', '2026-09-01'));
    expect(volgnummers(b)).toEqual(['1', '2']);
    expect(b.inschrijvingenVanLeerling(BSN)[0].inschrijving.inschrijfdatum).toBe('2026-09-01');
    a.transaction(() =>
      a.verwijderInschrijving('11AA', inschrijving({ inschrijvingsvolgnummer: '1' }), {
        berichtId: null,
        afzender: 'test',
        vandaag: '2026-11-01',
      }),
    );
    a.transaction(() => schrijf(a, '1'));
    expect(volgnummers(b)).toEqual(['2', '1']);
    expect(b.versiesVanLeerling(BSN).map((s) => [s.volgnummer, s.versies.length])).toEqual([
      ['1', 4],
      ['2', 1],
    ]);
  });

  it('forgets its own write when its transaction rolls back, though the next row takes the same seq', () => {
    const [a] = twee();
    a.transaction(() => schrijf(a, '1'));
    expect(() =>
      a.transaction(() => {
        schrijf(a, '2');
        expect(volgnummers(a)).toEqual(['1', '2']);
        throw new Error('terug');
      }),
    ).toThrow('terug');
    // No read in between: the rolled-back row's seq is taken again, and the count is the same.
    a.transaction(() => schrijf(a, '3'));
    expect(volgnummers(a)).toEqual(['1', '3']);
  });

  it("sees the other connection's reset", () => {
    const [a, b] = twee();
    a.transaction(() => schrijf(a, '1'));
    expect(volgnummers(b)).toEqual(['1']);
    a.reset();
    expect(volgnummers(b)).toEqual([]);
    a.transaction(() => schrijf(a, '5'));
    expect(volgnummers(b)).toEqual(['5']);
  });
});
