// The opdrachten of fixtures/workshops/standaard.json: the file fits its schema, and each goal is met
// by a journal that shows the work and not by one that misses a step, has them in the wrong order,
// or shows another participant's work.
import { createSchemaRegistry, DEFAULT_FIXTURES_DIR, type Workshop } from '@duo-sim/shared';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkshopBron } from '../src/workshop/bron';
import { doelBereikt, kringVan, voortgang, vulIn, type JournaalRegel, type OpdrachtenBestand } from '../src/workshop/doelen';
import { maakWorkshopWereld, type WorkshopWereld } from './support/workshop-world';

const bestand = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'workshops', 'standaard.json'), 'utf8')) as OpdrachtenBestand;
const doel = (id: string) => bestand.opdrachten.find((o) => o.id === id)!.doel;

let seq = 0;
function regel(
  service: string,
  partij: string,
  operatie: string,
  status: number,
  inhoud: { verzoek?: unknown; antwoord?: unknown; vandaag?: string } = {},
): JournaalRegel {
  return {
    service,
    seq: ++seq,
    tijdstip: new Date().toISOString(),
    vandaag: inhoud.vandaag ?? '2026-11-28',
    partij,
    namens: null,
    operatie,
    status,
    foutcodes: [],
    duurMs: 1,
    identificatiecodeBedrijfsdocument: null,
    verzoek: inhoud.verzoek ?? null,
    antwoord: inhoud.antwoord ?? null,
    traceId: null,
    storing: null,
    spanId: null,
    parentSpanId: null,
    uitGeheugen: [],
  };
}
const inschrijving = (bsn: string, brin: string, extra: Record<string, unknown> = {}) => ({
  inschrijving: { leerling: { burgerservicenummer: bsn }, vestigingscode: `${brin}00`, ...extra },
});

