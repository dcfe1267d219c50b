// EK-01 revocation that fails closed (docs/security.md): each service keeps the revocations it has
// seen in its own database, so a broken or deleted revoked.json and a restart re-admit nothing, a
// broken list never turns into a 500, and `cert revoke` still works after the file broke.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { Router } from 'express';
import {
  createRevocationList,
  createServiceApp,
  openDatabase,
  pkiPaths,
  readRevoked,
  revokeCertificate,
  type Logger,
} from '@duo-sim/shared';
import { KWARTET, PLAZA, serveOverMtls, ZANDLOPER, testCommonDeps, testPkiDir } from '@duo-sim/test-support';

const [A, B, C] = [PLAZA, KWARTET, ZANDLOPER];

function fingerprintOf(pkiDir: string, oin: string): string {
  return new X509Certificate(readFileSync(pkiPaths(pkiDir).partyCert(oin))).fingerprint256;
}

function recordingLogger() {
  const warnings: string[] = [];
  const logger = { warn: (_o: unknown, msg: string) => warnings.push(msg), error: () => undefined } as unknown as Logger;
  return { logger, warnings };
}

describe('revocation list', () => {
  let dir: string;
  let pkiDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'duo-sim-revocation-'));
    pkiDir = join(dir, 'pki');
    cpSync(testPkiDir(), pkiDir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps refusing what it has seen when the file breaks, is deleted, or the service restarts', () => {
    const file = pkiPaths(pkiDir).revoked;
    const dbFile = join(dir, 'rio.sqlite');
    const db = openDatabase(dbFile);
    const { logger, warnings } = recordingLogger();
    const list = createRevocationList(file, { db, logger, checkEveryMs: 0 });
    const [a, b] = [fingerprintOf(pkiDir, A), fingerprintOf(pkiDir, B)];
    expect(list.isRevoked(a)).toBe(false);

    revokeCertificate(pkiDir, A);
    expect(list.isRevoked(a)).toBe(true);

    writeFileSync(file, '{"ingetrokken": [ {"oin": "x", ');
    for (let i = 0; i < 3; i++) expect(list.isRevoked(a)).toBe(true);
    expect(list.isRevoked(b)).toBe(false);
    // Logged once for this version of the file, not per request.
    expect(warnings).toEqual([expect.stringMatching(/onleesbaar/)]);

    // Valid JSON of the wrong shape is just as unreadable.
    writeFileSync(file, '{"ingetrokken": "niets"}');
    expect(list.isRevoked(a)).toBe(true);
    expect(warnings).toHaveLength(2);

    unlinkSync(file);
    expect(list.isRevoked(a)).toBe(true);
    db.close();

    // A restart on the same world, without the file.
    const reopened = openDatabase(dbFile);
    expect(createRevocationList(file, { db: reopened, checkEveryMs: 0 }).isRevoked(a)).toBe(true);
    reopened.close();
  });

  it('lets `cert revoke` revoke again after the file broke: the broken file kept aside, what it still showed carried over', () => {
    const file = pkiPaths(pkiDir).revoked;
    revokeCertificate(pkiDir, A);
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.slice(0, before.lastIndexOf('}')));
    const { entry, onleesbaarBewaard } = revokeCertificate(pkiDir, B);
    expect(entry.fingerprint256).toBe(fingerprintOf(pkiDir, B));
    expect(readFileSync(onleesbaarBewaard!, 'utf8')).toBe(before.slice(0, before.lastIndexOf('}')));
    const fingerprints = readRevoked(file).map((e) => e.fingerprint256);
    expect(fingerprints).toEqual(expect.arrayContaining([fingerprintOf(pkiDir, A), fingerprintOf(pkiDir, B)]));
    // A service that never saw the good file still refuses both.
    const list = createRevocationList(file, { db: openDatabase(':memory:'), checkEveryMs: 0 });
    expect([A, B, C].map((oin) => list.isRevoked(fingerprintOf(pkiDir, oin)))).toEqual([true, true, false]);
  });

  it('answers 401 EK0030, not 500, to a revoked certificate while the file is broken', async () => {
    const file = pkiPaths(pkiDir).revoked;
    const deps = testCommonDeps();
    const served = await serveOverMtls(
      createServiceApp(
        { ...deps, revocations: createRevocationList(file, { db: deps.db, checkEveryMs: 0 }) },
        {
          service: 'proef',
          title: 'proef',
          description: 'proef',
          versie: '0',
          operations: [],
          routes: Router(),
          reset: () => undefined,
        },
      ),
    );
    try {
      // The copy has the test PKI's certificates; only its revoked.json is changed here.
      const as = (oin: string) => served.as(oin);
      revokeCertificate(pkiDir, A);
      expect((await as(A).get('/health')).status).toBe(401);
      writeFileSync(file, 'geen json');
      const refused = await as(A).get('/health');
      expect(refused.status).toBe(401);
      expect(refused.body.foutmeldingen[0].foutcode).toBe('EK0030');
      expect((await as(B).get('/health')).status).toBe(200);
    } finally {
      await served.close();
    }
  });
});
