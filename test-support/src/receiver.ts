// A vendor's afleveradres for tests: a plain HTTP server on 127.0.0.1 that keeps every bericht BRON
// pushes to it and answers 204.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Receiver<T> {
  /** The afleveradres to register in OSR. */
  url: string;
  /** Every bericht received, in arrival order. */
  pushed: T[];
  close(): Promise<void>;
}

export async function startReceiver<T = { berichtId: number; soort: string; inhoud: Record<string, unknown> }>(): Promise<
  Receiver<T>
> {
  const pushed: T[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      pushed.push(JSON.parse(Buffer.concat(chunks).toString()) as T);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/duo-berichten`,
    pushed,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
