// The caller's identity (EK-01) is the TLS client certificate, and nothing a client sends can choose
// another: not a header, not the in-process identity of the tests. The in-process path
// (@duo-sim/test-support's serveInProcess) lets route tests skip TLS; these tests prove it opens no
// door on a server that speaks TLS, and that production code never injects an identity.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Router } from 'express';
import { createServiceApp, partijOf, type CommonDeps } from '@duo-sim/shared';
import { OPERATOR, PLAZA, REPO_ROOT, serveInProcess, serveOverMtls, testCommonDeps, testIdentity } from '@duo-sim/test-support';

/** Headers a proxy or a hopeful client might use to name a party. */
const FORGED = {
  'x-oin': OPERATOR,
  'x-client-oin': OPERATOR,
  'x-partij': OPERATOR,
  'x-ssl-client-s-dn': `serialNumber=${OPERATOR}`,
  'x-forwarded-client-cert': `Subject="serialNumber=${OPERATOR}"`,
  'ssl-client-cert': OPERATOR,
  forwarded: `for=${OPERATOR}`,
};

function buildApp(identify?: CommonDeps['identify']) {
  const { db: _db, identify: _testIdentity, ...deps } = testCommonDeps();
  const routes = Router();
  // Says who the app took the caller for.
  routes.get('/wie', (_req, res) => {
    res.json({ oin: partijOf(res) });
  });
  return createServiceApp(identify ? { ...deps, identify } : deps, {
    service: 'proef',
    title: 'Proefdienst',
    description: 'test',
    versie: '0.0.1',
    operations: [{ method: 'get', path: '/wie', summary: 'wie', wie: 'iedereen' }],
    routes,
    reset: () => undefined,
  });
}

describe('identity (EK-01): only the certificate names the caller', () => {
  it.each([
    ['the production default', undefined],
    ["the tests' in-process identity", testIdentity],
  ])(
    'over mTLS with %s, headers naming the operator change nothing: the caller stays the vendor',
    async (_label, identify) => {
      const served = await serveOverMtls(buildApp(identify));
      try {
        const wie = await served.as(PLAZA).request('GET', '/wie', { headers: FORGED });
        expect([wie.status, wie.body]).toEqual([200, { oin: PLAZA }]);
        const clock = await served.as(PLAZA).request('GET', '/_sim/clock', { headers: FORGED });
        expect([clock.status, clock.body.foutmeldingen[0].foutcode]).toEqual([403, 'AUT401']);
        expect((await served.as(OPERATOR).get('/_sim/clock')).status).toBe(200);
      } finally {
        await served.close();
      }
    },
    30_000,
  );

  it('without TLS the production default knows no caller, whatever the headers say (401 EK0030)', async () => {
    const served = serveInProcess(buildApp());
    try {
      const res = await served.as(PLAZA).request('GET', '/wie', { headers: FORGED });
      expect([res.status, res.body.foutmeldingen[0].foutcode]).toEqual([401, 'EK0030']);
    } finally {
      await served.close();
    }
  });

  it('in-process, the caller is the party of the socket, not a header; a caller without one gets 401 EK0030', async () => {
    const served = serveInProcess(buildApp(testIdentity));
    try {
      const wie = await served.as(PLAZA).request('GET', '/wie', { headers: FORGED });
      expect([wie.status, wie.body]).toEqual([200, { oin: PLAZA }]);
      const anonymous = await served.anonymous().request('GET', '/wie', { headers: FORGED });
      expect([anonymous.status, anonymous.body.foutmeldingen[0].foutcode]).toEqual([401, 'EK0030']);
    } finally {
      await served.close();
    }
  });

  it('no production source injects an identity: every server uses the certificate', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
        return path.endsWith('.ts') ? [path] : [];
      });
    const roots = ['shared/src', 'services', 'scripts/src', 'console/src'].map((r) => join(REPO_ROOT, r));
    const files = roots
      .flatMap(sources)
      .filter((f) => !f.includes(`${sep}test${sep}`) && !f.endsWith(join('http', 'identity.ts')));
    expect(files.length).toBeGreaterThan(50);
    const injecting = files.filter((f) => /\bidentify\??\s*:|testIdentity|test-support/.test(readFileSync(f, 'utf8')));
    // service-app.ts declares the option and passes it on; nothing else may set it, but for BRON's
    // fronts' relay (fronts.ts, passed in server.ts): the caller a front took from its TLS connection,
    // believed only on the relay's own loopback connections with its random token, else the
    // certificate (services/bron/test/fronts.test.ts, "the relay").
    expect(injecting.map((f) => f.slice(REPO_ROOT.length + 1)).sort()).toEqual([
      'services/bron/src/fronts.ts',
      'services/bron/src/server.ts',
      'shared/src/http/service-app.ts',
    ]);
  });
});
