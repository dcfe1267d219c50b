// Builders for every bericht of the chain, valid on TODAY for the seed world unless overridden:
// a test says what it changes, not the twenty fields it keeps.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUO_OIN, schoolOinFromBrin } from '@duo-sim/shared';
import { REPO_ROOT } from './pki';
import { THIJS, THIJS_GEBOORTEDATUM, TODAY, VLINDERBOOM } from './world';

type Fields = Record<string, unknown>;
type Leerling = { burgerservicenummer: string } | { onderwijsnummer: string };

/** `base` with `overrides`; an override of undefined leaves that field out. */
export function withFields<T extends Fields>(base: T, overrides: Fields = {}): T {
  const out: Fields = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** The envelope of every bericht (docs/services/common.md): a fresh id, from `brin` to DUO. */
export function bedrijfsdocument(brin: string = VLINDERBOOM.brin, options: { id?: string; today?: string } = {}) {
  return {
    identificatiecodeBedrijfsdocument: options.id ?? randomUUID(),
    verzendendeInstantie: schoolOinFromBrin(brin),
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: `${options.today ?? TODAY}T09:00:00Z`,
  };
}

/** An inschrijving (BRON-02) of Thijs at 11AA00 since Monday 2026-11-23, in groep 7. */
export function inschrijving(overrides: Fields = {}) {
  return withFields(
    {
      leerling: THIJS,
      inschrijvingsvolgnummer: '1',
      vestigingscode: VLINDERBOOM.vestigingscode,
      onderwijsaanbiedercode: VLINDERBOOM.onderwijsaanbiedercode,
      onderwijslocatiecode: VLINDERBOOM.onderwijslocatiecode,
      soortOnderwijs: 'BAO',
      inschrijfdatum: '2026-11-23',
      periodes: [{ begindatum: '2026-11-23', groep: 7 }] as Array<Fields>,
    },
    overrides,
  );
}

const brinOf = (inhoud: { vestigingscode?: unknown }) =>
  typeof inhoud.vestigingscode === 'string' ? inhoud.vestigingscode.slice(0, 4) : VLINDERBOOM.brin;

/** POST /inschrijvingen: the bericht around an inschrijving, sent by its own school. */
export function inschrijvingBericht(ins: Fields = inschrijving(), brin = brinOf(ins)) {
  return { bedrijfsdocument: bedrijfsdocument(brin), inschrijving: ins };
}

/** POST /identificaties (BRON-01): Thijs, with PGN, as the BRP knows him. */
export function identificatieBericht(persoon: Fields = {}, brin: string = VLINDERBOOM.brin) {
  return {
    bedrijfsdocument: bedrijfsdocument(brin),
    persoon: withFields(
      { burgerservicenummer: THIJS.burgerservicenummer, geboortedatum: THIJS_GEBOORTEDATUM, geslacht: 'M' },
      persoon,
    ),
  };
}

/** POST /verwijderingen (BRON-04): removes inschrijving `volgnummer` of `leerling`. */
export function verwijderingBericht(leerling: Leerling = THIJS, volgnummer = '1', brin: string = VLINDERBOOM.brin) {
  return { bedrijfsdocument: bedrijfsdocument(brin), verwijdering: { leerling, inschrijvingsvolgnummer: volgnummer } };
}

/** POST /resultaten (BRON-16): a doorstroomtoets of Thijs' inschrijving 1. */
export function resultaatBericht(overrides: Fields = {}, brin: string = VLINDERBOOM.brin) {
  return {
    bedrijfsdocument: bedrijfsdocument(brin),
    resultaat: withFields(
      {
        leerling: THIJS,
        inschrijvingsvolgnummer: '1',
        doorstroomtoets: { uitslagdatum: '2026-11-20', verhinderd: false, rekenen: '1F', lezen: '2F', taalverzorging: '1F' },
      },
      overrides,
    ),
  };
}

/** POST /informatiediensten/inschrijvingsstatus (INFO-*): is Thijs ingeschreven elsewhere? */
export function inschrijvingsstatusBericht(
  leerling: Leerling = THIJS,
  geboortedatum = THIJS_GEBOORTEDATUM,
  brin: string = VLINDERBOOM.brin,
) {
  return { bedrijfsdocument: bedrijfsdocument(brin), leerling, geboortedatum };
}

/** A 16-uur verzuimmelding (VZM-03) of Thijs at 11AA00: reached on Wednesday, reported by Friday 2026-11-27. */
export function melding(overrides: Fields = {}) {
  return withFields(
    {
      leerling: THIJS,
      vestigingscode: VLINDERBOOM.vestigingscode,
      verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
      begindatum: '2026-11-02',
      einddatum: '2026-11-25',
      aantalUren: 17,
      toelichting: 'Regelmatig de eerste uren afwezig zonder bericht.',
      contactpersoon: {
        naam: 'J. de Vries (mentor groep 6)',
        telefoon: '030-1234567',
        email: 'j.devries@vlinderboom.nl',
      },
    },
    overrides,
  );
}

/** POST /meldingen: the bericht around a melding. */
export function meldingBericht(overrides: Fields = {}, options: { brin?: string; id?: string; today?: string } = {}) {
  return { bedrijfsdocument: bedrijfsdocument(options.brin ?? VLINDERBOOM.brin, options), melding: melding(overrides) };
}

/** PATCH /meldingen/{meldingsnummer} (VZM-05): the school changes its melding, e.g. `{ einddatum }`. */
export function meldingWijziging(wijziging: Fields, options: { brin?: string; today?: string } = {}) {
  return { bedrijfsdocument: bedrijfsdocument(options.brin ?? VLINDERBOOM.brin, options), ...wijziging };
}

/** PATCH /meldingen/{meldingsnummer}/status (VZM-06): the gemeente moves the melding on. */
export function statusWijziging(status = 'IN_BEHANDELING', overrides: Fields = {}) {
  return withFields({ status }, overrides);
}

/** POST /api/v1/mandates (OSR-02): Kwartet for RIO at Domstad's 11AB, from 2026-12-01. */
export function mandaat(overrides: Fields = {}) {
  return withFields(
    { school_oin: schoolOinFromBrin('11AB'), supplier_oin: '00000099100000020000', service: 'RIO', start_date: '2026-12-01' },
    overrides,
  );
}

/** PUT /api/v1/endpoints/{token} (OSR-05): an afleveradres on localhost (always in BRON_PUSH_TOEGESTAAN). */
export function afleveradres(overrides: Fields = {}) {
  return withFields({ url: 'https://localhost/duo/rod-po', start_date: TODAY, end_date: null }, overrides);
}

/** An example of the documentation (docs/examples/<service>/<file>), as a vendor would send it. */
export function example(...parts: string[]): any {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', ...parts), 'utf8'));
}

/** RIO aanleveringen (RIO-07): the documented examples, for POST and PUT. */
export const rioAanlevering = {
  nieuweAanbieder: (overrides: Fields = {}) => withFields(example('rio', 'onderwijsaanbieder-nieuw.json'), overrides),
  /** The seed's 110A003 (bestuur 100B001) as a standlevering. */
  aanbieder110A003: (overrides: Fields = {}) => withFields(example('rio', 'onderwijsaanbieder-110A003.json'), overrides),
  nieuwGebruik: (overrides: Fields = {}) => withFields(example('rio', 'onderwijslocatiegebruik-nieuw.json'), overrides),
  gebruik100B001107X001: (overrides: Fields = {}) =>
    withFields(example('rio', 'onderwijslocatiegebruik-100B001-107X001.json'), overrides),
};
