// End-to-end over real mutual TLS: the app is served on an ephemeral port with the test PKI, and
// each caller presents its own party certificate. Route and rule tests use in-process.ts instead;
// both hand out the same Caller, so a test reads the same either way.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import { createMtlsServer, loadServerTls } from '@duo-sim/shared';
import { clientTls, testPkiDir } from './pki';

export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is instead of JSON.stringify(body). */
  raw?: string | Buffer;
  headers?: Record<string, string>;
}

export interface Caller {
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  get<T = any>(path: string): Promise<TestResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
  put<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<TestResponse<T>>;
}

/** An app under test, in-process (in-process.ts) or over mTLS: a caller per party. */
export interface AppUnderTest {
  as(oin: string): Caller;
  close(): Promise<void>;
}

export interface Served extends AppUnderTest {
  url: string;
  port: number;
}

/**
 * One request, HTTPS with a client certificate (or an agent that holds one) or, for an http: URL,
 * plain HTTP through `agent`; the body parsed as JSON when it is.
 */
export function sendRequest<T>(
  url: URL,
  method: string,
  headers: Record<string, string>,
  payload: string | Buffer | undefined,
  via: { agent: http.Agent } | { ca: string; cert?: string; key?: string },
): Promise<TestResponse<T>> {
  return new Promise((resolvePromise, reject) => {
    const options = 'agent' in via ? { method, headers, agent: via.agent } : { method, headers, ...via, agent: false as const };
    const send = url.protocol === 'http:' ? http.request : https.request;
    const req = send(url, options, (res) => {
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
}

export function callerFor(baseUrl: string, via: { agent: http.Agent } | { ca: string; cert?: string; key?: string }): Caller {
  const request = <T>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> => {
    const payload =
      options.raw !== undefined ? options.raw : options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { accept: 'application/json', ...(options.headers ?? {}) };
    if (payload !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    return sendRequest<T>(new URL(path, baseUrl), method, headers, payload, via);
  };
  return withVerbs(request);
}

/** A Caller around its `request`. */
export function withVerbs(request: Caller['request']): Caller {
  return {
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, { body }),
    put: (path, body) => request('PUT', path, { body }),
    patch: (path, body) => request('PATCH', path, { body }),
  };
}

/** Serves `app` over mTLS with the test PKI on 127.0.0.1 and an ephemeral port. */
export async function serveOverMtls(app: RequestListener): Promise<Served> {
  const server = createMtlsServer(app, loadServerTls(testPkiDir()));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = `https://localhost:${port}`;
  return {
    url,
    port,
    as: (oin) => callerFor(url, clientTls(oin)),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
