// RIO-01…11: Registratie Instellingen en Opleidingen: the organisation behind the schools, and the
// question BRON and the verzuimregister ask for every inschrijving (RIO-11).
import type { Regel } from './types.js';

const D = 'services/rio/src/domain';
const ROUTES = 'services/rio/src/routes';
const USE_CASES = 'services/rio/src/use-cases';

export const RIO_REGELS: Regel[] = [
  {
    id: 'RIO-01',
    titel: 'De objecten van RIO',
    tekst:
      'RIO kent onderwijsbesturen (B-code), onderwijsaanbieders (A-code, met besturen en juridische relaties naar een BRIN4), onderwijslocaties (X-code, een adres zonder eigen datums), onderwijslocatiegebruiken (een bestuur gebruikt een locatie, gekoppeld aan een BRIN6) en de erkenningen: instellingserkenning (BRIN4) en vestigingserkenning (BRIN6).',
    herkomst: 'ECHT',
    foutcodes: ['A01110', 'N09440', 'A01060', 'A01130', 'A01040', 'A01030'],
    services: ['rio'],
    implementatie: [
      `${D}/onderwijsaanbieder.ts#checkOnderwijsaanbieder`,
      `${D}/onderwijslocatiegebruik.ts#checkOnderwijslocatiegebruik`,
      `${ROUTES}/onderwijslocaties.ts#onderwijslocatiesRoutes`,
    ],
  },
  {
    id: 'RIO-02',
    titel: 'RIO kent de codes toe',
    tekst:
      'Een nieuwe onderwijsaanbieder of onderwijslocatie krijgt zijn code van RIO, meteen in het antwoord; de afzender kiest die code niet zelf.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De simulator geeft per letter het volgende ongebruikte nummer vanaf 900 (900A001, 900X001) en geeft een code nooit opnieuw uit, ook niet na een reset. Een code meesturen bij een nieuw object is 400 RIO-02.',
    foutcodes: ['RIO-02'],
    services: ['rio'],
    implementatie: [`${D}/codes.ts#rioCode`],
  },
  {
    id: 'RIO-03',
    titel: 'Datums en periodes',
    tekst:
      'De uitBedrijfdatum ligt na de inBedrijfdatum. Periodes sluiten op elkaar aan zonder gat of overlap, de eerste begint op inBedrijfdatum en samen dekken ze het hele bestaan. Juridische relaties eindigen niet voor ze beginnen en overlappen niet met een andere relatie met hetzelfde object.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: '"In bedrijf op d" betekent in ≤ d < uit (de uit-datum telt niet mee; leeg is open).',
    foutcodes: ['N04010', 'N05010', 'N05030', 'N05050', 'N05060', 'J06010', 'J06020'],
    services: ['rio'],
    implementatie: [`${D}/periodes.ts#checkPeriodes`, `${D}/relaties.ts#checkRelaties`, `${D}/peildatum.ts#isInBedrijfOp`],
  },
  {
    id: 'RIO-04',
    titel: 'Eén locatiegebruik per bestuur en locatie',
    tekst:
      'Een bestuur heeft hoogstens één onderwijslocatiegebruik van een locatie, en dat ligt binnen het bestaan van het bestuur.',
    herkomst: 'ECHT',
    foutcodes: ['N01020', 'N01410'],
    services: ['rio'],
    implementatie: [
      `${D}/onderwijslocatiegebruik.ts#checkOnderwijslocatiegebruik`,
      `${USE_CASES}/deliver-onderwijslocatiegebruik.ts#createOnderwijslocatiegebruik`,
    ],
  },
  {
    id: 'RIO-05',
    titel: 'Een bestuur stopt niet met actieve aanbieders',
    tekst: 'Een bestuur kan niet ophouden te bestaan zolang zijn onderwijsaanbieders nog in bedrijf zijn.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Er is geen endpoint voor besturen; de simulator controleert dat de relatie van een aanbieder met een bestuur met een uitBedrijfdatum uiterlijk op die datum eindigt (N04410), en dat ze niet voor het bestaan van het bestuur begint (N01410).',
    foutcodes: ['N04410', 'N01410'],
    services: ['rio'],
    implementatie: [`${D}/onderwijsaanbieder.ts#checkOnderwijsaanbieder`],
  },
  {
    id: 'RIO-06',
    titel: 'Verwijderen alleen bij een vergissing',
    tekst:
      'Een object verwijderen is alleen voor een vergissing, en kan alleen als niets er meer naar verwijst; een aanbieder die BRON gebruikt, blijft. Normaal eindigt een object met een uitBedrijfdatum.',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['rio'],
    implementatie: [],
    soort: 'NIET_GEBOUWD',
  },
  {
    id: 'RIO-07',
    titel: 'Beheren met standleveringen',
    tekst:
      'Een bestuur levert zijn onderwijsaanbieders en onderwijslocatiegebruiken aan als standlevering: elke aanlevering vervangt de hele stand van het object. Een bestuur beheert alleen zijn eigen objecten. Het antwoord is requestGoedgekeurd met het object, of een lijst foutmeldingen.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Eigenaar is het bestuur waarvan de relatie met de aanbieder nog loopt; de afzender moet zelf in de besturen van de aanlevering staan en mag alleen erkenningen van zijn eigen bevoegd gezag koppelen. Een code in het pad die niet past bij die in de aanlevering is 400 RIO-07.',
    foutcodes: ['AUT401', 'RIO-07'],
    services: ['rio'],
    implementatie: [
      `${D}/eigenaarschap.ts#eigenaarsVanAanbieder`,
      `${D}/eigen-objecten.ts#vreemdeErkenningen`,
      `${D}/eigen-objecten.ts#checkGebruikPad`,
      `${D}/eigen-objecten.ts#checkAanbiederPad`,
      `${D}/standlevering.ts#canonicalAanbieder`,
      `${ROUTES}/beheerder.ts#assertBeheerder`,
    ],
  },
  {
    id: 'RIO-08',
    titel: 'Lezen op een peildatum',
    tekst:
      'Elke leesvraag heeft een peildatum (standaard vandaag); een object dat op die datum niet geldig is, wordt niet gevonden.',
    herkomst: 'ECHT',
    foutcodes: ['RIO-08'],
    services: ['rio'],
    implementatie: [
      `${D}/peildatum.ts#isGeldigOp`,
      `${D}/peildatum.ts#geldigOp`,
      `${USE_CASES}/read-onderwijsaanbieders.ts#readOnderwijsaanbieder`,
    ],
  },
  {
    id: 'RIO-09',
    titel: 'Wijzigingen opvragen',
    tekst: 'Wie RIO volgt, vraagt de wijzigingen sinds een tijdstip op, per pagina van 500, elk met de soort wijziging.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Soorten zijn TOEGEVOEGD en GEWIJZIGD (VERWIJDERD komt niet voor, want verwijderen is niet gebouwd). Alleen wijzigingen via de beheerberichten staan erin; de seed-wereld niet, en een reset maakt de lijst leeg.',
    foutcodes: [],
    services: ['rio'],
    implementatie: [`${ROUTES}/wijzigingen.ts#wijzigingenRoutes`, 'services/rio/src/store.ts#createRioStore'],
  },
  {
    id: 'RIO-10',
    titel: 'Van RIO naar BRIN',
    tekst:
      'Een onderwijsaanbieder hoort via zijn juridische relatie bij een BRIN4; een onderwijslocatiegebruik via zijn juridische relatie bij een BRIN6.',
    herkomst: 'ECHT',
    foutcodes: ['A01030', 'A01031', 'A01040'],
    services: ['rio'],
    implementatie: [
      `${D}/inschrijfbaarheid-check.ts#checkInschrijfbaarheid`,
      `${D}/onderwijsaanbieder.ts#checkOnderwijsaanbieder`,
    ],
  },
  {
    id: 'RIO-11',
    titel: 'Inschrijfbaarheid op een datum',
    tekst:
      'Op een datum zijn een onderwijsaanbieder, een onderwijslocatie en een vestiging samen inschrijfbaar als ze bestaan en in bedrijf zijn, er een locatiegebruik is van een bestuur van de aanbieder, en de juridische relaties naar de BRIN4 en BRIN6 dan gelden. Alle redenen waarom niet, worden samen gemeld.',
    herkomst: 'SIM',
    simulatie:
      'De vraag zelf is een vereenvoudiging van de simulator: RIO antwoordt altijd 200 met inschrijfbaar en de foutmeldingen; BRON stelt haar voor elke datum van een inschrijving die ertoe doet.',
    foutcodes: ['N09440', 'A01060', 'A01040', 'A01130', 'RIO-11'],
    services: ['rio', 'bron'],
    implementatie: [
      `${D}/inschrijfbaarheid-check.ts#checkInschrijfbaarheid`,
      `${USE_CASES}/answer-inschrijfbaarheid.ts#answerInschrijfbaarheid`,
    ],
  },
];
