// BRON-17 in the service: when the simulated clock passes 14 February or 29 March, every school gets
// a SIGNAAL for each pupil in groep 8 whose schooladvies (168) or doorstroomtoets (166) is missing.
// Each signaal goes once per inschrijving and moment, also when a workshop moves the clock back and
// forward again.
import { gepasseerdeSignaalmomenten, krijgtSignaal, SIGNAAL_TEKST } from './domain/signalen.js';
import type { BronStore } from './store.js';

/** Places the BRON-17 signalen for the moments passed between `from` and `to`; returns how many. */
export function signalenNaKlok(store: BronStore, from: string, to: string): number {
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
