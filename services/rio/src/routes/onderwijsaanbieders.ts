// /onderwijsaanbieders (docs/services/rio.md): the reads (RIO-08) and the beheer-berichten (RIO-07): POST a
// new aanbieder, RIO assigns its code (RIO-02); PUT a standlevering of an existing one.
import { fout, problems, validBody, validQuery, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { eigenaarsVanAanbieder } from '../domain/eigenaarschap.js';
import { checkOnderwijsaanbieder, verwijzingenVan, type AanbiederVerwijzingen } from '../domain/onderwijsaanbieder.js';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import { canonicalAanbieder } from '../domain/standlevering.js';
import type { Instellingserkenning, Onderwijsaanbieder, Onderwijsbestuur } from '../domain/types.js';
import { aanbiederAntwoord } from '../responses.js';
import type { RioStore } from '../store.js';
import { assertBeheerder, assertEigenErkenningen, isEigenBestuur, type Beheerder } from './beheerder.js';
import { codeFout, notFound, page } from './params.js';

const PAGINAGROOTTE = 100;

type Aanlevering = Schemas.RIOOnderwijsaanbiederAanlevering;

function loadVerwijzingen(store: RioStore, aanlevering: Aanlevering): AanbiederVerwijzingen {
  const { besturen, brins } = verwijzingenVan(aanlevering);
  return {
    besturen: new Map(
      besturen.flatMap((c): Array<[string, Onderwijsbestuur]> => {
        const b = store.findBestuur(c);
        return b ? [[c, b]] : [];
      }),
    ),
    instellingserkenningen: new Map(
      brins.flatMap((c): Array<[string, Instellingserkenning]> => {
        const e = store.findInstellingserkenning(c);
        return e ? [[c, e]] : [];
      }),
    ),
  };
}

/**
 * RIO-07 (AUT401): a bestuur delivers only aanbieders it runs itself, and ties them only to its own
 * BRIN4s; `huidig` is the stored state (PUT), whose existing relaties stay allowed.
 */
function assertMagAanleveren(
  beheerder: Beheerder,
  aanlevering: Aanlevering,
  verwijzingen: AanbiederVerwijzingen,
  huidig?: Onderwijsaanbieder,
): void {
  if (beheerder.operator) return;
  if (!aanlevering.besturen.some((r) => isEigenBestuur(beheerder, r.onderwijsbestuurcode))) {
    throw problems.forbidden(
      'Een bestuur levert alleen aanbieders aan die het zelf in stand houdt; neem uw eigen onderwijsbestuurcode op in besturen.',
    );
  }
  const bestaand = new Set(huidig?.juridischeRelaties.map((r) => r.instellingserkenningscode) ?? []);
  assertEigenErkenningen(
    beheerder,
    aanlevering.juridischeRelaties.flatMap((r, i) =>
      bestaand.has(r.instellingserkenningscode)
        ? []
        : [
            {
              code: r.instellingserkenningscode,
              erkenning: verwijzingen.instellingserkenningen.get(r.instellingserkenningscode),
              pointer: `/juridischeRelaties/${i}/instellingserkenningscode`,
              sleutelnaam: 'instellingserkenningscode',
            },
          ],
    ),
  );
}

export function onderwijsaanbiedersRoutes(deps: AppDeps): Router {
  const router = Router();
  const { store, schemas, clock } = deps;

  router.get('/onderwijsaanbieders', (req, res) => {
    const q = validQuery<Schemas.RIOOnderwijsaanbiedersvraag>(schemas, 'rio-onderwijsaanbieders-query', req);
    const peildatum = q.peildatum ?? clock.today();
    const grootte = q.paginagrootte === undefined ? PAGINAGROOTTE : Number(q.paginagrootte);
    const { pagina, offset, limit } = page(q.pagina, grootte);
    const bestuurcode = q.onderwijsbestuurcode;
    if (bestuurcode !== undefined && !store.findBestuur(bestuurcode)) {
      throw notFound('A01110', `Onderwijsbestuur ${bestuurcode} is onbekend in RIO.`, { onderwijsbestuurcode: bestuurcode });
    }
    const { totaal, items } = store.listAanbieders({
      peildatum,
      ...(bestuurcode === undefined ? {} : { bestuurcode }),
      offset,
      limit,
    });
    const antwoord: Schemas.RIOOnderwijsaanbiedersPagina = {
      peildatum,
      ...(bestuurcode === undefined ? {} : { onderwijsbestuurcode: bestuurcode }),
      pagina,
      paginagrootte: grootte,
      totaal,
      volgendePagina: offset + items.length < totaal ? pagina + 1 : null,
      onderwijsaanbieders: items.map((a) => aanbiederAntwoord(a, peildatum)),
    };
    res.status(200).json(antwoord);
  });

  router.get('/onderwijsaanbieders/:code', (req, res) => {
    const code = req.params.code;
    const q = validQuery<Schemas.RIOPeildatumvraag>(
      schemas,
      'rio-peildatum-query',
      req,
      codeFout('onderwijsaanbiedercode', code),
    );
    const peildatum = q.peildatum ?? clock.today();
    const aanbieder = store.findAanbieder(code);
    if (!aanbieder) throw notFound('N09440', `Onderwijsaanbieder ${code} is onbekend in RIO.`, { onderwijsaanbiedercode: code });
    // RIO-08
    if (!isInBedrijfOp(aanbieder, peildatum)) {
      throw notFound(
        'RIO-08',
        `Onderwijsaanbieder ${code} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(aanbieder)}).`,
        { onderwijsaanbiedercode: code, peildatum },
      );
    }
    res.status(200).json(aanbiederAntwoord(aanbieder, peildatum));
  });

  router.post('/onderwijsaanbieders', (req, res) => {
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijsaanbieder-aanlevering', req);
    if (aanlevering.onderwijsaanbiedercode !== undefined) {
      // RIO-02: the code is RIO's to give.
      throw problems.rejected([
        fout(
          'RIO-02',
          'RIO kent de onderwijsaanbiedercode zelf toe; laat onderwijsaanbiedercode weg bij een nieuwe aanbieder.',
          '/onderwijsaanbiedercode',
          { onderwijsaanbiedercode: aanlevering.onderwijsaanbiedercode },
        ),
      ]);
    }
    const tijdstip = clock.now().toISOString();
    // One transaction: the checks hold for the write, and concurrent creates get distinct codes.
    const aanbieder = store.transaction(() => {
      const verwijzingen = loadVerwijzingen(store, aanlevering);
      assertMagAanleveren(beheerder, aanlevering, verwijzingen);
      const fouten = checkOnderwijsaanbieder(aanlevering, verwijzingen);
      if (fouten.length > 0) throw problems.rejected(fouten);
      const { onderwijsaanbiedercode: _geen, ...inhoud } = canonicalAanbieder(aanlevering, '');
      return store.insertAanbieder(inhoud, tijdstip);
    });
    const antwoord: Schemas.RIOOnderwijsaanbiederGoedgekeurd = { requestGoedgekeurd: true, onderwijsaanbieder: aanbieder };
    res.status(201).location(`/onderwijsaanbieders/${aanbieder.onderwijsaanbiedercode}`).json(antwoord);
  });

  router.put('/onderwijsaanbieders/:code', (req, res) => {
    const code = req.params.code;
    const padFout = codeFout('onderwijsaanbiedercode', code);
    if (padFout.length > 0) throw problems.rejected(padFout);
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijsaanbieder-aanlevering', req);
    if (aanlevering.onderwijsaanbiedercode !== undefined && aanlevering.onderwijsaanbiedercode !== code) {
      // RIO-07: a standlevering is about the object in the path.
      throw problems.rejected([
        fout(
          'RIO-07',
          `De onderwijsaanbiedercode in het bericht (${aanlevering.onderwijsaanbiedercode}) is niet die in het pad (${code}).`,
          '/onderwijsaanbiedercode',
          { onderwijsaanbiedercode: aanlevering.onderwijsaanbiedercode },
        ),
      ]);
    }
    const tijdstip = clock.now().toISOString();
    const aanbieder = store.transaction(() => {
      const huidig = store.findAanbieder(code);
      // RIO-07 (AUT401): the bestuur that runs it now (or last) changes it. A bestuur hears the
      // same for a code RIO does not know; only the operator hears 404 (docs/authorization.md).
      const eigen =
        huidig !== undefined &&
        [...eigenaarsVanAanbieder(huidig.besturen, clock.today())].some((c) => isEigenBestuur(beheerder, c));
      if (!beheerder.operator && !eigen) {
        throw problems.forbidden(
          `Alleen het bestuur dat onderwijsaanbieder ${code} in stand houdt, of de operator, mag hem wijzigen.`,
        );
      }
      if (!huidig)
        throw notFound(
          'N09440',
          `Onderwijsaanbieder ${code} is onbekend in RIO; een nieuwe aanbieder gaat met POST /onderwijsaanbieders.`,
          { onderwijsaanbiedercode: code },
        );
      const verwijzingen = loadVerwijzingen(store, aanlevering);
      assertMagAanleveren(beheerder, aanlevering, verwijzingen, huidig);
      const fouten = checkOnderwijsaanbieder({ ...aanlevering, onderwijsaanbiedercode: code }, verwijzingen);
      if (fouten.length > 0) throw problems.rejected(fouten);
      const nieuw = canonicalAanbieder(aanlevering, code);
      store.replaceAanbieder(nieuw, tijdstip);
      return nieuw;
    });
    const antwoord: Schemas.RIOOnderwijsaanbiederGoedgekeurd = { requestGoedgekeurd: true, onderwijsaanbieder: aanbieder };
    res.status(200).json(antwoord);
  });
  return router;
}
