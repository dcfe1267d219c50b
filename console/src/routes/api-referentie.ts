// One API reference page per service, rendered by Swagger UI (installed from npm, served from this
// machine) from the service's own /openapi.json, fetched through the console.
import { SERVICES, type ServiceName } from '@duo-sim/shared';
import express, { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { isUnreachable } from '../gateway.js';
import { html, jsonBlock } from '../html.js';
import { consoleProblem } from '../problem.js';
import { SERVICE_NAMEN } from '../views/layout.js';

const isService = (s: string): s is ServiceName => (SERVICES as readonly string[]).includes(s);

export function apiReferentieRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  router.use('/vendor/swagger-ui', express.static(ctx.deps.swaggerDir, { index: false, maxAge: '1h' }));

  router.get('/api-referentie', async (_req, res) => {
    await ctx.render(
      res,
      { titel: 'API-referentie', actief: '/api-referentie' },
      html`<p>
          De beschrijving van elke dienst komt uit haar eigen <code>/openapi.json</code>. Aanroepen doet u met de CLI of met
          “Verstuur als”: de diensten vragen een certificaat dat een browser niet heeft.
        </p>
        <ul class="kaarten">
          ${SERVICES.map(
            (s) =>
              html`<li class="kaart">
                <h2><a href="/api-referentie/${s}">${SERVICE_NAMEN[s]}</a></h2>
              </li>`,
          )}
        </ul>`,
    );
  });

  router.get('/api-referentie/:service', async (req, res) => {
    const service = req.params.service;
    if (!isService(service)) {
      await ctx.render(
        res,
        { titel: 'Onbekende dienst', actief: '/api-referentie' },
        html`<p>Er is geen dienst “${service}”; kies rio, osr, bron of verzuim.</p>`,
        404,
      );
      return;
    }
    await ctx.render(
      res,
      {
        titel: `API-referentie ${SERVICE_NAMEN[service]}`,
        actief: '/api-referentie',
        script: 'api',
        extraHead: html`<link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css" />`,
      },
      html`${jsonBlock('api-dienst', service)}
        <div id="swagger" class="swagger-vak"><p class="stil">De beschrijving wordt geladen…</p></div>
        <script src="/vendor/swagger-ui/swagger-ui-bundle.js" defer></script>`,
    );
  });

  router.get('/api/openapi/:service', async (req, res) => {
    const service = req.params.service;
    if (!isService(service))
      throw consoleProblem(404, 'NIET_GEVONDEN', `Er is geen dienst ${service}; kies rio, osr, bron of verzuim.`, '/');
    const answer = await ctx.deps.gateway.send(service, 'GET', '/openapi.json');
    if (isUnreachable(answer))
      throw consoleProblem(502, 'NIET_BEREIKBAAR', `${SERVICE_NAMEN[service]} is niet bereikbaar: ${answer.onbereikbaar}`, '/');
    res.status(answer.status).json(answer.body);
  });

  return router;
}
