// The slow clients of the `slow` bench phase, as a child process so their work does not slow the
// load generator: keeps `count` connections open to one service on 127.0.0.1, a quarter of each
// kind, and opens a new one whenever the server closes one (as an attacker would). A body the
// server refuses for its body budget (503 TE_DRUK) is tried again after its Retry-After, as a
// client that follows it would; one that does not is a flood of new connections, which the
// connection cap and the handshake timeout bound, not the budget.
//   node slow-clients.js <url> <pkiDir> <vendorOin> <count> <maxMs>
// Prints `open <n> waiting <w> cut <m> refused <r>` every second; stops on SIGTERM or after maxMs, closing everything.
import net from 'node:net';
import tls from 'node:tls';
import { loadPartyTls } from '@duo-sim/shared';

const [url, pkiDir, vendorOin, countArg, maxMsArg] = process.argv.slice(2);
if (!url || !pkiDir || !vendorOin || !countArg || !maxMsArg) {
  process.stderr.write('usage: node slow-clients.js <url> <pkiDir> <vendorOin> <count> <maxMs>\n');
  process.exit(2);
}
const { hostname, port } = new URL(url);
const count = Number(countArg);
const material = loadPartyTls(pkiDir, vendorOin);

type Kind = 'geen-hello' | 'stil' | 'halve-headers' | 'trage-body';
const KINDS: Kind[] = ['geen-hello', 'stil', 'halve-headers', 'trage-body'];
/** Of a 1,000,000-byte body, this much is sent at once; the rest trickles a byte a second. */
const BODY_SENT = 900_000;
/** Handshakes under way at once, so opening 1,000 does not itself look like a flood of CPU. */
const OPENING_AT_ONCE = 200;
/** How long a slow body waits for a refusal after its head, so a refused one is not sent at all. */
const REFUSAL_WAIT_MS = 200;

const sockets = new Set<net.Socket>();
let cut = 0;
let refused = 0;
/** Refused connections waiting for their Retry-After. */
let waiting = 0;
let opening = 0;
let stopping = false;
const wanted: Kind[] = [];

function open(kind: Kind): void {
  opening++;
  let connected = false;
  let trickle: NodeJS.Timeout | undefined;
  let sendBody: NodeJS.Timeout | undefined;
  let retryAfterS: number | undefined;
  const socket =
    kind === 'geen-hello'
      ? net.connect(Number(port), hostname)
      : tls.connect({ host: hostname, port: Number(port), servername: 'localhost', ...material });
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.on('data', (d: Buffer) => {
    const answer = /^HTTP\/1\.1 503 [^]*?\r\nretry-after: (\d+)/i.exec(d.toString('latin1'));
    if (answer) retryAfterS = Number(answer[1]);
  });
  socket.once(kind === 'geen-hello' ? 'connect' : 'secureConnect', () => {
    connected = true;
    opening--;
    if (kind === 'halve-headers') socket.write('POST /inschrijvingen HTTP/1.1\r\nHost: localhost\r\n');
    if (kind === 'trage-body') {
      socket.write(
        'POST /inschrijvingen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n',
      );
      sendBody = setTimeout(() => socket.write(Buffer.alloc(BODY_SENT, ' ')), REFUSAL_WAIT_MS);
    }
    trickle = setInterval(() => {
      if (kind === 'halve-headers') socket.write(`x-traag-${Date.now()}: 1\r\n`);
      if (kind === 'trage-body') socket.write(' ');
    }, 1_000);
  });
  // Closed by the server (a timeout, or the cap before the handshake): open another of the kind.
  socket.once('close', () => {
    clearInterval(trickle);
    clearTimeout(sendBody);
    sockets.delete(socket);
    if (!connected) opening--;
    if (stopping) return;
    if (retryAfterS === undefined) {
      cut++;
      wanted.push(kind);
      return;
    }
    refused++;
    waiting++;
    setTimeout(() => {
      waiting--;
      if (!stopping) wanted.push(kind);
    }, retryAfterS * 1000);
  });
}

for (let i = 0; i < count; i++) wanted.push(KINDS[i % KINDS.length]!);
const opener = setInterval(() => {
  while (wanted.length > 0 && opening < OPENING_AT_ONCE) open(wanted.shift()!);
}, 10);
const reporter = setInterval(
  () => process.stdout.write(`open ${sockets.size - opening} waiting ${waiting} cut ${cut} refused ${refused}\n`),
  1_000,
);

const stop = () => {
  if (stopping) return;
  stopping = true;
  clearInterval(opener);
  clearInterval(reporter);
  for (const s of sockets) s.destroy();
  process.stdout.write(`stopped cut ${cut} refused ${refused}\n`);
  setTimeout(() => process.exit(0), 100);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
setTimeout(stop, Number(maxMsArg)).unref();
