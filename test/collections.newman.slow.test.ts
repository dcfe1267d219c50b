// The generated Postman collection (collections/postman/), run by newman against a real chain in a
// fresh world: as one of the seed's vendors with its PEM pair, and as a vendor of your own (made as
// `sim leverancier nieuw` makes it) with its PKCS#12 file, as docs/vendor-guide.md tells a vendor
// to. Every request gets the answer its example promises, and running it twice works (each bericht
// gets a fresh id).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maakNieuweLeverancier, type Verstuur } from '@duo-sim/shared';
import newman, { type NewmanRunSummary } from 'newman';
import { newmanCertList } from '../scripts/src/lib/collections/postman';
import { startTestChain, type TestChain } from '@duo-sim/test-support/chain';
import { callerFor } from '@duo-sim/test-support';
import { REPO_ROOT } from '@duo-sim/test-support';

const PLAZA = '00000099100000010000';
const OPERATOR = '00000099000000010000';
const COLLECTION = join(REPO_ROOT, 'collections', 'postman', 'duo-sim.postman_collection.json');
const ENVIRONMENT = join(REPO_ROOT, 'collections', 'postman', 'duo-sim.postman_environment.json');

function run(options: newman.NewmanRunOptions): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) => newman.run(options, (err, summary) => (err ? reject(err) : resolve(summary))));
}

describe('the Postman collection under newman', () => {
  let chain: TestChain;
  let work: string;
  const pki = () => join(chain.dataDir, 'pki');
  const urls = () => ({
    rio: chain.services.rio.url,
    osr: chain.services.osr.url,
    bron: chain.services.bron.url,
    verzuim: chain.services.verzuim.url,
  });

  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
    work = mkdtempSync(join(tmpdir(), 'duo-sim-newman-'));
  }, 60_000);
  afterAll(() => chain.close());

  /** Runs the committed collection twice with this certificate list, on this chain's ports. */
  async function runTwice(certList: object[]): Promise<NewmanRunSummary> {
    const file = join(work, `certs-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(certList));
    const environment = JSON.parse(readFileSync(ENVIRONMENT, 'utf8')) as { values: Array<{ key: string; value: string }> };
    const ports = urls();
    for (const v of environment.values) if (v.key in ports) v.value = ports[v.key as keyof typeof ports];
    return run({
      collection: JSON.parse(readFileSync(COLLECTION, 'utf8')) as object,
      environment,
      iterationCount: 2,
      sslClientCertList: file,
      sslExtraCaCerts: join(pki(), 'ca.crt'),
      reporters: [],
      timeoutRequest: 10_000,
    });
  }

  function expectAllGreen(summary: NewmanRunSummary): void {
    const failures = summary.run.failures.map((f) => `${f.source?.name ?? '?'}: ${f.error.test ?? ''} ${f.error.message}`);
    // The one refusal the collection shows on purpose (its example: BRON-04), and no other.
    const refused = summary.run.executions.filter((e) => (e.response?.code ?? 0) >= 400).map((e) => e.item.name);
    expect(refused).toEqual(['POST /verwijderingen', 'POST /verwijderingen']);
    expect(failures).toEqual([]);
    const requests = (JSON.parse(readFileSync(COLLECTION, 'utf8')) as { item: Array<{ item: unknown[] }> }).item.flatMap(
      (f) => f.item,
    );
    expect(summary.run.stats.requests.total).toBe(2 * requests.length);
    // Every request has its tests (status and fields), and they ran.
    expect(summary.run.stats.assertions.total).toBeGreaterThanOrEqual(2 * requests.length);
  }

  it('passes every test of every request, twice over, as Leerling Plaza with its PEM pair', async () => {
    const summary = await runTwice(
      newmanCertList(
        'Leerling Plaza',
        Object.values(urls()),
        join(pki(), 'parties', `${PLAZA}.crt`),
        join(pki(), 'parties', `${PLAZA}.key`),
      ),
    );
    expectAllGreen(summary);
  }, 120_000);

  it('passes as a vendor of your own, with its .p12 and the password it was given once', async () => {
    const tlsOf = (oin: string) => ({
      ca: readFileSync(join(pki(), 'ca.crt'), 'utf8'),
      cert: readFileSync(join(pki(), 'parties', `${oin}.crt`), 'utf8'),
      key: readFileSync(join(pki(), 'parties', `${oin}.key`), 'utf8'),
    });
    const send: Verstuur = (service, method, path, options = {}) =>
      callerFor(chain.services[service].url, tlsOf(options.als ?? OPERATOR)).request(method, path, {
        ...(options.body !== undefined ? { body: options.body } : {}),
      });
    const eigen = await maakNieuweLeverancier(send, { naam: 'Newman LAS', scholen: ['11AA'] });
    expect(eigen.nietGemandateerd).toEqual([]);
    const summary = await runTwice([
      {
        name: 'Newman LAS',
        matches: Object.values(urls()).map((u) => `${u}/*`),
        pfx: { src: eigen.bestanden.pkcs12 },
        passphrase: eigen.wachtwoord,
      },
    ]);
    expectAllGreen(summary);
    // It really was the new vendor: its own journal on BRON has the collection's berichten.
    const journal = await callerFor(chain.services.bron.url, tlsOf(eigen.oin)).get('/_sim/journal?limiet=100');
    expect((journal.body as { regels: Array<{ operatie: string }> }).regels.map((u) => u.operatie)).toContain(
      'POST /inschrijvingen',
    );
  }, 120_000);
});
