// BRON-01…18: ROD po (still called BRON): identificeren, inschrijvingen, verwijderingen, resultaten
// and what DUO sends back to the school.
import type { Regel } from './types.js';

const D = 'services/bron/src/domain';
const UC = 'services/bron/src/use-cases';
const INSCHRIJVING = `${D}/inschrijving.ts#checkInschrijving`;

export const BRON_REGELS: Regel[] = [
  {
    id: 'BRON-01',
    titel: 'Eerst identificeren',
    tekst:
      'Voor de eerste inschrijving wordt de leerling geïdentificeerd: met PGN (BSN of onderwijsnummer, geboortedatum, geslacht) of zonder PGN (naam, geboortedatum, geslacht, adres). Het antwoord is een BSN of een nieuw onderwijsnummer. Een inschrijving voor een onbekend PGN wordt geweigerd.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De simulator zoekt in een eigen BRP-stub. Met PGN moeten geboortedatum en geslacht kloppen (anders NIET_GEIDENTIFICEERD). Zonder PGN geeft precies één treffer op naam, geboortedatum en geslacht dat BSN, anders een onderwijsnummer; hoofdletters, accenten en spaties tellen niet, het adres wordt niet vergeleken.',
    foutcodes: ['BRON-01'],
    services: ['bron'],
    implementatie: [`${D}/identificatie.ts#identificeer`, `${D}/identificatie.ts#isKnownPgn`],
  },
  {
    id: 'BRON-02',
    titel: 'Sleutel van een inschrijving',
    tekst:
      'Een inschrijving heet naar school (BRIN4), leerling (PGN) en inschrijvingsvolgnummer (1–20 tekens). Elke aanlevering is een standlevering van de hele inschrijving: toevoegen, aanpassen en uitschrijven zijn hetzelfde bericht.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De sleutel is echt voor vo en overgenomen voor po. Twee inschrijvingen van één leerling op één school mogen niet overlappen (beide einddatums tellen mee); berichten die tegelijk binnenkomen worden beoordeeld alsof ze na elkaar kwamen.',
    foutcodes: ['BRON-02'],
    services: ['bron'],
    implementatie: [
      `${D}/inschrijving-sleutel.ts#checkSleutel`,
      `${D}/inschrijving-termijnen.ts#checkOverlap`,
      `${D}/mutatie.ts#bepaalMutatie`,
    ],
  },
  {
    id: 'BRON-03',
    titel: 'Inschrijf- en uitschrijfdatum',
    tekst:
      'De inschrijfdatum is de eerste schooldag van de leerling; de uitschrijfdatum is de laatste dag dat de leerling ingeschreven is (die dag telt mee, anders dan bij RIO en OSR).',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Een uitschrijfdatum vóór de inschrijfdatum is een foutmelding.',
    foutcodes: ['BRON-03'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-periodes.ts#checkUitschrijfdatum`, `${D}/periodes.ts#isIngeschrevenOp`],
  },
  {
    id: 'BRON-04',
    titel: 'Verwijderen alleen als de leerling nooit kwam',
    tekst:
      'Een inschrijving verwijderen mag alleen als de leerling de school nooit bezocht heeft; anders wordt hij uitgeschreven.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De simulator weigert een verwijdering als de inschrijving meer dan één periode heeft, resultaten heeft of ooit definitief bekostigd was; een onbekende inschrijving is 404 BRON-04.',
    foutcodes: ['BRON-04'],
    services: ['bron'],
    implementatie: [`${D}/verwijdering.ts#checkVerwijdering`, `${UC}/remove-inschrijving.ts#removeInschrijving`],
  },
  {
    id: 'BRON-05',
    titel: 'Periodes',
    tekst: 'Bij elke wissel van groep of locatie begint een nieuwe periode; de eerste periode begint op de inschrijfdatum.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Begindatums lopen strikt op en liggen niet na de uitschrijfdatum; een periode loopt tot de dag voor de volgende. Twee opeenvolgende periodes met dezelfde groep en locatie zijn een melding (het bericht wordt wel geaccepteerd).',
    foutcodes: ['BRON-05'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-periodes.ts#checkPeriodes`, `${D}/periodes.ts#periodeOp`],
  },
  {
    id: 'BRON-06',
    titel: 'Inschrijfbaar volgens RIO',
    tekst:
      'Vestiging, onderwijsaanbieder en onderwijslocatie moeten op de inschrijfdatum en op de begindatum van elke periode samen inschrijfbaar zijn in RIO; een periode met een eigen locatie gebruikt die locatie. De foutmelding draagt de code van RIO.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Echt voor (v)so; voor bao en sbao vraagt de simulator het ook. Dezelfde vraag (locatie, datum) wordt één keer gesteld.',
    foutcodes: ['N09440', 'A01060', 'A01040', 'A01130', 'RIO-11'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving.ts#rioChecksFor`, `${UC}/submit-inschrijving.ts#askRio`],
  },
  {
    id: 'BRON-07',
    titel: 'Minstens 4 jaar',
    tekst: 'Een leerling in het bao of sbao is op de inschrijfdatum minstens 4 jaar.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Te jong is een foutmelding; voor so en vso controleert de simulator geen leeftijd, en zonder bekende geboortedatum ook niet.',
    foutcodes: ['BRON-07'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-periodes.ts#checkLeeftijd`],
  },
  {
    id: 'BRON-08',
    titel: 'Groep',
    tekst: 'De groep is 1 tot en met 8 voor bao, sbao en so, en 1 tot en met 12 voor vso.',
    herkomst: 'SIM',
    simulatie: 'De grenzen per soort onderwijs zijn een keuze van de simulator.',
    foutcodes: ['BRON-08'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-velden.ts#checkGroep`, `${D}/inschrijving-velden.ts#MAX_GROEP`],
  },
  {
    id: 'BRON-09',
    titel: 'Gegevens van een inschrijving',
    tekst:
      'Een inschrijving heeft PGN, inschrijvingsvolgnummer, vestigingscode, onderwijsaanbieder- en onderwijslocatiecode, soort onderwijs, inschrijfdatum en periodes. Alleen bao en sbao mogen nnca, voorschools en vroegschools programma, ontwikkelingsperspectief en opdc meesturen.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De inhoud is echt, de veldnamen zijn van de simulator. maandenVoorschools (1–24) mag alleen bij voorschoolsProgramma, en een vroegschools programma eindigt niet voor het begint.',
    foutcodes: ['BRON-09'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-velden.ts#checkVeldenPerSoort`, `${D}/inschrijving-velden.ts#ALLEEN_BAO_SBAO`],
  },
  {
    id: 'BRON-10',
    titel: 'Gegevens voor so en vso',
    tekst:
      'Alleen so en vso sturen een toelaatbaarheidsverklaring (tlvBeschikkingsnummer), soort verblijf, experiment en onderwijsconcept mee.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'De inhoud is echt, de veldnamen zijn van de simulator.',
    foutcodes: ['BRON-10'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-velden.ts#checkVeldenPerSoort`, `${D}/inschrijving-velden.ts#ALLEEN_SO_VSO`],
  },
  {
    id: 'BRON-11',
    titel: 'Reden van uitschrijving',
    tekst:
      'Een uitschrijving heeft een reden: ANDERE_SCHOOL, VERHUIZING_BUITENLAND, VRIJSTELLING, OVERLEDEN, EINDE_PO of OVERIG.',
    herkomst: 'SIM',
    simulatie:
      'De lijst is van de simulator. Een reden zonder uitschrijfdatum is een foutmelding; een uitschrijfdatum zonder reden is een melding.',
    foutcodes: ['BRON-11'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-velden.ts#checkRedenUitschrijving`],
  },
  {
    id: 'BRON-12',
    titel: 'Foutmelding, melding, signaal',
    tekst:
      'Een foutmelding weigert het bericht en er wordt niets opgeslagen. Een melding accepteert het bericht met een waarschuwing. Een signaal wijst op een mogelijk probleem in de gegevens. Een bekostigingssignaal zegt waarom een leerling niet bekostigd wordt.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Signalen komen meteen als SIGNAAL in de postbus, niet in een wekelijks kwaliteitsbestand.',
    foutcodes: [],
    services: ['bron'],
    implementatie: [INSCHRIJVING, `${D}/terugkoppeling.ts#terugkoppeling`, 'shared/src/problem.ts#fout'],
  },
  {
    id: 'BRON-13',
    titel: 'Op tijd aanleveren',
    tekst: 'In- en uitschrijfdatum horen binnen 7 dagen bij DUO te zijn, alle andere gegevens van een leerling binnen 14 dagen.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Geteld van de datum zelf (inschrijfdatum, uitschrijfdatum, begindatum van een periode) tot vandaag, alleen voor datums die nieuw of gewijzigd zijn; te laat is een melding, het bericht wordt geaccepteerd.',
    foutcodes: ['BRON-13'],
    services: ['bron'],
    implementatie: [`${D}/inschrijving-termijnen.ts#checkTermijnen`, `${D}/inschrijving-termijnen.ts#TERMIJN_IN_UITSCHRIJVING`],
  },
  {
    id: 'BRON-14',
    titel: 'Dubbele inschrijving',
    tekst: 'Als de inschrijvingen van één leerling op twee scholen overlappen, krijgen beide scholen bericht.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Beide scholen krijgen meteen een bericht DUBBELE_INSCHRIJVING (niet pas de maandag erna), en opnieuw als de overlap opgelost is. De controle volgt na de correctie van INFO-05.',
    foutcodes: [],
    services: ['bron'],
    implementatie: [
      `${D}/keten.ts#dubbeleInschrijvingen`,
      `${D}/keten.ts#ketenGevolgen`,
      `${UC}/apply-ketengevolgen.ts#verwerkKetengevolgen`,
    ],
  },
  {
    id: 'BRON-15',
    titel: 'Schooladvies',
    tekst:
      'Een leerling in groep 8 krijgt een voorlopig schooladvies (10–31 januari) en een definitief schooladvies (uiterlijk 24 maart), elk binnen 14 dagen aangeleverd. Het definitieve advies mag hoger zijn dan het voorlopige, niet lager; het voorlopige blijft bewaard.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Lager is een foutmelding; de volgorde boven vmbo gl/tl is niet openbaar en door de simulator gekozen. Alleen voor een leerling in groep 8 op die school. Een adviesdatum buiten het venster of meer dan 14 dagen oud is een melding; een datum na vandaag een foutmelding.',
    foutcodes: ['BRON-15'],
    services: ['bron'],
    implementatie: [`${D}/resultaat.ts#checkSchooladvies`, `${UC}/submit-resultaat.ts#submitResultaat`],
  },
  {
    id: 'BRON-16',
    titel: 'Doorstroomtoets',
    tekst:
      'De doorstroomtoets geeft referentieniveaus voor rekenen (<1F, 1F, 1S), lezen en taalverzorging (<1F, 1F, 2F), of de leerling was verhinderd (dan zonder niveaus). De uitslag wordt binnen 14 dagen aangeleverd.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Meer dan 14 dagen na de uitslagdatum is een melding; een uitslagdatum na vandaag is een foutmelding.',
    foutcodes: ['BRON-16'],
    services: ['bron'],
    implementatie: [`${D}/resultaat.ts#checkDoorstroomtoets`],
  },
  {
    id: 'BRON-17',
    titel: 'Signalen voor ontbrekende resultaten',
    tekst: 'Signaal 168: een leerling in groep 8 heeft geen schooladvies. Signaal 166: de toetsgegevens ontbreken nog.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De nummers zijn echt, de momenten van de simulator: 168 als de klok 14 februari passeert, 166 als hij 29 maart passeert, één keer per inschrijving en jaar. 167 wordt niet gebruikt.',
    foutcodes: ['168', '166'],
    services: ['bron'],
    implementatie: [
      `${D}/signalen.ts#gepasseerdeSignaalmomenten`,
      `${D}/signalen.ts#krijgtSignaal`,
      `${UC}/apply-clock-change.ts#signalenNaKlok`,
    ],
  },
  {
    id: 'BRON-18',
    titel: 'Berichten van DUO aan de school',
    tekst:
      'DUO stuurt de school een terugkoppeling, bekostigingsmeldingen, kennisgevingen van in- en uitschrijving, berichten over dubbele inschrijving en signalen. Het registratieoverzicht met alle inschrijvingen van een school is een vraag.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De soorten zijn echt, de namen van de simulator (TERUGKOPPELING, BEKOSTIGINGSMELDING, KENNISGEVING_INSCHRIJVING, KENNISGEVING_UITSCHRIJVING, DUBBELE_INSCHRIJVING, SIGNAAL). Alleen een geaccepteerd bericht laat een TERUGKOPPELING in de postbus achter.',
    foutcodes: [],
    services: ['bron'],
    implementatie: [`${UC}/read-school.ts#readBerichten`, 'services/bron/src/store.ts#createBronStore'],
  },
];
