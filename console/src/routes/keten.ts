// The live page, its event stream, and the timeline of a bericht or trace.
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { isTraceId, loadTimeline, tracesOfBericht } from '../timeline.js';
import { foutmeldingenIn, tijdlijnView } from '../views/components.js';
import { ketenView } from '../views/keten.js';

export function ketenRoutes(ctx: ConsoleContext): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    await ctx.render(
      res,
      { titel: 'De keten, live', actief: '/', script: 'keten' },
      ketenView(ctx.deps.parties.all(), ctx.hub.recent(40)),
    );
  });

  router.get('/api/stroom', (req, res) => ctx.hub.handle(req, res));

  const timelinePage = async (traceIds: string[], titel: string, res: Parameters<ConsoleContext['render']>[0]) => {
    const tijdlijnen = await Promise.all(traceIds.map((t) => loadTimeline(ctx.timeline, t)));
    const codes = tijdlijnen.flatMap((t) => t.stappen.flatMap((s) => foutmeldingenIn(s.entry.antwoord).map((f) => f.foutcode)));
    const regels = await ctx.regelsVoor(codes);
    await ctx.render(
      res,
      { titel, actief: '' },
      html`${
        tijdlijnen.length > 1
          ? html`<p>
              Dit bericht is ${tijdlijnen.length} keer ontvangen; elke keer is een eigen spoor (de herhaling gaf hetzelfde
              antwoord, EK-06).
            </p>`
          : ''
      }
      ${tijdlijnen.map((t) => tijdlijnView(t, regels))}`,
    );
  };

  router.get('/berichten/:id', async (req, res) => {
    const id = req.params.id;
    const traces = await tracesOfBericht(ctx.timeline, id);
    if (traces.length === 0) {
      await ctx.render(
        res,
        { titel: 'Bericht niet gevonden', actief: '' },
        html`<p>
          Geen uitwisseling met identificatiecodeBedrijfsdocument <code>${id}</code> in de journalen van de diensten. Het journaal
          bewaart de laatste uitwisselingen; een ouder bericht is er niet meer.
        </p>`,
        404,
      );
      return;
    }
    await timelinePage(traces, `Bericht ${id}`, res);
  });

  router.get('/sporen/:traceId', async (req, res) => {
    const traceId = req.params.traceId;
    if (!isTraceId(traceId)) {
      await ctx.render(
        res,
        { titel: 'Geen geldig spoor', actief: '' },
        html`<p><code>${traceId}</code> is geen trace-id; een trace-id bestaat uit 32 kleine hexadecimale tekens.</p>`,
        400,
      );
      return;
    }
    await timelinePage([traceId], `Spoor ${traceId.slice(0, 8)}…`, res);
  });

  return router;
}
