// The console's Express app (docs/console.md). Never listens, never reads process.env: server.ts
// and the tests build it from their own dependencies.
import type { TeldatumModus } from '@duo-sim/bron';
import { silentLogger, SERVICES, type Logger, type ServiceName } from '@duo-sim/shared';
import express, { type Express } from 'express';
import type { ConsoleContext, ConsoleDeps } from './context.js';
import { renderWith } from './context.js';
import { createControls } from './controls.js';
import { consoleErrors, notFound } from './errors.js';
import { createLiveHub, type LiveHub } from './live.js';
import { apiReferentieRoutes } from './routes/api-referentie.js';
import { bedieningRoutes } from './routes/bediening.js';
import { hulpRoutes } from './routes/hulp.js';
import { inspecteurRoutes } from './routes/inspecteur.js';
import { ketenRoutes } from './routes/keten.js';
import { leverancierRoutes } from './routes/leveranciers.js';
import { ketentestRoutes } from './routes/ketentest.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { verstuurRoutes } from './routes/verstuur.js';
import { wereldRoutes } from './routes/wereld.js';
import type { Regel } from './rules.js';
import { createScenarioRunner } from './scenario-runner.js';
import { deelnemerRoutes } from './routes/deelnemer.js';
import { docentRoutes } from './routes/docent.js';
import { createVerzendlimiet } from './workshop/limiet.js';
import { wieIs, workshopToegang } from './workshop/toegang.js';

export type { ConsoleDeps } from './context.js';

export interface ConsoleApp {
  app: Express;
  hub: LiveHub;
  /** Ends the event streams (the feed and gateway are the caller's). */
  close(): void;
}

export function createApp(deps: ConsoleDeps, options: { logger?: Logger; teldatumModus?: TeldatumModus } = {}): ConsoleApp {
  const logger = options.logger ?? silentLogger();
  const hub = createLiveHub(deps.feed, deps.parties, deps.gateway.operatorOin);
  const controls = createControls(deps.gateway);
  const origins = new Map(SERVICES.map((s) => [new URL(deps.peers[s]).origin, s] as [string, ServiceName]));
  const ctx: ConsoleContext = {
    deps,
    hub,
    controls,
    runner: createScenarioRunner({ gateway: deps.gateway, controls, parties: deps.parties }),
    timeline: { gateway: deps.gateway, parties: deps.parties, serviceOfUrl: (url) => origins.get(url) ?? null },
    render: renderWith(deps),
    async regelsVoor(foutcodes, service) {
      const unique = [...new Set(foutcodes)];
      const found = await Promise.all(unique.map((c) => deps.rules.regelVoor(c, service)));
      return new Map<string, Regel | undefined>(unique.map((c, i) => [c, found[i]]));
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use((_req, res, next) => {
    // Everything is local: no page may load anything from elsewhere.
    res.setHeader(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
    );
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  // Before anything is served: in workshop mode only a valid link's cookie gets in (docs/console.md).
  const workshop = deps.workshop;
  app.use(workshopToegang(workshop?.bron, { alleenMetWorkshop: workshop?.alleenMetWorkshop ?? false }));
  app.use('/static', express.static(deps.publicDir, { index: false, maxAge: '5m' }));
  app.use(express.urlencoded({ extended: false, limit: '2mb' }));
  app.use('/api', express.json({ limit: '2mb' }));
  if (workshop) app.use(deelnemerRoutes(ctx, workshop.bron, createVerzendlimiet()), docentRoutes(ctx, workshop.bron));
  // A participant reaches nothing else but the schema check and the examples of its send form: the
  // operator's pages would show the whole world. Unknown and forbidden look the same.
  const nietGevonden = notFound(deps.feed);
  app.use((req, res, next) => {
    if (wieIs(res).rol !== 'deelnemer') return next();
    if (
      (req.method === 'POST' && req.path === '/api/valideer') ||
      (req.method === 'GET' && req.path.startsWith('/api/voorbeelden/'))
    )
      return next();
    nietGevonden(req, res);
  });
  app.use(
    ketenRoutes(ctx),
    scenarioRoutes(ctx),
    inspecteurRoutes(ctx),
    wereldRoutes(ctx),
    verstuurRoutes(ctx),
    bedieningRoutes(ctx, options.teldatumModus ?? 'FEBRUARI'),
    leverancierRoutes(ctx),
    apiReferentieRoutes(ctx),
    ketentestRoutes(ctx),
    hulpRoutes(ctx),
  );
  app.use(notFound(deps.feed));
  app.use(consoleErrors(logger, deps.feed));
  return { app, hub, close: () => hub.close() };
}
