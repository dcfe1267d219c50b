import {
  createSchemaRegistry,
  Problem,
  problemBody,
  shortenSleutelwaarde,
  checkBedrijfsdocument,
  DUO_OIN,
  addDays,
  daysBetween,
  isIsoDate,
  weekday,
} from '@duo-sim/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('Problem (docs/services/common.md#errors)', () => {
  it('renders foutmeldingen in the DUO shape with type, title and detail', () => {
    const body = new Problem(
      400,
      [{ foutcode: 'ID-01', fouttekst: 'BSN voldoet niet aan de elfproef.', pointer: '/x' }],
      'abc',
    ).toBody();
    expect(body).toEqual({
      type: 'urn:duo-sim:problem:afgekeurd',
      title: 'Bericht afgekeurd',
      status: 400,
      detail: '1 foutmelding',
      identificatiecodeBedrijfsdocument: 'abc',
      foutmeldingen: [{ foutcode: 'ID-01', fouttekst: 'BSN voldoet niet aan de elfproef.', pointer: '/x' }],
    });
    expect(problemBody(404, []).detail).toBe('0 foutmeldingen');
  });

  it('cuts the middle out of sleutelwaarden over 25 characters (RIO-07)', () => {
    expect(shortenSleutelwaarde('fddec347-8c00-4b6a-9d11-aa0a85d09c0004')).toBe('fddec347-8c...a85d09c0004');
    expect(shortenSleutelwaarde('fddec347-8c00-4b6a-9d11-aa0a85d09c0004')).toHaveLength(25);
    expect(shortenSleutelwaarde('123456782')).toBe('123456782');
  });
});

describe('schema registry (docs/architecture.md decision 3)', () => {
  const registry = createSchemaRegistry();

  it('compiles every schema in shared/schemas once and serves the raw schema', () => {
    expect(registry.names()).toEqual(expect.arrayContaining(['common', 'problem', 'health', 'sim-clock']));
    expect(registry.get('sim-clock')?.$id).toBe('https://duo-sim.local/schemas/sim-clock.json');
  });

  it('compiles each schema on first use: an unknown name, and a broken schema, throw when first asked for', () => {
    expect(() => registry.validate('bestaat-niet', {})).toThrow('unknown schema bestaat-niet');
    // strict mode refuses an unknown keyword, at the schema's first use (shared/test/schemas-compile.test.ts
    // compiles every schema of the repository, so none of them waits to fail in a service).
    const dir = mkdtempSync(join(tmpdir(), 'duo-sim-schemas-'));
    const id = 'https://duo-sim.local/schemas/kapot.json';
    writeFileSync(join(dir, 'kapot.json'), JSON.stringify({ $id: id, type: 'object', onbekendWoord: true }));
    const broken = createSchemaRegistry(dir);
    expect(() => broken.validate('kapot', {})).toThrow(/onbekendWoord/);
  });

  it('reports every violation at once with JSON pointers', () => {
    const fouten = registry.validate('health', { status: 'kapot', service: 'x', extra: 1 });
    expect(fouten.map((f) => f.pointer).sort()).toEqual(['/extra', '/service', '/status', '/vandaag', '/versie']);
    expect(fouten.every((f) => f.foutcode === 'SCHEMA' && f.fouttekst.length > 0)).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    expect(registry.validate('sim-clock', { vandaag: '2026-02-30' })).toHaveLength(1);
    expect(registry.validate('sim-clock', { vandaag: '2026-02-28' })).toEqual([]);
  });

  // Issue 13 item 1: the schema let years 0000–0099 through and the date code threw on them (500).
  const edgeDates = [
    '0000-01-01',
    '0050-06-15',
    '0099-12-31',
    '1899-12-31',
    '1900-01-01',
    '2000-02-29',
    '2100-02-29',
    '2026-02-29',
    '2999-12-31',
    '3000-01-01',
    '9999-12-31',
    '2026-13-01',
  ];

  it.each(edgeDates)('the date format and the date code agree on %s', (datum) => {
    const schemaAccepts = registry.validate('sim-clock', { vandaag: datum }).length === 0;
    expect(schemaAccepts).toBe(isIsoDate(datum));
    if (schemaAccepts) {
      // Everything the schema accepts, the arithmetic handles, also past the end of the range.
      expect(() => [addDays(datum, 400), daysBetween(datum, addDays(datum, -400)), weekday(datum)]).not.toThrow();
    }
  });

  it('accepts dates from 1900-01-01 to 2999-12-31 and names the range when refusing', () => {
    expect(edgeDates.filter(isIsoDate)).toEqual(['1900-01-01', '2000-02-29', '2999-12-31']);
    const [fout] = registry.validate('osr-mandaat-einde', { end_date: '0050-06-15' });
    expect(fout).toEqual({
      foutcode: 'SCHEMA',
      fouttekst: 'Waarde is geen geldige datum (JJJJ-MM-DD, van 1900-01-01 tot en met 2999-12-31).',
      pointer: '/end_date',
    });
  });

  it('holds the date of a date-time to the same range', () => {
    const rio = (sinds: string) => registry.validate('rio-wijzigingen-query', { sinds });
    expect(rio('2026-11-28T10:15:00Z')).toEqual([]);
    expect(rio('0050-06-15T10:15:00Z').length).toBeGreaterThan(0);
    expect(rio('3000-01-01T00:00:00+01:00').length).toBeGreaterThan(0);
  });
});

describe('bedrijfsdocument (docs/rules.md#edukoppeling-transport-and-envelope)', () => {
  const good = {
    identificatiecodeBedrijfsdocument: '6f1c2a9e-1f7b-4c7e-9d55-0c2a3b4d5e6f',
    verzendendeInstantie: '0000000700025BE00000',
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: '2026-11-28T10:15:00Z',
  };
  it('accepts a header for DUO from a school OIN with a UUID', () => {
    expect(checkBedrijfsdocument(good)).toEqual([]);
  });
  it('reports EK0021, EK0022 and EK0023 together (EK-03, EK-04, EK-05)', () => {
    const fouten = checkBedrijfsdocument({
      ...good,
      identificatiecodeBedrijfsdocument: 'bericht-1',
      verzendendeInstantie: '00000003272448340204',
      ontvangendeInstantie: '00000099411824080000',
    });
    expect(fouten.map((f) => f.foutcode)).toEqual(['EK0023', 'EK0021', 'EK0022']);
    expect(fouten.map((f) => f.pointer)).toEqual([
      '/bedrijfsdocument/identificatiecodeBedrijfsdocument',
      '/bedrijfsdocument/verzendendeInstantie',
      '/bedrijfsdocument/ontvangendeInstantie',
    ]);
  });
});
