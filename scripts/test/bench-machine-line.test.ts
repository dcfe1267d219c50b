// The bench's machine line (scripts/src/bench/report.ts), above every recorded run in bench/RESULTS.md.
import { cpus } from 'node:os';
import { machineLine } from '../src/bench/report';

describe("the bench's machine line", () => {
  it("names the cores, and a container's CPU quota when there is one", () => {
    expect(machineLine(undefined)).toContain(`× ${cpus().length}, `);
    expect(machineLine(undefined)).not.toContain('quota');
    expect(machineLine(2)).toContain(`× ${cpus().length} (CPU quota 2), `);
  });
});
