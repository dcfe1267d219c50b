// `sim ontvanger` (docs/vendor-guide.md §9) as a vendor runs it beside the chain: BRON pushes a
// terugkoppeling to it, over plain http or, with --https, over TLS with DUO's client certificate,
// which the receiver checks against the simulator's CA and names.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { callerFor, CLI_PATH, clientTls, NEGATIVE, REPO_ROOT, runSim } from '@duo-sim/test-support';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { DUO_OIN } from '@duo-sim/shared';

const PLAZA = '00000099100000010000';
const INSCHRIJVING = join(REPO_ROOT, 'docs', 'examples', 'bron', 'inschrijving.json');

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/** `sim ontvanger ...args` running; resolves once it listens, with all it printed so far and later. */
async function ontvanger(chain: TestChain, args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [CLI_PATH, 'ontvanger', ...args], {
    env: { ...process.env, ...chain.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const end = Date.now() + 10_000;
  while (!out.includes('luistert op')) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`ontvanger started not: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    output: () => out,
    async until(text: string) {
      const deadline = Date.now() + 10_000;
      while (!out.includes(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return out;
    },
    stop: () =>
      new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM')))),
  };
}

/** A POST to the receiver with `tls`'s client certificate (none: undefined); resolves the status or the error code. */
function postTo(port: number, tls: { cert?: string; key?: string; ca: string }): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/duo', method: 'POST', ...tls }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    req.end('{}');
  });
}

describe('sim ontvanger: a vendor’s afleveradres on this machine', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28', BRON_PUSH_BASIS_MS: '50' });
  });
  afterAll(() => chain.close());

  async function registreer(url: string) {
    const osr = callerFor(chain.services.osr.url, clientTls(PLAZA));
    const mandaten = await osr.get('/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO');
    expect((await osr.put(`/api/v1/endpoints/${mandaten.body.mandaten[0].token as string}`, { url })).status).toBe(200);
  }

  it('--https: receives the terugkoppeling BRON pushes, and names DUO from its client certificate', async () => {
    const port = await freePort();
    const rx = await ontvanger(chain, [String(port), '--https']);
    try {
      expect(rx.output()).toContain(`ontvanger luistert op https://127.0.0.1:${port}/`);
      await registreer(`https://127.0.0.1:${port}/duo`);
      const res = await runSim(['call', '--as', 'plaza', 'POST', '/inschrijvingen', INSCHRIJVING], chain.env);
      expect(res.stdout).toMatch(/^HTTP 201/);
      const out = await rx.until('"TERUGKOPPELING"');
      expect(out).toContain(`POST /duo van Dienst Uitvoering Onderwijs (${DUO_OIN})`);
      expect(out).toContain('"mutatie": "TOEGEVOEGD"');
    } finally {
      await rx.stop();
    }
  }, 30_000);

  it('--https: refuses a caller without a client certificate, or with one of another CA', async () => {
    const port = await freePort();
    const rx = await ontvanger(chain, [String(port), '--https']);
    try {
      const ca = clientTls(PLAZA).ca;
      expect(await postTo(port, { ca })).not.toBe(204);
      expect(await postTo(port, { ...clientTls(NEGATIVE.foreign.oin), ca })).not.toBe(204);
      // A party of the simulator's CA is let in, and named.
      expect(await postTo(port, clientTls(PLAZA))).toBe(204);
      expect(await rx.until('van Leerling Plaza B.V.')).toContain(`van Leerling Plaza B.V. (${PLAZA})`);
      expect(rx.output().match(/POST \/duo/g)).toHaveLength(1);
    } finally {
      await rx.stop();
    }
  });

  it('without --https: plain http on 127.0.0.1, no caller named', async () => {
    const port = await freePort();
    const rx = await ontvanger(chain, [String(port)]);
    try {
      expect(rx.output()).toContain(`ontvanger luistert op http://127.0.0.1:${port}/`);
      const status = await fetch(`http://127.0.0.1:${port}/duo`, { method: 'POST', body: '{"berichtId":7}' }).then(
        (r) => r.status,
      );
      expect(status).toBe(204);
      const out = await rx.until('"berichtId": 7');
      expect(out).toMatch(/POST \/duo\n\{\n {2}"berichtId": 7\n\}/);
    } finally {
      await rx.stop();
    }
  });

  it('refuses a port that is no port, or one in use, in Dutch', async () => {
    expect(await runSim(['ontvanger', '70000'], chain.env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('geef een poort'),
    });
    const inUse = new URL(chain.services.rio.url).port;
    expect(await runSim(['ontvanger', inUse], chain.env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`poort ${inUse} is al in gebruik`),
    });
  });
});
