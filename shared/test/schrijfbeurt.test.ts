// The write turn of the threads that write one database file (db.ts, inSchrijfbeurt): a writer whose
// turn another thread holds waits until that thread's transaction has ended, and then runs at once.
import { Worker } from 'node:worker_threads';
import { deelSchrijfbeurt, inSchrijfbeurt, openDatabase } from '../src/index.js';

/** Takes the turn, signals that it has it, holds it a while (200 ms), writes 2 into cell 1 and lets go. */
const HOUDER = `
const { workerData } = require('node:worker_threads');
const { beurt, sein } = workerData;
while (Atomics.compareExchange(beurt, 0, 0, 1) !== 0) Atomics.wait(beurt, 0, 1);
Atomics.store(sein, 0, 1);
Atomics.notify(sein, 0);
Atomics.wait(sein, 1, 0, 200);
Atomics.store(sein, 1, 2);
Atomics.store(beurt, 0, 0);
Atomics.notify(beurt, 0, 1);
`;

describe('inSchrijfbeurt', () => {
  it("waits for another thread's turn to end before it writes", async () => {
    const beurt = new Int32Array(new SharedArrayBuffer(4));
    const sein = new Int32Array(new SharedArrayBuffer(8));
    const db = openDatabase(':memory:');
    deelSchrijfbeurt(db, beurt);
    const worker = new Worker(HOUDER, { eval: true, workerData: { beurt, sein } });
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    while (Atomics.load(sein, 0) !== 1) await new Promise((r) => setTimeout(r, 5));
    // The worker holds the turn, and writes 2 before it lets go: without the turn this would read 0.
    const gezien = inSchrijfbeurt(db, () => Atomics.load(sein, 1));
    expect(gezien).toBe(2);
    expect(Atomics.load(beurt, 0)).toBe(0); // given back
    await exited;
    db.close();
  });

  it('runs nested turns of one thread at once, and a connection without a turn as before', () => {
    const beurt = new Int32Array(new SharedArrayBuffer(4));
    const db = openDatabase(':memory:');
    deelSchrijfbeurt(db, beurt);
    expect(inSchrijfbeurt(db, () => inSchrijfbeurt(db, () => Atomics.load(beurt, 0)))).toBe(1);
    expect(Atomics.load(beurt, 0)).toBe(0);
    expect(inSchrijfbeurt(openDatabase(':memory:'), () => 'los')).toBe('los');
    db.close();
  });
});
