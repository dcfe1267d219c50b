// POST /identificaties (docs/services/bron.md, BRON-01): identificeren persoon met of zonder PGN.
import {
  checkLeerling,
  handleVendorBericht,
  onderwijsnummerFor,
  problems,
  type Bedrijfsdocument,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import {
  identificeer,
  persoonsleutel,
  type TeIdentificerenPersoon,
  type UitgegevenOnderwijsnummers,
} from '../domain/identificatie.js';
import type { AppDeps } from '../deps.js';

export const identificatieOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/identificaties',
    summary: 'Identificeren persoon, met of zonder PGN (BRON-01)',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-identificatie-bericht',
    response: 'bron-identificatie-antwoord',
  },
];

interface IdentificatieBericht {
  bedrijfsdocument: Bedrijfsdocument;
  persoon: TeIdentificerenPersoon;
}

export function identificatieRoutes(deps: AppDeps): Router {
  const router = Router();
  const issued: UitgegevenOnderwijsnummers = {
    findByPerson: (sleutel) => deps.store.onderwijsnummerVan(sleutel),
    findByNummer: (nummer) => deps.store.persoonsleutelVan(nummer),
  };

  router.post('/identificaties', (req, res) =>
    handleVendorBericht<IdentificatieBericht>(deps, req, res, {
      schema: 'bron-identificatie-bericht',
      dienst: 'ROD_PO',
      prepare({ body, berichtId }) {
        const persoon = body.persoon;
        if ('burgerservicenummer' in persoon || 'onderwijsnummer' in persoon) {
          // ID-01/02: a met-PGN question with a malformed number is rejected, not "not identified".
          const fouten = checkLeerling(persoon, '/persoon');
          if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
        }
        const kandidaten = 'achternaam' in persoon ? deps.brp.metSleutel(persoonsleutel(persoon)) : deps.brp.metPgn(persoon);
        return () => {
          // The number is drawn inside the transaction, so two concurrent identificaties never share one.
          const uitslag = identificeer(persoon, kandidaten, issued, () => volgendOnderwijsnummer(deps));
          if (uitslag.nieuwOnderwijsnummer && 'achternaam' in persoon) {
            const { achternaam, voorvoegsel, voornamen, geboortedatum, geslacht } = persoon;
            deps.store.registreerOnderwijsnummer(
              uitslag.nieuwOnderwijsnummer.nummer,
              uitslag.nieuwOnderwijsnummer.persoonsleutel,
              { achternaam, ...(voorvoegsel !== undefined ? { voorvoegsel } : {}), voornamen, geboortedatum, geslacht },
            );
          }
          return {
            status: 200,
            body: {
              identificatiecodeBedrijfsdocument: berichtId,
              resultaat: uitslag.resultaat,
              ...(uitslag.leerling ? { leerling: uitslag.leerling } : {}),
            },
          };
        };
      },
    }),
  );
  return router;
}

/** ID-02 (sim): the next unused sequence number that has a check digit 0–5. */
function volgendOnderwijsnummer(deps: AppDeps): string {
  for (;;) {
    const nummer = onderwijsnummerFor(deps.store.volgende('onderwijsnummer'));
    if (nummer !== null && deps.store.persoonsleutelVan(nummer) === undefined) return nummer;
  }
}
