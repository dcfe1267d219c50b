// The parties, schools and valid base berichten of the seed world (fixtures/README.md) that the
// reliability suite starts from. Bases are the README examples (docs/examples/**), on 2026-11-28.
import { randomUUID } from 'node:crypto';
import { DUO_OIN, schoolOinFromBrin, type ServiceName } from '@duo-sim/shared';
import { example, OIN, THIJS, THIJS_GEBOORTEDATUM, TODAY } from '@duo-sim/test-support';
import type { Json } from './corpus';

/** The seed world's parties, pupils and date: one set for every suite (@duo-sim/test-support). */
export { BSN_ZONDER_ELFPROEF, example, OIN, THIJS, THIJS_GEBOORTEDATUM, TODAY } from '@duo-sim/test-support';

export function bedrijfsdocument(brin = '11AA', id: string = randomUUID()) {
  return {
    identificatiecodeBedrijfsdocument: id,
    verzendendeInstantie: schoolOinFromBrin(brin),
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: `${TODAY}T09:00:00Z`,
  };
}

export function inschrijving(leerling: Record<string, string> = THIJS, volgnummer = '1', brin = '11AA') {
  return {
    bedrijfsdocument: bedrijfsdocument(brin),
    inschrijving: {
      leerling,
      inschrijvingsvolgnummer: volgnummer,
      vestigingscode: '11AA00',
      onderwijsaanbiedercode: '110A001',
      onderwijslocatiecode: '107X001',
      soortOnderwijs: 'BAO',
      inschrijfdatum: '2026-11-23',
      periodes: [{ begindatum: '2026-11-23', groep: 7 }],
    },
  };
}

export function melding(leerling: Record<string, string> = THIJS) {
  return {
    bedrijfsdocument: bedrijfsdocument('11AA'),
    melding: {
      leerling,
      vestigingscode: '11AA00',
      verzuimsoort: 'ZESTIEN_UUR_VIER_WEKEN',
      begindatum: '2026-11-23',
      einddatum: '2026-11-27',
      aantalUren: 16,
      toelichting: 'Sinds maandag elke ochtend afwezig zonder bericht.',
      contactpersoon: {
        naam: 'J. de Vries (leerkracht groep 7)',
        telefoon: '030-1234567',
        email: 'j.devries@vlinderboom.example',
      },
    },
  };
}

/** What the world looks like after the suite's set-up: ids the mutating endpoints address. */
export interface Addresses {
  mandaatId: string;
  token: string;
  meldingsnummer: string;
}

export interface MutatingEndpoint {
  service: ServiceName;
  method: 'POST' | 'PUT' | 'PATCH';
  /** OpenAPI path, as in /openapi.json. */
  template: string;
  path: (a: Addresses) => string;
  /** Who may call it (the corpus is sent as this party). */
  as: string;
  schema: string;
  base: () => Json;
  /** A bericht with bedrijfsdocument (docs/services/common.md): the EK header cases apply. */
  bericht: boolean;
  /** Malformed path identifiers and the statuses the contract allows for them. */
  badPaths?: Array<{ path: (a: Addresses) => string; expect: number[] }>;
}

const clock = (service: ServiceName): MutatingEndpoint => ({
  service,
  method: 'PUT',
  template: '/_sim/clock',
  path: () => '/_sim/clock',
  as: OIN.operator,
  schema: 'sim-clock',
  base: () => ({ vandaag: TODAY }),
  bericht: false,
});

/** docs/storingen.md: sent as a vendor, which goes through the party gate's one exception. */
const storing = (service: ServiceName): MutatingEndpoint => ({
  service,
  method: 'PUT',
  template: '/_sim/storingen',
  path: () => '/_sim/storingen',
  as: OIN.plaza,
  schema: 'sim-storing-nieuw',
  base: () => ({ soort: 'INT500', ...(service === 'bron' ? { operatie: 'POST /inschrijvingen' } : {}), aantal: 1 }),
  bericht: false,
});

/** docs/ketentest.md: persons added to the BRP stub by the operator. */
const brpPersonen = (service: ServiceName): MutatingEndpoint => ({
  service,
  method: 'POST',
  template: '/_sim/brp-personen',
  path: () => '/_sim/brp-personen',
  as: OIN.operator,
  schema: 'brp-personen',
  base: () => [
    {
      burgerservicenummer: '900000004',
      achternaam: 'Corpus',
      voornamen: 'Anna',
      geboortedatum: '2018-03-04',
      geslacht: 'V',
      adres: { postcode: '3511AB', huisnummer: 5, woonplaats: 'Utrecht', gemeentecode: '0344' },
    },
  ],
  bericht: false,
});

