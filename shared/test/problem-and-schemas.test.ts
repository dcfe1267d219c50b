import {
  createSchemaRegistry,
  Problem,
  problemBody,
  shortenSleutelwaarde,
  checkBedrijfsdocument,
  DUO_OIN,
} from '@duo-sim/shared';

describe('Problem (CONTRACT §1 Errors)', () => {
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

describe('schema registry (DESIGN decision 3)', () => {
  const registry = createSchemaRegistry();

  it('compiles every schema in shared/schemas once and serves the raw schema', () => {
    expect(registry.names()).toEqual(expect.arrayContaining(['common', 'problem', 'health', 'sim-clock']));
    expect(registry.get('sim-clock')?.$id).toBe('https://duo-sim.local/schemas/sim-clock.json');
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
});

describe('bedrijfsdocument (DOMAIN.md §4)', () => {
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
