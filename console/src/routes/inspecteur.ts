// The inspector over the console's window of the merged journal.
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { describe } from '../exchanges.js';
import { filtersFrom, matcher } from '../inspector.js';
import { inspecteurView } from '../views/inspecteur.js';

const SHOWN = 200;

export function inspecteurRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  router.get('/inspecteur', async (req, res) => {
    const query = req.query as Record<string, unknown>;
    const filters = filtersFrom(query);
    const window = ctx.deps.feed.window();
    const parties = ctx.deps.parties.all();
    const matches = window.filter(matcher(filters, parties, ctx.deps.gateway.operatorOin));
    const gevonden = matches
      .slice(-SHOWN)
      .reverse()
      .map((e) => describe(e, ctx.deps.parties, ctx.hub.serviceOfSpan));
    let detail: Parameters<typeof inspecteurView>[0]['detail'];
    if (typeof query.regel === 'string') {
      const entry = window.find((e) => `${e.service}:${e.seq}` === query.regel);
      detail = entry
        ? {
            entry,
            u: describe(entry, ctx.deps.parties, ctx.hub.serviceOfSpan),
            regels: await ctx.regelsVoor(entry.foutcodes, entry.service),
          }
        : 'weg';
    }
    const rest = new URLSearchParams(
      Object.entries(query).filter((kv): kv is [string, string] => kv[0] !== 'regel' && typeof kv[1] === 'string'),
    ).toString();
    await ctx.render(
      res,
      { titel: 'Inspecteur', actief: '/inspecteur' },
      inspecteurView({
        filters,
        parties,
        gevonden,
        totaal: matches.length,
        venster: window.length,
        ...(detail ? { detail } : {}),
        query: rest,
      }),
    );
  });
  return router;
}
