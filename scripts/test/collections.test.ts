// What the generated collections hold (npm run generate:collections): every operation a vendor calls
// and none that only the operator may, a fresh bericht id before every send, the client
// certificates per port. newman runs them against a real chain in test/collections.newman.slow.test.ts.
import { COMMON_OPERATIONS, SERVICES } from '@duo-sim/shared';
import { brunoFiles } from '../src/lib/collections/bruno';
import { postmanCollection } from '../src/lib/collections/postman';
import {
  collectionRequests,
  FRESH_ID_SCRIPT,
  isVendorOperation,
  SERVICE_OPERATIONS,
  SERVICE_TITELS,
} from '../src/lib/collections/requests';

interface PostmanItem {
  name: string;
  event: Array<{ listen: string; script: { exec: string[] } }>;
  request: { method: string; body?: { raw: string } };
}

const requests = collectionRequests();
const postman = postmanCollection(requests) as { item: Array<{ name: string; item: PostmanItem[] }> };

describe('the generated collections', () => {
  it('cover every operation a vendor calls, per service, and none that only the operator may', () => {
    for (const service of SERVICES) {
      const all = [...COMMON_OPERATIONS, ...SERVICE_OPERATIONS[service]];
      const names = postman.item.find((f) => f.name === SERVICE_TITELS[service])!.item.map((i) => i.name);
      expect(names.sort()).toEqual(
        all
          .filter(isVendorOperation)
          .map((op) => `${op.method.toUpperCase()} ${op.path}`)
          .sort(),
      );
      for (const op of all.filter((o) => o.wie === 'operator'))
        expect(names).not.toContain(`${op.method.toUpperCase()} ${op.path}`);
    }
    const names = (folder: string) => postman.item.find((f) => f.name === folder)!.item.map((i) => i.name);
    expect(names('BRON (ROD po)')).toEqual(
      expect.arrayContaining(['POST /inschrijvingen', 'POST /resultaten', 'GET /scholen/{brin}/berichten']),
    );
    expect(names('Verzuimregister')).toEqual(expect.arrayContaining(['POST /meldingen', 'PATCH /meldingen/{meldingsnummer}']));
    expect(names('RIO')).toContain('GET /inschrijfbaarheid');
    const osr = names('OSR');
    expect(osr).toEqual(expect.arrayContaining(['GET /api/v1/mandates', 'PUT /api/v1/endpoints/{token}']));
    expect(osr).not.toContain('POST /api/v1/leveranciers');
    expect(osr).not.toContain('POST /api/v1/mandates'); // the bestuur's, not the vendor's
  });

  it('give every bericht a fresh id and time before each send, in Postman and in Bruno', () => {
    const withBody = postman.item.flatMap((f) => f.item).filter((i) => i.request.body !== undefined);
    expect(withBody.length).toBeGreaterThanOrEqual(8);
    for (const item of withBody) {
      if (!item.request.body!.raw.includes('bedrijfsdocument')) continue;
      expect(item.request.body!.raw).toContain('"identificatiecodeBedrijfsdocument": "{{berichtId}}"');
      const pre = item.event.find((e) => e.listen === 'prerequest')!.script.exec.join('\n');
      expect(pre).toContain("pm.collectionVariables.set('berichtId', berichtId);");
    }
    const bruno = brunoFiles(requests, { oin: '00000099100000010000' });
    const bruWithBericht = Object.entries(bruno).filter(([, text]) => text.includes('{{berichtId}}'));
    expect(bruWithBericht.length).toBeGreaterThanOrEqual(6);
    for (const [, text] of bruWithBericht) expect(text).toContain('bru.setVar("berichtId", berichtId);');
  });

  it('make a new UUID v4 each time the script runs', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script the collections carry, as Postman runs it
    const run = new Function(`${FRESH_ID_SCRIPT.join('\n')}\nreturn { berichtId, berichtTijd };`) as () => {
      berichtId: string;
      berichtTijd: string;
    };
    const ids = new Set(Array.from({ length: 100 }, () => run().berichtId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(run().berichtTijd).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("give Bruno the vendor's client certificate for each of the four default ports", () => {
    const config = JSON.parse(brunoFiles(requests, { oin: '00000099100000010000' })['bruno.json']) as {
      clientCertificates: { enabled: boolean; certs: Array<{ domain: string; certFilePath: string }> };
    };
    expect(config.clientCertificates.enabled).toBe(true);
    expect(config.clientCertificates.certs.map((c) => c.domain)).toEqual([
      'localhost:9441',
      'localhost:9442',
      'localhost:9443',
      'localhost:9444',
    ]);
    for (const c of config.clientCertificates.certs)
      expect(c.certFilePath).toBe('../../data/pki/parties/00000099100000010000.crt');
  });
});
