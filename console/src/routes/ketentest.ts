// The ketentest page: every vendor's run, and one run's report (the same grader and HTML as the CLI).
import { rapportSectie } from '@duo-sim/ketentest';
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { html, trusted } from '../html.js';

export function ketentestRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  const bron = ctx.deps.ketentest;
  router.get('/ketentest', async (_req, res) => {
    const runs = bron?.runs() ?? [];
    await ctx.render(
      res,
      { titel: 'Ketentest', actief: '/ketentest' },
      runs.length === 0
        ? html`<p>
            Er is nog geen ketentest gestart. Start er een met
            <code>npm run sim -- ketentest start --as &lt;leverancier&gt;</code>.
          </p>`
        : html`<ul>
            ${runs.map(
              (r) =>
                html`<li>
                  <a href="/ketentest/${r.leverancier.oin}">${r.leverancier.naam}</a>: ketentest ${r.id}, gestart ${r.gestart},
                  ${r.gevallen.length} gevallen
                </li>`,
            )}
          </ul>`,
    );
  });
  router.get('/ketentest/:oin', async (req, res) => {
    const rapport = /^[0-9A-Z]{20}$/.test(req.params.oin) ? await bron?.rapport(req.params.oin) : undefined;
    if (!rapport) {
      await ctx.render(
        res,
        { titel: 'Ketentest', actief: '/ketentest' },
        html`<p>
          Deze leverancier heeft geen ketentest; start er een met
          <code>npm run sim -- ketentest start --as ${req.params.oin}</code>.
        </p>`,
        404,
      );
      return;
    }
    await ctx.render(
      res,
      { titel: `Ketentest ${rapport.run.leverancier.naam}`, actief: '/ketentest' },
      trusted(rapportSectie(rapport)),
    );
  });
  return router;
}
