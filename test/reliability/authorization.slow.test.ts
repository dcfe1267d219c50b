// docs/reliability.md: every authorization rule has a negative test. Every endpoint of the
// four services (their /openapi.json, checked below) meets every caller the contract refuses at the
// identity level; the endpoints with a party rule also meet every party the rule forbids. Expected:
// a TLS refusal or 401 EK0030 for identity, 403 AUT401 for a party (404 NIET_GEVONDEN where the
// party may not know the resource exists); and no table changes. The secrecy cells check that a
// resource that exists but is not the caller's is answered byte for byte as one that does not
// exist, naming nothing the caller did not send (docs/authorization.md).
import { schoolOinFromBrin, type ServiceName } from '@duo-sim/shared';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { type Caller, callerFor, clientTls, NEGATIVE } from '@duo-sim/test-support';
import type { Json } from './support/corpus';
import { answerText, leakedNames } from './support/secrecy';
import { rowCounts } from './support/tables';
import { bedrijfsdocument, example, inschrijving, melding, OIN, THIJS, THIJS_GEBOORTEDATUM, TODAY } from './support/world';

interface Ctx {
  mandaatId: string;
  token: string;
  /** Zandloper's ROD_PO mandate at 12BA, ended on 2024-08-01 (fixtures/README.md). */
  endedToken: string;
  meldingsnummer: string;
  onderwijsnummer: string;
  /** Kwartet's fault on BRON, aimed at a school no request here names (docs/storingen.md). */
  storingId: string;
}

interface Endpoint {
  service: ServiceName;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  template: string;
  path: (c: Ctx, brin: string) => string;
  body?: (c: Ctx, brin: string) => Json;
}

const CODES: Record<string, { aanbieder: string; locatie: string }> = {
  '11AA': { aanbieder: '110A001', locatie: '107X001' },
  '11AB': { aanbieder: '110A002', locatie: '107X002' },
  '12BA': { aanbieder: '110A004', locatie: '107X005' },
  '12BB': { aanbieder: '110A005', locatie: '107X006' },
};

const bron = {
  identificatie: (brin: string): Json => ({
    bedrijfsdocument: bedrijfsdocument(brin),
    persoon: { ...THIJS, geboortedatum: THIJS_GEBOORTEDATUM, geslacht: 'M' },
  }),
  inschrijving: (brin: string): Json => ({
    bedrijfsdocument: bedrijfsdocument(brin),
    inschrijving: {
      leerling: THIJS,
      inschrijvingsvolgnummer: '9',
      vestigingscode: `${brin}00`,
      onderwijsaanbiedercode: CODES[brin].aanbieder,
      onderwijslocatiecode: CODES[brin].locatie,
      soortOnderwijs: 'BAO',
      inschrijfdatum: '2026-11-23',
      periodes: [{ begindatum: '2026-11-23', groep: 7 }],
    },
  }),
  verwijdering: (brin: string): Json => ({
    bedrijfsdocument: bedrijfsdocument(brin),
    verwijdering: { leerling: THIJS, inschrijvingsvolgnummer: '1' },
  }),
  resultaat: (brin: string): Json => ({
    bedrijfsdocument: bedrijfsdocument(brin),
    resultaat: {
      leerling: THIJS,
      inschrijvingsvolgnummer: '1',
      doorstroomtoets: { uitslagdatum: '2026-11-20', verhinderd: true },
    },
  }),
  status: (brin: string): Json => ({
    bedrijfsdocument: bedrijfsdocument(brin),
    leerling: THIJS,
    geboortedatum: THIJS_GEBOORTEDATUM,
  }),
};

/** A fault aimed at a school that no request of the matrix names, so it never fires here. */
const STORING: Json = { soort: 'INT500', school: '98ZY', tot: '2999-01-01T00:00:00Z' };

const common = (service: ServiceName): Endpoint[] => [
  { service, method: 'GET', template: '/health', path: () => '/health' },
  { service, method: 'GET', template: '/openapi.json', path: () => '/openapi.json' },
  { service, method: 'GET', template: '/schemas/{name}', path: () => '/schemas/common' },
  { service, method: 'GET', template: '/regels', path: () => '/regels' },
  { service, method: 'GET', template: '/regels/{id}', path: () => '/regels/EK-01' },
  { service, method: 'GET', template: '/_sim/clock', path: () => '/_sim/clock' },
  // Another date than today: if a refused caller got through, the final /health check would see it.
  { service, method: 'PUT', template: '/_sim/clock', path: () => '/_sim/clock', body: () => ({ vandaag: '2027-03-01' }) },
  { service, method: 'POST', template: '/_sim/reset', path: () => '/_sim/reset' },
  { service, method: 'GET', template: '/_sim/journal', path: () => '/_sim/journal' },
  { service, method: 'GET', template: '/_sim/storingen', path: () => '/_sim/storingen' },
  // A fault no request of the matrix meets: if a refused caller got it stored, the table count would show it.
  { service, method: 'PUT', template: '/_sim/storingen', path: () => '/_sim/storingen', body: () => STORING },
  { service, method: 'DELETE', template: '/_sim/storingen', path: () => '/_sim/storingen' },
  {
    service,
    method: 'DELETE',
    template: '/_sim/storingen/{id}',
    path: (c) => `/_sim/storingen/${service === 'bron' ? c.storingId : '00000000-0000-4000-8000-000000000000'}`,
  },
];

