// docs/reliability.md: no input makes a service answer 500 or crash. A corpus generated from
// the JSON Schemas (support/corpus.ts) goes to every mutating endpoint of the four real apps,
// in-process (support/fuzz-world.ts: each on its own SQLite database, asking each other); every
// case must be a 400 or 413 problem+json (or, for the few semantic cases the contract names, 403
// AUT401 / 404), listing its violations, and no row of any table of any service may change
// (counted per insert, update and delete). Body handling over real mTLS (non-JSON, 413, content
// types) is proved in shared/test/service-app.test.ts and shared/test/body-budget.slow.test.ts.
import { createSchemaRegistry, type ServiceName } from '@duo-sim/shared';
import { doorCaller, mapLimited, type KeepAliveCaller } from './support/client';
import { createPrng, generateCorpus, seededUuid, type CorpusCase, type Json } from './support/corpus';
import { startFuzzWorld, type FuzzWorld } from './support/fuzz-world';
import {
  BSN_ZONDER_ELFPROEF,
  inschrijving,
  melding,
  MUTATING_ENDPOINTS,
  OIN,
  THIJS,
  TODAY,
  type Addresses,
  type MutatingEndpoint,
} from './support/world';

const schemas = createSchemaRegistry();
const MINIMUM_CASES = 200;
const CONCURRENCY = 8;

/**
 * Cases the schema accepts but a rule rejects. Statuses other than 400 appear only where the
 * contract says so: a well-formed school OIN without a mandate for the caller is 403 AUT401
 * (docs/services/common.md); an unknown pupil in inschrijvingsstatus is 404 (docs/services/bron.md).
 */
function semanticCases(endpoint: MutatingEndpoint, base: Json, seed: number): CorpusCase[] {
  if (!endpoint.bericht) return [];
  const next = createPrng(seed);
  const cases: CorpusCase[] = [];
  const withHeader = (name: string, field: string, value: string, expect: number[]) => {
    const body = structuredClone(base) as Record<string, Record<string, Json>>;
    body.bedrijfsdocument.identificatiecodeBedrijfsdocument = seededUuid(next);
    body.bedrijfsdocument[field] = value;
    cases.push({ name, body: body, expect, schemaPointers: [] });
  };
  withHeader(
    'EK-03: identificatiecodeBedrijfsdocument not a UUID',
    'identificatiecodeBedrijfsdocument',
    'geen-uuid-maar-tekst',
    [400],
  );
  withHeader(
    'EK-03: identificatiecodeBedrijfsdocument UUID without dashes',
    'identificatiecodeBedrijfsdocument',
    seededUuid(next).replace(/-/g, ''),
    [400],
  );
  withHeader('EK-04: verzendendeInstantie a 19-character OIN', 'verzendendeInstantie', '0000000700011AA0000', [400]);
  withHeader('EK-04: verzendendeInstantie school OIN with lowercase BRIN', 'verzendendeInstantie', '0000000700011aa00000', [400]);
  withHeader('EK-04: verzendendeInstantie a bestuur OIN, not a school', 'verzendendeInstantie', OIN.domstad, [400]);
  withHeader(
    'EK-04: verzendendeInstantie a school OIN with an invalid BRIN',
    'verzendendeInstantie',
    '00000007000ZZ9900000',
    [400],
  );
  withHeader('EK-05: ontvangendeInstantie not DUO', 'ontvangendeInstantie', OIN.plaza, [400]);
  // 12BB has no mandate at all (fixtures/README.md): AUT401, not a malformed bericht.
  withHeader(
    'EK-07: verzendendeInstantie a school without a mandate for the caller',
    'verzendendeInstantie',
    '0000000700012BB00000',
    [403],
  );

  // ID-01: every burgerservicenummer in the bericht fails the elfproef in turn.
  const walk = (node: Json, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'burgerservicenummer' && typeof v === 'string') {
        for (const bad of [BSN_ZONDER_ELFPROEF, '000000000']) {
          const body = structuredClone(base) as Record<string, any>;
          body.bedrijfsdocument.identificatiecodeBedrijfsdocument = seededUuid(next);
          let target = body;
          for (const p of path) target = target[p];
          target[k] = bad;
          // An invalid number is the bericht's fault everywhere, inschrijvingsstatus too (issue 13 item 15).
          cases.push({
            name: `ID-01: /${[...path, k].join('/')} = ${bad} fails the elfproef`,
            body: body as Json,
            expect: [400],
            schemaPointers: [],
          });
        }
      } else walk(v, [...path, k]);
    }
  };
  walk(base, []);
  return cases;
}

