// The grader on hand-made journal entries: each behaviour check with an example that fails it and
// one that passes, the mailbox cursor, the ONDERHOUD window, and a vendor without traffic.
import type { JournalEntry } from '@duo-sim/shared';
import { beoordeel, beoordeelGedrag, type Waarneming } from '../src/beoordeling';
import type { Geval, KetenSchool, KetentestRun } from '../src/model';

const SCHOOL: KetenSchool = {
  brin: '11AA',
  oin: '0000000700011AA00000',
  naam: 'OBS De Vlinderboom',
  vestigingscode: '11AA00',
  onderwijsaanbiedercode: '110A001',
  onderwijslocatiecode: '107X001',
  soortOnderwijs: 'BAO',
};
const BSN = '900000004';

function geval(soort: Geval['soort'], extra: Partial<Geval> = {}): Geval {
  return {
    code: 'KT-01',
    soort,
    titel: soort,
    opdracht: [],
    school: SCHOOL,
    leerling: { burgerservicenummer: BSN, achternaam: 'Bakker', voornamen: 'Noor', geboortedatum: '2019-01-01', geslacht: 'V' },
    gegevens: {},
    ...extra,
  };
}

function runMet(...gevallen: Geval[]): KetentestRun {
  return {
    versie: 1,
    id: 'test',
    leverancier: { oin: '00000099100000010000', naam: 'Leerling Plaza B.V.' },
    gestart: '2026-11-28T09:00:00Z',
    vandaag: '2026-11-28',
    scholen: ['11AA', '11AC'],
    journaalStart: { rio: 0, osr: 0, bron: 0, verzuim: 0 },
    berichtenbusStart: { '11AA': 10 },
    storingen: [],
    gevallen,
  };
}

let seq = 0;
function e(operatie: string, status: number, extra: Partial<JournalEntry> = {}): JournalEntry {
  seq++;
  return {
    seq,
    tijdstip: new Date(Date.parse('2026-11-28T09:00:00Z') + seq * 100).toISOString(),
    vandaag: '2026-11-28',
    partij: '00000099100000010000',
    namens: SCHOOL.oin,
    operatie,
    status,
    foutcodes: [],
    duurMs: 3,
    identificatiecodeBedrijfsdocument: null,
    verzoek: null,
    antwoord: null,
    traceId: null,
    spanId: null,
    parentSpanId: null,
    uitGeheugen: [],
    storing: null,
    ...extra,
  };
}

const inschrijving = (id: string, groep = 3) => ({
  bedrijfsdocument: { identificatiecodeBedrijfsdocument: id, verzendendeInstantie: SCHOOL.oin },
  inschrijving: {
    leerling: { burgerservicenummer: BSN },
    inschrijfdatum: '2026-11-27',
    periodes: [{ begindatum: '2026-11-27', groep }],
  },
});
const post = (id: string, status: number, extra: Partial<JournalEntry> = {}, groep = 3) =>
  e('POST /inschrijvingen', status, { identificatiecodeBedrijfsdocument: id, verzoek: inschrijving(id, groep), ...extra });

function waarneming(bron: JournalEntry[]): Waarneming {
  return {
    journaal: { rio: [], osr: [], bron, verzuim: [] },
    leerlingen: {},
    verzuimMeldingen: [],
    regels: { 'BRON-08': 'Groep: 1 tot en met 8' },
  };
}
const gedrag = (bron: JournalEntry[], code: string) => beoordeelGedrag(runMet(), waarneming(bron)).find((u) => u.code === code)!;

