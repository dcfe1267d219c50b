// The teacher's page in workshop mode: the live scoreboard (participants × opdrachten; the page asks
// again when the event stream shows new exchanges) and the controls for the whole class.
import { isIsoDate } from '@duo-sim/shared';
import { Router, type Response } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { perDienstView } from '../views/bediening.js';
import { DOCENT_NAV, docentView, scorebordView } from '../views/workshop.js';
import type { WorkshopBron } from '../workshop/bron.js';
import { klasstand } from '../workshop/klas.js';
import { onderhoudVoorIedereen } from '../workshop/storing.js';
import { wieIs } from '../workshop/toegang.js';

export function docentRoutes(ctx: ConsoleContext, bron: WorkshopBron): Router {
  const router = Router();
  const docent = (res: Response) => {
    const wie = wieIs(res);
    return wie.rol === 'docent' ? wie : undefined;
  };
  // The teacher's pages exist for the teacher only; the operator without a workshop has none.
  router.use(['/docent', '/api/docent'], (_req, res, next) => (docent(res) ? next() : next('router')));
  const render = (res: Response, titel: string, body: Parameters<ConsoleContext['render']>[2], status = 200) =>
    ctx.render(res, { titel, actief: '/docent', nav: DOCENT_NAV, script: 'docent' }, body, status);

  const bord = (res: Response) => {
    const { workshop } = docent(res)!;
    const stand = klasstand(bron, ctx.deps.feed, workshop);
    return { workshop, stand, html: scorebordView(workshop, stand.opdrachten.opdrachten, stand.behaald) };
  };

  router.get('/docent', async (_req, res) => {
    const b = bord(res);
    await render(res, `Workshop: ${b.workshop.naam}`, docentView(b.html, b.workshop, b.stand.opdrachten.opdrachten.length));
  });

  router.get('/api/docent/scorebord', (_req, res) => {
    const b = bord(res);
    res.json({
      geopend: b.workshop.geopend,
      deelnemers: b.workshop.deelnemers.map((d) => ({ nummer: d.nummer, naam: d.naam, gedaan: b.stand.behaald[d.oin] ?? [] })),
      html: b.html.text,
    });
  });

  router.post('/docent/volgende', (_req, res) => {
    const { workshop } = docent(res)!;
    const totaal = bron.opdrachten(workshop).opdrachten.length;
    // One more than the file says now: two clicks (or two teachers' tabs) open two opdrachten.
    bron.wijzig((nu) => ({ ...nu, geopend: Math.min(totaal, nu.geopend + 1) }));
    res.redirect(303, '/docent');
  });

  router.post('/docent/storing', async (_req, res) => {
    const uitkomst = await onderhoudVoorIedereen(ctx.deps.gateway);
    await render(
      res,
      'Onderhoud',
      html`<p class="melding" role="status">
          Onderhoud voor de hele klas (BRON en het verzuimregister antwoorden 503 ONDERHOUD):
        </p>
        ${perDienstView(uitkomst)}
        <p><a class="knop" href="/docent">Terug naar het scorebord</a></p>`,
      uitkomst.every((u) => u.ok) ? 200 : 502,
    );
  });

  router.post('/docent/klok', async (req, res) => {
    const vandaag = (req.body as { vandaag?: unknown } | undefined)?.vandaag;
    if (typeof vandaag !== 'string' || !isIsoDate(vandaag)) {
      await render(
        res,
        'Klok',
        html`<p class="waarschuwing" role="alert">
          “${typeof vandaag === 'string' ? vandaag : ''}” is geen bestaande datum; geef een datum als JJJJ-MM-DD.
          <a href="/docent">Terug</a>
        </p>`,
        400,
      );
      return;
    }
    const uitkomst = await ctx.controls.zetKlok(vandaag);
    await render(
      res,
      'Klok',
      html`<p class="melding" role="status">De klok is gezet voor de hele klas:</p>
        ${perDienstView(uitkomst)}
        <p><a class="knop" href="/docent">Terug naar het scorebord</a></p>`,
      uitkomst.every((u) => u.ok) ? 200 : 502,
    );
  });

  return router;
}
