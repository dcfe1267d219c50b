// The Express skeleton every service shares: identity, the party gates, journal, JSON bodies and
// their text policy, the common routes, then the service's own routes, then the 404 and error
// handlers. Nothing of a body is read before the caller is known to be allowed to send it.
import express, { type Router } from 'express';
import type { ChangeSource } from '../change-signal.js';
import type { Clock } from '../clock.js';
import { DEFAULT_SERVER_LIMITS } from '../config.js';
import { openDatabase } from '../db.js';
import type { Journal } from '../journal.js';
import type { Logger } from '../logger.js';
import { buildOpenApi, type OperationSpec } from '../openapi.js';
import type { PartyRegistry } from '../parties.js';
import { Problem } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';
import {
  createStoringenStore,
  operatieHerkenner,
  storingEffecten,
  storingenRoutes,
  STORINGEN_OPERATIONS,
  type StoringenStore,
} from '../storingen/index.js';
import type { RevocationList } from '../tls.js';
import { BODY_LIMIT_BYTES, bodyBudgetGate, createBodyBudget, type BodyBudget } from './body-budget.js';
import { oneBufferJsonBody } from './body-buffer.js';
import { bodyTextPolicy, checkRawBody } from './body-text.js';
import { changeMiddleware } from './change-middleware.js';
import { commonRoutes, COMMON_OPERATIONS } from './common-routes.js';
import { locals } from './context.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { identityMiddleware, type Identify } from './identity.js';
import { journalMiddleware } from './journal-middleware.js';
import { enterTrace, traceMiddleware } from './trace-middleware.js';
import { knownPartyGate, operatorPathGate } from './party-gate.js';

/** What every service app is built from; services add their own store and peers. */
export interface CommonDeps {
  clock: Clock;
  journal: Journal;
  logger: Logger;
  schemas: SchemaRegistry;
  parties: PartyRegistry;
  revocations: RevocationList;
  /** Bumped around every request that may change data, for in-process peers' caches (change-signal.ts). */
  changes?: ChangeSource;
  /**
   * Who is calling. Left out (as every server.ts does) it is the TLS client certificate
   * (`certificateIdentity`); tests that drive an app in-process without TLS pass their own.
   */
  identify?: Identify;
  /** Body bytes read at once (body-budget.ts); by default a budget of its own with the default size. */
  bodyBudget?: BodyBudget;
  /** The injected faults (docs/storingen.md), in the service's database; by default an in-memory one. */
  storingen?: StoringenStore;
  /** The longest a TIME_OUT fault holds a request (tests shorten it). */
  storingTimeOutMaxMs?: number;
}

export interface ServiceDefinition {
  service: string;
  title: string;
  description: string;
  versie: string;
  operations: readonly OperationSpec[];
  routes: Router;
  /** Back to the seed world (POST /_sim/reset). */
  reset: () => void | Promise<void>;
}

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

export function createServiceApp(deps: CommonDeps, def: ServiceDefinition): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  if (deps.changes) app.use(changeMiddleware(deps.changes));
  app.use(identityMiddleware(deps.revocations, deps.identify));
  app.use(traceMiddleware);
  app.use(knownPartyGate(deps.parties));
  app.use(journalMiddleware(deps.journal, deps.clock, deps.logger));
  app.use(operatorPathGate(deps.parties));
  app.use((req, _res, next) => {
    // docs/services/common.md: bodies are application/json; anything else is refused as content, not ignored.
    if (WITH_BODY.has(req.method) && req.headers['content-length'] !== '0' && !req.is('application/json')) {
      next(new Problem(400, [{ foutcode: 'SCHEMA', fouttekst: 'Stuur het bericht als application/json.', pointer: '/' }]));
      return;
    }
    next();
  });
  app.use(bodyBudgetGate(deps.bodyBudget ?? createBodyBudget(DEFAULT_SERVER_LIMITS.bodyBudgetBytes), deps.parties));
  // Keep the text as received for the journal, so it is not serialised again there.
  const verify = (res: express.Response, buf: Buffer, encoding: string) => {
    checkRawBody(res, buf, encoding);
    locals(res).verzoekJson = buf.toString('utf8');
  };
  app.use(oneBufferJsonBody((res, buf) => verify(res, buf, 'utf-8')));
  app.use(
    express.json({
      limit: BODY_LIMIT_BYTES,
      strict: true,
      verify: (_req, res, buf, encoding) => verify(res as unknown as express.Response, buf, encoding),
    }),
  );
  app.use(enterTrace);
  app.use(bodyTextPolicy);

  // Faults hit the service's own operations, after the body is read (a fault may aim at the bericht's school).
  const storingen = deps.storingen ?? createStoringenStore(openDatabase(':memory:'));
  const herkenner = operatieHerkenner(def.operations);
  app.use(
    storingEffecten({
      service: def.service,
      store: storingen,
      operaties: herkenner,
      ...(deps.storingTimeOutMaxMs !== undefined ? { timeOutMaxMs: deps.storingTimeOutMaxMs } : {}),
    }),
  );
  app.use(
    storingenRoutes({
      service: def.service,
      store: storingen,
      schemas: deps.schemas,
      parties: deps.parties,
      operaties: herkenner.namen,
    }),
  );

  const operations = [...COMMON_OPERATIONS, ...STORINGEN_OPERATIONS, ...def.operations];
  let openapi: object | undefined;
  app.use(
    commonRoutes({
      service: def.service,
      versie: def.versie,
      clock: deps.clock,
      journal: deps.journal,
      schemas: deps.schemas,
      parties: deps.parties,
      openapi: () =>
        (openapi ??= buildOpenApi(
          { title: def.title, versie: def.versie, description: def.description },
          deps.schemas,
          operations,
        )),
      reset: async () => {
        await def.reset();
        storingen.clear();
      },
    }),
  );
  app.use(def.routes);
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
