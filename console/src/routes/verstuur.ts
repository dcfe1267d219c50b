// "Verstuur als": the form, the live schema check, the examples, and sending.
import { SERVICES, type ServiceName } from '@duo-sim/shared';
import { Router, type Response } from 'express';
import type { ConsoleContext } from '../context.js';
import { isUnreachable, newConsoleTrace } from '../gateway.js';
import { consoleProblem } from '../problem.js';
import { createOperationCatalog, operatieVoor, valideer, voorbeelden, voorbeeldTekst } from '../send-as.js';
import { loadTimeline } from '../timeline.js';
import { foutmeldingenIn, tijdlijnView } from '../views/components.js';
import { verstuurView, type Formulier, type Verstuurd } from '../views/verstuur.js';

const METHODEN = ['GET', 'POST', 'PUT', 'PATCH'];
const MAX_TEKST = 1_000_000;

function formulierUit(body: Record<string, unknown>): { formulier: Formulier; fouten: string[] } {
  const s = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
  const formulier = {
    partij: s('partij'),
    service: s('service'),
    methode: s('methode'),
    pad: s('pad').trim(),
    tekst: s('tekst'),
  };
  const fouten: string[] = [];
  if (!(SERVICES as readonly string[]).includes(formulier.service)) fouten.push('Kies een dienst: rio, osr, bron of verzuim.');
  if (!METHODEN.includes(formulier.methode)) fouten.push('Kies een methode: GET, POST, PUT of PATCH.');
  if (!/^\/[^\s]*$/.test(formulier.pad))
    fouten.push('Het pad moet met / beginnen en mag geen spaties bevatten, bijvoorbeeld /inschrijvingen.');
  if (formulier.tekst.length > MAX_TEKST) fouten.push('Het bericht is groter dan 1 MB; de diensten nemen het niet aan.');
  return { formulier, fouten };
}

export function verstuurRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  const catalog = createOperationCatalog(ctx.deps.gateway);
  const partijen = ctx.deps.parties.all().filter((p) => p.rol !== 'duo');

  const show = async (
    res: Response,
    formulier: Formulier,
    extra: { fouten?: string[]; verstuurd?: Verstuurd } = {},
    status = 200,
  ) => {
    await ctx.render(
      res,
      { titel: 'Verstuur als', actief: '/verstuur', script: 'verstuur' },
      verstuurView({ parties: partijen, operaties: await catalog.operaties(), voorbeelden: voorbeelden(), formulier, ...extra }),
      status,
    );
  };

  router.get('/verstuur', async (_req, res) => {
    const eerste = partijen.find((p) => p.rol === 'leverancier') ?? partijen[0];
    await show(res, {
      partij: eerste?.oin ?? '',
      service: 'bron',
      methode: 'POST',
      pad: '/inschrijvingen',
      tekst: voorbeeldTekst('bron/inschrijving.json') ?? '',
    });
  });

  router.post('/verstuur', async (req, res) => {
    const { formulier, fouten } = formulierUit((req.body ?? {}) as Record<string, unknown>);
    const partij = ctx.deps.parties.get(formulier.partij);
    if (!partij) fouten.push('Kies een partij uit de lijst.');
    let body: unknown;
    if (formulier.methode !== 'GET' && formulier.tekst.trim() !== '') {
      try {
        body = JSON.parse(formulier.tekst);
      } catch (err) {
        fouten.push(`Het bericht is geen geldige JSON (${(err as Error).message}); verbeter het en verstuur opnieuw.`);
      }
    }
    if (fouten.length > 0) return show(res, formulier, { fouten }, 400);
    const traceId = newConsoleTrace();
    const service = formulier.service as ServiceName;
    const answer = await ctx.deps.gateway.send(service, formulier.methode, formulier.pad, { body, als: partij!.oin, traceId });
    const t = await loadTimeline(ctx.timeline, traceId);
    const codes = [
      ...(isUnreachable(answer) ? [] : foutmeldingenIn(answer.body).map((f) => f.foutcode)),
      ...t.stappen.flatMap((s) => s.entry.foutcodes),
    ];
    const regels = await ctx.regelsVoor(codes, service);
    const verstuurd: Verstuurd = isUnreachable(answer)
      ? { onbereikbaar: answer.onbereikbaar, traceId, regels, spoor: tijdlijnView(t, regels) }
      : { status: answer.status, body: answer.body, traceId, regels, spoor: tijdlijnView(t, regels) };
    await show(res, formulier, { verstuurd });
  });

  router.post('/api/valideer', async (req, res) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    const service = b.service;
    if (
      typeof service !== 'string' ||
      !(SERVICES as readonly string[]).includes(service) ||
      typeof b.methode !== 'string' ||
      typeof b.pad !== 'string' ||
      typeof b.tekst !== 'string'
    ) {
      throw consoleProblem(
        400,
        'VERZOEK',
        'Stuur service (rio, osr, bron of verzuim), methode, pad en tekst als tekenreeksen mee.',
        '/',
      );
    }
    const op = operatieVoor(await catalog.operaties(), service as ServiceName, b.methode, b.pad);
    res.json({
      operatie: op ? { pad: op.pad, samenvatting: op.samenvatting, schema: op.schema ?? null } : null,
      fouten: op?.schema || b.tekst.trim() !== '' ? valideer(ctx.deps.schemas(), op?.schema, b.tekst) : [],
    });
  });

  router.get('/api/voorbeelden/*pad', (req, res) => {
    const pad = ([] as string[]).concat((req.params as { pad: string | string[] }).pad).join('/');
    const tekst = voorbeeldTekst(pad);
    if (tekst === undefined)
      throw consoleProblem(404, 'NIET_GEVONDEN', `Er is geen voorbeeld ${pad}; kies er een uit de lijst.`, '/');
    res.type('application/json').send(tekst);
  });

  return router;
}
