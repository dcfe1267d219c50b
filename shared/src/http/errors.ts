// The final middleware (docs/architecture.md decision 2): Problems become application/problem+json, a body
// the parser refused becomes 400/413, anything else 500 INT500 with the stack logged, never sent.
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import { PeerAnswerError, PeerUnavailableError } from '../http-client.js';
import { TOO_LARGE } from './body-budget.js';
import { Problem } from '../problem.js';
import { locals } from './context.js';

export function sendProblem(res: Response, problem: Problem): void {
  const body = problem.toBody();
  if (body.identificatiecodeBedrijfsdocument === undefined && locals(res).berichtId !== undefined) {
    body.identificatiecodeBedrijfsdocument = locals(res).berichtId!;
  }
  res.status(problem.status).type('application/problem+json').json(body);
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

function fromBodyParser(err: BodyParserError): Problem | null {
  if (typeof err.status !== 'number' || err.status < 400 || err.status >= 500) return null;
  if (typeof err.type !== 'string') {
    // Express's own 4xx errors, e.g. a path with a malformed %-escape (URIError, status 400).
    return new Problem(400, [
      { foutcode: 'SCHEMA', fouttekst: 'Het pad of de query is ongeldig gecodeerd; gebruik geldige %-escapes.', pointer: '/' },
    ]);
  }
  if (err.type === 'entity.too.large') {
    return new Problem(413, [{ foutcode: 'SCHEMA', fouttekst: TOO_LARGE, pointer: '/' }]);
  }
  const fouttekst =
    err.type === 'entity.parse.failed'
      ? 'Het bericht is geen geldige JSON; stuur een JSON-object.'
      : `Het bericht kan niet gelezen worden (${err.type}); stuur JSON in UTF-8.`;
  return new Problem(400, [{ foutcode: 'SCHEMA', fouttekst, pointer: '/' }]);
}

export function errorHandler(logger: Logger) {
  // Express recognises an error handler by its four parameters.
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const problem = err instanceof Problem ? err : fromBodyParser(err as BodyParserError);
    if (problem) {
      sendProblem(res, problem);
      return;
    }
    if (err instanceof PeerUnavailableError) {
      // INT500: a downstream service failed; saying which one helps the vendor. Its address and the
      // socket error are internal: the operator's log keeps them, the vendor hears only the peer.
      logger.warn({ err: err.message }, 'peer unavailable');
      sendProblem(
        res,
        new Problem(500, [{ foutcode: 'INT500', fouttekst: `${err.peer} is niet bereikbaar; probeer het later opnieuw.` }]),
      );
      return;
    }
    if (err instanceof PeerAnswerError && err.status >= 500) {
      // A peer that answers 5xx (ONDERHOUD or INT500 set on it, docs/storingen.md) is unavailable, not a
      // bug here: the vendor learns which peer, not what the peer told this service.
      logger.warn({ err: err.message }, 'peer unavailable');
      const fouttekst = `${err.peer} is tijdelijk niet beschikbaar (antwoord ${err.status}); probeer het later opnieuw.`;
      sendProblem(res, new Problem(500, [{ foutcode: 'INT500', fouttekst }]));
      return;
    }
    logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(
      res,
      new Problem(500, [{ foutcode: 'INT500', fouttekst: 'Er ging intern iets mis; probeer het later opnieuw.' }]),
    );
  };
}

export function notFoundHandler(req: Request, _res: Response, next: NextFunction): void {
  next(
    new Problem(404, [
      {
        foutcode: 'NIET_GEVONDEN',
        fouttekst: `Onbekend pad ${req.method} ${req.path}; zie /openapi.json voor wat deze dienst kent.`,
      },
    ]),
  );
}
