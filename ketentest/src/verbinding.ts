// One party's mTLS connection to one service, with the answer's headers (Retry-After) and a time-out:
// what the setup, the grader and the reference LAS need, and what a LAS has too.
import https from 'node:https';
import type { TlsMaterial } from '@duo-sim/shared';

export interface Antwoord<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
}

export interface Verbinding {
  readonly url: string;
  vraag<T = unknown>(methode: string, pad: string, body?: unknown): Promise<Antwoord<T>>;
  sluit(): void;
}

/** Thrown when no answer came: the connection broke, or nothing came back within the time-out. */
export class GeenAntwoord extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`geen antwoord van ${url}: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'GeenAntwoord';
  }
}

export function verbind(baseUrl: string, tls: TlsMaterial, timeoutMs = 10_000): Verbinding {
  // Idle sockets close after 4 s, before the services' keep-alive timeout, so a reused socket is never one
  // the server is closing (which would show as ECONNRESET between two cases).
  const agent = new https.Agent({ keepAlive: true, timeout: 4_000, maxSockets: 4, ca: tls.ca, cert: tls.cert, key: tls.key });
  return {
    url: baseUrl,
    vraag<T>(methode: string, pad: string, body?: unknown): Promise<Antwoord<T>> {
      const url = new URL(pad, baseUrl);
      const payload = body === undefined ? undefined : JSON.stringify(body);
      return new Promise((resolve, reject) => {
        const req = https.request(
          url,
          {
            method: methode,
            agent,
            headers: { accept: 'application/json', ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              let parsed: unknown = text;
              try {
                parsed = text ? JSON.parse(text) : null;
              } catch {
                /* not JSON: keep the text */
              }
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed as T });
            });
            res.on('error', (err) => reject(new GeenAntwoord(url.href, err)));
          },
        );
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`time-out na ${timeoutMs} ms`)));
        req.on('error', (err) => reject(new GeenAntwoord(url.href, err)));
        if (payload !== undefined) req.write(payload);
        req.end();
      });
    },
    sluit: () => agent.destroy(),
  };
}
