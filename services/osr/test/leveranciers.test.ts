// POST/DELETE /api/v1/leveranciers (OSR-07): the operator adds a vendor of your own to the world and
// removes it; a reset keeps it with its mandates. Bad input changes nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import {
  createWorldPartyRegistry,
  DEFAULT_FIXTURES_DIR,
  isOin,
  parsePushToegestaan,
  pkiPaths,
  readWorldParties,
  worldPartiesFile,
} from '@duo-sim/shared';
import { callerFor, serveOverMtls, type Served } from '@duo-sim/test-support';
import { testCommonDeps } from '@duo-sim/test-support';
import { fixtureParties, testPkiDir } from '@duo-sim/test-support';
import { createApp } from '../src/app';
import { createEigenLeveranciers } from '../src/eigen-leveranciers';
import { readOsrWorld, withEigenLeveranciers } from '../src/seed';
import { createOsrStore, type OsrStore } from '../src/store';
import { DOMSTAD, HEUVELRUG, OPERATOR, PLAZA, school, TODAY } from './osr-test-world';

// Each vendor gets a fresh RSA key and a PKCS#12 file: seconds, not milliseconds, on a busy machine.
jest.setTimeout(30_000);

interface World {
  served: Served;
  store: OsrStore;
  dataDir: string;
  pkiDir: string;
  close(): Promise<void>;
}

/** OSR as server.ts wires it, on a world folder of its own (a copy of the test PKI). */
async function startWorld(): Promise<World> {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-osr-leveranciers-'));
  const pkiDir = join(dataDir, 'pki');
  cpSync(testPkiDir(), pkiDir, { recursive: true });
  const partijenFile = worldPartiesFile(dataDir);
  const deps = { ...testCommonDeps(TODAY), parties: createWorldPartyRegistry(fixtureParties(), partijenFile) };
  const store = createOsrStore(deps.db);
  const app = createApp({
    ...deps,
    store,
    seed: () => withEigenLeveranciers(readOsrWorld(DEFAULT_FIXTURES_DIR, deps.schemas), readWorldParties(partijenFile).partijen),
    pushToegestaan: parsePushToegestaan(undefined).toegestaan,
    eigenLeveranciers: createEigenLeveranciers({ partijenFile, pkiDir }, { ...deps, store }),
  });
  const served = await serveOverMtls(app);
  return { served, store, dataDir, pkiDir, close: () => served.close() };
}

/** What a vendor of your own holds: its PEM files from the world's pki folder. */
function asVendor(w: World, oin: string) {
  const p = pkiPaths(w.pkiDir);
  return callerFor(w.served.url, {
    ca: readFileSync(p.caCert, 'utf8'),
    cert: readFileSync(p.partyCert(oin), 'utf8'),
    key: readFileSync(p.partyKey(oin), 'utf8'),
  });
}

/** Everything a new vendor could leave behind: files, parties, OSR rows. */
function snapshot(w: World) {
  return {
    files: readdirSync(join(w.pkiDir, 'parties')).sort(),
    partijen: existsSync(worldPartiesFile(w.dataDir)) ? readFileSync(worldPartiesFile(w.dataDir), 'utf8') : null,
    counts: w.store.counts(),
    leveranciers: ['00000099100010010000'].map((oin) => w.store.hasLeverancier(oin)),
  };
}

