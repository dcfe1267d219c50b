// The OpenAPI entries of RIO (docs/services/rio.md), each with its request and answer schema.
import type { OperationSpec } from '@duo-sim/shared';

const peildatum = {
  name: 'peildatum',
  in: 'query' as const,
  description: 'JJJJ-MM-DD; standaard de gesimuleerde datum (RIO-08)',
};
const iedereen = 'iedere partij';
const beheer = 'het bestuur van het object, of de operator; ieder ander 403 AUT401 (RIO-07)';

export const RIO_OPERATIONS: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/onderwijsbesturen/{onderwijsbestuurcode}',
    summary:
      'Onderwijsbestuur met periodes en de aanbieders op de peildatum; 404 als onbekend (A01110) of niet in bedrijf (RIO-08)',
    wie: iedereen,
    parameters: [peildatum],
    response: 'rio-onderwijsbestuur-antwoord',
  },
  {
    method: 'get',
    path: '/onderwijsaanbieders',
    summary: 'Een pagina onderwijsaanbieders die op de peildatum in bedrijf zijn, eventueel van één bestuur',
    wie: iedereen,
    parameters: [
      { name: 'onderwijsbestuurcode', in: 'query', description: 'alleen de aanbieders met een bestuursrelatie op de peildatum' },
      peildatum,
      { name: 'pagina', in: 'query', description: 'vanaf 1; standaard 1' },
      { name: 'paginagrootte', in: 'query', description: '1–500; standaard 100' },
    ],
    response: 'rio-onderwijsaanbieders-pagina',
  },
  {
    method: 'get',
    path: '/onderwijsaanbieders/{onderwijsaanbiedercode}',
    summary:
      'Onderwijsaanbieder met periodes, besturen en juridische relaties (BRIN4); 404 als onbekend (N09440) of niet in bedrijf (RIO-08)',
    wie: iedereen,
    parameters: [peildatum],
    response: 'rio-onderwijsaanbieder-antwoord',
  },
  {
    method: 'post',
    path: '/onderwijsaanbieders',
    summary: 'Nieuwe onderwijsaanbieder (standlevering zonder code); RIO kent de code toe (RIO-02)',
    wie: beheer,
    request: 'rio-onderwijsaanbieder-aanlevering',
    response: 'rio-onderwijsaanbieder-goedgekeurd',
    status: 201,
  },
  {
    method: 'put',
    path: '/onderwijsaanbieders/{onderwijsaanbiedercode}',
    summary: 'Standlevering van een onderwijsaanbieder: vervangt het hele object (RIO-03, RIO-05, RIO-07)',
    wie: beheer,
    request: 'rio-onderwijsaanbieder-aanlevering',
    response: 'rio-onderwijsaanbieder-goedgekeurd',
  },
  {
    method: 'get',
    path: '/onderwijslocaties/{onderwijslocatiecode}',
    summary: 'Onderwijslocatie: adres, BAG-id en GPS (een locatie heeft geen eigen datums); 404 als onbekend (A01060)',
    wie: iedereen,
    parameters: [{ ...peildatum, description: 'toegestaan maar zonder effect: een locatie heeft geen datums' }],
    response: 'onderwijslocatie',
  },
  {
    method: 'get',
    path: '/onderwijslocatiegebruiken',
    summary:
      'De gebruiken die op de peildatum in bedrijf zijn van een bestuur en/of met een juridische relatie met een vestiging',
    wie: iedereen,
    parameters: [
      { name: 'onderwijsbestuurcode', in: 'query', description: 'de gebruiken van dit bestuur' },
      {
        name: 'vestigingscode',
        in: 'query',
        description: 'de gebruiken met een juridische relatie met deze BRIN6 op de peildatum',
      },
      peildatum,
    ],
    response: 'rio-onderwijslocatiegebruiken',
  },
  {
    method: 'get',
    path: '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    summary:
      'Onderwijslocatiegebruik met datums en juridische relaties (BRIN6); 404 als onbekend (A01130) of niet in bedrijf (RIO-08)',
    wie: iedereen,
    parameters: [peildatum],
    response: 'rio-onderwijslocatiegebruik-antwoord',
  },
  {
    method: 'post',
    path: '/onderwijslocatiegebruiken',
    summary: 'Nieuw onderwijslocatiegebruik; een nieuw adres wordt een nieuwe locatie met een code (RIO-02, RIO-04)',
    wie: beheer,
    request: 'rio-onderwijslocatiegebruik-aanlevering',
    response: 'rio-onderwijslocatiegebruik-goedgekeurd',
    status: 201,
  },
  {
    method: 'put',
    path: '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}',
    summary: 'Standlevering van een onderwijslocatiegebruik (RIO-03, RIO-04, RIO-07)',
    wie: beheer,
    request: 'rio-onderwijslocatiegebruik-aanlevering',
    response: 'rio-onderwijslocatiegebruik-goedgekeurd',
  },
  {
    method: 'get',
    path: '/vestigingserkenningen/{vestigingscode}',
    summary: 'Erkenning van een vestiging (BRIN6) met periodes; 404 als onbekend (A01040) of niet erkend (RIO-08)',
    wie: iedereen,
    parameters: [peildatum],
    response: 'rio-vestigingserkenning-antwoord',
  },
  {
    method: 'get',
    path: '/instellingserkenningen/{brin}',
    summary:
      'Erkenning van een school (BRIN4) met periodes en haar vestigingen op de peildatum; 404 als onbekend (A01030) of niet erkend (RIO-08)',
    wie: iedereen,
    parameters: [peildatum],
    response: 'rio-instellingserkenning-antwoord',
  },
  {
    method: 'get',
    path: '/inschrijfbaarheid',
    summary:
      'Zijn aanbieder, locatie en vestiging samen inschrijfbaar op de peildatum? Alle redenen van niet in één antwoord (RIO-11); altijd 200',
    wie: iedereen,
    parameters: [
      { name: 'onderwijsaanbiedercode', in: 'query', required: true },
      { name: 'onderwijslocatiecode', in: 'query', required: true },
      { name: 'vestigingscode', in: 'query', required: true, description: 'BRIN6' },
      peildatum,
    ],
    response: 'rio-inschrijfbaarheid',
  },
  {
    method: 'get',
    path: '/wijzigingen',
    summary: 'Wijzigingen sinds een tijdstip, oudste eerst, 500 per pagina (RIO-09)',
    wie: iedereen,
    parameters: [
      {
        name: 'sinds',
        in: 'query',
        description: 'datum-tijd met tijdzone (of een datum: middernacht UTC); inclusief; standaard alles',
      },
      { name: 'pagina', in: 'query', description: 'vanaf 1; standaard 1' },
    ],
    response: 'rio-wijzigingen',
  },
];
