// The standard opdrachten against the real chain: a participant's vendor does what docs/workshop.md
// gives as the answer, and the goal (console/src/workshop/doelen.ts) is met by the services' own
// journals; before the work it is not.
import { doelBereikt, kringVan, type JournaalRegel, type OpdrachtenBestand } from '../console/src/workshop/doelen';
import { DEFAULT_FIXTURES_DIR, readWorkshop, workshopFile, type Deelnemer, type Workshop } from '@duo-sim/shared';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { callerFor, type Caller } from '@duo-sim/test-support';
import { clientTls, fixtureParties, REPO_ROOT } from '@duo-sim/test-support';

const run = promisify(execFile);
const OPERATOR = fixtureParties().find((p) => p.rol === 'operator')!.oin;
const bestand = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'workshops', 'standaard.json'), 'utf8')) as OpdrachtenBestand;
const doel = (id: string) => bestand.opdrachten.find((o) => o.id === id)!.doel;

const document = (d: Deelnemer, school: number) => ({
  identificatiecodeBedrijfsdocument: randomUUID(),
  verzendendeInstantie: d.scholen[school].school_oin,
  ontvangendeInstantie: '00000001800866472000',
  datumTijdBedrijfsdocument: '2026-11-28T09:00:00Z',
});

function inschrijving(d: Deelnemer, leerling: number, school: number, groep: number, datum: string) {
  const s = d.scholen[school];
  return {
    bedrijfsdocument: document(d, school),
    inschrijving: {
      leerling: { burgerservicenummer: d.leerlingen[leerling].bsn },
      inschrijvingsvolgnummer: `W-${leerling}`,
      vestigingscode: s.vestigingscode,
      onderwijsaanbiedercode: s.onderwijsaanbiedercode,
      onderwijslocatiecode: s.onderwijslocatiecode,
      soortOnderwijs: 'BAO',
      inschrijfdatum: datum,
      periodes: [{ begindatum: datum, groep }],
    },
  };
}

const groepVoor = (geboortedatum: string) => Math.min(8, Math.max(1, 2026 - Number(geboortedatum.slice(0, 4)) - 3));

describe('the standard opdrachten on the real chain', () => {
  let chain: TestChain;
  let workshop: Workshop;
  let d: Deelnemer;
  let bron: Caller;
  let verzuim: Caller;

  const journaal = async (): Promise<JournaalRegel[]> => {
    const operator = clientTls(OPERATOR);
    const regels: JournaalRegel[] = [];
    for (const service of ['bron', 'verzuim'] as const) {
      const res = await callerFor(chain.services[service].url, operator).get(`/_sim/journal?partij=${d.oin}&limiet=1000`);
      regels.push(...(res.body.regels as JournaalRegel[]).map((r) => ({ ...r, service })));
    }
    return regels.sort((a, b) => a.tijdstip.localeCompare(b.tijdstip));
  };
  const bereikt = async (id: string) => doelBereikt(doel(id), await journaal(), kringVan(workshop, d));

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    await run(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'workshop', '--deelnemers', '2'], {
      env: { ...process.env, ...chain.env },
    });
    workshop = readWorkshop(workshopFile(chain.dataDir))!;
    d = workshop.deelnemers[0]!;
    const pki = join(chain.dataDir, 'pki');
    const tls = {
      ca: readFileSync(join(pki, 'ca.crt'), 'utf8'),
      cert: readFileSync(join(pki, 'parties', `${d.oin}.crt`), 'utf8'),
      key: readFileSync(join(pki, 'parties', `${d.oin}.key`), 'utf8'),
    };
    bron = callerFor(chain.services.bron.url, tls);
    verzuim = callerFor(chain.services.verzuim.url, tls);
  }, 90_000);
  afterAll(() => chain.close());

  it('herstellen: the locatie of the other school is refused (RIO-11), the repaired bericht is taken', async () => {
    expect(await bereikt('herstellen')).toBe(false);
    const verkeerd = inschrijving(d, 1, 0, groepVoor(d.leerlingen[1].geboortedatum), '2026-11-23');
    verkeerd.inschrijving.onderwijslocatiecode = d.scholen[1].onderwijslocatiecode;
    const fout = await bron.post('/inschrijvingen', verkeerd);
    expect(fout.body.foutmeldingen[0].foutcode).toBe('RIO-11');
    expect(fout.status).toBe(400);
    expect(await bereikt('herstellen')).toBe(false);
    const goed = await bron.post(
      '/inschrijvingen',
      inschrijving(d, 1, 0, groepVoor(d.leerlingen[1].geboortedatum), '2026-11-23'),
    );
    expect(goed.status).toBe(201);
    expect(await bereikt('herstellen')).toBe(true);
  }, 60_000);

  it('verzuim: a melding for pupil 4 at school 2, then withdrawn', async () => {
    const l4 = d.leerlingen[3];
    expect((await bron.post('/inschrijvingen', inschrijving(d, 3, 1, groepVoor(l4.geboortedatum), '2026-11-02'))).status).toBe(
      201,
    );
    const melding = await verzuim.post('/meldingen', {
      bedrijfsdocument: document(d, 1),
      melding: {
        leerling: { burgerservicenummer: l4.bsn },
        vestigingscode: d.scholen[1].vestigingscode,
        verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
        begindatum: '2026-11-23',
        einddatum: '2026-11-27',
        aantalUren: 16,
        contactpersoon: { naam: 'J. de Vries', telefoon: '030-1234567' },
      },
    });
    expect(melding.status).toBe(201);
    expect(await bereikt('verzuim')).toBe(false);
    const nr = melding.body.meldingsnummer as string;
    const ingetrokken = await verzuim.request('PATCH', `/meldingen/${nr}`, {
      body: { bedrijfsdocument: document(d, 1), status: 'INGETROKKEN' },
    });
    expect(ingetrokken.status).toBe(200);
    expect(await bereikt('verzuim')).toBe(true);
  }, 60_000);

  it('bekostigd: pupil 1 BEKOSTIGD in the overview read on the teldatum, not before', async () => {
    const l1 = d.leerlingen[0];
    expect((await bron.post('/inschrijvingen', inschrijving(d, 0, 0, groepVoor(l1.geboortedatum), '2026-09-01'))).status).toBe(
      201,
    );
    expect(await bereikt('inschrijven')).toBe(true);
    const brin = d.scholen[0].brin;
    expect((await bron.get(`/scholen/${brin}/bekostiging`)).status).toBe(200);
    expect(await bereikt('bekostigd')).toBe(false);
    const klok = await run(process.execPath, [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'clock', '2027-02-01'], {
      env: { ...process.env, ...chain.env },
    });
    expect(klok.stdout).toContain('2027-02-01');
    const overzicht = await bron.get(`/scholen/${brin}/bekostiging`);
    expect(overzicht.status).toBe(200);
    expect(await bereikt('bekostigd')).toBe(true);
  }, 60_000);
});
