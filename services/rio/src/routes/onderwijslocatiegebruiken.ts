// /onderwijslocatiegebruiken (docs/services/rio.md): the reads (RIO-08) and the beheer-berichten (RIO-07):
// POST a new gebruik (an address not yet in RIO becomes a new locatie with a code, RIO-02),
// PUT a standlevering of an existing one. One gebruik per (bestuur, locatie) (RIO-04).
import { fout, Problem, problems, validBody, validQuery, type Foutmelding, type Schemas } from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { checkOnderwijslocatiegebruik } from '../domain/onderwijslocatiegebruik.js';
import { beschrijf, isInBedrijfOp } from '../domain/peildatum.js';
import { canonicalAdres, canonicalGebruik } from '../domain/standlevering.js';
import type { Onderwijslocatiegebruik, Vestigingserkenning } from '../domain/types.js';
import { gebruikAntwoord } from '../responses.js';
import type { RioStore } from '../store.js';
import { assertBeheerder, assertEigenErkenningen, instellingVan, isEigenBestuur, type Beheerder } from './beheerder.js';
import { notFound } from './params.js';

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

function loadVestigingen(store: RioStore, aanlevering: Aanlevering): Map<string, Vestigingserkenning> {
  const codes = new Set(aanlevering.juridischeRelaties.map((r) => r.vestigingserkenningscode));
  return new Map(
    [...codes].flatMap((c): Array<[string, Vestigingserkenning]> => {
      const v = store.findVestigingserkenning(c);
      return v ? [[c, v]] : [];
    }),
  );
}

/**
 * RIO-07 (AUT401): a bestuur delivers only its own gebruiken, tied only to vestigingen of its own
 * bevoegd gezag; relaties the stored gebruik already has stay allowed.
 */
