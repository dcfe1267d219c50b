// What a JSON body may hold before any schema or rule sees it (docs/reliability.md, input policy):
// at most MAX_WAARDEN values, counted on the bytes before parsing, so that a body of 90,000 unknown
// fields costs a scan and not a parse and a schema validation with 90,000 errors; and well-formed
// Unicode only, with no control characters except tab, line feed and carriage return in the few
// multi-line free-text fields, so that no string is stored changed (a lone surrogate would read
// back as U+FFFD) or breaks a log line.
import type { Foutmelding } from './problem.js';

/** Free-text fields where a person may type several lines; every other string is one line. */
export const MEERREGELIGE_VELDEN: ReadonlySet<string> = new Set(['toelichting']);

// With the u flag a class of surrogates matches only the unpaired ones: a pair is one code point.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
// C0 controls, DEL and the C1 controls; tab, LF and CR are left to the multi-line check below.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const REPLACEMENT = '\uFFFD';
// One test for the common case (nothing wrong); `fault` says what is wrong only when this matches.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\uD800-\uDFFF\u0000-\u001F\u007F-\u009F\uFFFD]/u;

/**
 * Values (objects, arrays, strings, numbers, booleans, null) one body may hold. The largest body the
 * schemas allow in practice, a RIO aanlevering with 3 × 200 relaties, has about 2,500.
 */
export const MAX_WAARDEN = 10_000;

export interface TextPolicyOptions {
  /**
   * The raw body was not valid UTF-8: the decoder replaced the bad bytes with U+FFFD, so every
   * string holding one is where they were.
   */
  invalidUtf8?: boolean;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;

/**
 * At least the number of values in the JSON text `buf` (1 + commas + opened arrays and objects,
 * outside strings), read from its bytes in one pass without parsing it. Exact but for empty
 * arrays and objects, which count one each.
 */
export function waardenInJson(buf: Uint8Array): number {
  let count = 1;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === COMMA || b === OPEN_ARRAY || b === OPEN_OBJECT) count++;
  }
  return count;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** What is wrong with one string and what is expected instead, or null. */
function fault(value: string, multiLine: boolean, invalidUtf8: boolean): { wat: string; verwacht: string } | null {
  const lone = LONE_SURROGATE.exec(value);
  if (lone)
    return { wat: `is geen geldige Unicode (losse surrogaat ${codePoint(lone[0])})`, verwacht: 'stuur goedgevormde UTF-8-tekst' };
  if (invalidUtf8 && value.includes(REPLACEMENT)) {
    return { wat: 'bevat bytes die geen geldige UTF-8 zijn', verwacht: 'stuur het bericht in UTF-8' };
  }
  const control = CONTROL.exec(value) ?? (multiLine ? null : LINE_BREAK_OR_TAB.exec(value));
  if (!control) return null;
  return {
    wat: `bevat het stuurteken ${codePoint(control[0])}`,
    verwacht: multiLine ? 'hier zijn alleen tab, regelovergang en return toegestaan' : 'stuur een regel tekst zonder stuurtekens',
  };
}

interface Frame {
  node: object;
  parent: Frame | null;
  key: string | number | null;
}

/** The JSON pointer of `key` in `frame`, built only for a fault (most bodies have none). */
function pointerOf(frame: Frame | null, key: string | number | null): string {
  const segments: string[] = key === null ? [] : [escapeSegment(String(key))];
  for (let f = frame; f !== null && f.key !== null; f = f.parent) segments.unshift(escapeSegment(String(f.key)));
  return segments.length === 0 ? '/' : `/${segments.join('/')}`;
}

/**
 * Every string and object key of a parsed JSON body that breaks the text policy, as SCHEMA
 * foutmeldingen with the pointer of the field (for a bad key: of the object that holds it, so the
 * answer does not repeat the bad text). Iterative: a body may nest 20,000 arrays deep.
 */
export function textPolicyFouten(body: unknown, options: TextPolicyOptions = {}): Foutmelding[] {
  const invalidUtf8 = options.invalidUtf8 === true;
  const fouten: Foutmelding[] = [];
  const checkString = (value: string, frame: Frame | null, key: string | number | null) => {
    if (!SUSPECT.test(value)) return;
    const f = fault(value, typeof key === 'string' && MEERREGELIGE_VELDEN.has(key), invalidUtf8);
    if (f) fouten.push({ foutcode: 'SCHEMA', fouttekst: `Tekst ${f.wat}; ${f.verwacht}.`, pointer: pointerOf(frame, key) });
  };
  if (typeof body === 'string') checkString(body, null, null);
  if (body === null || typeof body !== 'object') return fouten;
  let nested: Frame[] = [];
  const visit = (frame: Frame, key: string | number, child: unknown): void => {
    if (typeof key === 'string' && SUSPECT.test(key)) {
      const f = fault(key, false, invalidUtf8);
      if (f) {
        fouten.push({
          foutcode: 'SCHEMA',
          fouttekst: `Een veldnaam in dit object ${f.wat}; ${f.verwacht}.`,
          pointer: pointerOf(frame, null),
        });
        return;
      }
    }
    if (typeof child === 'string') checkString(child, frame, key);
    else if (child !== null && typeof child === 'object') nested.push({ node: child, parent: frame, key });
  };
  // Depth first; the foutmeldingen follow the order of the fields within each object.
  const stack: Frame[] = [{ node: body, parent: null, key: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    nested = [];
    const node = frame.node as Record<string, unknown> | unknown[];
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) visit(frame, i, node[i]);
    else for (const key in node) visit(frame, key, node[key]);
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]!);
  }
  return fouten;
}
