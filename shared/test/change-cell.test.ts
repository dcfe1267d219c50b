// A peer's change signal read from another thread (change-signal.ts, watchChangeCell): it moves when
// the writer bumps the shared cell, and at the real midnight, as the writer's own signal would.
import { createChangeSignal, createFixedClock, watchChangeCell, type ChangeCell } from '../src/index.js';

const cell = (): ChangeCell => ({ counters: new Int32Array(new SharedArrayBuffer(8)), index: 1 });

describe('watchChangeCell', () => {
  it('moves when the writer bumps the cell, and stays put otherwise', () => {
    const shared = cell();
    const writer = createChangeSignal(createFixedClock('2026-11-28'), shared);
    const reader = watchChangeCell(shared, () => new Date('2026-11-28T10:00:00Z'));
    const before = reader.version();
    expect(reader.version()).toBe(before);
    writer.bump();
    expect(reader.version()).not.toBe(before);
    expect(shared.counters[0]).toBe(0); // the writer's cell only
  });

  it('moves at midnight in the Netherlands without a write (answers "valid today" expire)', () => {
    let now = new Date('2026-11-28T22:58:00Z'); // 23:58 in Amsterdam
    const reader = watchChangeCell(cell(), () => now);
    const before = reader.version();
    now = new Date('2026-11-28T22:59:30Z');
    expect(reader.version()).toBe(before);
    now = new Date('2026-11-28T23:00:30Z'); // 00:00:30 on the 29th
    expect(reader.version()).not.toBe(before);
  });
});