function assertMagAanleveren(
  store: RioStore,
  beheerder: Beheerder,
  aanlevering: Aanlevering,
  vestigingen: Map<string, Vestigingserkenning>,
  huidig?: Onderwijslocatiegebruik,
): void {
  if (!isEigenBestuur(beheerder, aanlevering.onderwijsbestuurcode)) {
    throw problems.forbidden(
      `Onderwijsbestuur ${aanlevering.onderwijsbestuurcode} is niet dat van de afzender; een bestuur levert alleen eigen locatiegebruiken aan.`,
    );
  }
  const bestaand = new Set(huidig?.juridischeRelaties.map((r) => r.vestigingserkenningscode) ?? []);
  assertEigenErkenningen(
    beheerder,
    aanlevering.juridischeRelaties.flatMap((r, i) =>
      bestaand.has(r.vestigingserkenningscode)
        ? []
        : [
            {
              code: r.vestigingserkenningscode,
              erkenning: instellingVan(store, vestigingen.get(r.vestigingserkenningscode)),
              pointer: `/juridischeRelaties/${i}/vestigingserkenningscode`,
              sleutelnaam: 'vestigingserkenningscode',
            },
          ],
    ),
  );
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
    const peildatum = q.peildatum ?? clock.today();
    const { onderwijsbestuurcode: bestuurcode, vestigingscode } = q;
    if (bestuurcode !== undefined && !store.findBestuur(bestuurcode)) {
      throw notFound('A01110', `Onderwijsbestuur ${bestuurcode} is onbekend in RIO.`, { onderwijsbestuurcode: bestuurcode });
    }
    if (vestigingscode !== undefined && !store.findVestigingserkenning(vestigingscode)) {
      throw notFound('A01040', `Vestiging (BRIN6) ${vestigingscode} is onbekend.`, { vestigingscode });
    }
    const gebruiken = store.listGebruiken({
      peildatum,
      ...(bestuurcode === undefined ? {} : { bestuurcode }),
      ...(vestigingscode === undefined ? {} : { vestigingscode }),
    });
    const antwoord: Schemas.RIOOnderwijslocatiegebruiken = {
      peildatum,
      ...(bestuurcode === undefined ? {} : { onderwijsbestuurcode: bestuurcode }),
      ...(vestigingscode === undefined ? {} : { vestigingscode }),
      onderwijslocatiegebruiken: gebruiken.map((g) => gebruikAntwoord(g, peildatum)),
    };
    res.status(200).json(antwoord);
  });

  router.get('/onderwijslocatiegebruiken/:sleutel', (req, res) => {
    const sleutel = parseSleutel(req.params.sleutel);
    const q = validQuery<Schemas.RIOPeildatumvraag>(schemas, 'rio-peildatum-query', req, 'foutcode' in sleutel ? [sleutel] : []);
    if ('foutcode' in sleutel) throw problems.rejected([sleutel]);
    const peildatum = q.peildatum ?? clock.today();
    const { bestuurcode, locatiecode } = sleutel;
    const gebruik = store.findGebruik(bestuurcode, locatiecode);
    const sleutels = { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: locatiecode };
    if (!gebruik)
      throw notFound(
        'A01130',
        `Onderwijsbestuur ${bestuurcode} heeft geen gebruik van onderwijslocatie ${locatiecode}.`,
        sleutels,
      );
    // RIO-08
    if (!isInBedrijfOp(gebruik, peildatum)) {
      throw notFound(
        'RIO-08',
        `Het gebruik ${bestuurcode}-${locatiecode} is op ${peildatum} niet in bedrijf (in bedrijf ${beschrijf(gebruik)}).`,
        { ...sleutels, peildatum },
      );
    }
    res.status(200).json(gebruikAntwoord(gebruik, peildatum));
  });

  router.post('/onderwijslocatiegebruiken', (req, res) => {
    const beheerder = assertBeheerder(res, deps.parties, store);
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijslocatiegebruik-aanlevering', req);
    const { onderwijslocatiecode: code, onderwijslocatie: adres } = aanlevering;
    if ((code === undefined) === (adres === undefined)) {
      throw problems.rejected([
        {
          foutcode: 'SCHEMA',
          fouttekst:
            'Geef precies een van onderwijslocatiecode (een bestaande locatie) en onderwijslocatie (het adres van een nieuwe).',
          pointer: code === undefined ? '/' : '/onderwijslocatie',
        },
      ]);
    }
    const bestuurcode = aanlevering.onderwijsbestuurcode;
    const tijdstip = clock.now().toISOString();
    const uitkomst = store.transaction(() => {
      const vestigingen = loadVestigingen(store, aanlevering);
      assertMagAanleveren(store, beheerder, aanlevering, vestigingen);
      const bestaand = code !== undefined ? store.findLocatie(code) : store.findLocatieByAdres(adres!);
      // RIO-04 (N01020)
      if (bestaand && store.findGebruik(bestuurcode, bestaand.onderwijslocatiecode)) {
        throw new Problem(409, [
          fout(
            'N01020',
            `Onderwijsbestuur ${bestuurcode} gebruikt onderwijslocatie ${bestaand.onderwijslocatiecode} al; wijzig dat gebruik met PUT /onderwijslocatiegebruiken/${bestuurcode}-${bestaand.onderwijslocatiecode}.`,
            undefined,
            { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: bestaand.onderwijslocatiecode },
          ),
        ]);
      }
      const { onderwijslocatie: _adres, ...inhoud } = aanlevering;
      const fouten = checkOnderwijslocatiegebruik(
        { ...inhoud, ...(bestaand ? { onderwijslocatiecode: bestaand.onderwijslocatiecode } : {}) },
        {
          bestuur: store.findBestuur(bestuurcode),
          locatieBekend: code === undefined || bestaand !== undefined,
          vestigingserkenningen: vestigingen,
        },
      );
      if (fouten.length > 0) throw problems.rejected(fouten);
      const locatie = bestaand ?? store.insertLocatie(canonicalAdres(adres!), tijdstip);
      const gebruik = canonicalGebruik(inhoud, locatie.onderwijslocatiecode);
      store.insertGebruik(gebruik, tijdstip);
      return { gebruik, locatie, nieuw: !bestaand };
    });
    const antwoord: Schemas.RIOOnderwijslocatiegebruikGoedgekeurd = {
      requestGoedgekeurd: true,
      onderwijslocatiegebruik: uitkomst.gebruik,
      onderwijslocatie: uitkomst.locatie,
      nieuweOnderwijslocatie: uitkomst.nieuw,
    };
    res.status(201).location(`/onderwijslocatiegebruiken/${bestuurcode}-${uitkomst.locatie.onderwijslocatiecode}`).json(antwoord);
  });

  router.put('/onderwijslocatiegebruiken/:sleutel', (req, res) => {
    const sleutel = parseSleutel(req.params.sleutel);
    if ('foutcode' in sleutel) throw problems.rejected([sleutel]);
    const { bestuurcode, locatiecode } = sleutel;
    const beheerder = assertBeheerder(res, deps.parties, store);
    // RIO-07: the path names the bestuur, so another bestuur is refused before RIO looks the gebruik
    // up: it hears the same whether that bestuur uses the locatie or not (docs/authorization.md).
    if (!isEigenBestuur(beheerder, bestuurcode)) {
      throw problems.forbidden(
        `Onderwijsbestuur ${bestuurcode} is niet dat van de afzender; een bestuur levert alleen eigen locatiegebruiken aan.`,
      );
    }
    const aanlevering = validBody<Aanlevering>(schemas, 'rio-onderwijslocatiegebruik-aanlevering', req);
    // RIO-07: a standlevering is about the object in the path; a new address is a new gebruik.
    const sleutels = { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: locatiecode };
    const padFouten: Foutmelding[] = [];
    if (aanlevering.onderwijsbestuurcode !== bestuurcode) {
      padFouten.push(
        fout(
          'RIO-07',
          `De onderwijsbestuurcode in het bericht (${aanlevering.onderwijsbestuurcode}) is niet die in het pad (${bestuurcode}).`,
          '/onderwijsbestuurcode',
          sleutels,
        ),
      );
    }
    if (aanlevering.onderwijslocatiecode !== undefined && aanlevering.onderwijslocatiecode !== locatiecode) {
      padFouten.push(
        fout(
          'RIO-07',
          `De onderwijslocatiecode in het bericht (${aanlevering.onderwijslocatiecode}) is niet die in het pad (${locatiecode}).`,
          '/onderwijslocatiecode',
          sleutels,
        ),
      );
    }
    if (aanlevering.onderwijslocatie !== undefined) {
      padFouten.push(
        fout(
          'RIO-07',
          'Een gebruik houdt zijn locatie; een nieuw adres is een nieuw gebruik (POST /onderwijslocatiegebruiken).',
          '/onderwijslocatie',
          sleutels,
        ),
      );
    }
    if (padFouten.length > 0) throw problems.rejected(padFouten);
    const tijdstip = clock.now().toISOString();
    const gebruik = store.transaction(() => {
      const huidig = store.findGebruik(bestuurcode, locatiecode);
      if (!huidig)
        throw notFound(
          'A01130',
          `Onderwijsbestuur ${bestuurcode} heeft geen gebruik van onderwijslocatie ${locatiecode}; een nieuw gebruik gaat met POST.`,
          sleutels,
        );
      const vestigingen = loadVestigingen(store, aanlevering);
      assertMagAanleveren(store, beheerder, aanlevering, vestigingen, huidig);
      const { onderwijslocatie: _adres, ...inhoud } = aanlevering;
      const fouten = checkOnderwijslocatiegebruik(
        { ...inhoud, onderwijslocatiecode: locatiecode },
        { bestuur: store.findBestuur(bestuurcode), locatieBekend: true, vestigingserkenningen: vestigingen },
      );
      if (fouten.length > 0) throw problems.rejected(fouten);
      const nieuw = canonicalGebruik(inhoud, locatiecode);
      store.replaceGebruik(nieuw, tijdstip);
      return nieuw;
    });
    const antwoord: Schemas.RIOOnderwijslocatiegebruikGoedgekeurd = {
      requestGoedgekeurd: true,
      onderwijslocatiegebruik: gebruik,
      onderwijslocatie: store.findLocatie(locatiecode)!,
      nieuweOnderwijslocatie: false,
    };
    res.status(200).json(antwoord);
  });
  return router;
}
