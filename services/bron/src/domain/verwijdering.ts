// BRON-04 Verwijdering: only an inschrijving that should never have existed (the pupil never attended).
import { fout, pgnSleutel, type Foutmelding } from '@duo-sim/shared';
import type { Inschrijving } from './types.js';

export interface VerwijderingContext {
  /** BRON-15/16 results (schooladvies, doorstroomtoets) stored for this inschrijving. */
  heeftResultaten: boolean;
  /** The bekostigingsstatus of this inschrijving is DEFINITIEF on some teldatum (BEK-09). */
  bekostigingDefinitief: boolean;
}

/** BRON-04 (sim): every reason the inschrijving may not be removed; empty = may be removed. */
export function checkVerwijdering(ins: Inschrijving, ctx: VerwijderingContext, pointer = '/inschrijving'): Foutmelding[] {
  const sleutel = { ...pgnSleutel(ins.leerling), inschrijvingsvolgnummer: ins.inschrijvingsvolgnummer };
  const fouten: Foutmelding[] = [];
  if (ins.periodes.length > 1) {
    fouten.push(
      fout(
        'BRON-04',
        `De inschrijving heeft ${ins.periodes.length} periodes, dus de leerling heeft de school bezocht; schrijf de leerling uit in plaats van te verwijderen.`,
        pointer,
        sleutel,
      ),
    );
  }
  if (ctx.heeftResultaten) {
    fouten.push(
      fout(
        'BRON-04',
        'Bij de inschrijving zijn resultaten vastgelegd, dus de leerling heeft de school bezocht; schrijf de leerling uit in plaats van te verwijderen.',
        pointer,
        sleutel,
      ),
    );
  }
  if (ctx.bekostigingDefinitief) {
    fouten.push(
      fout(
        'BRON-04',
        'De bekostigingsstatus van de inschrijving is definitief; een definitief bekostigde inschrijving kan niet meer worden verwijderd.',
        pointer,
        sleutel,
      ),
    );
  }
  return fouten;
}
