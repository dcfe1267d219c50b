// POST /resultaten (docs/services/bron.md): schooladvies (BRON-15) and doorstroomtoets (BRON-16) of a
// pupil's inschrijving, answered with a terugkoppeling that also goes to the school's mailbox.
import {
  checkLeerling,
  fout,
  pgnSleutel,
  pgnWaarde,
  problems,
  type Bedrijfsdocument,
  type Commit,
  type VendorBerichtContext,
} from '@duo-sim/shared';
import { checkDoorstroomtoets, checkSchooladvies, type Doorstroomtoets, type Schooladvies } from '../domain/resultaat.js';
import type { Pgn } from '../domain/types.js';
import type { BerichtDeps } from '../deps.js';

/**
 * Schema bron-resultaat-bericht. Written out because the type generated from the schema's oneOf
 * (schooladvies or doorstroomtoets) keeps neither field's shape.
 */
export interface ResultaatBericht {
  bedrijfsdocument: Bedrijfsdocument;
  resultaat: { leerling: Pgn; inschrijvingsvolgnummer: string; schooladvies?: Schooladvies; doorstroomtoets?: Doorstroomtoets };
}

/** Checks the resultaat against its inschrijving (throws the 400) and returns the commit that stores it. */
export function submitResultaat(
  deps: BerichtDeps,
  { body, school, berichtId, today }: VendorBerichtContext<ResultaatBericht>,
): Commit {
  const r = body.resultaat;
  const idFouten = checkLeerling(r.leerling, '/resultaat/leerling');
  if (idFouten.length > 0) throw problems.rejected(idFouten, berichtId);
  const pgn = pgnWaarde(r.leerling);
  const ins = deps.store.findInschrijving(school.brin, pgn, r.inschrijvingsvolgnummer);
  const code = r.schooladvies ? 'BRON-15' : 'BRON-16';
  if (!ins) {
    throw problems.rejected(
      [
        fout(
          code,
          `Geen inschrijving met dit inschrijvingsvolgnummer voor deze leerling op school ${school.brin}; een resultaat hoort bij een inschrijving.`,
          '/resultaat/inschrijvingsvolgnummer',
          { ...pgnSleutel(r.leerling), inschrijvingsvolgnummer: r.inschrijvingsvolgnummer },
        ),
      ],
      berichtId,
    );
  }
  const soort = r.schooladvies ? `SCHOOLADVIES_${r.schooladvies.soort}` : 'DOORSTROOMTOETS';
  const uitslag = r.schooladvies
    ? checkSchooladvies(
        r.schooladvies,
        ins,
        today,
        deps.store.resultaat<Schooladvies>(school.brin, pgn, r.inschrijvingsvolgnummer, 'SCHOOLADVIES_VOORLOPIG'),
      )
    : checkDoorstroomtoets(r.doorstroomtoets!, ins, today);
  if (uitslag.foutmeldingen.length > 0) throw problems.rejected(uitslag.foutmeldingen, berichtId);
  return () => {
    // BRON-15: the voorlopig advies stays when the definitief one arrives (another soort).
    const bestond = deps.store.slaResultaatOp({
      brin: school.brin,
      pgn,
      volgnummer: r.inschrijvingsvolgnummer,
      soort,
      inhoud: r.schooladvies ?? r.doorstroomtoets,
      berichtId,
      today,
    });
    const terugkoppeling = {
      mutatie: bestond ? 'GEWIJZIGD' : 'TOEGEVOEGD',
      leerling: r.leerling,
      inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
      meldingen: uitslag.meldingen,
    };
    deps.store.plaatsBericht(school.brin, 'TERUGKOPPELING', {
      identificatiecodeBedrijfsdocument: berichtId,
      resultaat: soort,
      terugkoppeling,
    });
    deps.pusher?.kick();
    return { status: bestond ? 200 : 201, body: { identificatiecodeBedrijfsdocument: berichtId, terugkoppeling } };
  };
}
