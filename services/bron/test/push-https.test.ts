// Push to an https afleveradres (docs/services/bron.md): BRON presents DUO's client certificate and
// trusts the receiver's certificate when a public CA, the simulator's CA or a CA of
// NODE_EXTRA_CA_CERTS issued it.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCa,
  createFixedClock,
  createJournal,
  DUO_OIN,
  issueServerCertificate,
  oinOfCertificate,
  openDatabase,
  pkiPaths,
} from '@duo-sim/shared';
import { testPkiDir } from '@duo-sim/test-support';
import { createPusher } from '../src/push';
import { loadConfig } from '../src/config';
import { createBronStore } from '../src/store';
import { pusherNaar } from './bron-world';

const PUSH = { maxPogingen: 3, basisMs: 20, maxDuurMs: 60_000, timeoutMs: 2_000 };

/** A receiver at https://localhost with `material` as its certificate; the OIN of each caller's client certificate. */
async function httpsReceiver(material: { key: string; cert: string }) {
  const callers: Array<string | null> = [];
  const server: Server = createServer({ ...material, requestCert: true, rejectUnauthorized: false }, (req, res) => {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    callers.push(peer.raw ? oinOfCertificate(peer.raw) : null);
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `https://localhost:${(server.address() as AddressInfo).port}/duo`,
    callers,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** One bericht for 11AA pushed to `url`; resolves the fout of the first try (null: delivered). */
async function pushOneTo(url: string, config: typeof PUSH & { extraCaFile?: string }) {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'bron-push-https-')), 'bron.sqlite'));
  const clock = createFixedClock('2026-11-28');
  const store = createBronStore(db, clock);
  const journal = createJournal(db);
  store.transaction(() => store.plaatsBericht('11AA', 'SIGNAAL', { tekst: 'via https' }));
  const pusher = createPusher({ ...pusherNaar(url), store, journal, clock, config });
  try {
    const end = Date.now() + 10_000;
    for (;;) {
      const tries = journal.list({ limiet: 10 }).filter((e) => e.operatie === `PUSH POST ${url}`);
      if (tries.length > 0) return (tries[0].antwoord as { fout?: string } | null)?.fout ?? null;
      if (Date.now() > end) throw new Error('no push try within 10 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await pusher.stop();
    db.close();
  }
}

describe('push to an https afleveradres', () => {
  const simulator = () => {
    const p = pkiPaths(testPkiDir());
    return { key: readFileSync(p.serverKey, 'utf8'), cert: readFileSync(p.serverCert, 'utf8') };
  };

  it("trusts a certificate of the simulator's CA and presents DUO's client certificate", async () => {
    const rx = await httpsReceiver(simulator());
    try {
      expect(await pushOneTo(rx.url, PUSH)).toBeNull();
      expect(rx.callers).toEqual([DUO_OIN]);
    } finally {
      await rx.close();
    }
  });

  describe('a receiver whose certificate another CA issued (a vendor’s own test CA)', () => {
    let eigen: { key: string; cert: string };
    let caFile: string;
    beforeAll(async () => {
      const ca = await createCa('Test-CA van een leverancier');
      eigen = await issueServerCertificate(ca);
      caFile = join(mkdtempSync(join(tmpdir(), 'bron-push-ca-')), 'extra-ca.pem');
      writeFileSync(caFile, ca.cert);
    });

    it('is not trusted by default: ONBEREIKBAAR, and the receiver got nothing', async () => {
      const rx = await httpsReceiver(eigen);
      try {
        expect(await pushOneTo(rx.url, PUSH)).toBe('ONBEREIKBAAR');
        expect(rx.callers).toEqual([]);
      } finally {
        await rx.close();
      }
    });

    it('is trusted when NODE_EXTRA_CA_CERTS names its CA, as for any Node tool', async () => {
      const rx = await httpsReceiver(eigen);
      try {
        const config = loadConfig({ ...process.env, NODE_EXTRA_CA_CERTS: caFile }).push;
        expect(config.extraCaFile).toBe(caFile);
        expect(await pushOneTo(rx.url, { ...PUSH, extraCaFile: config.extraCaFile })).toBeNull();
        expect(rx.callers).toEqual([DUO_OIN]);
      } finally {
        await rx.close();
      }
    });
  });

  it("an unreadable NODE_EXTRA_CA_CERTS costs only its own CAs: the simulator's still delivers", async () => {
    const rx = await httpsReceiver(simulator());
    try {
      expect(await pushOneTo(rx.url, { ...PUSH, extraCaFile: join(tmpdir(), 'bestaat-niet', 'ca.pem') })).toBeNull();
    } finally {
      await rx.close();
    }
  });
});