function corpusFor(endpoint: MutatingEndpoint, index: number, addresses: Addresses): Array<CorpusCase & { target: string }> {
  const base = endpoint.base();
  const seed = 0x5eed0000 + index;
  const cases = generateCorpus(
    { schema: endpoint.schema, base, seed, minimum: MINIMUM_CASES + 20, semantic: semanticCases(endpoint, base, seed + 1) },
    schemas,
  );
  const target = endpoint.path(addresses);
  const pathCases = (endpoint.badPaths ?? []).map((bad) => {
    const body = structuredClone(base) as Record<string, any>;
    if (body.bedrijfsdocument) body.bedrijfsdocument.identificatiecodeBedrijfsdocument = seededUuid(createPrng(seed + 2));
    const path = bad.path(addresses);
    return {
      name: `path ${path.length > 60 ? `${path.slice(0, 57)}...` : path}`,
      body: body as Json,
      expect: bad.expect,
      schemaPointers: [],
      path,
    };
  });
  return [...cases, ...pathCases].map((c) => ({ ...c, target: c.path ?? target }));
}

/** What is wrong with the answer to one case, or null. */
function verdict(
  c: CorpusCase,
  echoesId: boolean,
  res: { status: number; headers: Record<string, string | string[] | undefined>; body: any; text: string },
): string | null {
  const contentType = [res.headers['content-type'] ?? ''].flat().join(', ');
  if (!c.expect.includes(res.status)) return `status ${res.status}, expected ${c.expect.join('/')}`;
  if (!contentType.startsWith('application/problem+json')) return `content-type ${contentType}`;
  const body = res.body;
  if (!body || typeof body !== 'object') return 'body is not a problem object';
  if (body.status !== res.status) return `problem status ${body.status}`;
  if (!Array.isArray(body.foutmeldingen) || body.foutmeldingen.length === 0) return 'no foutmeldingen';
  for (const f of body.foutmeldingen) {
    if (typeof f?.foutcode !== 'string' || typeof f?.fouttekst !== 'string' || f.fouttekst.length === 0)
      return `malformed foutmelding ${JSON.stringify(f)}`;
  }
  // docs/services/common.md: every answer to a bericht echoes its identificatiecodeBedrijfsdocument, a problem too.
  const sentId = (c.body as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: unknown } } | null)?.bedrijfsdocument
    ?.identificatiecodeBedrijfsdocument;
  if (echoesId && typeof sentId === 'string' && body.identificatiecodeBedrijfsdocument !== sentId) {
    return `identificatiecodeBedrijfsdocument not echoed (got ${JSON.stringify(body.identificatiecodeBedrijfsdocument)})`;
  }
  if (res.status === 403 && !body.foutmeldingen.some((f: { foutcode: string }) => f.foutcode === 'AUT401'))
    return '403 without AUT401';
  // Schema violations are reported with the pointers the schema gives (docs/services/common.md#errors).
  if (res.status === 400 && c.schemaPointers.length > 0) {
    const reported = body.foutmeldingen
      .filter((f: { foutcode: string }) => f.foutcode === 'SCHEMA')
      .map((f: { pointer?: string }) => f.pointer);
    if (!reported.some((p: string) => c.schemaPointers.includes(p))) {
      return `SCHEMA pointers ${JSON.stringify(reported)} do not include any of ${JSON.stringify(c.schemaPointers.slice(0, 5))}`;
    }
  }
  return null;
}

function describeAnswer(res: { status: number; text: string }): string {
  return `${res.status} ${res.text.length > 300 ? `${res.text.slice(0, 300)}...` : res.text}`;
}

/**
 * Cases that expose a bug in a service, keyed `<METHOD> <template> :: <case name>`. Each is
 * reported to the lead; the corpus skips it (and a separate skipped test names it) until fixed.
 */
const KNOWN_BUGS: Record<string, string> = {};

for (const [name, bug] of Object.entries(KNOWN_BUGS)) {
  // BUG: listed in KNOWN_BUGS; unskip (and remove the entry) once the service is fixed.
  it.skip(`answers ${name} with a 400/413 problem — BUG: ${bug}`, () => undefined);
}

