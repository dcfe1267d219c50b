// The scenarios of `npm run sim -- scenario`, played from the page one step at a time.
import { SCENARIOS } from '@duo-sim/shared';
import { Router, type Response } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { ScenarioFout } from '../scenario-runner.js';
import { loadTimeline } from '../timeline.js';
import { foutmeldingenIn, tijdlijnView } from '../views/components.js';
import { scenarioLijst, scenarioView } from '../views/scenarios.js';

export function scenarioRoutes(ctx: ConsoleContext): Router {
  const router = Router();

  const unknown = (res: Response, naam: string) =>
    ctx.render(
      res,
      { titel: 'Scenario niet gevonden', actief: '/scenarios' },
      html`<p>Er is geen scenario “${naam}”. <a href="/scenarios">Kies een scenario</a>.</p>`,
      404,
    );

  router.get('/scenarios', async (_req, res) => {
    await ctx.render(res, { titel: "Scenario's", actief: '/scenarios' }, scenarioLijst(SCENARIOS));
  });

  router.get('/scenarios/:naam', async (req, res) => {
    const naam = req.params.naam;
    const scenario = SCENARIOS[naam];
    if (!scenario) return unknown(res, naam);
    const run = ctx.runner.huidige();
    const laatste = run?.naam === naam ? run.gespeeld[run.gespeeld.length - 1] : undefined;
    let spoor;
    if (laatste) {
      const t = await loadTimeline(ctx.timeline, laatste.traceId);
      const regels = await ctx.regelsVoor(t.stappen.flatMap((s) => foutmeldingenIn(s.entry.antwoord).map((f) => f.foutcode)));
      spoor = tijdlijnView(t, regels);
    }
    await ctx.render(
      res,
      { titel: scenario.titel, actief: '/scenarios', script: 'scenario' },
      scenarioView(naam, scenario, run, spoor),
    );
  });

  const act = (doe: (naam: string) => Promise<unknown>) => async (req: { params: { naam: string } }, res: Response) => {
    const naam = req.params.naam;
    if (!SCENARIOS[naam]) return unknown(res, naam);
    try {
      await doe(naam);
    } catch (err) {
      if (!(err instanceof ScenarioFout)) throw err;
      return ctx.render(res, { titel: 'Scenario', actief: '/scenarios' }, html`<p class="waarschuwing">${err.message}</p>`, 409);
    }
    const run = ctx.runner.huidige();
    res.redirect(303, `/scenarios/${naam}${run && run.gespeeld.length > 0 ? `#stap-${run.gespeeld.length}` : ''}`);
  };
  router.post(
    '/scenarios/:naam/start',
    act((naam) => ctx.runner.start(naam)),
  );
  router.post(
    '/scenarios/:naam/volgende',
    act(async (naam) => {
      if (ctx.runner.huidige()?.naam !== naam) throw new ScenarioFout('Dit scenario loopt niet; start het eerst.');
      await ctx.runner.volgende();
    }),
  );

  return router;
}
