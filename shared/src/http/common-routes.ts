// The routes every service shares (docs/services/common.md).
import { Router } from 'express';
import type { Clock } from '../clock.js';
import { isIsoDate } from '../dates.js';
import type { Journal } from '../journal.js';
import type { OperationSpec } from '../openapi.js';
import type { PartyRegistry } from '../parties.js';
import { Problem, problems } from '../problem.js';
import { publiekeRegel, regelsVoor } from '../rules/index.js';
import type { SchemaRegistry } from '../schemas.js';
import { partijOf } from './context.js';
import { onbekendeParameters } from './params.js';

export interface CommonRouteDeps {
  service: string;
  versie: string;
  clock: Clock;
  journal: Journal;
  schemas: SchemaRegistry;
  parties: PartyRegistry;
  openapi: () => object;
  reset: () => void | Promise<void>;
}

/** The longest a journal long-poll waits; below the usual 60 s idle timeouts of proxies and clients. */
export const MAX_WACHT_S = 30;

export const COMMON_OPERATIONS: readonly OperationSpec[] = [
  { method: 'get', path: '/health', summary: 'Gezondheid en gesimuleerde datum', wie: 'iedere partij', response: 'health' },
  { method: 'get', path: '/openapi.json', summary: 'Deze beschrijving', wie: 'iedere partij' },
  { method: 'get', path: '/schemas/{name}', summary: 'Het JSON Schema van een bericht', wie: 'iedere partij' },
  { method: 'get', path: '/regels', summary: 'De regels die deze dienst toepast', wie: 'iedere partij', response: 'regels' },
  {
    method: 'get',
    path: '/regels/{id}',
    summary: 'Eén regel, met tekst, herkomst en foutcodes',
    wie: 'iedere partij',
    response: 'regel',
  },
  { method: 'get', path: '/_sim/clock', summary: 'De gesimuleerde datum', wie: 'operator', response: 'sim-clock' },
  {
    method: 'put',
    path: '/_sim/clock',
    summary: 'Zet de gesimuleerde datum',
    wie: 'operator',
    request: 'sim-clock',
    response: 'sim-clock',
  },
  { method: 'post', path: '/_sim/reset', summary: 'Terug naar de seed-wereld', wie: 'operator' },
  {
    method: 'get',
    path: '/_sim/journal',
    summary: 'Het journaal van uitwisselingen',
    wie: 'operator: alles; iedere andere partij: alleen de eigen uitwisselingen',
    parameters: [
      { name: 'na', in: 'query', description: 'volgnummer; alleen latere regels' },
      { name: 'partij', in: 'query', description: 'OIN van de partij' },
      { name: 'limiet', in: 'query', description: '1–1000, standaard 100' },
      {
        name: 'wacht',
        in: 'query',
        description: `0–${MAX_WACHT_S} seconden: antwoord zodra er regels na 'na' zijn, of leeg na zoveel seconden (long-poll)`,
      },
      { name: 'spoor', in: 'query', description: 'trace-id (32 hex-tekens, W3C traceparent): alleen de regels van dat spoor' },
      { name: 'bericht', in: 'query', description: 'identificatiecodeBedrijfsdocument: alleen de regels van dat bericht' },
    ],
  },
];

/** The journal's query parameters (COMMON_OPERATIONS); any other is refused. */
const JOURNAAL_PARAMETERS = ['na', 'partij', 'limiet', 'wacht', 'spoor', 'bericht'] as const;

export function assertOperator(parties: PartyRegistry, oin: string): void {
  if (!parties.isOperator(oin)) throw problems.forbidden('Alleen de operator van de simulator mag dit.');
}

function intParam(value: unknown, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < min || n > max) {
    throw new Problem(400, [
      {
        foutcode: 'SCHEMA',
        fouttekst: `Parameter ${name} moet een geheel getal van ${min} tot en met ${max} zijn.`,
        pointer: `?${name}`,
      },
    ]);
  }
  return n;
}

function textParam(value: unknown, name: string, pattern: RegExp, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new Problem(400, [{ foutcode: 'SCHEMA', fouttekst: `Parameter ${name} moet ${expected} zijn.`, pointer: `?${name}` }]);
  }
  return value;
}

