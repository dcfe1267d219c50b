// The generated Postman collection (collections/postman/), run by newman against a real chain in a
// fresh world as one of the seed's vendors: every request gets the answer its example promises, and
// running it twice works (each bericht gets a fresh id).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import newman, { type NewmanRunSummary } from 'newman';
import { newmanCertList } from '../scripts/src/lib/collections/postman';
import { startTestChain, type TestChain } from './support/chain';
import { REPO_ROOT } from './support/test-pki';

const PLAZA = '00000099100000010000';
const COLLECTION = join(REPO_ROOT, 'collections', 'postman', 'duo-sim.postman_collection.json');
const ENVIRONMENT = join(REPO_ROOT, 'collections', 'postman', 'duo-sim.postman_environment.json');

function run(options: newman.NewmanRunOptions): Promise<NewmanRunSummary> {
  return new Promise((resolve, reject) => newman.run(options, (err, summary) => (err ? reject(err) : resolve(summary))));
}

describe('the Postman collection under newman', () => {
  let chain: TestChain;
  beforeAll(async () => {
    chain = await startTestChain({ SIM_DATE: '2026-11-28' });
  }, 60_000);
  afterAll(() => chain.close());

  it('passes every test of every request, twice over, as Leerling Plaza', async () => {
    const pki = join(chain.dataDir, 'pki');
    const urls = {
      rio: chain.services.rio.url,
      osr: chain.services.osr.url,
      bron: chain.services.bron.url,
      verzuim: chain.services.verzuim.url,
    };
    const work = mkdtempSync(join(tmpdir(), 'duo-sim-newman-'));
    const certList = join(work, 'certs.json');
    writeFileSync(
      certList,
      JSON.stringify(
        newmanCertList(
          'Leerling Plaza',
          Object.values(urls),
          join(pki, 'parties', `${PLAZA}.crt`),
          join(pki, 'parties', `${PLAZA}.key`),
        ),
      ),
    );
    // The committed environment with this chain's ports.
    const environment = JSON.parse(readFileSync(ENVIRONMENT, 'utf8')) as { values: Array<{ key: string; value: string }> };
    for (const v of environment.values) if (v.key in urls) v.value = urls[v.key as keyof typeof urls];

    const summary = await run({
      collection: JSON.parse(readFileSync(COLLECTION, 'utf8')) as object,
      environment,
      iterationCount: 2,
      sslClientCertList: certList,
      sslExtraCaCerts: join(pki, 'ca.crt'),
      reporters: [],
      timeoutRequest: 10_000,
    });
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
  }, 120_000);
});
