// OSR-01…06: the Onderwijs serviceregister (Kennisnet): schools, diensten, mandates, afleveradressen.
import type { Regel } from './types.js';

const MANDATES = 'services/osr/src/domain/mandate.ts';
const ENDPOINTS = 'services/osr/src/domain/endpoint.ts';
const USE_CASES = 'services/osr/src/use-cases';

export const OSR_REGELS: Regel[] = [
  {
    id: 'OSR-01',
    titel: 'Scholen, leveranciers, diensten en mandaten',
    tekst:
      'OSR kent onderwijsinstellingen (OIN, BRIN, naam, RIO-aanbiedercode, bestuur), leveranciers (op OIN) en diensten. Een mandaat verbindt één school, één dienst en één leverancier; een school kan per dienst meer leveranciers mandateren. Scholen zijn te zoeken op naam, oin, brin en oa_id, ook gecombineerd.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De scholen, leveranciers en diensten komen uit de seed-wereld. Een onbekende school of leverancier in een nieuw mandaat geeft 400 OSR-01.',
    foutcodes: ['OSR-01'],
    services: ['osr'],
    implementatie: [`${MANDATES}#checkMandateReferences`, 'services/osr/src/domain/school.ts#matchesName'],
  },
  {
    id: 'OSR-02',
    titel: 'Het bestuur mandateert',
    tekst: 'Het bestuur van een school maakt mandaten en beëindigt ze; een ander bestuur kan dat niet.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'In het echt gebeurt dit in het portaal van Kennisnet; hier doet het bestuur het met zijn certificaat via de API (of de operator). Mandaten worden beëindigd, nooit verwijderd. Een school van een ander bestuur geeft 403 AUT401.',
    foutcodes: ['AUT401'],
    services: ['osr'],
    implementatie: [
      `${MANDATES}#mayManageMandates`,
      `${USE_CASES}/create-mandate.ts#createMandate`,
      `${USE_CASES}/end-mandate.ts#endMandate`,
    ],
  },
  {
    id: 'OSR-03',
    titel: 'Geldigheid van een mandaat',
    tekst:
      'Een mandaat geldt op dag d als start_date ≤ d < end_date (de einddatum telt niet mee); end_date ligt na start_date en twee mandaten voor dezelfde school, leverancier en dienst overlappen niet.',
    herkomst: 'SIM',
    simulatie:
      'De precieze regels van OSR zijn niet openbaar. Een nieuw mandaat begint vandaag of later; een beëindigd mandaat verandert niet meer (409 OSR-03).',
    foutcodes: ['OSR-03'],
    services: ['osr'],
    implementatie: [
      `${MANDATES}#isMandateActive`,
      `${MANDATES}#checkNewMandatePeriod`,
      `${MANDATES}#checkEndDate`,
      `${MANDATES}#overlapFouten`,
    ],
  },
  {
    id: 'OSR-04',
    titel: 'De mandaatcheck',
    tekst:
      'Een derde (zoals DUO) vraagt of een leverancier op een datum een mandaat heeft voor een school en dienst, en hoort alleen OK of NOK. De leverancier die naar zichzelf vraagt, krijgt de details (token, data) of "mandate not found".',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De dienst wordt met zijn code gevraagd in plaats van de namespace; de datum is standaard vandaag. Voor een derde is "geen mandaat" gewoon NOK.',
    foutcodes: ['OSR-04'],
    services: ['osr'],
    implementatie: [
      `${MANDATES}#mandateViewFor`,
      `${MANDATES}#checkThirdPartyQuery`,
      `${USE_CASES}/check-mandate.ts#checkMandate`,
    ],
  },
  {
    id: 'OSR-05',
    titel: 'Afleveradres',
    tekst:
      'Alleen de gemandateerde leverancier registreert een afleveradres voor een mandaat, en bewijst dat met het token van het mandaat; iedere partij mag het afleveradres lezen.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Het adres is https://, of http:// alleen op localhost of 127.0.0.1, en begint op een dag waarop het mandaat geldt.',
    foutcodes: ['OSR-05', 'AUT401'],
    services: ['osr'],
    implementatie: [
      `${ENDPOINTS}#checkEndpointUrl`,
      `${ENDPOINTS}#checkEndpointPeriod`,
      `${ENDPOINTS}#endpointsValidOn`,
      `${USE_CASES}/register-endpoint.ts#registerEndpoint`,
    ],
  },
  {
    id: 'OSR-06',
    titel: 'Diensten',
    tekst: 'OSR kent diensten zoals ROD PO, Verzuim en RIO, elk met versies die een namespace hebben.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De echte namespaces zijn niet openbaar. De simulator kent ROD_PO, VERZUIM en RIO met eigen namespaces (urn:duo-sim:dienst:…); een andere code is 400 SCHEMA.',
    foutcodes: ['SCHEMA'],
    services: ['osr'],
    implementatie: ['shared/schemas/osr-dienst.json#/$defs/dienstcode'],
  },
  {
    id: 'OSR-07',
    titel: 'Een eigen leverancier',
    tekst:
      'De operator voegt een leverancier toe aan de wereld: een nieuw OIN in de reeks van de leveranciers, een certificaat van de CA van de wereld (PEM en PKCS#12) en een leverancier in OSR. De besturen van de gekozen scholen mandateren hem daarna voor ROD_PO en VERZUIM met POST /api/v1/mandates. Een reset houdt hem met die mandaten (nieuwe tokens), tenzij hij verwijderd is.',
    herkomst: 'SIM',
    simulatie:
      'In het echt vraagt een leverancier een PKIoverheid-certificaat aan en registreert Kennisnet hem. Een naam die een partij al heeft of een school die OSR niet kent geeft 400 OSR-07 en verandert niets; een OIN wordt nooit twee keer uitgegeven.',
    foutcodes: ['OSR-07'],
    services: ['osr'],
    implementatie: [
      'services/osr/src/domain/leverancier.ts#checkNieuweLeverancier',
      'services/osr/src/domain/leverancier.ts#mandatenNaReset',
    ],
  },
];