/** A person new to the BRP stub (passes the elfproef): if a refused caller got it added, the operator could not add it again. */
const BRP_PERSOON: Json = [
  {
    burgerservicenummer: '900000004',
    achternaam: 'Matrix',
    voornamen: 'Anna',
    geboortedatum: '2018-03-04',
    geslacht: 'V',
    adres: { postcode: '3511AB', huisnummer: 5, woonplaats: 'Utrecht', gemeentecode: '0344' },
  },
];

const ENDPOINTS: Endpoint[] = [
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).flatMap(common),
  // The ketentest's additions to the BRP stub (docs/ketentest.md), operator only.
  ...(['bron', 'verzuim'] as const).map((service): Endpoint => ({
    service,
    method: 'POST',
    template: '/_sim/brp-personen',
    path: () => '/_sim/brp-personen',
    body: () => BRP_PERSOON,
  })),
  // RIO (docs/services/rio.md)
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijsbesturen/{onderwijsbestuurcode}',
    path: () => '/onderwijsbesturen/100B001',
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijsaanbieders',
    path: () => '/onderwijsaanbieders?onderwijsbestuurcode=100B001',
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijsaanbieders/{onderwijsaanbiedercode}',
    path: () => '/onderwijsaanbieders/110A001',
  },
  {
    service: 'rio',
    method: 'POST',
    template: '/onderwijsaanbieders',
    path: () => '/onderwijsaanbieders',
    body: () => example('rio', 'onderwijsaanbieder-nieuw.json'),
  },
  {
    service: 'rio',
    method: 'PUT',
    template: '/onderwijsaanbieders/{onderwijsaanbiedercode}',
    path: () => '/onderwijsaanbieders/110A003',
    body: () => example('rio', 'onderwijsaanbieder-110A003.json'),
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijslocaties/{onderwijslocatiecode}',
    path: () => '/onderwijslocaties/107X001',
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijslocatiegebruiken',
    path: () => '/onderwijslocatiegebruiken?onderwijsbestuurcode=100B001',
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    path: () => '/onderwijslocatiegebruiken/100B001-107X001',
  },
  {
    service: 'rio',
    method: 'POST',
    template: '/onderwijslocatiegebruiken',
    path: () => '/onderwijslocatiegebruiken',
    body: () => example('rio', 'onderwijslocatiegebruik-nieuw.json'),
  },
  {
    service: 'rio',
    method: 'PUT',
    template: '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    path: () => '/onderwijslocatiegebruiken/100B001-107X001',
    body: () => example('rio', 'onderwijslocatiegebruik-100B001-107X001.json'),
  },
  {
    service: 'rio',
    method: 'GET',
    template: '/vestigingserkenningen/{vestigingscode}',
    path: () => '/vestigingserkenningen/11AA00',
  },
  { service: 'rio', method: 'GET', template: '/instellingserkenningen/{brin}', path: () => '/instellingserkenningen/11AA' },
  {
    service: 'rio',
    method: 'GET',
    template: '/inschrijfbaarheid',
    path: () => '/inschrijfbaarheid?onderwijsaanbiedercode=110A001&onderwijslocatiecode=107X001&vestigingscode=11AA00',
  },
  { service: 'rio', method: 'GET', template: '/wijzigingen', path: () => '/wijzigingen' },
  // OSR (docs/services/osr.md)
  { service: 'osr', method: 'GET', template: '/api/v1/schools', path: () => '/api/v1/schools?brin=11AA' },
  {
    service: 'osr',
    method: 'GET',
    template: '/api/v1/schools/{school_oin}/mandates',
    path: (_c, brin) => `/api/v1/schools/${schoolOinFromBrin(brin)}/mandates`,
  },
  { service: 'osr', method: 'GET', template: '/api/v1/services', path: () => '/api/v1/services' },
  {
    service: 'osr',
    method: 'GET',
    template: '/api/v1/mandates',
    path: () => `/api/v1/mandates?school_oin=${schoolOinFromBrin('11AA')}&supplier_oin=${OIN.plaza}&service=ROD_PO`,
  },
  {
    service: 'osr',
    method: 'POST',
    template: '/api/v1/mandates',
    path: () => '/api/v1/mandates',
    body: (_c, brin) => ({
      school_oin: schoolOinFromBrin(brin),
      supplier_oin: OIN.kwartet,
      service: 'RIO',
      start_date: '2026-12-01',
    }),
  },
  {
    service: 'osr',
    method: 'PATCH',
    template: '/api/v1/mandates/{id}',
    path: (c) => `/api/v1/mandates/${c.mandaatId}`,
    body: () => ({ end_date: '2027-01-01' }),
  },
  {
    service: 'osr',
    method: 'PUT',
    template: '/api/v1/endpoints/{token}',
    path: (c) => `/api/v1/endpoints/${c.token}`,
    body: () => ({ url: 'https://las.example/duo' }),
  },
  {
    service: 'osr',
    method: 'GET',
    template: '/api/v1/endpoints',
    path: () => `/api/v1/endpoints?school_oin=${schoolOinFromBrin('11AA')}&service=ROD_PO`,
  },
  {
    service: 'osr',
    method: 'POST',
    template: '/api/v1/leveranciers',
    path: () => '/api/v1/leveranciers',
    body: (_c, brin) => ({ naam: 'Matrix LAS', scholen: [brin] }),
  },
  {
    service: 'osr',
    method: 'DELETE',
    template: '/api/v1/leveranciers/{oin}',
    // The first OIN a vendor of your own gets (OSR-07): refused before OSR looks it up.
    path: () => '/api/v1/leveranciers/00000099100010010000',
  },
  // BRON (docs/services/bron.md)
  {
    service: 'bron',
    method: 'POST',
    template: '/identificaties',
    path: () => '/identificaties',
    body: (_c, brin) => bron.identificatie(brin),
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/inschrijvingen',
    path: () => '/inschrijvingen',
    body: (_c, brin) => bron.inschrijving(brin),
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/verwijderingen',
    path: () => '/verwijderingen',
    body: (_c, brin) => bron.verwijdering(brin),
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/resultaten',
    path: () => '/resultaten',
    body: (_c, brin) => bron.resultaat(brin),
  },
  {
    service: 'bron',
    method: 'POST',
    template: '/informatiediensten/inschrijvingsstatus',
    path: () => '/informatiediensten/inschrijvingsstatus',
    body: (_c, brin) => bron.status(brin),
  },
  {
    service: 'bron',
    method: 'GET',
    template: '/scholen/{brin}/inschrijvingen',
    path: (_c, brin) => `/scholen/${brin}/inschrijvingen`,
  },
  { service: 'bron', method: 'GET', template: '/scholen/{brin}/berichten', path: (_c, brin) => `/scholen/${brin}/berichten` },
  { service: 'bron', method: 'GET', template: '/scholen/{brin}/bekostiging', path: (_c, brin) => `/scholen/${brin}/bekostiging` },
  { service: 'bron', method: 'GET', template: '/_sim/leerlingen/{pgn}', path: () => '/_sim/leerlingen/802533048' },
  {
    service: 'bron',
    method: 'GET',
    template: '/_sim/sporen/{traceId}/berichten',
    path: () => '/_sim/sporen/0af7651916cd43dd8448eb211c80319c/berichten',
  },
  {
    service: 'bron',
    method: 'GET',
    template: '/onderwijsnummers/{nummer}',
    path: (c) => `/onderwijsnummers/${c.onderwijsnummer}`,
  },
  // Verzuimregister (docs/services/verzuim.md)
  {
    service: 'verzuim',
    method: 'POST',
    template: '/meldingen',
    path: () => '/meldingen',
    body: (_c, brin) => ({
      ...melding(),
      bedrijfsdocument: bedrijfsdocument(brin),
      melding: { ...melding().melding, vestigingscode: `${brin}00` },
    }),
  },
  {
    service: 'verzuim',
    method: 'PATCH',
    template: '/meldingen/{meldingsnummer}',
    path: (c) => `/meldingen/${c.meldingsnummer}`,
    body: (_c, brin) => ({ bedrijfsdocument: bedrijfsdocument(brin), einddatum: '2026-11-27' }),
  },
  { service: 'verzuim', method: 'GET', template: '/meldingen/{meldingsnummer}', path: (c) => `/meldingen/${c.meldingsnummer}` },
  {
    service: 'verzuim',
    method: 'PATCH',
    template: '/meldingen/{meldingsnummer}/status',
    path: (c) => `/meldingen/${c.meldingsnummer}/status`,
    body: () => ({ status: 'IN_BEHANDELING' }),
  },
  { service: 'verzuim', method: 'GET', template: '/scholen/{brin}/meldingen', path: (_c, brin) => `/scholen/${brin}/meldingen` },
  { service: 'verzuim', method: 'GET', template: '/gemeenten/{gemeentecode}/meldingen', path: () => '/gemeenten/0344/meldingen' },
];

