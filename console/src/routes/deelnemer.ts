// A workshop participant's console (docs/workshop.md): its own vendor's world, its opdrachten, its own
// exchanges, sending as its own vendor (rate-limited), and its certificate bundle. Every resource is
// looked up inside the participant's own list first: another participant's school or exchange gets
// the same 404 as one that does not exist. Everything else of the console is not theirs (app.ts).
import { pkiPaths, SERVICES, type ServiceName } from '@duo-sim/shared';
import { Router, type Request, type Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import type { ConsoleContext } from '../context.js';
import { notFound } from '../errors.js';
import { isUnreachable } from '../gateway.js';
import { html } from '../html.js';
import { consoleProblem } from '../problem.js';
import { createOperationCatalog, voorbeelden, voorbeeldTekst } from '../send-as.js';
import { foutmeldingenIn, pretty } from '../views/components.js';
import { verstuurView, type Formulier } from '../views/verstuur.js';
import {
  DEELNEMER_HULP,
  DEELNEMER_NAV,
  deelnemerHulpView,
  deelnemerSchoolView,
  deelnemerView,
  opdrachtenView,
} from '../views/workshop.js';
import type { WorkshopBron } from '../workshop/bron.js';
import { kringVan } from '../workshop/doelen.js';
import { klasstand } from '../workshop/klas.js';
import type { Verzendlimiet } from '../workshop/limiet.js';
import { COOKIE, wieIs } from '../workshop/toegang.js';
import { lees } from '../world.js';

const METHODEN = ['GET', 'POST', 'PUT', 'PATCH'];
const BUNDEL = ['certificaat.pem', 'sleutel.pem', 'leverancier.p12', 'ca.pem', 'omgeving.bru'] as const;

type Verzoek = { service: ServiceName; methode: string; pad: string; body: unknown };

/** The form or API input as a request, or the Dutch sentences that say what is wrong. */
function verzoekUit(b: Record<string, unknown>): { verzoek?: Verzoek; fouten: string[] } {
  const s = (k: string) => (typeof b[k] === 'string' ? b[k] : '');
  const fouten: string[] = [];
  const service = s('service');
  const methode = s('methode');
  const pad = s('pad').trim();
  if (!(SERVICES as readonly string[]).includes(service)) fouten.push('Kies een dienst: rio, osr, bron of verzuim.');
  if (!METHODEN.includes(methode)) fouten.push('Kies een methode: GET, POST, PUT of PATCH.');
  if (!/^\/[^\s]*$/.test(pad))
    fouten.push('Het pad moet met / beginnen en mag geen spaties bevatten, bijvoorbeeld /inschrijvingen.');
  let body: unknown;
  const tekst = s('tekst');
  if (tekst.length > 1_000_000) fouten.push('Het bericht is groter dan 1 MB; de diensten nemen het niet aan.');
  else if (methode !== 'GET' && tekst.trim() !== '') {
    try {
      body = JSON.parse(tekst);
    } catch (err) {
      fouten.push(`Het bericht is geen geldige JSON (${(err as Error).message}); verbeter het en verstuur opnieuw.`);
    }
  }
  return fouten.length > 0 ? { fouten } : { verzoek: { service: service as ServiceName, methode, pad, body }, fouten };
}

export function deelnemerRoutes(ctx: ConsoleContext, bron: WorkshopBron, limiet: Verzendlimiet): Router {
  const router = Router();
  const catalog = createOperationCatalog(ctx.deps.gateway);
  const nietGevonden = notFound(ctx.deps.feed);
  const deelnemer = (res: Response) => {
    const wie = wieIs(res);
    return wie.rol === 'deelnemer' ? wie : undefined;
  };
  // Only a participant's session reaches these; for anyone else they do not exist.
  router.use((req, res, next) => (deelnemer(res) ? next() : next('router')));
  const render = (res: Response, titel: string, actief: string, body: Parameters<ConsoleContext['render']>[2], status = 200) =>
    ctx.render(
      res,
      { titel, actief, nav: DEELNEMER_NAV, script: actief === '/deelnemer/verstuur' ? 'deelnemer-verstuur' : 'deelnemer' },
      body,
      status,
    );

  router.get('/', async (_req, res) => {
    const { workshop, deelnemer: d } = deelnemer(res)!;
    const stand = klasstand(bron, ctx.deps.feed, workshop);
    const eigen = ctx.deps.feed
      .window()
      .filter((e) => e.partij === d.oin)
      .slice(-40)
      .reverse();
    await render(
      res,
      `Deelnemer ${d.nummer}`,
      '/',
      deelnemerView({
        deelnemer: d,
        opdrachten: opdrachtenView(
          stand.opdrachten.opdrachten,
          workshop.geopend,
          stand.behaald[d.oin] ?? [],
          kringVan(workshop, d),
        ),
        uitwisselingen: eigen,
      }),
    );
  });

  router.get(DEELNEMER_HULP, async (_req, res) => {
    await render(res, 'Hulp', DEELNEMER_HULP, deelnemerHulpView());
  });

  router.get('/api/deelnemer/voortgang', (_req, res) => {
    const { workshop, deelnemer: d } = deelnemer(res)!;
    const stand = klasstand(bron, ctx.deps.feed, workshop);
    res.json({
      geopend: stand.opdrachten.opdrachten.slice(0, workshop.geopend).map((o) => o.id),
      gedaan: stand.behaald[d.oin] ?? [],
    });
  });

  router.get('/deelnemer/scholen/:brin', async (req, res) => {
    const d = deelnemer(res)!.deelnemer;
    const school = d.scholen.find((s) => s.brin === req.params.brin.toUpperCase());
    if (!school) return nietGevonden(req, res);
    // Read as the operator: the participant's page views must not fill its journal (nor count as its work).
    const [berichten, inschrijvingen, bekostiging] = await Promise.all([
      lees<{ berichten: Array<Record<string, unknown>> }>(
        ctx.deps.gateway,
        'bron',
        `/scholen/${school.brin}/berichten?limiet=1000`,
      ),
      lees<{ inschrijvingen: Array<Record<string, unknown>> }>(
        ctx.deps.gateway,
        'bron',
        `/scholen/${school.brin}/inschrijvingen`,
      ),
      lees<Record<string, unknown>>(ctx.deps.gateway, 'bron', `/scholen/${school.brin}/bekostiging`),
    ]);
    await render(res, `${school.brin} ${school.naam}`, '/', deelnemerSchoolView({ berichten, inschrijvingen, bekostiging }));
  });

  router.get('/deelnemer/uitwisselingen/:service/:seq', async (req, res) => {
    const d = deelnemer(res)!.deelnemer;
    const e = ctx.deps.feed.window().find((x) => x.service === req.params.service && String(x.seq) === req.params.seq);
    if (!e || e.partij !== d.oin) return nietGevonden(req, res);
    await render(
      res,
      `${e.service.toUpperCase()} ${e.operatie}`,
      '/',
      html`<p>HTTP ${e.status} op ${e.vandaag}${e.foutcodes.length > 0 ? `: ${e.foutcodes.join(', ')}` : ''}</p>
        <h2>Verzoek</h2>
        ${pretty(e.verzoek)}
        <h2>Antwoord</h2>
        ${pretty(e.antwoord)}`,
    );
  });

  const toonFormulier = async (
    res: Response,
    formulier: Formulier,
    extra: Partial<Parameters<typeof verstuurView>[0]> = {},
    status = 200,
  ) => {
    const d = deelnemer(res)!.deelnemer;
    await render(
      res,
      'Verstuur',
      '/deelnemer/verstuur',
      verstuurView({
        parties: [{ oin: d.oin, naam: d.naam, rol: 'leverancier' }],
        operaties: await catalog.operaties(),
        voorbeelden: voorbeelden(),
        formulier,
        actie: '/deelnemer/verstuur',
        metSpoor: false,
        ...extra,
      }),
      status,
    );
  };

  router.get('/deelnemer/verstuur', async (_req, res) => {
    const d = deelnemer(res)!.deelnemer;
    const tekst = (voorbeeldTekst('bron/inschrijving.json') ?? '').replaceAll('0000000700011AA00000', d.scholen[0]!.school_oin);
    await toonFormulier(res, { partij: d.oin, service: 'bron', methode: 'POST', pad: '/inschrijvingen', tekst });
  });

  /** Sends as the participant's own vendor, whatever the form says: the certificate decides who it is. */
  const verstuur = async (
    req: Request,
    res: Response,
  ): Promise<
    { fouten: string[] } | { wachtS: number } | { answer: Awaited<ReturnType<ConsoleContext['deps']['gateway']['send']>> }
  > => {
    const d = deelnemer(res)!.deelnemer;
    const { verzoek, fouten } = verzoekUit((req.body ?? {}) as Record<string, unknown>);
    if (!verzoek) return { fouten };
    const beurt = limiet.neem(d.oin);
    if (!beurt.ok) return { wachtS: beurt.wachtS };
    const answer = await ctx.deps.gateway.send(verzoek.service, verzoek.methode, verzoek.pad, { body: verzoek.body, als: d.oin });
    return { answer };
  };
  const teVeel = (wachtS: number) =>
    `U verstuurt te snel: de console laat per deelnemer ongeveer één bericht per seconde door; probeer het over ${wachtS} seconde${wachtS === 1 ? '' : 'n'} opnieuw.`;

  router.post('/deelnemer/verstuur', async (req, res) => {
    const b = (req.body ?? {}) as Record<string, string>;
    const formulier: Formulier = {
      partij: '',
      service: b.service ?? '',
      methode: b.methode ?? '',
      pad: b.pad ?? '',
      tekst: b.tekst ?? '',
    };
    const uit = await verstuur(req, res);
    if ('fouten' in uit) return toonFormulier(res, formulier, { fouten: uit.fouten }, 400);
    if ('wachtS' in uit) {
      res.setHeader('retry-after', String(uit.wachtS));
      return toonFormulier(res, formulier, { fouten: [teVeel(uit.wachtS)] }, 429);
    }
    const a = uit.answer;
    const regels = await ctx.regelsVoor(
      isUnreachable(a) ? [] : foutmeldingenIn(a.body).map((f) => f.foutcode),
      verzoek(formulier),
    );
    const verstuurd = isUnreachable(a)
      ? { onbereikbaar: a.onbereikbaar, traceId: '', regels, spoor: html`` }
      : { status: a.status, body: a.body, traceId: '', regels, spoor: html`` };
    await toonFormulier(res, formulier, { verstuurd });
  });

  router.post('/api/deelnemer/verstuur', async (req, res) => {
    const uit = await verstuur(req, res);
    if ('fouten' in uit) throw consoleProblem(400, 'VERZOEK', uit.fouten.join(' '), '/');
    if ('wachtS' in uit) {
      res.setHeader('retry-after', String(uit.wachtS));
      throw consoleProblem(429, 'TE_SNEL', teVeel(uit.wachtS), '/');
    }
    if (isUnreachable(uit.answer)) throw consoleProblem(502, 'NIET_BEREIKBAAR', uit.answer.onbereikbaar, '/');
    res.json({ status: uit.answer.status, body: uit.answer.body });
  });

  router.get('/deelnemer/bundel', async (_req, res) => {
    const d = deelnemer(res)!.deelnemer;
    const curl = `curl --cacert ca.pem --cert certificaat.pem --key sleutel.pem ${ctx.deps.peers.osr}/api/v1/mandates`;
    await render(
      res,
      'Uw certificaat',
      '/deelnemer/bundel',
      html`<p>Om vanaf uw eigen laptop tegen de keten te programmeren. Deze bestanden zijn van uw leverancier alleen.</p>
        <ul>
          ${BUNDEL.map((b) => html`<li><a href="/deelnemer/bundel/${b}" download>${b}</a></li>`)}
        </ul>
        <p>Wachtwoord van <code>leverancier.p12</code>: <code>${d.wachtwoord}</code></p>
        <h2>Probeer het</h2>
        <pre><code>${curl}</code></pre>`,
    );
  });

  router.get('/deelnemer/bundel/:bestand', (req, res) => {
    const d = deelnemer(res)!.deelnemer;
    const pki = pkiPaths(bron.pkiDir);
    const bestanden: Record<string, string> = {
      'certificaat.pem': pki.partyCert(d.oin),
      'sleutel.pem': pki.partyKey(d.oin),
      'leverancier.p12': pki.partyP12(d.oin),
      'ca.pem': pki.caCert,
    };
    const naam = req.params.bestand;
    res.setHeader('content-disposition', `attachment; filename="${naam}"`);
    res.setHeader('cache-control', 'no-store');
    if (naam === 'omgeving.bru') {
      const p = ctx.deps.peers;
      res
        .type('text/plain')
        .send(`vars {\n  rio: ${p.rio}\n  osr: ${p.osr}\n  bron: ${p.bron}\n  verzuim: ${p.verzuim}\n  oin: ${d.oin}\n}\n`);
      return;
    }
    const file = bestanden[naam];
    if (!file || !existsSync(file)) {
      res.removeHeader('content-disposition');
      return nietGevonden(req, res);
    }
    res.type(naam.endsWith('.p12') ? 'application/x-pkcs12' : 'application/x-pem-file').send(readFileSync(file));
  });

  router.post('/uitloggen', (_req, res) => {
    res.setHeader('set-cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    res.redirect(303, '/');
  });

  return router;
}

const verzoek = (f: Formulier): ServiceName | undefined =>
  (SERVICES as readonly string[]).includes(f.service) ? (f.service as ServiceName) : undefined;
