// The rule registry (shared/src/rules) and GET /regels, GET /regels/{id} of the shared skeleton:
// every entry well-formed, ids unique, each service serves exactly its part to any party.
import { Router } from 'express';
import { createServiceApp, publiekeRegel, regel, REGELS, regelsVoor, type Regel } from '@duo-sim/shared';
import { fixtureParties, NEGATIVE, type Served, serveOverMtls, testCommonDeps } from '@duo-sim/test-support';

const SERVICES = ['rio', 'osr', 'bron', 'verzuim'] as const;
const FAMILIES: Record<string, number> = { ID: 9, EK: 10, OSR: 7, RIO: 11, BRON: 18, BEK: 9, INFO: 7, VZM: 13 };

describe('the rule registry', () => {
  it('has every rule of every family once, in order', () => {
    const expected = Object.entries(FAMILIES).flatMap(([family, n]) =>
      Array.from({ length: n }, (_, i) => `${family}-${String(i + 1).padStart(2, '0')}`),
    );
    expect(REGELS.map((r) => r.id)).toEqual(expected);
    expect(new Set(REGELS.map((r) => r.id)).size).toBe(REGELS.length);
  });

  it.each(REGELS.map((r) => [r.id, r] as const))('%s is a valid entry', (_id, r: Regel) => {
    const deps = testCommonDeps();
    expect(deps.schemas.validate('regel', publiekeRegel(r))).toEqual([]);
    // A Dutch sentence or more: starts with a capital or a code, ends with a full stop.
    expect(r.tekst).toMatch(/^[A-Z0-9"'(]/);
    expect(r.tekst).toMatch(/[.)]$/);
    // Only a rule that is not purely the real chain's says what is simulated.
    if (r.herkomst === 'ECHT') expect(r.simulatie).toBeUndefined();
    else expect(r.simulatie).toMatch(/\.$/);
    expect(r.services.length).toBeGreaterThan(0);
    // A rule the simulator checks names its code; one it does not check has none.
    if (r.soort) expect(r.implementatie).toEqual([]);
    else expect(r.implementatie.length).toBeGreaterThan(0);
    for (const ref of r.implementatie) expect(ref).toMatch(/^(shared|services\/\w+)\/.+\.(ts|json)#.+$/);
  });

  it('finds a rule by id and nothing for an unknown one', () => {
    expect(regel('BRON-13')?.titel).toBe('Op tijd aanleveren');
    expect(regel('BRON-999')).toBeUndefined();
  });

  it('gives every service a part, and every rule to at least one service', () => {
    const served = new Set(SERVICES.flatMap((s) => regelsVoor(s).map((r) => r.id)));
    expect([...served].sort()).toEqual(REGELS.map((r) => r.id).sort());
    expect(regelsVoor('onbekend')).toEqual([]);
  });
});

describe.each(SERVICES)('GET /regels of %s', (service) => {
  let served: Served;
  beforeAll(async () => {
    const app = createServiceApp(testCommonDeps(), {
      service,
      title: service,
      description: 'test',
      versie: '0.0.1',
      operations: [],
      routes: Router(),
      reset: () => undefined,
    });
    served = await serveOverMtls(app);
  });
  afterAll(() => served.close());

  const callers = [...fixtureParties().map((p) => [p.rol, p.oin] as const), ['onbekende partij', NEGATIVE.stranger.oin] as const];

  it.each(callers)('shows the %s (%s) exactly the rules of this service', async (_rol, oin) => {
    const res = await served.as(oin).get('/regels');
    expect(res.status).toBe(200);
    expect(res.body.service).toBe(service);
    expect(res.body.regels).toEqual(regelsVoor(service).map(publiekeRegel));
    expect(testCommonDeps().schemas.validate('regels', res.body)).toEqual([]);
  });

  it('gives one rule of this service by id, without where its code lives', async () => {
    const id = regelsVoor(service)[0].id;
    const res = await served.as(NEGATIVE.stranger.oin).get(`/regels/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(publiekeRegel(regel(id)!));
    expect(res.body).not.toHaveProperty('implementatie');
  });

  it.each(['BRON-999', 'onzin', REGELS.find((r) => !r.services.includes(service))!.id])(
    'answers 404 with a problem for %s, a rule this service does not know',
    async (id) => {
      const res = await served.as(fixtureParties()[2].oin).get(`/regels/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen).toEqual([
        { foutcode: 'NIET_GEVONDEN', fouttekst: expect.stringContaining(`geen regel ${id}`) },
      ]);
    },
  );
});
