// The seed world (fixtures/README.md) by name: the parties' OINs, schools, codes and pupils the
// tests speak of. One place, so a test says PLAZA or THIJS instead of twenty digits.
import { DUO_OIN, schoolOinFromBrin } from '@duo-sim/shared';

/** The simulated date of most tests: a Saturday; the week's inschrijvingen start on Monday 2026-11-23. */
export const TODAY = '2026-11-28';

/** The parties of fixtures/parties.json (and the certificates of the test PKI). */
export const OIN = {
  duo: DUO_OIN,
  operator: '00000099000000010000',
  /** Leerling Plaza: ROD_PO and VERZUIM at 11AA, 11AC and 13CB; RIO at 11AA. */
  plaza: '00000099100000010000',
  /** Kwartet: ROD_PO and VERZUIM at 11AB, 12BA (since 2024-08-01) and 13CC; RIO at 12BA. */
  kwartet: '00000099100000020000',
  /** Zandloper: 12BC and 13CA; its mandates at 12BA ended on 2024-08-01. */
  zandloper: '00000099100000030000',
  /** Stichting Domstad Kindcentra (RIO 100B001): 11AA, 11AB, 11AC. */
  domstad: '00000099200000010000',
  /** Stichting Keistad Onderwijs (RIO 100B002): 12BA, 12BB, 12BC. */
  keistad: '00000099200000020000',
  /** Stichting Heuvelrug Scholengroep (RIO 100B003): 13CA, 13CB, 13CC. */
  heuvelrug: '00000099200000030000',
  utrecht: '00000099300003440000',
  amersfoort: '00000099300003070000',
  zeist: '00000099300003550000',
} as const;

export const DUO: string = OIN.duo;
export const OPERATOR: string = OIN.operator;
export const PLAZA: string = OIN.plaza;
export const KWARTET: string = OIN.kwartet;
export const ZANDLOPER: string = OIN.zandloper;
export const DOMSTAD: string = OIN.domstad;
export const KEISTAD: string = OIN.keistad;
export const HEUVELRUG: string = OIN.heuvelrug;
export const UTRECHT: string = OIN.utrecht;
export const AMERSFOORT: string = OIN.amersfoort;
export const ZEIST: string = OIN.zeist;

/** A school's OIN from its BRIN4 (ID-06). */
export const school = (brin: string): string => schoolOinFromBrin(brin);

/** OBS De Vlinderboom (11AA, Utrecht): the school most berichten come from. */
export const VLINDERBOOM = {
  brin: '11AA',
  vestigingscode: '11AA00',
  onderwijsaanbiedercode: '110A001',
  onderwijslocatiecode: '107X001',
  bestuurcode: '100B001',
} as const;

/** Pupils of the BRP stub (fixtures/brp-personen.json). */
export const THIJS = { burgerservicenummer: '802533048' }; // Utrecht (0344), born 2016-01-15
export const THIJS_GEBOORTEDATUM = '2016-01-15';
export const NOAH = { burgerservicenummer: '709185157' }; // Zeist (0355), born 2016-02-24
export const JENS = { burgerservicenummer: '848666458' }; // Amersfoort (0307), born 2017-02-02
export const MAX = { burgerservicenummer: '803335143' }; // Utrecht, born 2022-09-10: not yet leerplichtig
/** Milan Visser (Utrecht) has no PGN in the BRP; BRON gave him this onderwijsnummer (BRON-01). */
export const MILAN = { onderwijsnummer: '100000004' };
/** Nine digits that fail the elfproef (ID-01): 9·1+8·2+…+2·8−1·9 = 147, not a multiple of 11. */
export const BSN_ZONDER_ELFPROEF = '123456789';
