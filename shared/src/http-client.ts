// Keep-alive mTLS client for calls among the services (DESIGN: DUO's certificate, keep-alive).
import { Pool } from 'undici';
import type { TlsMaterial } from './tls.js';

export interface ClientResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ServiceClient {
  readonly baseUrl: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<ClientResponse<T>>;
  close(): Promise<void>;
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

export interface ServiceClientOptions {
  connections?: number;
  timeoutMs?: number;
}

export function createServiceClient(baseUrl: string, tls: TlsMaterial, options: ServiceClientOptions = {}): ServiceClient {
  const url = new URL(baseUrl);
  const pool = new Pool(url.origin, {
    connections: options.connections ?? 64,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: options.timeoutMs ?? 10_000,
    bodyTimeout: options.timeoutMs ?? 10_000,
    connect: { ca: tls.ca, cert: tls.cert, key: tls.key, servername: url.hostname === '127.0.0.1' ? undefined : url.hostname },
  });
  return {
    baseUrl: url.origin,
    async request<T>(method: string, path: string, body?: unknown): Promise<ClientResponse<T>> {
      let res;
      try {
        res = await pool.request({
          method: method as 'GET',
          path,
          headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (err) {
        throw new PeerUnavailableError(url.origin, err);
      }
      const text = await res.body.text();
      return { status: res.statusCode, body: (text ? JSON.parse(text) : null) as T };
    },
    close: () => pool.close(),
  };
}
