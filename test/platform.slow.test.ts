// The platform end to end (issue: one command starts the whole chain over mutual TLS).
import { DUO_OIN, pkiPaths, SERVICES } from '@duo-sim/shared';
import { readFileSync } from 'node:fs';
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { callerFor, clientTls, KWARTET, OPERATOR, PLAZA, REPO_ROOT } from '@duo-sim/test-support';
import { startChain } from '../scripts/src/lib/chain';
import { freshDataDir, startTestChain, type TestChain } from '@duo-sim/test-support/chain';

const run = promisify(execFile);
const cli = join(REPO_ROOT, 'scripts', 'dist', 'cli.js');

describe('the chain started in one process', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  });
  afterAll(() => chain.close().catch(() => undefined));

  it('answers /health on all four services to a vendor certificate', async () => {
    for (const service of SERVICES) {
      const res = await callerFor(chain.services[service].url, clientTls(PLAZA)).get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', service, vandaag: '2026-11-28' });
    }
  });

  it('refuses a caller without a certificate on every service', async () => {
    for (const service of SERVICES) {
      await expect(callerFor(chain.services[service].url, { ca: clientTls(DUO_OIN).ca }).get('/health')).rejects.toThrow();
    }
  });

  it('sets the date on all four services with `sim clock` and reports it with `sim status`', async () => {
    const set = await run(process.execPath, [cli, 'clock', '2027-02-01'], { env: { ...process.env, ...chain.env } });
    expect(set.stdout.match(/200 {2}\{"vandaag":"2027-02-01"\}/g)).toHaveLength(4);
    for (const service of SERVICES) {
      const res = await callerFor(chain.services[service].url, clientTls(PLAZA)).get('/health');
      expect(res.body.vandaag).toBe('2027-02-01');
    }
    const status = await run(process.execPath, [cli, 'status'], { env: { ...process.env, ...chain.env } });
    expect(status.stdout).toMatch(/verzuim +200 +\{"status":"ok","service":"verzuim"/);
  });

  it('calls an endpoint as a party named by part of its name with `sim call`', async () => {
    const res = await run(process.execPath, [cli, 'call', '--as', 'operator', 'GET', 'osr:/_sim/clock'], {
      env: { ...process.env, ...chain.env },
    });
    expect(res.stdout).toMatch(/^HTTP 200 {2}\(osr GET \/_sim\/clock\)/);
    expect(JSON.parse(res.stdout.slice(res.stdout.indexOf('\n')))).toEqual({ vandaag: '2027-02-01' });
  });

  it('keeps the clock in the world: a restart on the same data folder keeps the date, not SIM_DATE', async () => {
    await chain.stop();
    const restarted = await startChain({ ...chain.env, RIO_PORT: '0', OSR_PORT: '0', BRON_PORT: '0', VERZUIM_PORT: '0' });
    try {
      const res = await callerFor(restarted.services.rio.url, clientTls(OPERATOR)).get('/_sim/clock');
      expect(res.body.vandaag).toBe('2027-02-01');
    } finally {
      await restarted.close();
    }
  });
});

describe('certificates for negative tests (sim cert)', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain();
  });
  afterAll(() => chain.close());
  const env = () => ({ ...process.env, ...chain.env });
  const tlsOf = (oin: string) => {
    const pki = pkiPaths(join(chain.dataDir, 'pki'));
    return {
      ca: readFileSync(pki.caCert, 'utf8'),
      cert: readFileSync(pki.partyCert(oin), 'utf8'),
      key: readFileSync(pki.partyKey(oin), 'utf8'),
    };
  };

  it('issues a certificate for a new party that the services accept (EK-01)', async () => {
    await run(process.execPath, [cli, 'cert', 'issue', '--oin', '00000099777700010000', '--name', 'Nieuwe Leverancier'], {
      env: env(),
    });
    const res = await callerFor(chain.services.bron.url, tlsOf('00000099777700010000')).get('/health');
    expect(res.status).toBe(200);
  });

  it('issues an expired certificate that every service refuses in the handshake', async () => {
    const out = await run(
      process.execPath,
      [cli, 'cert', 'issue', '--oin', '00000099777700020000', '--name', 'Verlopen', '--expired'],
      { env: env() },
    );
    expect(out.stdout).toMatch(/\(expired\)/);
    await expect(callerFor(chain.services.osr.url, tlsOf('00000099777700020000')).get('/health')).rejects.toThrow();
  });

  it('issues a not-yet-valid certificate that every service refuses in the handshake', async () => {
    await run(
      process.execPath,
      [cli, 'cert', 'issue', '--oin', '00000099777700030000', '--name', 'Te Vroeg', '--not-yet-valid'],
      { env: env() },
    );
    await expect(callerFor(chain.services.rio.url, tlsOf('00000099777700030000')).get('/health')).rejects.toThrow();
  });

  it('revokes a certificate: the next request gets 401 EK0030 (EK-01)', async () => {
    const vendor = KWARTET;
    expect((await callerFor(chain.services.verzuim.url, tlsOf(vendor)).get('/health')).status).toBe(200);
    await run(process.execPath, [cli, 'cert', 'revoke', '--oin', vendor], { env: env() });
    await new Promise((r) => setTimeout(r, 300)); // the list is re-read at most every 250 ms
    const res = await callerFor(chain.services.verzuim.url, tlsOf(vendor)).get('/health');
    expect(res.status).toBe(401);
    expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
  });
});

describe('one service started alone', () => {
  it('starts alone on its own port and data folder (npm start -w services/rio)', async () => {
    const dataDir = freshDataDir();
    const child = spawn(process.execPath, [join(REPO_ROOT, 'services', 'rio', 'dist', 'server.js')], {
      env: { ...process.env, SIM_DATA_DIR: dataDir, RIO_PORT: '0', OSR_URL: 'https://localhost:1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /"url":"(https:\/\/localhost:\d+)"/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const res = await callerFor(url, clientTls(DUO_OIN)).get('/health');
      expect(res.status).toBe(200);
      expect(res.body.service).toBe('rio');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('stops at start-up with one message listing every bad setting', async () => {
    const result = await run(process.execPath, [join(REPO_ROOT, 'services', 'bron', 'dist', 'server.js')], {
      env: { ...process.env, BRON_PORT: 'negen', SIM_DATA_DIR: '/dev/null/data' },
    }).catch((err: { code: number; stderr: string }) => err);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toMatch(
      /Ongeldige configuratie:\n {2}- BRON_PORT=negen.*\n {2}- SIM_DATA_DIR=\/dev\/null\/data: map is niet schrijfbaar/,
    );
  });
});
