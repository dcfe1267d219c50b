// BRON_PUSH_TOEGESTAAN at delivery time, and what a vendor may learn of a failed delivery. The
// afleveradres was checked when OSR registered it, but the list may have changed since and a name
// may resolve elsewhere now; so BRON checks the URL's host before connecting and filters the DNS
// answer it connects to. A failure is told as a class, never as the socket error text, which
// would tell a vendor what lives at addresses it could not otherwise reach.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import type { PushToegestaan } from '@duo-sim/shared';

export const GEWEIGERD = 'GEWEIGERD';
/** What a vendor reads of a failed delivery: refused by the allowlist, timed out, unreachable, or `HTTP 503`. */
export type AfleverFout = typeof GEWEIGERD | 'TIME_OUT' | 'ONBEREIKBAAR' | `HTTP ${number}`;

/** The error the lookup raises for an address outside the list; its code survives undici's wrapping. */
const GEWEIGERD_CODE = 'EDUOSIM_PUSH_GEWEIGERD';

/** The URL's host as written is allowed (a listed name, or an address inside the list). */
export function isAfleveradresToegestaan(toegestaan: PushToegestaan, url: string): boolean {
  try {
    return toegestaan.allowsHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls.connect that resolves as usual and keeps only the addresses in the list,
 * failing with GEWEIGERD when none is left. Address literals never reach a lookup; the caller
 * checks those with isAfleveradresToegestaan.
 */
export function guardedLookup(toegestaan: PushToegestaan) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const allowed = addresses.filter((a) => toegestaan.allowsAddress(a.address));
      if (allowed.length === 0) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves outside BRON_PUSH_TOEGESTAAN`);
        refused.code = GEWEIGERD_CODE;
        return callback(refused, []);
      }
      if (options.all) return callback(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err as { code?: unknown; name?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    if (typeof e.name === 'string') codes.push(e.name);
    e = e.cause as typeof e;
  }
  return codes;
}

/** The class of a delivery that threw: GEWEIGERD, TIME_OUT, or else ONBEREIKBAAR. */
export function afleverFout(err: unknown): AfleverFout {
  const codes = codesOf(err);
  if (codes.includes(GEWEIGERD_CODE)) return GEWEIGERD;
  if (codes.some((c) => c === 'TimeoutError' || c === 'ETIMEDOUT' || /^UND_ERR_\w*TIMEOUT$/.test(c))) return 'TIME_OUT';
  return 'ONBEREIKBAAR';
}
