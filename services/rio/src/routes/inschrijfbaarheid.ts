// GET /inschrijfbaarheid (RIO-11): the question BRON and the verzuimregister ask for every
// inschrijving. Always 200 with every reason, unless the question itself is malformed (400).
import { validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { checkInschrijfbaarheid } from '../domain/inschrijfbaarheid.js';

export function inschrijfbaarheidRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/inschrijfbaarheid', (req, res) => {
    const q = validQuery<Schemas.RIOInschrijfbaarheidsvraag>(deps.schemas, 'rio-inschrijfbaarheid-query', req);
    const vraag = { ...q, peildatum: q.peildatum ?? deps.clock.today() };
    const foutmeldingen = checkInschrijfbaarheid(vraag, {
      aanbieder: deps.store.findAanbieder(vraag.onderwijsaanbiedercode),
      locatie: deps.store.findLocatie(vraag.onderwijslocatiecode),
      vestiging: deps.store.findVestigingserkenning(vraag.vestigingscode),
      gebruikenVanLocatie: deps.store.listGebruikenOfLocatie(vraag.onderwijslocatiecode),
    });
    const antwoord: Schemas.RIOInschrijfbaarheid = {
      inschrijfbaar: foutmeldingen.length === 0,
      peildatum: vraag.peildatum,
      foutmeldingen,
    };
    res.status(200).json(antwoord);
  });
  return router;
}
