// The world view: search, a school, a pupil, a gemeente; every read through the services' APIs.
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { gemeenteView, leerlingView, schoolView, zoekView } from '../views/wereld.js';
import { lees, schoolBeeld, scholen } from '../world.js';

export function wereldRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  const gateway = ctx.deps.gateway;

  router.get('/wereld', async (req, res) => {
    const zoek = typeof req.query.zoek === 'string' ? req.query.zoek.trim().slice(0, 100) : '';
    await ctx.render(
      res,
      { titel: 'De wereld', actief: '/wereld' },
      zoekView(zoek, await scholen(gateway), ctx.deps.parties.all()),
    );
  });

  router.get('/wereld/scholen/:brin', async (req, res) => {
    const brin = req.params.brin.toUpperCase();
    const alle = await scholen(gateway);
    const school = alle.ok ? alle.body.find((s) => s.brin === brin) : undefined;
    if (!school) {
      await ctx.render(
        res,
        { titel: 'School niet gevonden', actief: '/wereld' },
        html`<p>${alle.ok ? `OSR kent geen school met BRIN ${brin}.` : alle.waarom} <a href="/wereld">Zoek een school</a>.</p>`,
        alle.ok ? 404 : 503,
      );
      return;
    }
    await ctx.render(
      res,
      { titel: school.naam, actief: '/wereld' },
      schoolView(await schoolBeeld(gateway, school), ctx.deps.parties),
    );
  });

  router.get('/wereld/leerlingen/:pgn', async (req, res) => {
    const pgn = req.params.pgn;
    const gelezen = /^\d{9}$/.test(pgn)
      ? await lees<Record<string, unknown>>(gateway, 'bron', `/_sim/leerlingen/${pgn}`)
      : ({ ok: false, waarom: 'Een BSN of onderwijsnummer bestaat uit 9 cijfers.' } as const);
    await ctx.render(res, { titel: `Leerling ${pgn}`, actief: '/wereld' }, leerlingView(pgn, gelezen), gelezen.ok ? 200 : 404);
  });

  router.get('/wereld/gemeenten/:code', async (req, res) => {
    const gemeente = ctx.deps.parties.all().find((p) => p.rol === 'gemeente' && p.gemeentecode === req.params.code);
    if (!gemeente) {
      await ctx.render(
        res,
        { titel: 'Gemeente niet gevonden', actief: '/wereld' },
        html`<p>Geen gemeente met code ${req.params.code}.</p>`,
        404,
      );
      return;
    }
    const meldingen = await lees<{ meldingen: Array<Record<string, unknown>> }>(
      gateway,
      'verzuim',
      `/gemeenten/${gemeente.gemeentecode}/meldingen`,
    );
    await ctx.render(res, { titel: gemeente.naam, actief: '/wereld' }, gemeenteView(gemeente, meldingen));
  });

  return router;
}