describe('malformed-input corpus on the real apps (docs/reliability.md): never 500, always a problem, nothing stored', () => {
  let world: FuzzWorld;
  let addresses: Addresses;
  let before: Record<string, number>;
  const callers = new Map<string, KeepAliveCaller>();
  const caller = (service: ServiceName, oin: string): KeepAliveCaller => {
    const key = `${service}|${oin}`;
    if (!callers.has(key))
      callers.set(
        key,
        doorCaller(() => world.apps[service].door(oin)),
      );
    return callers.get(key)!;
  };

  beforeAll(async () => {
    world = await startFuzzWorld(TODAY);
    // The objects the PATCH/PUT endpoints address: an enrolled pupil, a melding, a mandate.
    const enrolled = await caller('bron', OIN.plaza).request('POST', '/inschrijvingen', { body: inschrijving(THIJS, '1') });
    expect(enrolled.status).toBe(201);
    const gemeld = await caller('verzuim', OIN.plaza).request('POST', '/meldingen', { body: melding() });
    expect(gemeld.status).toBe(201);
    const mandaten = await caller('osr', OIN.plaza).request(
      'GET',
      '/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO',
    );
    expect(mandaten.status).toBe(200);
    addresses = {
      mandaatId: mandaten.body.mandaten[0].id,
      token: mandaten.body.mandaten[0].token,
      meldingsnummer: gemeld.body.meldingsnummer,
    };
    before = world.rowCounts();
    // The counter sees what the set-up stored, so "changed nothing" below is a real check.
    expect(before['bron:inschrijvingen']).toBeGreaterThan(0);
  }, 30_000);

  afterAll(async () => {
    for (const c of callers.values()) c.close();
    await world?.close();
  });

  it('covers every operation with a request body in the OpenAPI of every service', async () => {
    const declared: string[] = [];
    for (const service of ['rio', 'osr', 'bron', 'verzuim'] as const) {
      const res = await caller(service, OIN.operator).request('GET', '/openapi.json');
      expect(res.status).toBe(200);
      for (const [path, methods] of Object.entries(res.body.paths as Record<string, Record<string, { requestBody?: unknown }>>)) {
        for (const [method, op] of Object.entries(methods))
          if (op.requestBody) declared.push(`${service} ${method.toUpperCase()} ${path}`);
      }
    }
    // POST /_sim/reset has no body: resetting is its whole point, the authorization matrix covers it.
    const covered = MUTATING_ENDPOINTS.map((e) => `${e.service} ${e.method} ${e.template}`);
    expect(covered.sort()).toEqual(declared.filter((d) => !d.endsWith('/_sim/reset')).sort());
  });

  describe.each(MUTATING_ENDPOINTS.map((e, i) => [`${e.service} ${e.method} ${e.template}`, e, i] as const))(
    '%s',
    (label, endpoint, index) => {
      it(`answers every one of at least ${MINIMUM_CASES} malformed cases with a 400/413 problem, never 500`, async () => {
        const cases = corpusFor(endpoint, index, addresses);
        expect(cases.length).toBeGreaterThanOrEqual(MINIMUM_CASES);
        const runnable = cases.filter((c) => !KNOWN_BUGS[`${endpoint.method} ${endpoint.template} :: ${c.name}`]);
        const http = caller(endpoint.service, endpoint.as);
        const failures = (
          await mapLimited(runnable, CONCURRENCY, async (c) => {
            const res = await http
              .request(endpoint.method, c.target, { body: c.body, raw: c.raw, headers: c.headers })
              .catch((err: Error) => ({ status: 0, headers: {}, body: null, text: `request failed: ${err.message}` }));
            const wrong = verdict(c, endpoint.bericht, res);
            return wrong ? `${c.name}: ${wrong} — answer ${describeAnswer(res)}` : null;
          })
        ).filter((f): f is string => f !== null);
        expect({ endpoint: label, failures }).toEqual({ endpoint: label, failures: [] });
      }, 60_000);
    },
  );

  it('changed no table of any service and every service is still up', async () => {
    for (const service of ['rio', 'osr', 'bron', 'verzuim'] as const) {
      const health = await caller(service, OIN.operator).request('GET', '/health');
      expect(health).toMatchObject({ status: 200, body: { status: 'ok', service, vandaag: TODAY } });
    }
    expect(world.rowCounts()).toEqual(before);
  });
});