const key = (e: Endpoint) => `${e.service} ${e.method} ${e.template}`;
const endpoint = (k: string): Endpoint => {
  const found = ENDPOINTS.find((e) => key(e) === k);
  if (!found) throw new Error(`no endpoint ${k}`);
  return found;
};

/** Identity-level refusals (docs/services/common.md): the request never reaches a handler. */
const IDENTITIES: Array<[string, () => { ca: string; cert?: string; key?: string }]> = [
  ['no client certificate', () => ({ ca: clientTls(OIN.plaza).ca })],
  ['a certificate of another CA', () => clientTls(NEGATIVE.foreign.oin)],
  ['an expired certificate', () => clientTls(NEGATIVE.expired.oin)],
  ['a certificate not yet valid', () => clientTls(NEGATIVE.notYetValid.oin)],
  ['a revoked certificate', () => clientTls(NEGATIVE.revoked.oin)],
  ['a certificate without OIN', () => clientTls(NEGATIVE.noOin.oin)],
];

interface PartyRow {
  endpoint: string;
  who: string;
  as: string;
  /** The school in path or verzendendeInstantie (default 11AA). */
  brin?: string;
  /** Another path than the endpoint's. */
  path?: (c: Ctx) => string;
  /** Another body than the endpoint's. */
  body?: () => Json;
  /** The caller may not know the resource exists: 404 NIET_GEVONDEN, as for one that does not (docs/authorization.md). */
  verborgen?: true;
}

