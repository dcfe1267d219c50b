// VZM-01…13: the verzuimregister: meldingen from the school's LAS, routed to the woongemeente.
import type { Regel } from './types.js';

const M = 'services/verzuim/src/domain/melding.ts';

export const VERZUIM_REGELS: Regel[] = [
  {
    id: 'VZM-01',
    titel: 'Melden vanuit het LAS',
    tekst:
      'Een po-school meldt verzuim alleen vanuit haar LAS, met het certificaat van de leverancier en een OSR-mandaat voor de dienst Verzuim. De leerplichtambtenaar van de woongemeente haalt de melding op; de school volgt de status.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Lezen mag de leverancier met een Verzuim-mandaat voor de school vandaag (ook meldingen van zijn voorganger), de woongemeente alleen wat naar haar is gerouteerd, DUO en de operator alles.',
    foutcodes: ['AUT401'],
    services: ['verzuim'],
    implementatie: [
      'services/verzuim/src/use-cases/access.ts#mayReadMelding',
      'shared/src/vendor-bericht.ts#handleVendorBericht',
    ],
  },
  {
    id: 'VZM-02',
    titel: 'Soorten verzuim',
    tekst:
      'Verplicht te melden: 16 uur in 4 weken (onder 18 jaar), langdurig relatief verzuim (meer dan 4 weken), luxeverzuim en RMC (18 tot 23 jaar zonder startkwalificatie). OVERIG mag, ook bij twijfel over ziekte. Ziekte en schorsing zijn geoorloofd en worden niet gemeld.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'ZIEKTE en SCHORSING staan in het schema zodat de regel ze kan weigeren met VZM-02; 16 uur in 4 weken voor een leerling van 18 of ouder ook.',
    foutcodes: ['VZM-02'],
    services: ['verzuim'],
    implementatie: [`${M}#checkSoort`, `${M}#isMeldbareSoort`],
  },
  {
    id: 'VZM-03',
    titel: '16 uur in 4 weken',
    tekst:
      'Minstens 16 uur ongeoorloofd afwezig binnen 4 aaneengesloten schoolweken. De begindatum is de eerste verzuimdag, de einddatum de dag waarop de 16 uur bereikt werden.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'aantalUren ≥ 16 en een einddatum zijn verplicht. Er is geen vakantiekalender: een periode van meer dan 28 dagen is een melding (graag nakijken), geen weigering.',
    foutcodes: ['VZM-03'],
    services: ['verzuim'],
    implementatie: [`${M}#checkZestienUur`],
  },
  {
    id: 'VZM-04',
    titel: 'Vervolgmelding',
    tekst:
      'Na een melding begint het tellen opnieuw op de dag na de einddatum; elke nieuwe 16 uur is een nieuwe melding, bij aanhoudend verzuim hoogstens één per 7 kalenderdagen.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'vervolgOp noemt een eerdere, niet ingetrokken melding 16 uur in 4 weken van dezelfde leerling en school met een einddatum; de begindatum ligt na die einddatum en de einddatums liggen minstens 7 dagen uit elkaar, ook als een einddatum later verandert.',
    foutcodes: ['VZM-04'],
    services: ['verzuim'],
    implementatie: [`${M}#checkVervolg`, `${M}#checkVervolgDatums`, `${M}#checkEinddatumInKeten`],
  },
  {
    id: 'VZM-05',
    titel: 'Langdurig relatief verzuim',
    tekst: 'Langdurig relatief verzuim is aanhoudend verzuim van meer dan 4 weken.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Melden kan pas vanaf begindatum + 28 dagen; een einddatum, als die er is, ligt minstens 28 dagen na de begindatum.',
    foutcodes: ['VZM-05'],
    services: ['verzuim'],
    implementatie: [`${M}#checkLangdurigRelatief`, `${M}#checkLrvEinddatum`],
  },
  {
    id: 'VZM-06',
    titel: 'Einddatum',
    tekst: 'Bij 16 uur, langdurig relatief verzuim en RMC komt er een einddatum zodra de leerling terug is of uitgeschreven.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De einddatum ligt niet voor de begindatum en niet na vandaag; de begindatum ook niet na vandaag. Ontbreekt de einddatum terwijl BRON de leerling al heeft uitgeschreven, dan volgt een melding (het register heeft geen postbus voor een signaal).',
    foutcodes: ['VZM-06'],
    services: ['verzuim'],
    implementatie: [`${M}#checkDatums`, `${M}#checkEinddatum`, `${M}#checkEinddatumNaUitschrijving`],
  },
  {
    id: 'VZM-07',
    titel: 'Binnen 5 werkdagen melden',
    tekst: 'Een school meldt binnen 5 werkdagen nadat de grens bereikt is.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De grens is de einddatum (16 uur) of begindatum + 28 dagen (langdurig relatief). Werkdagen zijn maandag tot en met vrijdag, zonder feestdagen; te laat is een melding, geen weigering.',
    foutcodes: ['VZM-07'],
    services: ['verzuim'],
    implementatie: [`${M}#checkMeldtermijn`, `${M}#werkdagenNa`],
  },
  {
    id: 'VZM-08',
    titel: 'Alleen voor een eigen, leerplichtige leerling',
    tekst:
      'Een school meldt alleen voor een leerling die bij haar ingeschreven is. De leerplicht begint op de eerste schooldag van de maand na de vijfde verjaardag.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Het register vraagt BRON of de leerling op de begindatum bij die vestiging ingeschreven is. Zonder schoolkalender begint de leerplicht op de eerste dag van die maand; een jongere leerling mag alleen OVERIG, en RMC vraagt een leeftijd van 18 tot en met 22 op de begindatum.',
    foutcodes: ['VZM-08'],
    services: ['verzuim'],
    implementatie: [
      `${M}#checkIngeschreven`,
      `${M}#checkLeeftijd`,
      'services/verzuim/src/domain/routing.ts#leerplichtigVanaf',
      'services/verzuim/src/use-cases/register-melding.ts#registerMelding',
    ],
  },
  {
    id: 'VZM-09',
    titel: 'Naar de woongemeente',
    tekst: 'De melding gaat naar de gemeente waar de leerling woont.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De woongemeente komt bij de registratie uit de BRP-stub (een onderwijsnummer via de persoonsgegevens die BRON heeft); een latere verhuizing verandert de route niet. Een leerling die niet in de stub staat, of een gemeente die de wereld niet kent, is 400 VZM-09.',
    foutcodes: ['VZM-09'],
    services: ['verzuim'],
    implementatie: [
      'services/verzuim/src/domain/routing.ts#routeer',
      'services/verzuim/src/domain/routing.ts#matchOpPersoonsgegevens',
    ],
  },
  {
    id: 'VZM-10',
    titel: 'Meldingsnummer',
    tekst: 'DUO geeft elke melding bij de registratie een meldingsnummer.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Het nummer is VZM- + jaar + een volgnummer van 6 cijfers (VZM-2026-000001) en wordt in één wereld nooit opnieuw gebruikt, ook niet na een reset.',
    foutcodes: [],
    services: ['verzuim'],
    implementatie: ['services/verzuim/src/store.ts#formatMeldingsnummer'],
  },
  {
    id: 'VZM-11',
    titel: 'Inhoud van een melding',
    tekst:
      'Een melding noemt PGN, vestiging, soort verzuim, begin- en einddatum, uren, een toelichting en een contactpersoon die de leerling kent (naam, telefoon, e-mail), geen algemeen adres.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Een contactpersoon zonder telefoon en zonder e-mail is een foutmelding; een algemeen adres (info@, administratie@ …) een melding.',
    foutcodes: ['VZM-11'],
    services: ['verzuim'],
    implementatie: [`${M}#checkContactpersoon`],
  },
  {
    id: 'VZM-12',
    titel: 'Status van een melding',
    tekst:
      'De school zet GEREGISTREERD en INGETROKKEN; de gemeente zet IN_BEHANDELING, AFGESLOTEN en TER_KENNISGEVING_AANGENOMEN.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Open is GEREGISTREERD of IN_BEHANDELING. De gemeente: GEREGISTREERD → IN_BEHANDELING, open → AFGESLOTEN of TER_KENNISGEVING_AANGENOMEN. De school: intrekken of de einddatum wijzigen zolang de melding open is. Elke andere overgang is 409 VZM-12; elke wijziging staat in statusHistorie (wie, wanneer).',
    foutcodes: ['VZM-12'],
    services: ['verzuim'],
    implementatie: [
      'services/verzuim/src/domain/status.ts#checkStatusMove',
      'services/verzuim/src/domain/status.ts#checkEinddatumWijziging',
      'services/verzuim/src/use-cases/change-melding.ts#changeMelding',
      'services/verzuim/src/use-cases/move-melding-status.ts#moveMeldingStatus',
    ],
  },
  {
    id: 'VZM-13',
    titel: 'Intrekken bij vrijstelling',
    tekst: 'DUO trekt een melding in die overlapt met een vrijstelling van de leerplicht.',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['verzuim'],
    implementatie: [],
    soort: 'NIET_GEBOUWD',
  },
];
