// EK-01…10: transport and envelope (Edukoppeling). The real chain speaks SOAP with WS-Security;
// duo-sim keeps the meaning in JSON over mTLS (docs/services/common.md).
import type { Regel } from './types.js';

const VENDOR = 'shared/src/vendor-bericht.ts';
const BERICHT = 'shared/src/bericht.ts';

export const EDUKOPPELING_REGELS: Regel[] = [
  {
    id: 'EK-01',
    titel: 'Afzender volgt uit het certificaat',
    tekst:
      'Wie een verzoek doet, blijkt uit het clientcertificaat (wederzijds TLS): het OIN staat in het serialNumber van het subject. Zonder geldig certificaat geen toegang.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Een eigen simulatie-CA vervangt PKIoverheid. Geen, een vreemd, een verlopen of een nog niet geldig certificaat wordt in de TLS-handdruk geweigerd; een ingetrokken certificaat of een zonder OIN krijgt 401 EK0030.',
    foutcodes: ['EK0030'],
    services: ['rio', 'osr', 'bron', 'verzuim'],
    implementatie: ['shared/src/http/identity.ts#identityMiddleware', 'shared/src/tls.ts#createMtlsServer'],
  },
  {
    id: 'EK-02',
    titel: 'Eén certificaat per leverancier',
    tekst:
      'Sinds 2020 heeft een leverancier één certificaat voor al zijn scholen, niet één per school: het certificaat zegt wie verstuurt, niet namens wie.',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['bron', 'verzuim'],
    implementatie: ['shared/src/pki.ts#ensurePki', `${VENDOR}#handleVendorBericht`],
  },
  {
    id: 'EK-03',
    titel: 'De school staat in verzendendeInstantie',
    tekst:
      'Namens welke school een leverancier verstuurt, staat in bedrijfsdocument.verzendendeInstantie: het OIN van die school. Elke vestigingscode in het bericht hoort bij de BRIN van die school.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Een OIN dat geen school-OIN is geeft EK0021, een onbekende school 403 AUT401, en een vestigingscode van een andere school de foutmelding EK-03.',
    foutcodes: ['EK0021', 'AUT401', 'EK-03'],
    services: ['bron', 'verzuim'],
    implementatie: [
      `${BERICHT}#checkBedrijfsdocument`,
      `${VENDOR}#handleVendorBericht`,
      'services/bron/src/domain/inschrijving-sleutel.ts#checkSleutel',
      'services/verzuim/src/domain/melding.ts#checkVestiging',
    ],
  },
  {
    id: 'EK-04',
    titel: 'Ontvanger is DUO',
    tekst: 'In bedrijfsdocument.ontvangendeInstantie staat het OIN van DUO, 00000001800866472000.',
    herkomst: 'ECHT',
    foutcodes: ['EK0022'],
    services: ['bron', 'verzuim'],
    implementatie: [`${BERICHT}#checkBedrijfsdocument`],
  },
  {
    id: 'EK-05',
    titel: 'Kenmerk van het bericht',
    tekst: 'Het identificatiecodeBedrijfsdocument is een UUID en volgt het bericht door de keten; elk antwoord noemt het terug.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Het kenmerk dient ook als berichtnummer (MessageID); er is geen aparte WS-Addressing-kop.',
    foutcodes: ['EK0023'],
    services: ['bron', 'verzuim'],
    implementatie: [`${BERICHT}#checkBedrijfsdocument`, `${VENDOR}#handleVendorBericht`],
  },
  {
    id: 'EK-06',
    titel: 'Een kenmerk telt één keer',
    tekst: 'DUO weigert een kenmerk dat de afzender al eerder gebruikte voor een ander bericht.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Hetzelfde kenmerk met dezelfde inhoud geeft het eerste antwoord opnieuw en verandert niets; met een andere inhoud volgt 409 EK-DUPLICAAT. Alleen geaccepteerde berichten worden onthouden: een geweigerd bericht mag verbeterd onder hetzelfde kenmerk terugkomen.',
    foutcodes: ['EK-DUPLICAAT'],
    services: ['bron', 'verzuim'],
    implementatie: [`${BERICHT}#createReplayGuard`],
  },
  {
    id: 'EK-07',
    titel: 'Alleen met een OSR-mandaat',
    tekst:
      'Een leverancier wisselt voor een school alleen gegevens uit als de school hem in het Onderwijs serviceregister gemandateerd heeft voor die dienst.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Bij elk bericht en elke leesvraag vraagt de dienst OSR of (leverancier, school, dienst, vandaag) een geldig mandaat heeft; zo niet, dan 403 AUT401.',
    foutcodes: ['AUT401'],
    services: ['bron', 'verzuim'],
    implementatie: [`${VENDOR}#handleVendorBericht`, `${VENDOR}#assertMayReadForSchool`],
  },
  {
    id: 'EK-08',
    titel: 'Terugkoppeling: direct en in de postbus',
    tekst: 'BRON bevestigt de ontvangst meteen; de terugkoppeling volgt en het LAS haalt die op. RIO antwoordt direct.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'BRON geeft de terugkoppeling meteen in het HTTP-antwoord én zet haar in de postbus van de school, en stuurt haar door naar het afleveradres van de leverancier als dat in OSR staat.',
    foutcodes: [],
    services: ['bron'],
    implementatie: ['services/bron/src/domain/terugkoppeling.ts#terugkoppeling', 'services/bron/src/push.ts#createPusher'],
  },
  {
    id: 'EK-09',
    titel: 'Termijnen tellen vanaf de gesimuleerde ontvangstdatum',
    tekst:
      'Termijnen worden gerekend met de gesimuleerde datum waarop het bericht binnenkomt, niet met datumTijdBedrijfsdocument.',
    herkomst: 'SIM',
    simulatie: 'De simulator heeft een eigen klok; de tijd die de afzender in het bericht zet, telt niet mee.',
    foutcodes: [],
    services: ['bron', 'verzuim'],
    implementatie: [`${VENDOR}#handleVendorBericht`],
  },
  {
    id: 'EK-10',
    titel: 'Foutcodes van de koppeling',
    tekst:
      'Fouten in de envelop hebben vaste codes: EK0021–EK0023 voor afzender, ontvanger en kenmerk, EK0030 voor het certificaat.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'In JSON: 400 SCHEMA voor een bericht dat niet aan het schema voldoet (met pointer), 413 voor een bericht boven 1 MiB, 500 INT500 als de simulator of een dienst erachter faalt, zonder interne details. ' +
      'Een storing die de operator of een leverancier zet (GET/PUT/DELETE /_sim/storingen) geeft 503 ONDERHOUD met Retry-After, zoals DUO bij onderhoud, of 500 INT500; ' +
      'een afgebroken antwoord staat in het journaal als VERBROKEN, een verzoek dat nooit antwoord kreeg als 504 TIME_OUT.',
    foutcodes: ['EK0021', 'EK0022', 'EK0023', 'EK0030', 'SCHEMA', 'INT500', 'ONDERHOUD', 'VERBROKEN', 'TIME_OUT'],
    services: ['rio', 'osr', 'bron', 'verzuim'],
    implementatie: [
      `${BERICHT}#checkBedrijfsdocument`,
      'shared/src/http/errors.ts#errorHandler',
      'shared/src/storingen/effecten.ts#storingEffecten',
    ],
  },
];
