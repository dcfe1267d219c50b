// BEK-01…09: po-bekostigen, the voorlopige bekostigingsstatus per pupil. The redenen are the
// simulator's names: DUO's bekostigingssignaal codes are not public.
import type { Regel } from './types.js';

const B = 'services/bron/src/domain/bekostiging-status.ts';
const T = 'services/bron/src/domain/bekostiging-teldatum.ts';

export const BEKOSTIGING_REGELS: Regel[] = [
  {
    id: 'BEK-01',
    titel: 'Teldatum',
    tekst:
      'Sinds 2023 telt 1 februari van het jaar ervoor voor de bekostiging van een kalenderjaar. Vroeger was de teldatum 1 oktober, met de gegevens in BRON uiterlijk 1 december.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Welke van de twee geldt, kiest de operator met BRON_TELDATUM (FEBRUARI of OKTOBER). Een andere datum dan een teldatum vragen is 400 BEK-01.',
    foutcodes: ['BEK-01'],
    services: ['bron'],
    implementatie: [`${T}#teldatumIn`, `${T}#isTeldatum`, `${T}#checkTeldatum`],
  },
  {
    id: 'BEK-02',
    titel: 'Ingeschreven op de teldatum',
    tekst:
      'Een leerling telt mee als hij op de teldatum T ingeschreven is: inschrijfdatum ≤ T en geen uitschrijfdatum of uitschrijfdatum ≥ T.',
    herkomst: 'ECHT',
    foutcodes: ['NIET_INGESCHREVEN_OP_TELDATUM'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`],
  },
  {
    id: 'BEK-03',
    titel: 'Op één school geteld',
    tekst: 'Een leerling telt op één school tegelijk.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'Bij meer inschrijvingen op T wint de laatste inschrijfdatum, daarna de eerst geaccepteerde; de andere krijgen GETELD_OP_ANDERE_SCHOOL.',
    foutcodes: ['GETELD_OP_ANDERE_SCHOOL'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`, `${B}#standOp`],
  },
  {
    id: 'BEK-04',
    titel: 'Dubbele inschrijving op de teldatum',
    tekst:
      'Zolang een overlap die T raakt niet is opgelost en de status voorlopig is, wordt geen van de betrokken inschrijvingen bekostigd.',
    herkomst: 'SIM',
    simulatie: 'Een keuze van de simulator; is de overlap bij de deadline nog niet opgelost, dan beslist BEK-03.',
    foutcodes: ['DUBBELE_INSCHRIJVING'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`],
  },
  {
    id: 'BEK-05',
    titel: 'Indicatie bekostiging',
    tekst: 'Een inschrijving met indicatieBekostiging = false wordt niet bekostigd.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Zonder het veld neemt de simulator true aan.',
    foutcodes: ['INDICATIE_BEKOSTIGING_NEE'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`],
  },
  {
    id: 'BEK-06',
    titel: 'Meer dan de helft verzuimd',
    tekst:
      'Een leerling die van het begin van het schooljaar tot T meer dan de helft van de schooldagen ongeoorloofd afwezig was, telt niet mee.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Het LAS geeft dat zelf door met ongeoorloofdVerzuimMeerDanHelft; de simulator telt geen dagen.',
    foutcodes: ['VERZUIM_MEER_DAN_HELFT'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`],
  },
  {
    id: 'BEK-07',
    titel: 'Vier jaar of ouder',
    tekst: 'Alleen leerlingen die op T 4 jaar of ouder zijn, worden bekostigd.',
    herkomst: 'ECHT',
    foutcodes: ['JONGER_DAN_4'],
    services: ['bron'],
    implementatie: [`${B}#bekostigingOp`],
  },
  {
    id: 'BEK-08',
    titel: 'Uiterlijk vier weken na de teldatum',
    tekst: 'De gegevens voor teldatum T staan binnen vier weken na T in ROD; wat later komt, telt voor T niet mee.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De deadline is T + 28 dagen, naar de maandag geschoven als dat in het weekend valt (1 december bij teldatum 1 oktober). Een inschrijving of wijziging die later geaccepteerd is, krijgt TE_LAAT_GEREGISTREERD.',
    foutcodes: ['TE_LAAT_GEREGISTREERD'],
    services: ['bron'],
    implementatie: [`${T}#deadline`, `${B}#bekostigingOp`],
  },
  {
    id: 'BEK-09',
    titel: 'Bekostigingsstatus per leerling',
    tekst:
      'Elke uitwisseling geeft de bekostigingsstatus terug: BEKOSTIGD of NIET_BEKOSTIGD, voorlopig of definitief, met de redenen. Verandert een status, dan krijgt elke betrokken school een BEKOSTIGINGSMELDING.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'VOORLOPIG tot en met de BEK-08-deadline, daarna DEFINITIEF (en weer voorlopig als de klok teruggaat). De status geldt voor de vroegste teldatum waarvan de deadline nog niet voorbij is; een open inschrijving telt als ingeschreven op een toekomstige teldatum.',
    foutcodes: [],
    services: ['bron'],
    implementatie: [
      `${T}#relevanteTeldatum`,
      `${T}#soortOp`,
      `${T}#gekruisteTeldata`,
      'services/bron/src/domain/bekostiging-overzicht.ts#veranderingen',
      'services/bron/src/use-cases/apply-clock-change.ts#herberekenNaKlok',
    ],
  },
];
