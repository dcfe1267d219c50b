// What the middleware learns about an exchange, kept in res.locals for handlers and the journal.
import type { Response } from 'express';
import type { StoringMark } from '../storingen/types.js';
import type { TraceContext } from '../trace.js';

export interface ExchangeLocals {
  /** The caller's party OIN, from its certificate (EK-01). */
  partij: string;
  /** The school acted for (EK-03), once a handler knows it. */
  namens?: string;
  /** identificatiecodeBedrijfsdocument of the bericht, once a handler knows it (EK-05). */
  berichtId?: string;
  /** The response body as sent, for the journal. */
  antwoord?: unknown;
  /**
   * What the journal keeps instead of the answer, when the answer carries a secret it shows once
   * (the .p12 password of a new vendor): the party gets it, the journal never stores it.
   */
  journaalAntwoord?: unknown;
  /** The same as JSON text, as Express serialised it (so the journal need not do it again). */
  antwoordJson?: string;
  /** The request body as received (JSON text), for the journal. */
  verzoekJson?: string;
  /** The exchange's trace (trace-middleware.ts). */
  spoor?: TraceContext;
  /** The body's bytes were not valid UTF-8 (text policy, body-text.ts). */
  ongeldigeUtf8?: boolean;
  /** The injected fault that hit this exchange (docs/storingen.md), for the journal's mark. */
  storing?: StoringMark;
}

export function locals(res: Response): ExchangeLocals {
  return res.locals as ExchangeLocals;
}

/** The calling party's OIN. Only valid after the identity middleware. */
export function partijOf(res: Response): string {
  return locals(res).partij;
}
