// A keep-alive mTLS caller for the reliability suite: thousands of corpus requests would spend
// most of their time in TLS handshakes with test/support/mtls.ts (one connection per request).
import https from 'node:https';
import type { TestResponse } from '../../support/mtls';
import { clientTls } from '../../support/test-pki';

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
  const request = <T>(method: string, path: string, options: RawRequest = {}): Promise<TestResponse<T>> =>
    new Promise((resolvePromise, reject) => {
      const payload = options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body);
      const headers: Record<string, string> = options.headers ?? {
        accept: 'application/json',
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      };
      if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
      const req = https.request(new URL(path, baseUrl), { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {
            /* not JSON: keep the text */
          }
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: body as T, text });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  return { request, close: () => agent.destroy() };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of the results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  });
  await Promise.all(lanes);
  return results;
}
