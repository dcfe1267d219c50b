// When malloc_trim runs (shared/src/malloc-trim.ts): after a server's open connections fall to a
// quarter of a peak of at least 100, once per fall; never for a normal keep-alive load.
import { connectionClosed, connectionOpened, NO_CONNECTIONS, type ConnectionCount } from '../src/malloc-trim';

function open(c: ConnectionCount, n: number): ConnectionCount {
  for (let i = 0; i < n; i++) c = connectionOpened(c);
  return c;
}

/** Closes `n` connections; the counts after which a trim was asked for (open connections then). */
function close(c: ConnectionCount, n: number): { count: ConnectionCount; trimsAt: number[] } {
  const trimsAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const next = connectionClosed(c);
    c = next.count;
    if (next.trim) trimsAt.push(c.open);
  }
  return { count: c, trimsAt };
}

describe('the trim after connections fall', () => {
  it('asks once when 1,000 connections fall to a quarter, and again when the rest go', () => {
    const { count, trimsAt } = close(open(NO_CONNECTIONS, 1_000), 1_000);
    expect(trimsAt).toEqual([250, 62]);
    // The 62 left are under the policy's peak: their going asks for nothing more.
    expect(count).toEqual({ open: 0, peak: 62 });
  });

  it('does not ask for a normal keep-alive load coming and going (a peak under 100)', () => {
    let c: ConnectionCount = NO_CONNECTIONS;
    const trims: number[] = [];
    for (let round = 0; round < 10; round++) {
      const r = close(open(c, 99), 99);
      c = r.count;
      trims.push(...r.trimsAt);
    }
    expect(trims).toEqual([]);
  });

  it('does not ask while most of the peak is still open', () => {
    const { trimsAt, count } = close(open(NO_CONNECTIONS, 400), 299);
    expect(trimsAt).toEqual([]);
    expect(count).toEqual({ open: 101, peak: 400 });
    expect(connectionClosed(count).trim).toBe(true);
  });

  it('never counts below zero', () => {
    expect(connectionClosed(NO_CONNECTIONS).count).toEqual({ open: 0, peak: 0 });
  });
});