export const MUTATING_ENDPOINTS: readonly MutatingEndpoint[] = [
  {
    service: 'rio',
    method: 'POST',
    template: '/onderwijsaanbieders',
    path: () => '/onderwijsaanbieders',
    as: OIN.domstad,
    schema: 'rio-onderwijsaanbieder-aanlevering',
    base: () => example('rio', 'onderwijsaanbieder-nieuw.json'),
    bericht: false,
  },
  {
    service: 'rio',
    method: 'PUT',
    template: '/onderwijsaanbieders/{onderwijsaanbiedercode}',
    path: () => '/onderwijsaanbieders/110A003',
    as: OIN.domstad,
    schema: 'rio-onderwijsaanbieder-aanlevering',
    base: () => example('rio', 'onderwijsaanbieder-110A003.json'),
    bericht: false,
    // A malformed code is bad input (400); a well-formed unknown one is not found (404) or, not being
    // the body's code, rejected (400).
    badPaths: [
      { path: () => '/onderwijsaanbieders/110a003', expect: [400] },
      { path: () => '/onderwijsaanbieders/ABCDEFG', expect: [400] },
      { path: () => '/onderwijsaanbieders/999A999', expect: [400, 404] },
    ],
  },
  {
    service: 'rio',
    method: 'POST',
    template: '/onderwijslocatiegebruiken',
    path: () => '/onderwijslocatiegebruiken',
    as: OIN.domstad,
    schema: 'rio-onderwijslocatiegebruik-aanlevering',
    base: () => example('rio', 'onderwijslocatiegebruik-nieuw.json'),
    bericht: false,
  },
  {
    service: 'rio',
    method: 'PUT',
    template: '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    path: () => '/onderwijslocatiegebruiken/100B001-107X001',
    as: OIN.domstad,
    schema: 'rio-onderwijslocatiegebruik-aanlevering',
    base: () => example('rio', 'onderwijslocatiegebruik-100B001-107X001.json'),
    bericht: false,
    badPaths: [
      { path: () => '/onderwijslocatiegebruiken/100B001107X001', expect: [400, 404] },
      { path: () => '/onderwijslocatiegebruiken/100b001-107x001', expect: [400] },
      { path: () => '/onderwijslocatiegebruiken/100B001-%ZZ', expect: [400] },
    ],
  },
  {
    service: 'osr',
    method: 'POST',
    template: '/api/v1/mandates',
    path: () => '/api/v1/mandates',
    as: OIN.domstad,
    schema: 'osr-mandaat-nieuw',
    base: () => ({
      school_oin: schoolOinFromBrin('11AB'),
      supplier_oin: OIN.kwartet,
      service: 'RIO',
      start_date: '2026-12-01',
      end_date: '2027-08-01',
    }),
    bericht: false,
  },
  {
    service: 'osr',
    method: 'POST',
    template: '/api/v1/leveranciers',
    path: () => '/api/v1/leveranciers',
    as: OIN.operator,
    schema: 'osr-leverancier-nieuw',
    // OSR-07: a vendor of your own. A valid one issues a certificate; the corpus and the fuzz send the
    // same name, so at most one is made and every later one is 400 OSR-07.
    base: () => ({ naam: 'Corpus LAS', scholen: ['11AA'] }),
    bericht: false,
  },
  {
    service: 'osr',
    method: 'PATCH',
    template: '/api/v1/mandates/{id}',
    path: (a) => `/api/v1/mandates/${a.mandaatId}`,
    as: OIN.domstad,
    schema: 'osr-mandaat-einde',
    base: () => ({ end_date: '2027-01-01' }),
    bericht: false,
    // An unknown mandate id is 404 (docs/services/common.md: unknown resource).
    badPaths: [
      { path: () => '/api/v1/mandates/onbekend', expect: [400, 404] },
      { path: () => '/api/v1/mandates/00000000-0000-4000-8000-000000000000', expect: [404] },
      { path: () => `/api/v1/mandates/${'9'.repeat(5000)}`, expect: [400, 404] },
    ],
  },
  {
    service: 'osr',
    method: 'PUT',
    template: '/api/v1/endpoints/{token}',
    path: (a) => `/api/v1/endpoints/${a.token}`,
    as: OIN.plaza,
    schema: 'osr-endpoint-registratie',
    // localhost: an afleveradres must be in BRON_PUSH_TOEGESTAAN (default: localhost and loopback).
    base: () => ({ url: 'https://localhost/duo/rod-po', start_date: TODAY, end_date: null }),
    bericht: false,
    // A token that proves no mandate: 403 (not yours) or 404 (unknown), never stored.
    badPaths: [
      { path: () => '/api/v1/endpoints/onbekend', expect: [400, 403, 404] },
      { path: () => `/api/v1/endpoints/${'0'.repeat(32)}`, expect: [403, 404] },
    ],
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/identificaties',
    path: () => '/identificaties',
    as: OIN.plaza,
    schema: 'bron-identificatie-bericht',
    base: () => ({
      bedrijfsdocument: bedrijfsdocument(),
      persoon: { burgerservicenummer: THIJS.burgerservicenummer, geboortedatum: THIJS_GEBOORTEDATUM, geslacht: 'M' },
    }),
    bericht: true,
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/inschrijvingen',
    path: () => '/inschrijvingen',
    as: OIN.plaza,
    schema: 'bron-inschrijving-bericht',
    base: () => inschrijving(THIJS, '2'),
    bericht: true,
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/verwijderingen',
    path: () => '/verwijderingen',
    as: OIN.plaza,
    schema: 'bron-verwijdering-bericht',
    base: () => ({ bedrijfsdocument: bedrijfsdocument(), verwijdering: { leerling: THIJS, inschrijvingsvolgnummer: '1' } }),
    bericht: true,
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/resultaten',
    path: () => '/resultaten',
    as: OIN.plaza,
    schema: 'bron-resultaat-bericht',
    base: () => ({
      bedrijfsdocument: bedrijfsdocument(),
      resultaat: {
        leerling: THIJS,
        inschrijvingsvolgnummer: '1',
        doorstroomtoets: { uitslagdatum: '2026-11-20', verhinderd: false, rekenen: '1F', lezen: '2F', taalverzorging: '1F' },
      },
    }),
    bericht: true,
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/informatiediensten/inschrijvingsstatus',
    path: () => '/informatiediensten/inschrijvingsstatus',
    as: OIN.plaza,
    schema: 'bron-inschrijvingsstatus-bericht',
    base: () => ({ bedrijfsdocument: bedrijfsdocument(), leerling: THIJS, geboortedatum: THIJS_GEBOORTEDATUM }),
    bericht: true,
  },
  {
    service: 'verzuim',
    method: 'POST',
    template: '/meldingen',
    path: () => '/meldingen',
    as: OIN.plaza,
    schema: 'verzuim-melding-bericht',
    base: () => melding(),
    bericht: true,
  },
  {
    service: 'verzuim',
    method: 'PATCH',
    template: '/meldingen/{meldingsnummer}',
    path: (a) => `/meldingen/${a.meldingsnummer}`,
    as: OIN.plaza,
    schema: 'verzuim-melding-wijziging',
    base: () => ({ bedrijfsdocument: bedrijfsdocument(), einddatum: '2026-11-27' }),
    bericht: true,
    badPaths: [
      { path: () => '/meldingen/ONBEKEND', expect: [400, 404] },
      { path: () => `/meldingen/${'1'.repeat(3000)}`, expect: [400, 404] },
    ],
  },
  {
    service: 'verzuim',
    method: 'PATCH',
    template: '/meldingen/{meldingsnummer}/status',
    path: (a) => `/meldingen/${a.meldingsnummer}/status`,
    as: OIN.utrecht,
    schema: 'verzuim-status-wijziging',
    base: () => ({ status: 'IN_BEHANDELING' }),
    bericht: false,
    badPaths: [{ path: () => '/meldingen/ONBEKEND/status', expect: [400, 404] }],
  },
  clock('rio'),
  clock('osr'),
  clock('bron'),
  clock('verzuim'),
  storing('rio'),
  storing('osr'),
  storing('bron'),
  storing('verzuim'),
  brpPersonen('bron'),
  brpPersonen('verzuim'),
];
