// Keep-alive mTLS client for calls among the services (DUO's certificate, keep-alive; docs/architecture.md).
import type * as Undici from 'undici';
import type { ChangeSignal } from './change-signal.js';
import type { Foutmelding } from './problem.js';
import type { TlsMaterial } from './tls.js';
import { currentTrace, traceparentOf } from './trace.js';

export interface ClientResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ServiceClient {
  readonly baseUrl: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<ClientResponse<T>>;
  close(): Promise<void>;
  /** Ends at once, failing what is under way (a long-poll, say); close() waits for it. */
  destroy(): Promise<void>;
}

export class PeerUnavailableError extends Error {
  constructor(
    readonly peer: string,
    cause: unknown,
  ) {
    super(`${peer} is niet bereikbaar: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'PeerUnavailableError';
  }
}

/**
 * A peer answered, but not as the contract says it answers a well-formed question. The peer clients
 * throw a subclass each (OsrError, RioAnswerError, BronAnswerError); a 5xx among them is the peer being
 * unavailable (a storing, say) and reaches the vendor as INT500 naming the peer (http/errors.ts).
 */
export class PeerAnswerError extends Error {
  readonly foutmeldingen: Foutmelding[];
  constructor(
    readonly peer: 'OSR' | 'RIO' | 'BRON',
    readonly status: number,
    readonly body: unknown,
  ) {
    const fouten = (body as { foutmeldingen?: unknown } | null)?.foutmeldingen;
    const foutmeldingen = Array.isArray(fouten) ? (fouten as Foutmelding[]) : [];
    super(
      `${peer} antwoordde ${status}${foutmeldingen.length ? `: ${foutmeldingen.map((f) => `${f.foutcode} ${f.fouttekst}`).join('; ')}` : ''}`,
    );
    this.foutmeldingen = foutmeldingen;
    this.name = 'PeerAnswerError';
  }
}

export interface ServiceClientOptions {
  /**
   * The peer's name (OSR, RIO, BRON) in PeerUnavailableError, which a service passes on to the vendor
   * as INT500: never its URL, which is internal (docs/services/common.md). Without it, the URL (the
   * CLI's and the console's own messages, read by the operator).
   */
  naam?: string;
  connections?: number;
  timeoutMs?: number;
  /**
   * The peer's change signal, when the peer runs in this process: GET answers are then kept until
   * its version moves (change-signal.ts). Without it nothing is cached, so a peer in another
   * process is asked every time.
   */
  cacheWhile?: ChangeSignal;
}

/** Answers kept per version: plenty for the mandates, endpoints and RIO questions of a day. */
const CACHE_LIMIT = 10_000;
/** Only answers that say something about the peer's data; errors are always asked again. */
const CACHEABLE = new Set([200, 404]);

// undici is large: loaded with the first request to a peer, so RIO and OSR (which ask nobody)
// never load it, and BRON and verzuim not while they start.
let loadedUndici: typeof Undici | undefined;
function undici(): typeof Undici {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, as pkcs12.ts does for node-forge
  return (loadedUndici ??= require('undici') as typeof Undici);
}

export function createServiceClient(baseUrl: string, tls: TlsMaterial, options: ServiceClientOptions = {}): ServiceClient {
  const url = new URL(baseUrl);
  // Made with the first request: a service that starts loads no undici until it asks a peer.
  let created: Undici.Pool | undefined;
  const pool = () =>
    (created ??= new (undici().Pool)(url.origin, {
      connections: options.connections ?? 64,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: options.timeoutMs ?? 10_000,
      bodyTimeout: options.timeoutMs ?? 10_000,
      connect: { ca: tls.ca, cert: tls.cert, key: tls.key, servername: url.hostname === '127.0.0.1' ? undefined : url.hostname },
    }));
  const close = async () => {
    await created?.close();
  };
  const send = async <T>(method: string, path: string, body?: unknown): Promise<ClientResponse<T>> => {
    let res;
    // The exchange this call is made for continues its trace at the peer (trace.ts).
    const trace = currentTrace();
    const traced = trace ? { traceparent: traceparentOf(trace) } : {};
    try {
      res = await pool().request({
        method: method,
        path,
        headers:
          body === undefined
            ? { accept: 'application/json', ...traced }
            : { accept: 'application/json', 'content-type': 'application/json', ...traced },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (err) {
      throw new PeerUnavailableError(options.naam ?? url.origin, err);
    }
    const text = await res.body.text();
    return { status: res.statusCode, body: (text ? JSON.parse(text) : null) as T };
  };
  const signal = options.cacheWhile;
  const destroy = async () => {
    await created?.destroy();
  };
  if (!signal) return { baseUrl: url.origin, request: send, close, destroy };

  // Callers share a cached body: they read it, never change it.
  const cache = new Map<string, ClientResponse>();
  let cachedAt = signal.version();
  return {
    baseUrl: url.origin,
    async request<T>(method: string, path: string, body?: unknown): Promise<ClientResponse<T>> {
      if (method !== 'GET') return send<T>(method, path, body);
      const asked = signal.version();
      if (asked !== cachedAt) {
        cache.clear();
        cachedAt = asked;
      }
      const hit = cache.get(path);
      if (hit) {
        // Not asked, but part of what the exchange relied on: the trace shows it as remembered.
        currentTrace()?.remembered.push({ peer: url.origin, method, path, status: hit.status });
        return hit as ClientResponse<T>;
      }
      const res = await send<T>(method, path);
      // Keep it only if nothing changed while it was on its way.
      if (CACHEABLE.has(res.status) && signal.version() === asked && cachedAt === asked) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(path, res);
      }
      return res;
    },
    close,
    destroy,
  };
}