describe('the standard opdrachten', () => {
  let w: WorkshopWereld;
  let workshop: Workshop;
  beforeAll(() => {
    w = maakWorkshopWereld();
    workshop = w.bron.stand().soort === 'actief' ? (w.bron.stand() as { workshop: Workshop }).workshop : (undefined as never);
  });
  afterAll(() => rmSync(w.dataDir, { recursive: true, force: true }));
  const a = () => w.deelnemers[0];
  const b = () => w.deelnemers[1];
  const c = () => w.deelnemers[2];
  const kring = () => kringVan(workshop, a());
  const bereikt = (id: string, journaal: JournaalRegel[]) => doelBereikt(doel(id), journaal, kring());

  it('fit the schema workshop-opdrachten, and a broken file does not', () => {
    const schemas = createSchemaRegistry();
    expect(schemas.validate('workshop-opdrachten', bestand)).toEqual([]);
    const kapot = {
      ...bestand,
      opdrachten: [{ ...bestand.opdrachten[0], doel: [{ service: 'bron', operatie: 'POST x', status: [200] }] }],
    };
    expect(schemas.validate('workshop-opdrachten', kapot).map((f) => f.pointer)).toEqual(
      expect.arrayContaining(['/opdrachten/0/doel/0/operatie', '/opdrachten/0/doel/0/status']),
    );
  });

  it('come with the simulator: a generated world without a workshops folder gets the standard list', () => {
    const gegenereerd = mkdtempSync(join(tmpdir(), 'duo-gegenereerde-wereld-'));
    try {
      const bron = createWorkshopBron({
        file: w.file,
        fixturesDir: gegenereerd,
        pkiDir: gegenereerd,
        schemas: createSchemaRegistry,
      });
      expect(bron.opdrachten(workshop).opdrachten.map((o) => o.id)).toEqual(bestand.opdrachten.map((o) => o.id));
    } finally {
      rmSync(gegenereerd, { recursive: true, force: true });
    }
  });

  it('fill in the participant’s own schools and pupils, its neighbour’s and the previous participant’s', () => {
    expect(vulIn('{school1.brin} {leerling2.bsn} {buur.school1.naam} {vorige.leerling3.naam} {onbekend.x}', kring())).toBe(
      `11AA ${a().leerlingen[1].bsn} School 11AB Kind 3-2 {onbekend.x}`,
    );
    // The neighbour of the last participant is the first.
    expect(kringVan(workshop, c()).buur.oin).toBe(a().oin);
  });

  it('inschrijven: the participant enrolled its first pupil', () => {
    const l1 = a().leerlingen[0].bsn;
    expect(
      bereikt('inschrijven', [regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l1, '11AA') })]),
    ).toBe(true);
    expect(
      bereikt('inschrijven', [regel('bron', a().oin, 'POST /inschrijvingen', 400, { verzoek: inschrijving(l1, '11AA') })]),
    ).toBe(false);
    expect(
      bereikt('inschrijven', [regel('bron', b().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l1, '11AB') })]),
    ).toBe(false);
    const ander = b().leerlingen[0].bsn;
    expect(
      bereikt('inschrijven', [regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(ander, '11AA') })]),
    ).toBe(false);
  });

  it('herstellen: a refused inschrijving of the second pupil, then one that was taken', () => {
    const l2 = a().leerlingen[1].bsn;
    const fout = regel('bron', a().oin, 'POST /inschrijvingen', 400, { verzoek: inschrijving(l2, '11AA') });
    const goed = regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l2, '11AA') });
    expect(bereikt('herstellen', [fout, goed])).toBe(true);
    expect(bereikt('herstellen', [goed, fout])).toBe(false);
    expect(bereikt('herstellen', [goed])).toBe(false);
  });

  it('kennisgeving: enrolled, the neighbour enrolled the same pupil, the mailbox read, then the uitschrijving', () => {
    const l3 = a().leerlingen[2].bsn;
    const eigen = regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l3, '11AA') });
    const buur = regel('bron', b().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l3, '11AB') });
    const gelezen = regel('bron', a().oin, 'GET /scholen/11AA/berichten?limiet=10', 200, {
      antwoord: { berichten: [{ soort: 'KENNISGEVING_INSCHRIJVING' }] },
    });
    const uit = regel('bron', a().oin, 'POST /inschrijvingen', 200, {
      verzoek: inschrijving(l3, '11AA', { uitschrijfdatum: '2026-11-30' }),
    });
    expect(bereikt('kennisgeving', [eigen, buur, gelezen, uit])).toBe(true);
    // Read before the neighbour enrolled: the kennisgeving cannot have been there.
    expect(bereikt('kennisgeving', [eigen, gelezen, buur, uit])).toBe(false);
    expect(bereikt('kennisgeving', [eigen, buur, uit])).toBe(false);
  });

  it('overnemen: after the previous participant enrolled its third pupil, this participant enrolled it at its school', () => {
    const l3 = c().leerlingen[2].bsn;
    const vorige = regel('bron', c().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l3, '11AC') });
    const eigen = regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l3, '11AA') });
    expect(bereikt('overnemen', [vorige, eigen])).toBe(true);
    expect(bereikt('overnemen', [eigen, vorige])).toBe(false);
    const elders = regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l3, '13CB') });
    expect(bereikt('overnemen', [vorige, elders])).toBe(false);
  });

  it('verzuim: a melding for the fourth pupil, then withdrawn', () => {
    const l4 = a().leerlingen[3].bsn;
    const melding = regel('verzuim', a().oin, 'POST /meldingen', 201, {
      verzoek: { melding: { leerling: { burgerservicenummer: l4 } } },
    });
    const ingetrokken = regel('verzuim', a().oin, 'PATCH /meldingen/VZM-000001', 200, { verzoek: { status: 'INGETROKKEN' } });
    expect(bereikt('verzuim', [melding, ingetrokken])).toBe(true);
    expect(bereikt('verzuim', [melding])).toBe(false);
    const anders = regel('verzuim', a().oin, 'PATCH /meldingen/VZM-000001', 200, { verzoek: { status: 'IN_BEHANDELING' } });
    expect(bereikt('verzuim', [melding, anders])).toBe(false);
  });

  it('bekostigd: the bekostiging read on or after the teldatum shows the first pupil BEKOSTIGD', () => {
    const l1 = a().leerlingen[0].bsn;
    const lees = (vandaag: string, status: string) =>
      regel('bron', a().oin, 'GET /scholen/11AA/bekostiging', 200, { vandaag, antwoord: { leerlingen: [{ bsn: l1, status }] } });
    expect(bereikt('bekostigd', [lees('2027-02-01', 'BEKOSTIGD')])).toBe(true);
    expect(bereikt('bekostigd', [lees('2026-11-28', 'BEKOSTIGD')])).toBe(false);
    expect(bereikt('bekostigd', [lees('2027-02-01', 'NIET_BEKOSTIGD')])).toBe(false);
  });

  it('keep what was done before, when the journal window has moved on', () => {
    const l1 = a().leerlingen[0].bsn;
    const nu = voortgang(workshop, bestand.opdrachten, [
      regel('bron', a().oin, 'POST /inschrijvingen', 201, { verzoek: inschrijving(l1, '11AA') }),
    ]);
    expect(nu[a().oin]).toEqual(['inschrijven']);
    expect(nu[b().oin]).toEqual([]);
    const later = voortgang({ ...workshop, behaald: nu }, bestand.opdrachten, []);
    expect(later[a().oin]).toEqual(['inschrijven']);
  });
});
