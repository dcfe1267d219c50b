// ID-01…09: the identifiers of the chain. Most are JSON Schema patterns (foutcode SCHEMA); the PGN
// rules have their own foutcode because a bericht can pass the schema and still fail the elfproef.
import type { Regel } from './types.js';

const IDS = 'shared/src/ids.ts';
const COMMON = 'shared/schemas/common.json';

export const IDENTIFIER_REGELS: Regel[] = [
  {
    id: 'ID-01',
    titel: 'BSN: elfproef',
    tekst:
      'Een burgerservicenummer heeft precies 9 cijfers, is niet 000000000 en doorstaat de elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is deelbaar door 11.',
    herkomst: 'ECHT',
    foutcodes: ['ID-01', 'SCHEMA'],
    services: ['bron', 'verzuim'],
    implementatie: [`${IDS}#isBsn`, `${IDS}#checkLeerling`],
  },
  {
    id: 'ID-02',
    titel: 'Onderwijsnummer: 10 vooraan, rest 5',
    tekst:
      'Een onderwijsnummer heeft 9 cijfers en begint met 10; dezelfde gewogen som als bij het BSN geeft bij deling door 11 de rest 5.',
    herkomst: 'ECHT_MET_SIM',
    simulatie:
      'De simulator controleert met de modulaire vorm en geeft zelf alleen nummers uit waarvan het laatste cijfer hoogstens 5 is, uniek, en voor dezelfde persoon steeds hetzelfde nummer.',
    foutcodes: ['ID-02', 'SCHEMA'],
    services: ['bron', 'verzuim'],
    implementatie: [`${IDS}#isOnderwijsnummer`, `${IDS}#onderwijsnummerFor`, `${IDS}#checkLeerling`],
  },
  {
    id: 'ID-03',
    titel: 'Precies één PGN',
    tekst:
      'Een leerling in een inschrijving of verzuimmelding heeft precies één persoonsgebonden nummer: een BSN of een onderwijsnummer, niet beide en niet geen.',
    herkomst: 'ECHT',
    foutcodes: ['ID-03', 'SCHEMA'],
    services: ['bron', 'verzuim'],
    implementatie: [`${IDS}#checkLeerling`, `${COMMON}#/$defs/pgn`],
  },
  {
    id: 'ID-04',
    titel: 'BRIN en bevoegd-gezagnummer',
    tekst:
      'Een BRIN4 is twee cijfers en twee hoofdletters (25BE); een BRIN6 is een BRIN4 met twee cijfers erachter (25BE00); een bevoegd-gezagnummer is vijf cijfers.',
    herkomst: 'ECHT',
    foutcodes: ['SCHEMA'],
    services: ['rio', 'osr', 'bron', 'verzuim'],
    implementatie: [`${IDS}#isBrin4`, `${IDS}#isBrin6`, `${COMMON}#/$defs/brin6`],
  },
  {
    id: 'ID-05',
    titel: 'OIN',
    tekst:
      'Een OIN is 20 tekens: 8 cijfers en daarna 12 cijfers of hoofdletters, met een bekend voorvoegsel (zoals 00000001 RSIN, 00000003 KvK, 00000007 BRIN, 00000099 test).',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'De simulator controleert alleen de vorm en het voorvoegsel, niet of het nummer erachter bestaat.',
    foutcodes: ['SCHEMA', 'EK0030'],
    services: ['rio', 'osr', 'bron', 'verzuim'],
    implementatie: [`${IDS}#isOin`, `${COMMON}#/$defs/oin`],
  },
  {
    id: 'ID-06',
    titel: 'OIN van een school',
    tekst: 'Het OIN van een school is 00000007 + 000 + de BRIN4 + 00000, bijvoorbeeld 0000000700025BE00000.',
    herkomst: 'ECHT_MET_SIM',
    simulatie: 'Een OIN met 00000007 maar een ander achtervoegsel is voor de simulator geen school.',
    foutcodes: ['EK0021', 'SCHEMA'],
    services: ['osr', 'bron', 'verzuim'],
    implementatie: [`${IDS}#schoolOinFromBrin`, `${IDS}#brinFromSchoolOin`],
  },
  {
    id: 'ID-07',
    titel: 'RIO-codes',
    tekst:
      'RIO-codes hebben een vaste vorm: onderwijsbestuurcode 100B490, onderwijsaanbiedercode 110A133, onderwijslocatiecode 107X215 (drie cijfers, een letter, drie cijfers).',
    herkomst: 'ECHT',
    foutcodes: ['SCHEMA'],
    services: ['rio', 'osr', 'bron', 'verzuim'],
    implementatie: [`${IDS}#RIO_CODE_PATTERNS`, `${IDS}#isRioCode`, 'services/rio/src/routes/params.ts#codeFout'],
  },
  {
    id: 'ID-08',
    titel: 'Postcode en huisnummer',
    tekst:
      'Een postcode is vier cijfers (niet met 0 beginnend) en twee hoofdletters zonder spatie, zoals 9202LE; een huisnummer heeft hoogstens 5 cijfers, een toevoeging hoogstens 6 tekens.',
    herkomst: 'ECHT',
    foutcodes: ['SCHEMA'],
    services: ['rio', 'bron'],
    implementatie: [`${IDS}#isPostcode`, `${COMMON}#/$defs/postcode`],
  },
  {
    id: 'ID-09',
    titel: 'Kenmerk van een bericht is een UUID',
    tekst: 'Het identificatiecodeBedrijfsdocument van een bericht is een UUID, uniek per afzender.',
    herkomst: 'ECHT',
    foutcodes: ['EK0023', 'SCHEMA'],
    services: ['bron', 'verzuim'],
    implementatie: [`${IDS}#isUuid`, `${COMMON}#/$defs/uuid`],
  },
];