const vendorBerichten = [
  'bron POST /identificaties',
  'bron POST /inschrijvingen',
  'bron POST /verwijderingen',
  'bron POST /resultaten',
  'bron POST /informatiediensten/inschrijvingsstatus',
  'verzuim POST /meldingen',
];
const vendorReads = [
  'bron GET /scholen/{brin}/inschrijvingen',
  'bron GET /scholen/{brin}/berichten',
  'bron GET /scholen/{brin}/bekostiging',
  'verzuim GET /scholen/{brin}/meldingen',
];
const rioBeheer = [
  'rio POST /onderwijsaanbieders',
  'rio PUT /onderwijsaanbieders/{onderwijsaanbiedercode}',
  'rio POST /onderwijslocatiegebruiken',
  'rio PUT /onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
];
const simRoutes = ['GET /_sim/clock', 'PUT /_sim/clock', 'POST /_sim/reset'];

const PARTY_ROWS: PartyRow[] = [
  // EK-07: a vendor acts for a school only with an OSR mandate valid today.
  ...[...vendorBerichten, ...vendorReads].flatMap((e): PartyRow[] => [
    { endpoint: e, who: 'a vendor without a mandate for the school (EK-07, Kwartet at 11AA)', as: OIN.kwartet },
    { endpoint: e, who: 'a vendor at the school without any mandate (EK-07, Plaza at 12BB)', as: OIN.plaza, brin: '12BB' },
    { endpoint: e, who: 'a vendor whose mandate ended (OSR-03, Zandloper at 12BA)', as: OIN.zandloper, brin: '12BA' },
    { endpoint: e, who: 'a valid certificate of a party the world does not know', as: NEGATIVE.stranger.oin },
    { endpoint: e, who: "the school's bestuur (not a vendor)", as: OIN.domstad },
    { endpoint: e, who: 'a gemeente (not a vendor)', as: OIN.utrecht },
  ]),
  // Verzuim: a melding is changed by the vendor of its own school, treated by its woongemeente (VZM-12).
  {
    endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}',
    who: 'a vendor without a mandate for the school (EK-07, Kwartet at 11AA)',
    as: OIN.kwartet,
  },
  {
    endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}',
    who: 'a vendor of another school (Kwartet for its own 11AB)',
    as: OIN.kwartet,
    brin: '11AB',
    verborgen: true,
  },
  { endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}', who: 'the woongemeente (not a vendor)', as: OIN.utrecht },
  ...(
    [
      ['a vendor of another school (Kwartet)', OIN.kwartet],
      ['another gemeente than the woongemeente (Zeist)', OIN.zeist],
      ["the school's bestuur", OIN.domstad],
    ] as const
  ).map(([who, as]): PartyRow => ({ endpoint: 'verzuim GET /meldingen/{meldingsnummer}', who, as, verborgen: true })),
  {
    endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}/status',
    who: 'another gemeente than the woongemeente (Zeist)',
    as: OIN.zeist,
    verborgen: true,
  },
  {
    endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}/status',
    who: "the school's vendor (only the gemeente treats it)",
    as: OIN.plaza,
  },
  {
    endpoint: 'verzuim GET /gemeenten/{gemeentecode}/meldingen',
    who: "another gemeente (Zeist reading Utrecht's)",
    as: OIN.zeist,
  },
  { endpoint: 'verzuim GET /gemeenten/{gemeentecode}/meldingen', who: 'a vendor', as: OIN.plaza },
  { endpoint: 'verzuim GET /gemeenten/{gemeentecode}/meldingen', who: 'a bestuur', as: OIN.domstad },
  // RIO-07: beheer by the bestuur that owns the object, or the operator.
  ...rioBeheer.flatMap((e): PartyRow[] => [
    { endpoint: e, who: "another bestuur (RIO-07, Keistad on Domstad's object)", as: OIN.keistad },
    { endpoint: e, who: 'a vendor without RIO mandate for the school (RIO-07, Kwartet)', as: OIN.kwartet },
    { endpoint: e, who: 'a gemeente (RIO-07)', as: OIN.utrecht },
  ]),
  // OSR-02: mandates are made and ended by the school's bestuur or the operator.
  ...['osr POST /api/v1/mandates', 'osr PATCH /api/v1/mandates/{id}', 'osr GET /api/v1/schools/{school_oin}/mandates'].flatMap(
    (e): PartyRow[] =>
      (
        [
          ["another bestuur (OSR-02, Keistad on Domstad's school)", OIN.keistad],
          ['a vendor (OSR-02, Plaza, even its own mandate)', OIN.plaza],
          ['a gemeente (OSR-02)', OIN.utrecht],
        ] as const
      ).map(([who, as]) => ({ endpoint: e, who, as, ...(e.includes('{id}') ? { verborgen: true as const } : {}) })),
  ),
  // OSR-05: only the mandated supplier registers an afleveradres with the mandate's token; to
  // anyone else the token is unknown.
  {
    endpoint: 'osr PUT /api/v1/endpoints/{token}',
    who: "another vendor with Plaza's token (OSR-05)",
    as: OIN.kwartet,
    verborgen: true,
  },
  {
    endpoint: 'osr PUT /api/v1/endpoints/{token}',
    who: "the school's bestuur with the vendor's token (OSR-05)",
    as: OIN.domstad,
    verborgen: true,
  },
  // OSR-07: only the operator adds or removes a vendor of your own.
  ...['osr POST /api/v1/leveranciers', 'osr DELETE /api/v1/leveranciers/{oin}'].flatMap((e): PartyRow[] =>
    [
      ['a vendor (OSR-07)', OIN.plaza],
      ['a bestuur (OSR-07)', OIN.domstad],
      ['a gemeente (OSR-07)', OIN.utrecht],
      ['DUO (OSR-07)', OIN.duo],
    ].map(([who, as]) => ({ endpoint: e, who: who, as: as })),
  ),
  // DUO-only: the holder of an onderwijsnummer.
  { endpoint: 'bron GET /onderwijsnummers/{nummer}', who: 'a vendor (DUO only)', as: OIN.plaza },
  { endpoint: 'bron GET /onderwijsnummers/{nummer}', who: 'a bestuur (DUO only)', as: OIN.domstad },
  { endpoint: 'bron GET /onderwijsnummers/{nummer}', who: 'a gemeente (DUO only)', as: OIN.utrecht },
  // docs/services/common.md: /_sim/* is the operator's.
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).flatMap((service) =>
    simRoutes.flatMap((r): PartyRow[] =>
      [
        ['a vendor', OIN.plaza],
        ['a bestuur', OIN.domstad],
        ['a gemeente', OIN.utrecht],
        ['DUO', OIN.duo],
      ].map(([who, as]) => ({ endpoint: `${service} ${r}`, who: `${who} (non-operator on /_sim/*)`, as: as })),
    ),
  ),
  ...(['bron', 'verzuim'] as const).flatMap((service) =>
    [
      ['a vendor', OIN.plaza],
      ['a bestuur', OIN.domstad],
      ['a gemeente', OIN.utrecht],
      ['DUO', OIN.duo],
    ].map(([who, as]): PartyRow => ({
      endpoint: `${service} POST /_sim/brp-personen`,
      who: `${who} (non-operator on /_sim/*)`,
      as,
    })),
  ),
  // The console's read of what one trace placed in mailboxes is the operator's too.
  ...[
    ['a vendor', OIN.plaza],
    ['a bestuur', OIN.domstad],
    ['a gemeente', OIN.utrecht],
    ['DUO', OIN.duo],
  ].map(([who, as]): PartyRow => ({
    endpoint: 'bron GET /_sim/sporen/{traceId}/berichten',
    who: `${who} (operator only)`,
    as: as,
  })),
  // docs/storingen.md: faults are the operator's, and each vendor's on its own traffic only.
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).flatMap((service) =>
    ['GET /_sim/storingen', 'PUT /_sim/storingen', 'DELETE /_sim/storingen', 'DELETE /_sim/storingen/{id}'].flatMap((r) =>
      [
        ['a bestuur', OIN.domstad],
        ['a gemeente', OIN.utrecht],
        ['DUO', OIN.duo],
      ].map(([who, as]): PartyRow => ({ endpoint: `${service} ${r}`, who: `${who} (operator and vendors only)`, as: as })),
    ),
  ),
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).flatMap((service): PartyRow[] => [
    {
      endpoint: `${service} PUT /_sim/storingen`,
      who: 'a vendor naming another leverancier',
      as: OIN.plaza,
      body: () => ({ ...(STORING as object), leverancier: OIN.kwartet }),
    },
    {
      endpoint: `${service} PUT /_sim/storingen`,
      who: 'a vendor naming an OIN that is no party',
      as: OIN.plaza,
      body: () => ({ ...(STORING as object), leverancier: '00000099100000990000' }),
    },
  ]),
  {
    endpoint: 'bron DELETE /_sim/storingen/{id}',
    who: "a vendor lifting another vendor's fault (Plaza on Kwartet's)",
    as: OIN.plaza,
    verborgen: true,
  },
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).map((service): PartyRow => ({
    endpoint: `${service} GET /_sim/journal`,
    who: "a vendor asking for another party's journal",
    as: OIN.plaza,
    path: () => `/_sim/journal?partij=${OIN.kwartet}`,
  })),
];

