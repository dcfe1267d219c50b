// The onderwijsnummers BRON issued (BRON-01, ID-02), as the identificatie rules ask for them.
import { onderwijsnummerFor } from '@duo-sim/shared';
import type { UitgegevenOnderwijsnummers } from '../domain/identificatie.js';
import type { BronStore } from '../store.js';

/** The store's issued onderwijsnummers behind the interface the pure rules take. */
export function issuedNumbers(store: BronStore): UitgegevenOnderwijsnummers {
  return {
    findByPerson: (sleutel) => store.onderwijsnummerVan(sleutel),
    findByNummer: (nummer) => store.persoonsleutelVan(nummer),
  };
}

/** ID-02 (sim): the next unused sequence number that has a check digit 0–5; call inside the transaction that stores it. */
export function nextOnderwijsnummer(store: BronStore): string {
  for (;;) {
    const nummer = onderwijsnummerFor(store.volgende('onderwijsnummer'));
    if (nummer !== null && store.persoonsleutelVan(nummer) === undefined) return nummer;
  }
}
