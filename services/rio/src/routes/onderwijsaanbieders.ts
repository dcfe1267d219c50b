// /onderwijsaanbieders (docs/services/rio.md): the reads (RIO-08) and the beheer-berichten (RIO-07): POST a
// new aanbieder, RIO assigns its code (RIO-02); PUT a standlevering of an existing one.
import { problems, validBody, validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { createOnderwijsaanbieder, replaceOnderwijsaanbieder } from '../use-cases/deliver-onderwijsaanbieder.js';
import { listOnderwijsaanbieders, readOnderwijsaanbieder } from '../use-cases/read-onderwijsaanbieders.js';
import { assertBeheerder } from './beheerder.js';
import { codeFout, page } from './params.js';

const PAGINAGROOTTE = 100;

type Aanlevering = Schemas.RIOOnderwijsaanbiederAanlevering;

export function onderwijsaanbiedersRoutes(deps: AppDeps): Router {
  const router = Router();
  const { store, schemas, clock } = deps;

  router.get('/onderwijsaanbieders', (req, res) => {
    const q = validQuery<Schemas.RIOOnderwijsaanbiedersvraag>(schemas, 'rio-onderwijsaanbieders-query', req);
    const grootte = q.paginagrootte === undefined ? PAGINAGROOTTE : Number(q.paginagrootte);
    const peildatum = q.peildatum ?? clock.today();
    res.status(200).json(listOnderwijsaanbieders(deps, peildatum, q.onderwijsbestuurcode, page(q.pagina, grootte)));
  });

  router.get('/onderwijsaanbieders/:code', (req, res) => {
    const code = req.params.code;
    const q = validQuery<Schemas.RIOPeildatumvraag>(
      schemas,
      'rio-peildatum-query',
      req,
      codeFout('onderwijsaanbiedercode', code),
    );
    res.status(200).json(readOnderwijsaanbieder(deps, code, q.peildatum ?? clock.today()));
  });

  router.post('/onderwijsaanbieders', (req, res) => {
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijsaanbieder-aanlevering', req);
    const antwoord = createOnderwijsaanbieder(deps, beheerder, aanlevering);
    res.status(201).location(`/onderwijsaanbieders/${antwoord.onderwijsaanbieder.onderwijsaanbiedercode}`).json(antwoord);
  });

  router.put('/onderwijsaanbieders/:code', (req, res) => {
    const code = req.params.code;
    const padFout = codeFout('onderwijsaanbiedercode', code);
    if (padFout.length > 0) throw problems.rejected(padFout);
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijsaanbieder-aanlevering', req);
    res.status(200).json(replaceOnderwijsaanbieder(deps, beheerder, code, aanlevering));
  });
  return router;
}
