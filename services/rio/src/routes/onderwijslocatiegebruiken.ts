// /onderwijslocatiegebruiken (docs/services/rio.md): the reads (RIO-08) and the beheer-berichten (RIO-07):
// POST a new gebruik (an address not yet in RIO becomes a new locatie with a code, RIO-02),
// PUT a standlevering of an existing one. One gebruik per (bestuur, locatie) (RIO-04).
import { problems, validBody, validQuery, type Foutmelding, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import {
  assertMayReplaceGebruik,
  createOnderwijslocatiegebruik,
  replaceOnderwijslocatiegebruik,
} from '../use-cases/deliver-onderwijslocatiegebruik.js';
import { listOnderwijslocatiegebruiken, readOnderwijslocatiegebruik } from '../use-cases/read-onderwijslocatiegebruiken.js';
import { assertBeheerder } from './beheerder.js';

type Aanlevering = Schemas.RIOOnderwijslocatiegebruikAanlevering;

const SLEUTEL = /^(\d{3}B\d{3})-(\d{3}X\d{3})$/;

/** `{onderwijsbestuurcode}-{onderwijslocatiecode}` from the path, or the 400 foutmelding. */
function parseSleutel(sleutel: string): { bestuurcode: string; locatiecode: string } | Foutmelding {
  const m = SLEUTEL.exec(sleutel);
  if (m) return { bestuurcode: m[1]!, locatiecode: m[2]! };
  return {
    foutcode: 'SCHEMA',
    fouttekst: 'Het pad noemt een gebruik als {onderwijsbestuurcode}-{onderwijslocatiecode}, bijvoorbeeld 100B001-107X001.',
    sleutelgegevens: [{ sleutelnaam: 'onderwijslocatiegebruik', sleutelwaarde: sleutel }],
  };
}

export function onderwijslocatiegebruikenRoutes(deps: AppDeps): Router {
  const router = Router();
  const { store, schemas, clock } = deps;

  router.get('/onderwijslocatiegebruiken', (req, res) => {
    const query = req.query as Record<string, unknown>;
    const zonderFilter: Foutmelding[] =
      query.onderwijsbestuurcode === undefined && query.vestigingscode === undefined
        ? [
            {
              foutcode: 'SCHEMA',
              fouttekst: 'Geef onderwijsbestuurcode of vestigingscode (of beide) om gebruiken te zoeken.',
              pointer: '?',
            },
          ]
        : [];
    const q = validQuery<Schemas.RIOOnderwijslocatiegebruikenvraag>(
      schemas,
      'rio-onderwijslocatiegebruiken-query',
      req,
      zonderFilter,
    );
    res.status(200).json(listOnderwijslocatiegebruiken(deps, q.peildatum ?? clock.today(), q));
  });

  router.get('/onderwijslocatiegebruiken/:sleutel', (req, res) => {
    const sleutel = parseSleutel(req.params.sleutel);
    const q = validQuery<Schemas.RIOPeildatumvraag>(schemas, 'rio-peildatum-query', req, 'foutcode' in sleutel ? [sleutel] : []);
    if ('foutcode' in sleutel) throw problems.rejected([sleutel]);
    res.status(200).json(readOnderwijslocatiegebruik(deps, sleutel, q.peildatum ?? clock.today()));
  });

  router.post('/onderwijslocatiegebruiken', (req, res) => {
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijslocatiegebruik-aanlevering', req);
    const antwoord = createOnderwijslocatiegebruik(deps, beheerder, aanlevering);
    const sleutel = `${aanlevering.onderwijsbestuurcode}-${antwoord.onderwijslocatie.onderwijslocatiecode}`;
    res.status(201).location(`/onderwijslocatiegebruiken/${sleutel}`).json(antwoord);
  });

  router.put('/onderwijslocatiegebruiken/:sleutel', (req, res) => {
    const sleutel = parseSleutel(req.params.sleutel);
    if ('foutcode' in sleutel) throw problems.rejected([sleutel]);
    const beheerder = assertBeheerder(res, deps.parties, store);
    assertMayReplaceGebruik(beheerder, sleutel.bestuurcode);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijslocatiegebruik-aanlevering', req);
    res.status(200).json(replaceOnderwijslocatiegebruik(deps, beheerder, sleutel, aanlevering));
  });
  return router;
}
