// What moving the simulated clock means for BRON (docs/architecture.md#the-simulated-clock): passing
// a teldatum's deadline changes bekostiging statuses (BEK-09), and passing 14 February or 29 March
// signals groep-8 pupils whose resultaten are missing (BRON-17). A running simulator crossing
// midnight on its own triggers neither; only a clock that is set does.
import { bekostigingOp } from '../domain/bekostiging-status.js';
import { gekruisteTeldata } from '../domain/bekostiging-teldatum.js';
import { gepasseerdeSignaalmomenten, krijgtSignaal, SIGNAAL_TEKST } from '../domain/signalen.js';
import type { AppDeps } from '../deps.js';
import type { BronStore } from '../store.js';
import { meldVeranderingen, pupilRecord, type BekostigingDeps } from './leerling-bekostiging.js';

/** Applies a clock move from `from` to `to`, and wakes the push worker when berichten were placed. */
export function applyClockChange(deps: AppDeps, from: string, to: string): void {
  const bekostiging = herberekenNaKlok(deps, from, to);
  const signalen = signalenNaKlok(deps.store, from, to);
  if (bekostiging + signalen > 0) deps.pusher?.kick();
}

/**
 * BEK-09: when the simulated clock passes a deadline, the statuses for that teldatum become
 * DEFINITIEF (and VOORLOPIG again when a workshop moves the clock back); every school with a pupil
 * whose status for it changed is told. Returns the number of changed statuses.
 */
function herberekenNaKlok(deps: BekostigingDeps, from: string, to: string): number {
  const teldata = gekruisteTeldata(from, to, deps.teldatumModus);
  if (teldata.length === 0) return 0;
  let aantal = 0;
  deps.store.transaction(() => {
    for (const pgn of deps.store.alleLeerlingen()) {
      const record = pupilRecord(deps, pgn);
      for (const t of teldata) {
        const voorheen = bekostigingOp(record, t, from, deps.teldatumModus);
        const nu = bekostigingOp(record, t, to, deps.teldatumModus);
        aantal += meldVeranderingen(deps.store, voorheen, nu);
      }
    }
  });
  return aantal;
}

/**
 * BRON-17: every school gets a SIGNAAL for each pupil in groep 8 whose schooladvies (168) or
 * doorstroomtoets (166) is missing when the clock passes the moment. Each signaal goes once per
 * inschrijving and moment, also when a workshop moves the clock back and forward again. Returns
 * how many were placed.
 */
function signalenNaKlok(store: BronStore, from: string, to: string): number {
  const momenten = gepasseerdeSignaalmomenten(from, to);
  if (momenten.length === 0) return 0;
  let aantal = 0;
  store.transaction(() => {
    for (const moment of momenten) {
      for (const { brin, pgn, inschrijving } of store.inschrijvingenOpDatum(moment.peildatum)) {
        const volgnummer = inschrijving.inschrijvingsvolgnummer;
        const soorten = store.resultaatSoorten(brin, pgn, volgnummer);
        const resultaten = {
          schooladvies: soorten.some((s) => s.startsWith('SCHOOLADVIES_')),
          doorstroomtoets: soorten.includes('DOORSTROOMTOETS'),
        };
        if (!krijgtSignaal(inschrijving, resultaten, moment)) continue;
        if (!store.registreerSignaal(brin, pgn, volgnummer, moment.code, moment.grens)) continue;
        store.plaatsBericht(brin, 'SIGNAAL', {
          signaal: 'BRON-17',
          code: moment.code,
          tekst: SIGNAAL_TEKST[moment.code],
          leerling: inschrijving.leerling,
          inschrijvingsvolgnummer: volgnummer,
          peildatum: moment.peildatum,
        });
        aantal++;
      }
    }
  });
  return aantal;
}