/**
 * "Exists but not yours" against "does not exist" (docs/authorization.md): known parties without the
 * right, so the cells hold whatever gate refuses unknown OINs first.
 */
interface SecrecyCell {
  endpoint: string;
  who: string;
  as: string;
  /** The request for the resource that exists, and the id in it that the twin replaces. */
  existing: (c: Ctx) => { path: string; body?: Json; id: string };
  /** The id of a resource of the same kind that does not exist. */
  missing: string;
}

const VENDOR_WITHOUT_MANDATE: [string, string] = ['a vendor without a mandate for the school (Zandloper)', OIN.zandloper];
const VENDOR_OF_ANOTHER_SCHOOL: [string, string] = ['a vendor of another school (Kwartet, 11AB)', OIN.kwartet];
const OTHER_GEMEENTE: [string, string] = ['a gemeente of another gemeente (Zeist)', OIN.zeist];
const OTHER_BESTUUR: [string, string] = ['a bestuur of another school (Keistad)', OIN.keistad];
const FOUR_OUTSIDERS = [VENDOR_WITHOUT_MANDATE, VENDOR_OF_ANOTHER_SCHOOL, OTHER_GEMEENTE, OTHER_BESTUUR];

const cellsFor = (endpoint: string, who: Array<[string, string]>, existing: SecrecyCell['existing'], missing: string) =>
  who.map(([label, as]): SecrecyCell => ({ endpoint, who: label, as, existing, missing }));

