// RIO-02 (sim): RIO assigns A and X codes itself, the next unused number per letter from 900:
// 900A001, 900A002, … (ID-07: three digits, the letter, three digits). Never reused.
export type CodeLetter = 'A' | 'X';

/** The number before the first one RIO hands out (900001 → 900A001). */
export const LAATSTE_NUMMER_VOOR_TOEKENNING = 900_000;
export const HOOGSTE_NUMMER = 999_999;

/** ID-07: number 900001 with letter A is 900A001. */
export function rioCode(letter: CodeLetter, nummer: number): string {
  if (!Number.isInteger(nummer) || nummer < 0 || nummer > HOOGSTE_NUMMER) throw new RangeError(`geen RIO-codenummer: ${nummer}`);
  const cijfers = String(nummer).padStart(6, '0');
  return `${cijfers.slice(0, 3)}${letter}${cijfers.slice(3)}`;
}
