// Identifiers of the po chain, with the exact algorithms of docs/rules.md#identifiers.
import type { Pgn } from './generated/schemas.js';
import { fout, type Foutmelding } from './problem.js';

/** DUO's own OIN: the ontvangende instantie of every bericht (EK-04). */
export const DUO_OIN = '00000001800866472000';

const NINE_DIGITS = /^\d{9}$/;

/** The weighted sum of ID-01: 9·d1 + … + 2·d8 − 1·d9. */
function elfproefSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  return sum - Number(digits[8]);
}

/** ID-01: a BSN passes the elfproef (S mod 11 = 0) and is not all zeros. */
export function isBsn(value: string): boolean {
  if (!NINE_DIGITS.test(value) || value === '000000000') return false;
  return elfproefSum(value) % 11 === 0;
}

/**
 * ID-02: an onderwijsnummer starts with 10 and its weighted sum satisfies
 * (9·d1+…+2·d8) mod 11 = d9 + 5 in the modular form (S mod 11 = 5, with S as in ID-01).
 */
export function isOnderwijsnummer(value: string): boolean {
  if (!NINE_DIGITS.test(value) || !value.startsWith('10')) return false;
  const mod = ((elfproefSum(value) % 11) + 11) % 11;
  return mod === 5;
}

/**
 * ID-02 (sim): the onderwijsnummer for a sequence number. duo-sim issues only numbers with
 * d9 ≤ 5, so the modular and DUO's literal form agree. Returns null when the 6 free digits
 * give no such check digit (the caller tries the next sequence number).
 */
export function onderwijsnummerFor(sequence: number): string | null {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999_999) return null;
  const body = `10${String(sequence).padStart(6, '0')}`;
  for (let d9 = 0; d9 <= 5; d9++) {
    const candidate = `${body}${d9}`;
    if (isOnderwijsnummer(candidate)) return candidate;
  }
  return null;
}

/**
 * ID-01, ID-02, ID-03: every violation of a leerling's persoonsgebonden nummer, in any bericht of any
 * service; `pointer` is the leerling object (`/inschrijving/leerling`, `/melding/leerling`).
 */
export function checkLeerling(pgn: Pgn, pointer: string): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  const bsn = pgn.burgerservicenummer;
  const onr = pgn.onderwijsnummer;
  // ID-03
  if ((bsn === undefined) === (onr === undefined)) {
    fouten.push(
      fout(
        'ID-03',
        bsn === undefined
          ? 'De leerling heeft geen persoonsgebonden nummer; geef precies een van burgerservicenummer of onderwijsnummer.'
          : 'De leerling heeft zowel een burgerservicenummer als een onderwijsnummer; geef precies een van beide.',
        pointer,
      ),
    );
  }
  if (bsn !== undefined && !isBsn(bsn)) {
    fouten.push(
      fout(
        'ID-01',
        `Burgerservicenummer ${bsn} voldoet niet aan de elfproef; verwacht 9 cijfers met een geldige elfproef.`,
        `${pointer}/burgerservicenummer`,
        { burgerservicenummer: bsn },
      ),
    );
  }
  if (onr !== undefined && !isOnderwijsnummer(onr)) {
    fouten.push(
      fout(
        'ID-02',
        `Onderwijsnummer ${onr} is ongeldig; verwacht 9 cijfers die met 10 beginnen en aan de onderwijsnummerproef voldoen.`,
        `${pointer}/onderwijsnummer`,
        { onderwijsnummer: onr },
      ),
    );
  }
  return fouten;
}

/** The persoonsgebonden nummer as one string, for keys and look-ups. */
export function pgnWaarde(pgn: Pgn): string {
  return pgn.burgerservicenummer ?? pgn.onderwijsnummer ?? '';
}

/** The sleutelgegeven naming the leerling: its burgerservicenummer or onderwijsnummer. */
export function pgnSleutel(pgn: Pgn): Record<string, string> {
  return pgn.burgerservicenummer !== undefined
    ? { burgerservicenummer: pgn.burgerservicenummer }
    : pgn.onderwijsnummer !== undefined
      ? { onderwijsnummer: pgn.onderwijsnummer }
      : {};
}

export const BRIN4_PATTERN = /^[0-9]{2}[A-Z]{2}$/;
export const BRIN6_PATTERN = /^[0-9]{2}[A-Z]{2}[0-9]{2}$/;

/** ID-04 */
export function isBrin4(value: string): boolean {
  return BRIN4_PATTERN.test(value);
}

/** ID-04 */
export function isBrin6(value: string): boolean {
  return BRIN6_PATTERN.test(value);
}

/** ID-04: bevoegd-gezagnummer, five digits. */
export function isBevoegdGezagNummer(value: string): boolean {
  return /^\d{5}$/.test(value);
}

/** ID-05: the OIN prefixes in use (Logius OIN-stelsel). */
export const OIN_PREFIXES = [
  '00000001',
  '00000002',
  '00000003',
  '00000004',
  '00000006',
  '00000007',
  '00000008',
  '00000009',
  '00000010',
  '00000011',
  '00000099',
] as const;

/** ID-05 (sim): syntax `^\d{8}[0-9A-Z]{12}$` plus a known prefix. */
export function isOin(value: string): boolean {
  return /^\d{8}[0-9A-Z]{12}$/.test(value) && (OIN_PREFIXES as readonly string[]).includes(value.slice(0, 8));
}

const SCHOOL_OIN = /^00000007000(\d{2}[A-Z]{2})00000$/;

/** ID-06: the OIN of the school with this BRIN4. */
export function schoolOinFromBrin(brin4: string): string {
  if (!isBrin4(brin4)) throw new TypeError(`not a BRIN4: ${brin4}`);
  return `00000007000${brin4}00000`;
}

/** ID-06: the BRIN4 of a school OIN, or null when the OIN is not a school's. */
export function brinFromSchoolOin(oin: string): string | null {
  return SCHOOL_OIN.exec(oin)?.[1] ?? null;
}

/** ID-07: the RIO code patterns. */
export const RIO_CODE_PATTERNS = {
  onderwijsbestuurcode: /^\d{3}B\d{3}$/,
  onderwijsaanbiedercode: /^\d{3}A\d{3}$/,
  onderwijsaanbiedergroepcode: /^\d{3}G\d{3}$/,
  onderwijslocatiecode: /^\d{3}X\d{3}$/,
  opleidingseenheidcode: /^\d{4}O\d{4}$/,
} as const;

export type RioCodeSoort = keyof typeof RIO_CODE_PATTERNS;

/** ID-07 */
export function isRioCode(soort: RioCodeSoort, value: string): boolean {
  return RIO_CODE_PATTERNS[soort].test(value);
}

/** ID-08: Dutch postcode without a space. */
export function isPostcode(value: string): boolean {
  return /^[1-9][0-9]{3}[A-Z]{2}$/.test(value);
}

/** ID-09 / EK-05: a UUID (any version, as the chain does not prescribe one). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
