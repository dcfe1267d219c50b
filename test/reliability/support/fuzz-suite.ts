// The property-based fuzz suite (issue 13, docs/reliability.md): for every write endpoint of every
// service, fast-check draws bodies the schema accepts and bodies one mutation away, with hostile
// strings and dates in every string and date field, and sends them to the real apps in-process
// (fuzz-world.ts; the mTLS path has its own suites). Property: no 5xx; every answer that is not 2xx is
// problem+json with foutmeldingen; a refused bericht changes no row of any service; a body the schema
// or the text policy refuses is never accepted. Seeded: a failure prints the seed and the path to
// replay it. Two files run it: fuzz.test.ts (the fast tier, 100 cases per endpoint) and
// fuzz.slow.test.ts (the slow tier, 2,000); FUZZ_RUNS and FUZZ_SEED override both, and
// `npm run fuzz -- --runs 50000` is the long one.
import { DEFAULT_FIXTURES_DIR, DUO_OIN, schoolOinFromBrin, textPolicyFouten, type ServiceName } from '@duo-sim/shared';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '@duo-sim/test-support';
import type { Json } from './corpus';
import { fuzzCases, type ArbitraryContext, type FuzzCase } from './fuzz-arbitraries';
import { startFuzzWorld, type FuzzWorld } from './fuzz-world';
import { inschrijving, melding, MUTATING_ENDPOINTS, OIN, THIJS, TODAY, type Addresses } from './world';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
/** Replays one failing case (with FUZZ_SEED and FUZZ_ENDPOINT) as fast-check printed it. */
const PATH = process.env.FUZZ_PATH;
const ONLY = process.env.FUZZ_ENDPOINT;

/**
 * The clocks first: moved while the registers are still near-empty, that costs little; then reset.
 * Then the services that take berichten, before OSR and RIO beheer change what they check against
 * (mandates, locaties); the verzuimregister before BRON, whose verwijderingen may end the set-up's
 * inschrijving that meldingen need.
 */
const ORDER: ServiceName[] = ['verzuim', 'bron', 'osr', 'rio'];
const ENDPOINTS = [...MUTATING_ENDPOINTS]
  .map((e) => ({ ...e, label: `${e.service} ${e.method} ${e.template}` }))
  .sort((a, b) => {
    const clock = Number(b.template === '/_sim/clock') - Number(a.template === '/_sim/clock');
    return clock !== 0 ? clock : ORDER.indexOf(a.service) - ORDER.indexOf(b.service);
  })
  // Each endpoint's seed is FUZZ_SEED plus its place in the whole list, also when run alone.
  .map((e, index) => ({ ...e, seed: SEED + index }))
  .filter((e) => ONLY === undefined || e.label === ONLY);

/** Values of the seed world by property name, so that most bodies reach the rules behind the envelope. */
function worldPools(): Record<string, Json[]> {
  const pools: Record<string, Json[]> = {};
  const add = (key: string, value: Json) => (pools[key] ??= []).push(value);
  const walk = (node: Json) => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      // Dates come from the date arbitrary (around today and at every edge); ids must be fresh, so
      // neither they nor the bedrijfsdocumenten that hold them are pooled.
      const isDate = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);
      // The volgnummer stays the base's, so a variation of an inschrijving is a change of it, not an overlap.
      const fixed = ['identificatiecodeBedrijfsdocument', 'bedrijfsdocument', 'inschrijvingsvolgnummer'];
      if (!isDate && !fixed.includes(k)) add(k, v);
      if (!Array.isArray(node)) walk(v);
    }
  };
  for (const e of MUTATING_ENDPOINTS) walk(e.base());
  const brp = JSON.parse(readFileSync(join(DEFAULT_FIXTURES_DIR, 'brp-personen.json'), 'utf8')) as Array<Record<string, Json>>;
  const known = brp.filter((p) => typeof p.burgerservicenummer === 'string').slice(0, 100);
  // Other pupils than Thijs (the bases' pupil, enrolled in the set-up), and one BSN failing the elfproef.
  const others = known.filter((p) => p.burgerservicenummer !== THIJS.burgerservicenummer);
  pools.leerling = [
    ...others.map((p) => ({ burgerservicenummer: p.burgerservicenummer! })),
    { burgerservicenummer: '123456789' },
  ];
  pools.persoon = known.map((p) => ({
    burgerservicenummer: p.burgerservicenummer!,
    geboortedatum: p.geboortedatum!,
    geslacht: p.geslacht!,
  }));
  // Mostly 11AA, whose vestiging 11AA00 the bases use; now and then Plaza's other schools, one
  // without a mandate (12BB) and one of another vendor (11AB).
  pools.verzendendeInstantie = [...Array<string>(8).fill('11AA'), '11AC', '13CB', '11AB', '12BB'].map(schoolOinFromBrin);
  pools.ontvangendeInstantie = [DUO_OIN];
  pools.vestigingscode = [...Array<string>(6).fill('11AA00'), '11AC00', '13CB00'];
  pools.school_oin = ['11AA', '11AB', '12BA', '13CA'].map(schoolOinFromBrin);
  pools.supplier_oin = [OIN.plaza, OIN.kwartet, OIN.zandloper];
  return pools;
}