describe('behaviour checks', () => {
  it('GEDRAG-1: a retry after a failure keeps its id', () => {
    expect(gedrag([post('a', 503), post('b', 201)], 'GEDRAG-1').oordeel).toBe('GEZAKT');
    expect(gedrag([post('a', 503), post('a', 201)], 'GEDRAG-1').oordeel).toBe('GESLAAGD');
    expect(gedrag([post('a', 500), post('b', 201)], 'GEDRAG-1').bewijs.map((b) => b.bericht)).toEqual(['a', 'b']);
  });

  it('GEDRAG-2: a rejected bericht is not sent again unchanged (under any id)', () => {
    const fout = { foutcodes: ['BRON-08'] };
    const nogEens = gedrag([post('a', 400, fout, 9), post('b', 400, fout, 9)], 'GEDRAG-2');
    expect(nogEens.oordeel).toBe('GEZAKT');
    expect(nogEens.regels).toEqual([{ id: 'BRON-08', tekst: 'Groep: 1 tot en met 8' }]);
    expect(gedrag([post('a', 400, fout, 9), post('b', 201, {}, 3)], 'GEDRAG-2').oordeel).toBe('GESLAAGD');
  });

  it('GEDRAG-3: an accepted bericht whose terugkoppeling has the deadline melding was sent late', () => {
    const laat = { antwoord: { terugkoppeling: { meldingen: [{ foutcode: 'BRON-13', fouttekst: 'te laat' }] } } };
    expect(gedrag([post('a', 201, laat)], 'GEDRAG-3').oordeel).toBe('GEZAKT');
    expect(gedrag([post('a', 201, { antwoord: { terugkoppeling: { meldingen: [] } } })], 'GEDRAG-3').oordeel).toBe('GESLAAGD');
  });

  it("GEDRAG-4: a request for another vendor's school, by namens or by path", () => {
    expect(gedrag([post('a', 403, { namens: '0000000700011AB00000' })], 'GEDRAG-4').oordeel).toBe('GEZAKT');
    expect(gedrag([e('GET /scholen/12BA/berichten?na=0', 403, { namens: null })], 'GEDRAG-4').oordeel).toBe('GEZAKT');
    expect(gedrag([post('a', 201), e('GET /scholen/11AC/berichten?na=0', 200, { namens: null })], 'GEDRAG-4').oordeel).toBe(
      'GESLAAGD',
    );
  });

  it("BRON's pushes to the afleveradres are not the LAS's doing", () => {
    expect(gedrag([e('PUSH POST http://127.0.0.1:1/', 0, { namens: '0000000700012BA00000' })], 'GEDRAG-4').oordeel).toBe(
      'NIET_GEPROBEERD',
    );
  });
});

describe('cases', () => {
  const bus = (na: number, volgende: number, n = 1) =>
    e(`GET /scholen/11AA/berichten?na=${na}&limiet=50`, 200, {
      namens: null,
      antwoord: { berichten: new Array(n).fill({}), volgende },
    });
  const berichtenbus = (bron: JournalEntry[]) =>
    beoordeel(runMet(geval('BERICHTENBUS', { gegevens: { cursor: 10 } })), waarneming(bron)).gevallen[0];

  it('BERICHTENBUS: reads on from the cursor; a re-read and a gap fail', () => {
    expect(berichtenbus([bus(10, 14, 4), bus(14, 14, 0), bus(14, 16, 2)]).oordeel).toBe('GESLAAGD');
    expect(berichtenbus([bus(10, 14, 4), bus(0, 16, 16)]).reden).toContain('opnieuw gelezen vanaf 0');
    expect(berichtenbus([bus(10, 14, 4), bus(15, 16, 1)]).reden).toContain('Gat');
    expect(berichtenbus([]).oordeel).toBe('NIET_GEPROBEERD');
  });

  const onderhoud = (bron: JournalEntry[]) =>
    beoordeel(runMet(geval('ONDERHOUD', { gegevens: { retryAfterSeconden: 1, storingId: 's1' } })), waarneming(bron)).gevallen[0];
  const storing = { storing: { id: 's1', soort: 'ONDERHOUD' as const }, foutcodes: ['ONDERHOUD'] };
  const op = (ms: number) => ({ tijdstip: new Date(Date.parse('2026-11-28T10:00:00Z') + ms).toISOString() });

  it('ONDERHOUD: the same id, Retry-After honoured, no storm', () => {
    expect(onderhoud([post('a', 503, { ...storing, ...op(0) }), post('a', 201, op(1000))]).oordeel).toBe('GESLAAGD');
    expect(onderhoud([post('a', 503, { ...storing, ...op(0) }), post('b', 201, op(1000))])).toMatchObject({
      oordeel: 'GEZAKT',
      reden: expect.stringContaining('2 verschillende identificatiecodes'),
    });
    const teVroeg = onderhoud([post('a', 503, { ...storing, ...op(0) }), post('a', 201, op(200))]);
    expect(teVroeg).toMatchObject({ oordeel: 'GEZAKT', reden: expect.stringContaining('Retry-After vroeg 1000 ms') });
    const storm = [
      post('a', 503, { ...storing, ...op(0) }),
      post('a', 201, op(1000)),
      post('a', 200, op(2000)),
      post('a', 200, op(3000)),
    ];
    expect(onderhoud(storm)).toMatchObject({ oordeel: 'GEZAKT', reden: expect.stringContaining('storm') });
    expect(onderhoud([post('a', 201)]).oordeel).toBe('NIET_GEPROBEERD');
  });

  it('a vendor without traffic: every case and check is not attempted, and the run is not passed', () => {
    const run = runMet(geval('INSCHRIJVEN'), geval('VERZUIM'), geval('BERICHTENBUS', { gegevens: { cursor: 0 } }));
    const rapport = beoordeel(run, waarneming([]));
    expect([...rapport.gevallen, ...rapport.gedrag].map((u) => u.oordeel)).toEqual(new Array(7).fill('NIET_GEPROBEERD'));
    expect(rapport.geslaagd).toBe(false);
  });
});