describe('vendors of your own (OSR-07)', () => {
  let w: World;
  beforeEach(async () => {
    w = await startWorld();
  });
  afterEach(() => w.close());

  const add = (body: unknown, as = OPERATOR) => w.served.as(as).post('/api/v1/leveranciers', body);

  it('adds a vendor: an OIN, PEM and PKCS#12 files, a party of the world, a supplier the besturen can mandate', async () => {
    const res = await add({ naam: 'Mijn LAS', scholen: ['11AA', '13CB'] });
    expect(res.status).toBe(201);
    const oin = res.body.oin as string;
    expect(isOin(oin) && oin.startsWith('000000991')).toBe(true);
    expect(res.body).toMatchObject({
      naam: 'Mijn LAS',
      sinds: TODAY,
      scholen: [
        { brin: '11AA', school_oin: school('11AA'), bestuur_oin: DOMSTAD },
        { brin: '13CB', school_oin: school('13CB'), bestuur_oin: HEUVELRUG },
      ],
    });
    const pfx = readFileSync(res.body.bestanden.pkcs12 as string);
    expect(() => createSecureContext({ pfx, passphrase: res.body.wachtwoord as string })).not.toThrow();
    // The very next request: the vendor is a party (it may write) and a supplier (it may be mandated).
    const mandate = await w.served
      .as(DOMSTAD)
      .post('/api/v1/mandates', { school_oin: school('11AA'), supplier_oin: oin, service: 'ROD_PO' });
    expect(mandate.status).toBe(201);
    const own = await asVendor(w, oin).get('/api/v1/mandates');
    expect(own.status).toBe(200);
    expect(own.body.mandaten).toEqual([expect.objectContaining({ token: mandate.body.token })]);
    // The password was given once: the journal has the answer without it.
    const journal = await w.served.as(OPERATOR).get('/_sim/journal?limiet=10');
    const entry = (journal.body.regels as Array<{ operatie: string; antwoord: unknown }>).find(
      (r) => r.operatie === 'POST /api/v1/leveranciers',
    );
    expect(JSON.stringify(entry)).not.toContain(res.body.wachtwoord);
    expect(readFileSync(worldPartiesFile(w.dataDir), 'utf8')).not.toContain(res.body.wachtwoord);
  });

  it('never gives an OIN twice, also after a vendor was removed', async () => {
    const first = await add({ naam: 'Eerste LAS', scholen: ['11AA'] });
    expect((await w.served.as(OPERATOR).request('DELETE', `/api/v1/leveranciers/${first.body.oin}`)).status).toBe(200);
    const second = await add({ naam: 'Tweede LAS', scholen: ['11AA'] });
    expect(second.body.oin).not.toBe(first.body.oin);
    expect(readWorldParties(worldPartiesFile(w.dataDir))).toMatchObject({ volgnummer: 2, partijen: [{ naam: 'Tweede LAS' }] });
  });

  it('keeps the vendor and its ROD_PO and VERZUIM mandates through a reset, with new tokens', async () => {
    const { body } = await add({ naam: 'Mijn LAS', scholen: ['11AA', '13CB'] });
    expect((await w.served.as(OPERATOR).post('/_sim/reset', {})).status).toBe(200);
    const own = await asVendor(w, body.oin as string).get('/api/v1/mandates');
    expect(
      (own.body.mandaten as Array<{ school_oin: string; service: string; start_date: string }>).map(
        (m) => `${m.school_oin} ${m.service} ${m.start_date}`,
      ),
    ).toEqual([
      `${school('11AA')} ROD_PO ${TODAY}`,
      `${school('11AA')} VERZUIM ${TODAY}`,
      `${school('13CB')} ROD_PO ${TODAY}`,
      `${school('13CB')} VERZUIM ${TODAY}`,
    ]);
  });

  it('refuses a name a party has, an unknown school, no schools or a school twice, and changes nothing', async () => {
    const before = snapshot(w);
    const taken = await add({ naam: ' leerling plaza b.v.', scholen: ['11AA'] });
    expect(taken.status).toBe(400);
    const takenCase = await add({ naam: 'LEERLING PLAZA B.V.', scholen: ['99ZZ', '11AA'] });
    expect(takenCase.status).toBe(400);
    expect(takenCase.body.foutmeldingen).toEqual([
      {
        foutcode: 'OSR-07',
        fouttekst:
          'Er is al een partij met de naam "LEERLING PLAZA B.V."; kies een naam die nog geen partij van de wereld heeft.',
        pointer: '/naam',
      },
      {
        foutcode: 'OSR-07',
        fouttekst: 'OSR kent geen school met BRIN 99ZZ; kies scholen uit GET /api/v1/schools.',
        pointer: '/scholen/0',
        sleutelgegevens: [{ sleutelnaam: 'brin', sleutelwaarde: '99ZZ' }],
      },
    ]);
    for (const body of [
      { naam: 'Mijn LAS', scholen: [] },
      { naam: 'Mijn LAS', scholen: ['11AA', '11AA'] },
      { naam: '', scholen: ['11AA'] },
    ]) {
      const res = await add(body);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(snapshot(w)).toEqual(before);
  });

  it('is the operator’s alone: a vendor or a bestuur gets 403 AUT401 and nothing changes', async () => {
    const before = snapshot(w);
    for (const as of [PLAZA, DOMSTAD]) {
      const res = await add({ naam: 'Mijn LAS', scholen: ['11AA'] }, as);
      expect(res.status).toBe(403);
      expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
      expect((await w.served.as(as).request('DELETE', '/api/v1/leveranciers/00000099100010010000')).status).toBe(403);
    }
    expect(snapshot(w)).toEqual(before);
  });

  it('removes only a vendor of your own: its certificate is revoked, it is no party any more', async () => {
    const { body } = await add({ naam: 'Mijn LAS', scholen: ['11AA'] });
    expect((await w.served.as(OPERATOR).request('DELETE', `/api/v1/leveranciers/${PLAZA}`)).status).toBe(404);
    const res = await w.served.as(OPERATOR).request('DELETE', `/api/v1/leveranciers/${body.oin}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      oin: body.oin,
      naam: 'Mijn LAS',
      ingetrokken: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    });
    expect(readFileSync(pkiPaths(w.pkiDir).revoked, 'utf8')).toContain(res.body.ingetrokken);
    expect(readWorldParties(worldPartiesFile(w.dataDir)).partijen).toEqual([]);
  });
});