const schoolRead = (e: string) =>
  cellsFor(e, FOUR_OUTSIDERS, () => ({ path: endpoint(e).path(ctxStub, '11AA'), id: '11AA' }), '99ZZ');
/** Paths of the school reads do not use the context; the twin swaps the BRIN. */
const ctxStub = {} as Ctx;

const SECRECY_CELLS: SecrecyCell[] = [
  // Verzuim: a melding, its change and its status (404 for both), a school's and a gemeente's lists (403 for both).
  ...cellsFor(
    'verzuim GET /meldingen/{meldingsnummer}',
    [...FOUR_OUTSIDERS, ["the school's bestuur (Domstad)", OIN.domstad]],
    (c) => ({ path: `/meldingen/${c.meldingsnummer}`, id: c.meldingsnummer }),
    'VZM-2026-999999',
  ),
  ...cellsFor(
    'verzuim PATCH /meldingen/{meldingsnummer}/status',
    [...FOUR_OUTSIDERS, ["the school's bestuur (Domstad)", OIN.domstad]],
    (c) => ({ path: `/meldingen/${c.meldingsnummer}/status`, body: { status: 'IN_BEHANDELING' }, id: c.meldingsnummer }),
    'VZM-2026-999999',
  ),
  ...FOUR_OUTSIDERS.map(([label, as]): SecrecyCell => {
    // Each party sends for a school of its own choosing; Kwartet for its own 11AB gets past EK-07.
    const brin = as === OIN.kwartet ? '11AB' : '11AA';
    return {
      endpoint: 'verzuim PATCH /meldingen/{meldingsnummer}',
      who: label,
      as,
      existing: (c) => ({
        path: `/meldingen/${c.meldingsnummer}`,
        body: { bedrijfsdocument: bedrijfsdocument(brin), einddatum: '2026-11-27' },
        id: c.meldingsnummer,
      }),
      missing: 'VZM-2026-999999',
    };
  }),
  ...schoolRead('verzuim GET /scholen/{brin}/meldingen'),
  ...cellsFor(
    'verzuim GET /gemeenten/{gemeentecode}/meldingen',
    [OTHER_GEMEENTE, VENDOR_OF_ANOTHER_SCHOOL, OTHER_BESTUUR],
    () => ({ path: '/gemeenten/0344/meldingen', id: '0344' }),
    '0363',
  ),
  // BRON: a school's registratieoverzicht, mailbox and bekostiging (403 for both); onderwijsnummers are DUO's.
  ...schoolRead('bron GET /scholen/{brin}/inschrijvingen'),
  ...schoolRead('bron GET /scholen/{brin}/berichten'),
  ...schoolRead('bron GET /scholen/{brin}/bekostiging'),
  ...cellsFor(
    'bron GET /onderwijsnummers/{nummer}',
    [...FOUR_OUTSIDERS, ['a vendor with a mandate (Plaza)', OIN.plaza]],
    (c) => ({ path: `/onderwijsnummers/${c.onderwijsnummer}`, id: c.onderwijsnummer }),
    '109999999',
  ),
  // OSR: a mandate (404 for both), a school's mandate list and a new mandate (403 for both), an endpoint token (404 for both).
  ...cellsFor(
    'osr PATCH /api/v1/mandates/{id}',
    [...FOUR_OUTSIDERS, ['the mandated vendor (Plaza)', OIN.plaza]],
    (c) => ({ path: `/api/v1/mandates/${c.mandaatId}`, body: { end_date: '2027-01-01' }, id: c.mandaatId }),
    '00000000-0000-4000-8000-000000000000',
  ),
  ...cellsFor(
    'osr GET /api/v1/schools/{school_oin}/mandates',
    [...FOUR_OUTSIDERS, ['a vendor with a mandate (Plaza)', OIN.plaza]],
    () => ({ path: `/api/v1/schools/${schoolOinFromBrin('11AA')}/mandates`, id: schoolOinFromBrin('11AA') }),
    schoolOinFromBrin('99ZZ'),
  ),
  ...cellsFor(
    'osr POST /api/v1/mandates',
    [OTHER_BESTUUR],
    () => ({
      path: '/api/v1/mandates',
      body: { school_oin: schoolOinFromBrin('11AA'), supplier_oin: OIN.kwartet, service: 'RIO', start_date: '2026-12-01' },
      id: schoolOinFromBrin('11AA'),
    }),
    schoolOinFromBrin('99ZZ'),
  ),
  ...cellsFor(
    'osr PUT /api/v1/endpoints/{token}',
    [...FOUR_OUTSIDERS, ["the school's bestuur (Domstad)", OIN.domstad]],
    (c) => ({ path: `/api/v1/endpoints/${c.token}`, body: { url: 'https://localhost/duo' }, id: c.token }),
    '0123456789abcdef0123456789abcdef',
  ),
  // RIO beheer of another bestuur's object (403 for both).
  ...cellsFor(
    'rio PUT /onderwijsaanbieders/{onderwijsaanbiedercode}',
    [OTHER_BESTUUR],
    () => {
      const { onderwijsaanbiedercode: _code, ...body } = example('rio', 'onderwijsaanbieder-110A003.json') as Record<
        string,
        Json
      >;
      return { path: '/onderwijsaanbieders/110A003', body, id: '110A003' };
    },
    '999A999',
  ),
  ...cellsFor(
    'rio PUT /onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    [OTHER_BESTUUR],
    () => ({
      path: '/onderwijslocatiegebruiken/100B001-107X001',
      body: example('rio', 'onderwijslocatiegebruik-100B001-107X001.json'),
      id: '107X001',
    }),
    '999X999',
  ),
  // Another vendor's fault: 404 as for one that does not exist (docs/storingen.md).
  ...cellsFor(
    'bron DELETE /_sim/storingen/{id}',
    [["a vendor (Plaza) on Kwartet's fault", OIN.plaza]],
    (c) => ({ path: `/_sim/storingen/${c.storingId}`, id: c.storingId }),
    '00000000-0000-4000-8000-000000000000',
  ),
  // Another party's journal: 403 whether that party exists or not.
  ...(['rio', 'osr', 'bron', 'verzuim'] as const).flatMap((service) =>
    cellsFor(
      `${service} GET /_sim/journal`,
      [VENDOR_OF_ANOTHER_SCHOOL],
      () => ({ path: `/_sim/journal?partij=${OIN.plaza}`, id: OIN.plaza }),
      '00000099100000990000',
    ),
  ),
];

