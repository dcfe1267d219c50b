// POST /meldingen (docs/services/verzuim.md, VZM-01..11): a school reports absence through its vendor;
// the register checks the pupil's inschrijving with BRON (VZM-08) and routes the melding to the
// woongemeente (VZM-09).
import { checkLeerling, problems, type Bedrijfsdocument, type Commit, type VendorBerichtContext } from '@duo-sim/shared';
import { checkNieuweMelding, inschrijvingOp } from '../domain/melding.js';
import { matchOpPersoonsgegevens, routeer } from '../domain/routing.js';
import type { BrpPersoon, MeldingInhoud, Pgn, Verzuimsoort } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { gemeentenVan } from './access.js';

export interface MeldingBericht {
  bedrijfsdocument: Bedrijfsdocument;
  melding: MeldingInhoud;
}

/** The pupil in the BRP stub; one known only by onderwijsnummer through BRON (VZM-09). */
async function zoekPersoon({ store, bron }: AppDeps, pgn: Pgn): Promise<BrpPersoon | null> {
  const direct = store.persoonMetPgn(pgn);
  if (direct) return direct;
  if (pgn.onderwijsnummer === undefined) return null;
  const bekend = await bron.persoonVanOnderwijsnummer(pgn.onderwijsnummer);
  if (!bekend) return null;
  return matchOpPersoonsgegevens(store.personenGeborenOp(bekend.geboortedatum, bekend.achternaam), bekend);
}

/** Checks the melding (throws the 400 with every foutmelding) and returns the commit that registers it. */
export async function registerMelding(
  deps: AppDeps,
  { body, partij, school, berichtId, today }: VendorBerichtContext<MeldingBericht>,
): Promise<Commit> {
  const { store, clock, bron } = deps;
  const m = body.melding;
  // Rules that need a valid PGN (enrolment, routing, age) are skipped when it is not (ID-01, ID-02).
  const pgnGeldig = checkLeerling(m.leerling, '/melding/leerling').length === 0;
  const eigenVestiging = m.vestigingscode.startsWith(school.brin);
  // VZM-08: asked of BRON with DUO's certificate, on the begindatum.
  const inschrijving =
    pgnGeldig && eigenVestiging
      ? inschrijvingOp(await bron.inschrijvingenOp(school.brin, m.begindatum), m, m.begindatum)
      : undefined;
  const persoon = pgnGeldig ? await zoekPersoon(deps, m.leerling) : null;
  const routering = pgnGeldig ? routeer(persoon, gemeentenVan(deps)) : null;
  const uitkomst = checkNieuweMelding(m, {
    vandaag: today,
    schoolBrin: school.brin,
    vorige: m.vervolgOp === undefined ? undefined : store.melding(m.vervolgOp),
    inschrijving,
    persoon,
  });
  const fouten = [...uitkomst.fouten, ...(routering?.fouten ?? [])];
  if (fouten.length > 0 || !routering?.woongemeente) throw problems.rejected(fouten, berichtId);
  const woongemeente = routering.woongemeente;

  return () => {
    const melding = store.registreer(
      {
        ...m,
        verzuimsoort: m.verzuimsoort as Verzuimsoort,
        brin: school.brin,
        woongemeente,
        registratiedatum: today,
        meldingen: uitkomst.meldingen,
      },
      { door: partij, namens: school.oin, rol: 'school', tijdstip: clock.now().toISOString(), vandaag: today },
    );
    return {
      status: 201,
      body: {
        identificatiecodeBedrijfsdocument: berichtId,
        meldingsnummer: melding.meldingsnummer,
        status: melding.status,
        woongemeente: melding.woongemeente,
        meldingen: melding.meldingen,
      },
    };
  };
}
