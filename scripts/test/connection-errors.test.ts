// The CLI's words for a refused certificate (connection-errors.ts) name Dutch calendar days: an
// instant late in the UTC evening is already the next day in the Netherlands.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pkiPaths, readRevoked } from '@duo-sim/shared';
import { NEGATIVE, testPkiDir } from '@duo-sim/test-support';
import { certificateProblem } from '../src/lib/connection-errors';

describe('certificateProblem of a revoked certificate', () => {
  const pki = mkdtempSync(join(tmpdir(), 'connection-errors-'));
  cpSync(testPkiDir(), pki, { recursive: true });
  const { revoked } = pkiPaths(pki);
  const entries = readRevoked(revoked);
  const revokedAt = (ingetrokkenOp: string) =>
    writeFileSync(
      revoked,
      JSON.stringify({ ingetrokken: entries.map((e) => (e.oin === NEGATIVE.revoked.oin ? { ...e, ingetrokkenOp } : e)) }),
    );
  afterAll(() => rmSync(pki, { recursive: true, force: true }));

  it.each([
    ['23:30 UTC in winter (00:30 in Amsterdam)', '2026-12-02T23:30:00.000Z', '2026-12-03'],
    ['22:30 UTC in summer (00:30 in Amsterdam)', '2026-07-01T22:30:00.000Z', '2026-07-02'],
    ['midday', '2026-12-02T12:00:00.000Z', '2026-12-02'],
  ])('names the Dutch day it was revoked at %s', (_when, instant, day) => {
    revokedAt(instant);
    expect(certificateProblem(pki, NEGATIVE.revoked.oin)).toContain(`is ingetrokken op ${day};`);
  });

  it('says onbekend for an entry salvaged from an unreadable revoked.json', () => {
    revokedAt('onbekend');
    expect(certificateProblem(pki, NEGATIVE.revoked.oin)).toContain('is ingetrokken op onbekend;');
  });
});
