// A keep-alive caller for the reliability suite that sends exactly the headers a case gives (the
// corpus sends bodies without a content type): over mTLS, where thousands of requests would
// otherwise spend their time in TLS handshakes, or through an in-process app's door.
import https from 'node:https';
import { clientTls, sendRequest, type Door, type TestResponse } from '@duo-sim/test-support';

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
  // Idle sockets are closed here after 4 s, well before the services' 15 s keep-alive timeout: a loaded
  // machine can otherwise reuse a socket the server is just closing and see ECONNRESET (a client race,
  // not an answer of the service).
  const agent = new https.Agent({ keepAlive: true, timeout: 4_000, maxSockets, ca: tls.ca, cert: tls.cert, key: tls.key });
  return rawCaller(
    () => Promise.resolve({ url: baseUrl, agent }),
    () => agent.destroy(),
  );
}

/** A raw caller through an in-process app's door (InProcess.door); the app closes it. */
export function doorCaller(door: () => Promise<Door>): KeepAliveCaller {
  return rawCaller(door, () => undefined);
}

function rawCaller(door: () => Promise<Door>, close: () => void): KeepAliveCaller {
  const request = <T>(method: string, path: string, options: RawRequest = {}): Promise<TestResponse<T>> => {
    const payload =
      options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = options.headers ?? {
      accept: 'application/json',
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    return door().then(({ url, agent }) => sendRequest<T>(new URL(path, url), method, headers, payload, { agent }));
  };
  return { request, close };
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