export function commonRoutes(deps: CommonRouteDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: deps.service, versie: deps.versie, vandaag: deps.clock.today() });
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(deps.openapi());
  });
  router.get('/schemas/:name', (req, res) => {
    const name = req.params.name.replace(/\.json$/, '');
    const schema = deps.schemas.get(name);
    if (!schema) throw problems.notFound('NIET_GEVONDEN', `Geen schema met de naam ${name}; zie /openapi.json voor de namen.`);
    res.type('application/schema+json').json(schema);
  });
  // The rule registry's part for this service, so a foutmelding's code can be looked up (docs/rules.md).
  const regels = regelsVoor(deps.service).map(publiekeRegel);
  router.get('/regels', (_req, res) => {
    res.json({ service: deps.service, regels });
  });
  router.get('/regels/:id', (req, res) => {
    const gevonden = regels.find((r) => r.id === req.params.id);
    if (!gevonden) {
      throw problems.notFound(
        'NIET_GEVONDEN',
        `Deze dienst kent geen regel ${req.params.id}; GET /regels geeft de regels die hij wel toepast.`,
      );
    }
    res.json(gevonden);
  });
  router.get('/_sim/clock', (_req, res) => {
    assertOperator(deps.parties, partijOf(res));
    res.json({ vandaag: deps.clock.today() });
  });
  router.put('/_sim/clock', (req, res) => {
    assertOperator(deps.parties, partijOf(res));
    const fouten = deps.schemas.validate('sim-clock', req.body);
    if (fouten.length > 0) throw problems.rejected(fouten);
    const today = (req.body as { vandaag: string }).vandaag;
    if (!isIsoDate(today)) {
      throw problems.rejected([
        { foutcode: 'SCHEMA', fouttekst: 'vandaag moet een bestaande datum JJJJ-MM-DD zijn.', pointer: '/vandaag' },
      ]);
    }
    deps.clock.set(today);
    res.json({ vandaag: deps.clock.today() });
  });
  router.post('/_sim/reset', async (_req, res) => {
    assertOperator(deps.parties, partijOf(res));
    await deps.reset();
    res.json({ status: 'ok', service: deps.service, vandaag: deps.clock.today() });
  });
  router.get('/_sim/journal', async (req, res) => {
    const self = partijOf(res);
    const onbekend = onbekendeParameters({ ...req.query }, JOURNAAL_PARAMETERS, 'het journaal');
    if (onbekend.length > 0) throw problems.rejected(onbekend);
    const asked = typeof req.query.partij === 'string' ? req.query.partij : undefined;
    const isOperator = deps.parties.isOperator(self);
    if (!isOperator && asked !== undefined && asked !== self) {
      throw problems.forbidden('Een partij mag alleen haar eigen uitwisselingen in het journaal lezen.');
    }
    const na = intParam(req.query.na, 'na', 0, Number.MAX_SAFE_INTEGER, 0);
    const limiet = intParam(req.query.limiet, 'limiet', 1, 1000, 100);
    const wacht = intParam(req.query.wacht, 'wacht', 0, MAX_WACHT_S, 0);
    const traceId = textParam(req.query.spoor, 'spoor', /^[0-9a-f]{32}$/, 'een trace-id van 32 kleine hex-tekens');
    const bericht = textParam(req.query.bericht, 'bericht', /^.{1,200}$/, 'een identificatiecodeBedrijfsdocument');
    const query = {
      na,
      limiet,
      ...(isOperator ? (asked ? { partij: asked } : {}) : { partij: self }),
      ...(traceId ? { traceId } : {}),
      ...(bericht ? { bericht } : {}),
    };
    let entries = deps.journal.list(query);
    if (entries.length === 0 && wacht > 0) {
      // Long-poll: wait for a later entry that this caller may see, the caller leaving, or the deadline.
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      const deadline = Date.now() + wacht * 1000;
      let seen = na;
      while (entries.length === 0 && !gone.signal.aborted && Date.now() < deadline) {
        await deps.journal.waitFor(seen, deadline - Date.now(), gone.signal);
        entries = deps.journal.list(query);
        // Entries of others woke us: wait for what comes after them.
        seen = Math.max(seen, deps.journal.lastSeq());
      }
      if (gone.signal.aborted) return;
    }
    // vandaag: the service's simulated date now, so a reader knows it before the first entry comes.
    res.json({
      regels: entries,
      volgende: entries.length > 0 ? entries[entries.length - 1]!.seq : na,
      vandaag: deps.clock.today(),
    });
  });
  return router;
}