describe('authorization matrix (docs/services/common.md, docs/reliability.md): every endpoint × every caller the contract refuses', () => {
  let chain: TestChain;
  let ctx: Ctx;
  let before: Record<string, number>;
  const as = (service: ServiceName, oin: string): Caller => callerFor(chain.services[service].url, clientTls(oin));

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: TODAY });
    const plazaBron = as('bron', OIN.plaza);
    // Thijs at 11AA (volgnummer 1): the melding below needs him enrolled (VZM-08).
    expect((await plazaBron.post('/inschrijvingen', inschrijving(THIJS, '1'))).status).toBe(201);
    const id = await plazaBron.post('/identificaties', {
      bedrijfsdocument: bedrijfsdocument('11AA'),
      persoon: {
        achternaam: 'Nieuwkomer',
        voornamen: 'Sara',
        geboortedatum: '2019-05-05',
        geslacht: 'V',
        buitenlandsAdres: { landcode: '9089' },
      },
    });
    expect(id.status).toBe(200);
    const gemeld = await as('verzuim', OIN.plaza).post('/meldingen', melding());
    expect(gemeld.status).toBe(201);
    const own = await as('osr', OIN.plaza).get(`/api/v1/mandates?school_oin=${schoolOinFromBrin('11AA')}&service=ROD_PO`);
    const ended = await as('osr', OIN.zandloper).get(
      `/api/v1/mandates?school_oin=${schoolOinFromBrin('12BA')}&service=ROD_PO&reference_date=2024-01-01`,
    );
    expect([own.status, ended.status]).toEqual([200, 200]);
    const storing = await as('bron', OIN.kwartet).put('/_sim/storingen', STORING);
    expect(storing.status).toBe(201);
    ctx = {
      mandaatId: own.body.mandaten[0].id,
      token: own.body.mandaten[0].token,
      endedToken: ended.body.mandaten[0].token,
      meldingsnummer: gemeld.body.meldingsnummer,
      onderwijsnummer: id.body.leerling.onderwijsnummer,
      storingId: storing.body.id,
    };
    before = rowCounts(chain.dataDir);
  }, 30_000);
  afterAll(() => chain?.close());

  it('has every operation of every service in its table', async () => {
    const declared: string[] = [];
    for (const service of ['rio', 'osr', 'bron', 'verzuim'] as const) {
      const res = await as(service, OIN.operator).get('/openapi.json');
      for (const [path, methods] of Object.entries(res.body.paths as Record<string, object>)) {
        for (const method of Object.keys(methods)) declared.push(`${service} ${method.toUpperCase()} ${path}`);
      }
    }
    expect(ENDPOINTS.map(key).sort()).toEqual(declared.sort());
  });

  const identityRows = ENDPOINTS.flatMap((e) => IDENTITIES.map(([who, tls]) => [key(e), who, e, tls] as const));
  it.each(identityRows)('%s refuses %s at TLS or with 401 EK0030 (EK-01)', async (_k, _who, e, tls) => {
    const res = await callerFor(chain.services[e.service].url, tls())
      .request(e.method, e.path(ctx, '11AA'), e.body ? { body: e.body(ctx, '11AA') } : {})
      .catch((err: Error) => ({ refused: err }));
    if ('refused' in res) {
      // Refused in the TLS handshake: the handler never ran.
      expect(`${(res.refused as NodeJS.ErrnoException).code} ${res.refused.message}`).toMatch(
        /certificate|socket hang up|ECONNRESET|EPIPE|alert|handshake/i,
      );
    } else {
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.foutmeldingen[0].foutcode).toBe('EK0030');
    }
  });

  it.each(PARTY_ROWS.map((r) => [r.endpoint, r.who, r] as const))(
    '%s refuses %s with 403 AUT401 (404 NIET_GEVONDEN where it may not know the resource)',
    async (_k, _who, row) => {
      const e = endpoint(row.endpoint);
      const brin = row.brin ?? '11AA';
      const path = row.path ? row.path(ctx) : e.path(ctx, brin);
      const body = row.body ? row.body() : e.body?.(ctx, brin);
      const res = await as(e.service, row.as).request(e.method, path, body !== undefined ? { body } : {});
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
        status: row.verborgen ? 404 : 403,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(res.body.foutmeldingen).toEqual([expect.objectContaining({ foutcode: row.verborgen ? 'NIET_GEVONDEN' : 'AUT401' })]);
    },
  );

  it('refuses Zandloper the afleveradres of its ended 12BA mandate (OSR-03, OSR-05)', async () => {
    const res = await as('osr', OIN.zandloper).put(`/api/v1/endpoints/${ctx.endedToken}`, {
      url: 'https://zandloper.example/duo',
      start_date: TODAY,
    });
    expect({ status: res.status, body: res.body }).toMatchObject({
      status: 403,
      body: { foutmeldingen: [{ foutcode: 'AUT401' }] },
    });
  });

  it.each(SECRECY_CELLS.map((c) => [c.endpoint, c.who, c] as const))(
    '%s answers %s the same for a resource that exists as for one that does not, naming nothing',
    async (_k, _who, cell) => {
      const e = endpoint(cell.endpoint);
      const caller = as(e.service, cell.as);
      const existing = cell.existing(ctx);
      const twin = {
        path: existing.path.split(existing.id).join(cell.missing),
        body:
          existing.body === undefined
            ? undefined
            : (JSON.parse(JSON.stringify(existing.body).split(existing.id).join(cell.missing)) as Json),
      };
      const send = (r: { path: string; body?: Json | undefined }) =>
        caller.request(e.method, r.path, r.body === undefined ? {} : { body: r.body });
      const [yes, no] = [await send(existing), await send(twin)];
      expect(yes.status).toBeGreaterThanOrEqual(400);
      expect(answerText(no, [[cell.missing, existing.id]])).toBe(answerText(yes));
      const sent = `${cell.as} ${existing.path} ${JSON.stringify(existing.body ?? null)}`;
      expect(leakedNames(yes.body, sent)).toEqual([]);
      // Journal reads are not journaled themselves (they would wake every long-poll); the rest are.
      if (e.template === '/_sim/journal') return;
      // The caller's own journal must not name the school either (namens).
      const regels: Array<{ namens: string | null; operatie: string }> = [];
      for (let na = 0; ;) {
        const page = await caller.request('GET', `/_sim/journal?limiet=1000&na=${na}`);
        regels.push(...page.body.regels);
        // A short page is the end.
        if (page.body.regels.length < 1000) break;
        na = page.body.volgende;
      }
      const [eerst, dan] = regels.slice(-2);
      expect([eerst.operatie, dan.operatie]).toEqual([`${e.method} ${existing.path}`, `${e.method} ${twin.path}`]);
      expect(String(dan.namens).split(cell.missing).join(existing.id)).toBe(String(eerst.namens));
    },
  );

  it('stored nothing for any refused caller and left every clock alone', async () => {
    for (const service of ['rio', 'osr', 'bron', 'verzuim'] as const) {
      expect((await as(service, OIN.operator).get('/health')).body.vandaag).toBe(TODAY);
    }
    expect(rowCounts(chain.dataDir)).toEqual(before);
  });
});
