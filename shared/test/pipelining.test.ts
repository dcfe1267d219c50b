// Pipelined requests on one connection: each answer waits for its journal entry (journal-middleware.ts),
// so the second request arrives while the first answer is still held. Both must be answered, in
// order, and journaled; the server must not fall over a response that has no socket yet.
import tls from 'node:tls';
import { Router } from 'express';
import { createServiceApp, DUO_OIN } from '@duo-sim/shared';
import { clientTls, serveOverMtls, testCommonDeps } from '@duo-sim/test-support';

it('answers two pipelined requests in order and journals both', async () => {
  const deps = testCommonDeps();
  const served = await serveOverMtls(
    createServiceApp(deps, {
      service: 'proef',
      title: 'proef',
      description: 'proef',
      versie: '0',
      operations: [],
      routes: Router(),
      reset: () => undefined,
    }),
  );
  try {
    const answers = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: served.port, servername: 'localhost', ...clientTls(DUO_OIN) });
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve(text));
      socket.once('secureConnect', () =>
        socket.write(
          'GET /health HTTP/1.1\r\nHost: localhost\r\n\r\nGET /bestaat-niet HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
        ),
      );
    });
    expect(answers.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 404']);
    expect(deps.journal.list({}).map((e) => `${e.operatie} ${e.status}`)).toEqual(['GET /health 200', 'GET /bestaat-niet 404']);
  } finally {
    await served.close();
  }
});