/**
 * A known good body per endpoint. The malformed-input corpus sends inschrijving 2 of Thijs, which
 * overlaps the one made in the set-up (BRON-02) so that nothing is stored; here the variations
 * start from that same inschrijving 1, so many of them are stored as a change (GEWIJZIGD).
 */
function baseOf(endpoint: (typeof MUTATING_ENDPOINTS)[number]): Json {
  return endpoint.template === '/inschrijvingen' ? inschrijving(THIJS, '1') : endpoint.base();
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  text: string;
}

/** What is wrong with one answer, or null. `valid`: the schema and the text policy accept the body. */
function verdict(res: Answer, valid: boolean, before: Record<string, number>, after: Record<string, number>): string | null {
  if (res.status === 0) return `no answer: ${res.text}`;
  if (res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  if (res.status >= 200 && res.status < 300) {
    return valid ? null : `status ${res.status} for a body the schema or the text policy refuses`;
  }
  const type = [res.headers['content-type'] ?? ''].flat().join(', ');
  if (!type.startsWith('application/problem+json')) return `status ${res.status} with content-type ${type}`;
  const fouten = res.body?.foutmeldingen;
  if (!Array.isArray(fouten) || fouten.length === 0) return `status ${res.status} without foutmeldingen`;
  for (const f of fouten) {
    if (typeof f?.foutcode !== 'string' || typeof f?.fouttekst !== 'string' || f.fouttekst.length === 0)
      return `malformed foutmelding ${JSON.stringify(f)}`;
  }
  const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
  if (changed.length > 0) return `refused with ${res.status} but rows changed: ${changed.join(', ')}`;
  return null;
}

/** Describes the fuzz suite with `defaultRuns` cases per endpoint, unless FUZZ_RUNS says otherwise. */
export function describeFuzz(defaultRuns: number): void {
  const RUNS = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  describe('fuzz: every write endpoint, schema-valid and nearly valid bodies (docs/reliability.md)', () => {
    let world: FuzzWorld;
    let addresses: Addresses;
    const caller = (service: ServiceName, oin: string): Caller => world.apps[service].as(oin);
    const tally: Record<string, Record<string, number>> = {};
    const started = Date.now();

    beforeAll(async () => {
      world = await startFuzzWorld(TODAY);
      // What the PATCH/PUT endpoints address: an enrolled pupil, a melding, a mandate only the fuzz uses.
      const enrolled = await caller('bron', OIN.plaza).request('POST', '/inschrijvingen', { body: inschrijving(THIJS, '1') });
      expect(enrolled.status).toBe(201);
      const gemeld = await caller('verzuim', OIN.plaza).request('POST', '/meldingen', { body: melding() });
      expect(gemeld.status).toBe(201);
      const eigen = await caller('osr', OIN.domstad).request('POST', '/api/v1/mandates', {
        body: { school_oin: schoolOinFromBrin('11AB'), supplier_oin: OIN.kwartet, service: 'RIO', start_date: '2026-12-01' },
      });
      expect(eigen.status).toBe(201);
      const mandaten = await caller('osr', OIN.plaza).request(
        'GET',
        '/api/v1/mandates?school_oin=0000000700011AA00000&service=ROD_PO',
      );
      expect(mandaten.status).toBe(200);
      addresses = {
        mandaatId: eigen.body.id,
        token: mandaten.body.mandaten[0].token,
        meldingsnummer: gemeld.body.meldingsnummer,
      };
      // The change counter sees what the set-up stored, so "store nothing" below is a real check.
      const counted = world.rowCounts();
      expect(counted['bron:inschrijvingen']).toBeGreaterThan(0);
      expect(counted['verzuim:meldingen']).toBeGreaterThan(0);
    }, 60_000);

    afterAll(async () => {
      await world?.close();
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const lines = Object.entries(tally).map(([label, counts]) => `  ${label}: ${JSON.stringify(counts)}`);
      process.stdout.write(`\nfuzz: ${RUNS} cases per endpoint, seed ${SEED}, ${seconds} s\n${lines.join('\n')}\n`);
    });

    it('covers every write endpoint', () => {
      expect(ENDPOINTS.length).toBe(ONLY === undefined ? MUTATING_ENDPOINTS.length : 1);
    });

    ENDPOINTS.forEach((endpoint) => {
      it(`${endpoint.label}: ${RUNS} cases, no 5xx, refusals are problems and store nothing, nothing invalid accepted`, async () => {
        const ctx: ArbitraryContext = { schemas: world.deps.rio.schemas, today: TODAY, pools: worldPools() };
        const http = caller(endpoint.service, endpoint.as);
        const counts = (tally[endpoint.label] = {} as Record<string, number>);
        const seed = endpoint.seed;
        const property = fc.asyncProperty(fuzzCases(endpoint.schema, ctx, baseOf(endpoint)), async (c: FuzzCase) => {
          const before = world.rowCounts();
          const res: Answer = await http
            .request(endpoint.method, endpoint.path(addresses), { body: c.body })
            .catch((err: Error) => ({ status: 0, headers: {}, body: null, text: err.message }));
          // How far the cases get: the status and the first foutcode, for the report.
          const key = `${res.status}${res.status >= 300 ? ` ${String(res.body?.foutmeldingen?.[0]?.foutcode)}` : ''}`;
          counts[key] = (counts[key] ?? 0) + 1;
          const valid = ctx.schemas.validate(endpoint.schema, c.body).length === 0 && textPolicyFouten(c.body).length === 0;
          const wrong = verdict(res, valid, before, world.rowCounts());
          if (wrong) throw new Error(`${c.label}: ${wrong}\nbody: ${JSON.stringify(c.body)?.slice(0, 2000)}`);
        });
        try {
          await fc.assert(property, { seed, numRuns: RUNS, ...(PATH ? { path: PATH } : {}) });
        } catch (err) {
          throw new Error(
            `${(err as Error).message}\n\nReplay: FUZZ_SEED=${SEED} FUZZ_ENDPOINT='${endpoint.label}' npm run fuzz -- --runs ${RUNS}` +
              ` (the whole endpoint from a fresh world), or add FUZZ_PATH='<path above>' for the failing case alone.`,
          );
        }
        if (endpoint.template === '/_sim/clock') {
          const reset = await caller(endpoint.service, OIN.operator).request('PUT', '/_sim/clock', { body: { vandaag: TODAY } });
          expect(reset.status).toBe(200);
        }
        if (endpoint.template === '/_sim/storingen') {
          // The faults the fuzz set must not disturb the endpoints after it.
          const lifted = await caller(endpoint.service, OIN.operator).request('DELETE', '/_sim/storingen');
          expect(lifted.status).toBe(204);
        }
      }, 1_800_000);
    });
  });
}
