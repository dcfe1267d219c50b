// A keep-alive mTLS caller for the reliability suite: thousands of corpus requests would spend
// most of their time in TLS handshakes with test-support/src/mtls.ts (one connection per request).
import https from 'node:https';
import { clientTls, sendRequest, type TestResponse } from '@duo-sim/test-support';

export interface RawRequest {
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string | Buffer;
  /** Replaces the default headers (accept, content-type: application/json when there is a body). */
  headers?: Record<string, string>;
}

export interface KeepAliveCaller {
  request<T = any>(method: string, path: string, options?: RawRequest): Promise<TestResponse<T>>;
  close(): void;
}

export function keepAliveCaller(baseUrl: string, oin: string, maxSockets = 8): KeepAliveCaller {
  const tls = clientTls(oin);
  const agent = new https.Agent({ keepAlive: true, maxSockets, ca: tls.ca, cert: tls.cert, key: tls.key });
  const request = <T>(method: string, path: string, options: RawRequest = {}): Promise<TestResponse<T>> => {
    const payload =
      options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = options.headers ?? {
      accept: 'application/json',
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    return sendRequest<T>(new URL(path, baseUrl), method, headers, payload, { agent });
  };
  return { request, close: () => agent.destroy() };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of the results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}
