// Errors of the console itself: its JSON API answers problem+json like the services; a page answers
// a page with one Dutch sentence. Never a stack trace.
import { errorHandler, Problem, type Logger } from '@duo-sim/shared';
import type { NextFunction, Request, Response } from 'express';
import { html } from './html.js';
import { page } from './views/layout.js';
import type { JournalFeed } from './feed.js';
import { kaderVoor } from './views/workshop.js';
import { wieIs } from './workshop/toegang.js';

export function consoleErrors(logger: Logger, feed: JournalFeed) {
  const api = errorHandler(logger);
  return (err: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/api/') || res.headersSent) {
      api(err, req, res, next);
      return;
    }
    const status = err instanceof Problem ? err.status : 500;
    const tekst =
      err instanceof Problem
        ? err.foutmeldingen.map((f) => f.fouttekst).join(' ')
        : 'Er ging in de console iets mis; probeer het opnieuw. De keten zelf draait door.';
    if (!(err instanceof Problem)) logger.error({ err, url: req.originalUrl }, 'console page failed');
    res
      .status(status)
      .type('html')
      .send(
        page(
          { titel: 'Dat lukte niet', actief: '', status: feed.status(), ...kaderVoor(wieIs(res).rol) },
          html`<p class="waarschuwing" role="alert">${tekst}</p>`,
        ),
      );
  };
}

export function notFound(feed: JournalFeed) {
  return (req: Request, res: Response): void => {
    if (req.path.startsWith('/api/')) {
      res
        .status(404)
        .type('application/problem+json')
        .json(
          new Problem(404, [
            { foutcode: 'NIET_GEVONDEN', fouttekst: `De console kent ${req.method} ${req.path} niet.`, pointer: '/' },
          ]).toBody(),
        );
      return;
    }
    res
      .status(404)
      .type('html')
      .send(
        page(
          // A workshop participant keeps its own menu and help: the operator's pages are not there for it.
          { titel: 'Pagina niet gevonden', actief: '', status: feed.status(), ...kaderVoor(wieIs(res).rol) },
          html`<p>De console heeft geen pagina ${req.path}. Kies een pagina in het menu.</p>`,
        ),
      );
  };
}
