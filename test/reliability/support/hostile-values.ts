// The hostile values of the fuzz suite (docs/reliability.md): strings and dates that have broken, or
// could break, a parser, a date calculation, a store or a screen.

/** Strings a schema with no pattern or format may well accept: they must be stored and read back unharmed. */
export const HOSTILE_VALID_STRINGS: readonly string[] = [
  "'; DROP TABLE inschrijvingen; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '%00',
  '%ZZ%',
  '../../etc/passwd',
  '\u202eexe.txt',
  '\u200f\u05e9\u05dc\u05d5\u05dd',
  'Zoë Ångström-Çelik',
  '💥🧑‍🏫👍🏽',
  '\ufeffBOM',
  '\uffff',
  '\ufffd',
  'null',
  '0',
  '-1',
  ' ',
  '${7*7}{{7*7}}',
  '\\u0000',
];

/** Strings no field accepts (text policy) or only a toelichting does, and very long ones. */
export const HOSTILE_STRINGS: readonly string[] = [
  ...HOSTILE_VALID_STRINGS,
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\u001b[31mrood',
  '\u0085',
  '\u009b',
  'regel\nregel',
  'tab\there',
  '\r\n',
  '',
  'x'.repeat(2001),
  'x'.repeat(70_000),
  '💥'.repeat(5000),
];

/** Real and unreal dates around every edge: the range 1900–2999, leap days, month ends. */
export const HOSTILE_DATES: readonly string[] = [
  '0000-01-01',
  '0050-06-15',
  '0099-12-31',
  '1899-12-31',
  '1900-01-01',
  '2999-12-31',
  '3000-01-01',
  '9999-12-31',
  '2024-02-29',
  '2025-02-29',
  '2026-02-29',
  '2100-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-11-28T10:00:00Z',
  '28-11-2026',
];

export const HOSTILE_DATE_TIMES: readonly string[] = [
  '0000-01-01T00:00:00Z',
  '0099-12-31T23:59:59+14:00',
  '9999-12-31T23:59:59Z',
  '2999-12-31T23:59:59-12:00',
  '1900-01-01T00:00:00+14:00',
  '2026-02-29T10:00:00Z',
  '2026-11-28T24:00:00Z',
  '2026-11-28T23:59:60Z',
  '2026-11-28T10:00:00.123456789Z',
  '2026-11-28T10:00:00',
  '2026-11-28',
];
