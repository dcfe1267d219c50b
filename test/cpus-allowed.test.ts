// Jest's workers and a container's CPU quota (test-support/cpus-allowed.cjs, jest.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS helper the Jest configs load
const { cpusAllowed, QUOTA_READER } = require('../test-support/cpus-allowed.cjs') as {
  cpusAllowed: (quota?: number, cores?: number) => number | undefined;
  QUOTA_READER: string;
};

describe("Jest's workers follow a container's CPU quota", () => {
  it('allows no more CPUs than the quota, nor than the cores; no quota, no limit', () => {
    expect(cpusAllowed(2, 64)).toBe(2);
    expect(cpusAllowed(8, 2)).toBe(2);
    expect(cpusAllowed(undefined, 64)).toBeUndefined();
  });

  it("reads the quota with npm start's own reader (its build)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- what the helper loads
    expect(typeof (require(QUOTA_READER) as { cgroupQuotaCpus: unknown }).cgroupQuotaCpus).toBe('function');
  });
});
