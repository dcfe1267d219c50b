// GET /wijzigingen?sinds=&pagina= (RIO-09): every change made through the beheer-berichten, in the
// order RIO made them, 500 per page.
import { isIsoDate, validQueryObject, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { page, queryOf } from './params.js';

export const WIJZIGINGEN_PER_PAGINA = 500;

/** The start of time for a feed without `sinds`. */
const BEGIN = '0000-01-01T00:00:00.000Z';

/**
 * `sinds` as an ISO instant that compares as a string with the stored tijdstippen. The schema holds
 * its date to 1900–2999 (docs/reliability.md), so the instant keeps the 4-digit year form.
 */
function instant(sinds: string | undefined): string {
  if (sinds === undefined) return BEGIN;
  if (isIsoDate(sinds)) return `${sinds}T00:00:00.000Z`;
  return new Date(Date.parse(sinds)).toISOString();
}

export function wijzigingenRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/wijzigingen', (req, res) => {
    const query = queryOf(req);
    // The '+' of a UTC offset arrives as a space when a client did not encode it as %2B.
    if (typeof query.sinds === 'string') query.sinds = query.sinds.replace(' ', '+');
    const q = validQueryObject<{ sinds?: string; pagina?: string }>(deps.schemas, 'rio-wijzigingen-query', query);
    const sinds = instant(q.sinds);
    const { pagina, offset, limit } = page(q.pagina, WIJZIGINGEN_PER_PAGINA);
    // One more than a page tells whether another page follows.
    const rows = deps.store.listWijzigingen({ sinds, offset, limit: limit + 1 });
    const antwoord: Schemas.RIOWijzigingen = {
      ...(q.sinds === undefined ? {} : { sinds }),
      pagina,
      paginagrootte: WIJZIGINGEN_PER_PAGINA,
      volgendePagina: rows.length > limit ? pagina + 1 : null,
      wijzigingen: rows.slice(0, limit),
    };
    res.status(200).json(antwoord);
  });
  return router;
}
