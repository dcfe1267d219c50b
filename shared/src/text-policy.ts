// What text the chain accepts in a JSON body (docs/reliability.md, input policy): well-formed
// Unicode only, and no control characters except tab, line feed and carriage return in the few
// multi-line free-text fields. Checked once for every body, before any schema or rule sees it, so
// no string is stored changed (a lone surrogate would read back as U+FFFD) or breaks a log line.
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

export interface TextPolicyOptions {
  /**
   * The raw body was not valid UTF-8: the decoder replaced the bad bytes with U+FFFD, so every
   * string holding one is where they were.
   */
  invalidUtf8?: boolean;
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

/**
 * Every string (and object key) of a parsed JSON body that breaks the text policy, as SCHEMA
 * foutmeldingen with the pointer of the field (for a bad key: of the object that holds it, so the
 * answer does not repeat the bad text). Iterative: a body may nest 20,000 arrays deep.
 */
export function textPolicyFouten(body: unknown, options: TextPolicyOptions = {}): Foutmelding[] {
  const invalidUtf8 = options.invalidUtf8 === true;
  const fouten: Foutmelding[] = [];
  const report = (pointer: string, fouttekst: string) => fouten.push({ foutcode: 'SCHEMA', fouttekst, pointer: pointer || '/' });
  // Depth first in document order: children are pushed last-first.
  const stack: Array<{ node: unknown; pointer: string; key: string | null }> = [{ node: body, pointer: '', key: null }];
  while (stack.length > 0) {
    const { node, pointer, key } = stack.pop()!;
    if (typeof node === 'string') {
      const f = fault(node, key !== null && MEERREGELIGE_VELDEN.has(key), invalidUtf8);
      if (f) report(pointer, `Tekst ${f.wat}; ${f.verwacht}.`);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const children: Array<{ node: unknown; pointer: string; key: string | null }> = [];
    if (Array.isArray(node)) {
      node.forEach((child, i) => children.push({ node: child, pointer: `${pointer}/${i}`, key: null }));
    } else {
      for (const [k, child] of Object.entries(node as Record<string, unknown>)) {
        const f = fault(k, false, invalidUtf8);
        if (f) report(pointer, `Een veldnaam in dit object ${f.wat}; ${f.verwacht}.`);
        else children.push({ node: child, pointer: `${pointer}/${escapeSegment(k)}`, key: k });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return fouten;
}
