// Clock and reset for the whole chain.
import { deadline, relevanteTeldatum, type TeldatumModus } from '@duo-sim/bron';
import { isIsoDate } from '@duo-sim/shared';
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { bedieningView, perDienstView, resetBevestiging } from '../views/bediening.js';

export function bedieningRoutes(ctx: ConsoleContext, teldatumModus: TeldatumModus): Router {
  const router = Router();

  router.get('/bediening', async (_req, res) => {
    const klok = await ctx.controls.klok();
    const vandaag = klok.find((k) => k.ok)?.tekst;
    // BEK-01/BEK-08 as BRON computes them (its own calendar functions, with the same BRON_TELDATUM).
    const teldatum = vandaag ? relevanteTeldatum(vandaag, teldatumModus) : undefined;
    const sprong = {
      ...(vandaag ? { vandaag } : {}),
      ...(teldatum ? { teldatum, deadline: deadline(teldatum, teldatumModus) } : {}),
    };
    await ctx.render(res, { titel: 'Klok en reset', actief: '/bediening' }, bedieningView(klok, sprong));
  });

  router.post('/bediening/klok', async (req, res) => {
    const vandaag = (req.body as { vandaag?: unknown } | undefined)?.vandaag;
    if (typeof vandaag !== 'string' || !isIsoDate(vandaag)) {
      await ctx.render(
        res,
        { titel: 'Klok en reset', actief: '/bediening' },
        html`<p class="waarschuwing" role="alert">
          <span aria-hidden="true">▲</span> “${typeof vandaag === 'string' ? vandaag : ''}” is geen bestaande datum; geef een
          datum als JJJJ-MM-DD.
          <a href="/bediening">Terug</a>
        </p>`,
        400,
      );
      return;
    }
    const uitkomst = await ctx.controls.zetKlok(vandaag);
    await ctx.render(
      res,
      { titel: 'Klok en reset', actief: '/bediening' },
      html`<p class="melding" role="status">De klok is gezet:</p>
        ${perDienstView(uitkomst)}
        <p><a class="knop" href="/bediening">Terug naar klok en reset</a></p>`,
      uitkomst.every((u) => u.ok) ? 200 : 502,
    );
  });

  router.get('/bediening/reset', async (_req, res) => {
    await ctx.render(res, { titel: 'Reset', actief: '/bediening' }, resetBevestiging());
  });

  router.post('/bediening/reset', async (_req, res) => {
    const uitkomst = await ctx.controls.reset();
    await ctx.render(
      res,
      { titel: 'Reset', actief: '/bediening' },
      html`<p class="melding" role="status">De keten is terug naar de seed-wereld:</p>
        ${perDienstView(uitkomst)}
        <p><a class="knop" href="/">Naar de keten</a></p>`,
      uitkomst.every((u) => u.ok) ? 200 : 502,
    );
  });

  return router;
}
