// INFO-01…07: po-informatiediensten, the digital successor of the paper in/uitschrijfbewijs.
import type { Regel } from './types.js';

const K = 'services/bron/src/domain/keten.ts';

export const INFORMATIEDIENST_REGELS: Regel[] = [
  {
    id: 'INFO-01',
    titel: 'Het papieren uitschrijfbewijs is afgeschaft',
    tekst:
      'Vroeger was voor een inschrijving een bewijs van uitschrijving (hoogstens 6 maanden oud) of een ouderverklaring nodig, en meldde de nieuwe school het de oude binnen een week schriftelijk. Sinds 1 juli 2021 is dat papier afgeschaft; DUO vertelt het beide scholen (INFO-03) en de nieuwe school kan de inschrijvingsstatus opvragen (INFO-06).',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['bron'],
    implementatie: [],
    soort: 'ACHTERGROND',
  },
  {
    id: 'INFO-02',
    titel: 'Uitschrijven als de leerling zeker vertrekt',
    tekst:
      'Een school schrijft een leerling pas uit als zeker is dat hij elders naar school gaat; het woord van de ouders is genoeg.',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['bron'],
    implementatie: [],
    soort: 'NIET_GEBOUWD',
  },
  {
    id: 'INFO-03',
    titel: 'Kennisgeving aan oude en nieuwe school',
    tekst:
      'Als de nieuwe inschrijving binnenkomt, hoort de oude school de BRIN en inschrijfdatum van de nieuwe (KENNISGEVING_INSCHRIJVING); de nieuwe school hoort de BRIN en uitschrijfdatum van de oude (KENNISGEVING_UITSCHRIJVING).',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Het tweede van de twee berichten (inschrijving bij de nieuwe, uitschrijving bij de oude school) zet de kennisgevingen in gang. De oude school is de laatste eerdere inschrijving op een andere school; is die er niet (de ouderverklaring), dan volgt geen kennisgeving.',
    foutcodes: [],
    services: ['bron'],
    implementatie: [`${K}#ketenGevolgen`, `${K}#oudeSchool`, `${K}#nieuweSchool`],
  },
  {
    id: 'INFO-04',
    titel: 'Datums sluiten aan',
    tekst: 'De uitschrijfdatum bij de oude school is de dag voor de inschrijfdatum bij de nieuwe school.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Een gat ertussen geeft beide scholen een SIGNAAL met code INFO-04.',
    foutcodes: ['INFO-04'],
    services: ['bron'],
    implementatie: [`${K}#gatSignalen`],
  },
  {
    id: 'INFO-05',
    titel: 'DUO verschuift de uitschrijfdatum',
    tekst:
      'Hoort de oude school binnen 4 weken na haar uitschrijfdatum van de nieuwe inschrijving, dan wordt die uitschrijfdatum de dag voor de nieuwe inschrijfdatum, eerder of later.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'BRON doet het zelf, als de nieuwe inschrijving hoogstens 28 dagen na de oude uitschrijfdatum geaccepteerd wordt en de nieuwe datum niet voor de oude inschrijfdatum valt: een DUO-mutatie in de historie, een SIGNAAL met code INFO-05 aan de oude school en kennisgevingen met de nieuwe datum.',
    foutcodes: ['INFO-05'],
    services: ['bron'],
    implementatie: [`${K}#ketenGevolgen`, `${K}#CORRECTIE_TERMIJN`],
  },
  {
    id: 'INFO-06',
    titel: 'Inschrijvingsstatus opvragen',
    tekst:
      'Een leverancier met een ROD_PO-mandaat voor een po-school stuurt PGN en geboortedatum, en krijgt alleen de actuele inschrijving en de laatste uitschrijving (naam van de school, BRIN, datums).',
    herkomst: 'SIM',
    simulatie:
      'De vorm is van de simulator. Klopt de geboortedatum niet, dan is het antwoord 404 INFO-06 zonder meer; elke vraag staat in het journaal.',
    foutcodes: ['INFO-06'],
    services: ['bron'],
    implementatie: [
      'services/bron/src/domain/inschrijvingsstatus.ts#inschrijvingsstatus',
      'services/bron/src/use-cases/answer-inschrijvingsstatus.ts#answerInschrijvingsstatus',
    ],
  },
  {
    id: 'INFO-07',
    titel: 'Overstapservice Onderwijs',
    tekst:
      'Het overstapdossier gaat van LAS naar LAS via de Overstapservice Onderwijs (OSO) van Kennisnet, die ook OSR gebruikt. Dat valt buiten de simulator.',
    herkomst: 'ECHT',
    foutcodes: [],
    services: ['bron'],
    implementatie: [],
    soort: 'ACHTERGROND',
  },
];
