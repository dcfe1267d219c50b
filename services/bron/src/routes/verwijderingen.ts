// POST /verwijderingen (docs/services/bron.md, BRON-04): remove an inschrijving that should never have existed.
import {
  checkLeerling,
  fout,
  handleVendorBericht,
  pgnSleutel,
  pgnWaarde,
  Problem,
  problems,
  type Bedrijfsdocument,
  type OperationSpec,
} from '@duo-sim/shared';
import { Router } from 'express';
import { terugkoppeling } from '../domain/terugkoppeling.js';
import type { Pgn } from '../domain/types.js';
import { checkVerwijdering } from '../domain/verwijdering.js';
import type { AppDeps } from '../deps.js';
import { schoolNamen, werkDubbeleInschrijvingenBij } from '../keten.js';
import { isDefinitiefBekostigd, meldVeranderingen, statussen } from '../bekostiging.js';

export const verwijderingOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/verwijderingen',
    summary: 'Verwijdering inschrijving: alleen als de leerling de school nooit bezocht (BRON-04)',
    wie: 'leverancier met mandaat ROD_PO voor de school',
    request: 'bron-verwijdering-bericht',
    response: 'bron-terugkoppeling',
  },
];

interface VerwijderingBericht {
  bedrijfsdocument: Bedrijfsdocument;
  verwijdering: { leerling: Pgn; inschrijvingsvolgnummer: string };
}

export function verwijderingRoutes(deps: AppDeps): Router {
  const router = Router();
  router.post('/verwijderingen', (req, res) =>
    handleVendorBericht<VerwijderingBericht>(deps, req, res, {
      schema: 'bron-verwijdering-bericht',
      dienst: 'ROD_PO',
      async prepare({ body, school, berichtId, partij, vandaag }) {
        const { leerling, inschrijvingsvolgnummer } = body.verwijdering;
        const idFouten = checkLeerling(leerling, '/verwijdering/leerling');
        if (idFouten.length > 0) throw problems.rejected(idFouten, berichtId);
        const ins = deps.store.findInschrijving(school.brin, pgnWaarde(leerling), inschrijvingsvolgnummer);
        if (!ins) {
          throw new Problem(
            404,
            [
              fout(
                'BRON-04',
                `Geen inschrijving met dit inschrijvingsvolgnummer voor deze leerling op school ${school.brin}.`,
                undefined,
                { ...pgnSleutel(leerling), inschrijvingsvolgnummer },
              ),
            ],
            berichtId,
          );
        }
        const pgn = pgnWaarde(leerling);
        const heeftResultaten = deps.store.heeftResultaten(school.brin, pgn, inschrijvingsvolgnummer);
        const bekostigingDefinitief = isDefinitiefBekostigd(deps, pgn, school.brin, ins, vandaag);
        const fouten = checkVerwijdering(ins, { heeftResultaten, bekostigingDefinitief }, '/verwijdering');
        if (fouten.length > 0) throw problems.rejected(fouten, berichtId);
        const namen = await schoolNamen(deps.osr, deps.store, pgn, { [school.brin]: school.naam });
        return () => {
          const voorheen = statussen(deps, pgn, vandaag);
          deps.store.verwijderInschrijving(school.brin, ins, { berichtId, afzender: partij, vandaag });
          // BRON-14: removing one side resolves a dubbele inschrijving.
          werkDubbeleInschrijvingenBij(deps.store, pgn, leerling, vandaag, namen);
          const tk = terugkoppeling('VERWIJDERD', leerling, inschrijvingsvolgnummer, []);
          deps.store.plaatsBericht(school.brin, 'TERUGKOPPELING', {
            identificatiecodeBedrijfsdocument: berichtId,
            terugkoppeling: tk,
          });
          meldVeranderingen(deps.store, voorheen, statussen(deps, pgn, vandaag));
          deps.pusher?.kick();
          return { status: 200, body: { identificatiecodeBedrijfsdocument: berichtId, terugkoppeling: tk } };
        };
      },
    }),
  );
  return router;
}
