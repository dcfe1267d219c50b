// Who is at the console in workshop mode (docs/console.md#workshop-mode). A join link /toegang/<token>
// swaps its token for an HttpOnly, SameSite=Strict cookie and sends the browser on without the token
// in the URL. With a workshop every page and API needs that cookie; without one, a console that
// listens beyond loopback serves nobody. The loopback console without a workshop is the operator's.
import { whoseToken, type Deelnemer, type Workshop } from '@duo-sim/shared';
import type { NextFunction, Request, Response } from 'express';
import { html } from '../html.js';
import { consoleProblem } from '../problem.js';
import type { WorkshopBron } from './bron.js';

export const COOKIE = 'duo_sim_workshop';

export type Wie =
  { rol: 'operator' } | { rol: 'docent'; workshop: Workshop } | { rol: 'deelnemer'; workshop: Workshop; deelnemer: Deelnemer };

export const wieIs = (res: Response): Wie => (res.locals.wie as Wie | undefined) ?? { rol: 'operator' };

function cookieToken(req: Request): string | undefined {
  for (const deel of (req.headers.cookie ?? '').split(';')) {
    const [naam, ...rest] = deel.trim().split('=');
    if (naam === COOKIE) return rest.join('=');
  }
  return undefined;
}

/** The one page a visitor without a valid link gets; it names nothing of the workshop. */
function vraagJeDocent(req: Request, res: Response, status: number, tekst: string): void {
  if (req.path.startsWith('/api/')) {
    const p = consoleProblem(status, 'GEEN_TOEGANG', tekst, '/');
    res.status(status).type('application/problem+json').json(p.toBody());
    return;
  }
  // A page of its own, without the console's frame or scripts: nothing else is served.
  res
    .status(status)
    .type('html')
    .send(
      html`<!doctype html>
        <html lang="nl">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Vraag je docent om je link · duo-sim</title>
            <style>
              body {
                font-family: system-ui, sans-serif;
                max-width: 40rem;
                margin: 4rem auto;
                padding: 0 1rem;
                font-size: 1.2rem;
              }
            </style>
          </head>
          <body>
            <main>
              <h1>Vraag je docent om je link</h1>
              <p>${tekst}</p>
            </main>
          </body>
        </html>`.text,
    );
}

const GEEN_LINK = 'Deze console is alleen open met een persoonlijke link; vraag je docent om je link.';

export function workshopToegang(bron: WorkshopBron | undefined, opties: { alleenMetWorkshop: boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stand = bron?.stand() ?? { soort: 'geen' as const };
    if (stand.soort === 'geen') {
      if (opties.alleenMetWorkshop) return vraagJeDocent(req, res, 403, GEEN_LINK);
      res.locals.wie = { rol: 'operator' } satisfies Wie;
      return next();
    }
    if (stand.soort === 'onleesbaar')
      return vraagJeDocent(req, res, 503, 'De workshop kan niet gelezen worden; vraag je docent.');
    const workshop = stand.workshop;
    const toegang = /^\/toegang\/([^/]+)$/.exec(req.path);
    // A token is base64url: a link that is not (a broken %-escape among it) is simply no token.
    const token = toegang ? toegang[1] : cookieToken(req);
    const gevonden = token ? whoseToken(workshop, token) : undefined;
    if (!gevonden) return vraagJeDocent(req, res, 403, GEEN_LINK);
    if (toegang) {
      // Strict: another site cannot send the cookie along; HttpOnly: no script reads it.
      res.setHeader('set-cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);
      res.setHeader('referrer-policy', 'no-referrer');
      res.redirect(303, gevonden.rol === 'docent' ? '/docent' : '/');
      return;
    }
    res.locals.wie = (gevonden.rol === 'docent' ? { rol: 'docent', workshop } : { ...gevonden, workshop }) satisfies Wie;
    next();
  };
}
