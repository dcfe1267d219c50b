// Every RIO endpoint is in GET /openapi.json with the schemas of its request and answer
// (docs/development.md#conventions), and every schema it names exists.
import { RIO_OPERATIONS } from '../src/operations';
import { OIN, startRio, type Rio } from './helpers';

let rio: Rio;
beforeAll(async () => {
  rio = await startRio();
});
afterAll(() => rio.close());

it('describes every endpoint of docs/services/rio.md with its schemas', async () => {
  const res = await rio.served.as(OIN.leverancier).get('/openapi.json');
  expect(res.status).toBe(200);
  const paths = res.body.paths;
  const expected: Array<[string, string]> = [
    ['get', '/onderwijsbesturen/{onderwijsbestuurcode}'],
    ['get', '/onderwijsaanbieders/{onderwijsaanbiedercode}'],
    ['get', '/onderwijsaanbieders'],
    ['post', '/onderwijsaanbieders'],
    ['put', '/onderwijsaanbieders/{onderwijsaanbiedercode}'],
    ['get', '/onderwijslocaties/{onderwijslocatiecode}'],
    ['get', '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}'],
    ['get', '/onderwijslocatiegebruiken'],
    ['post', '/onderwijslocatiegebruiken'],
    ['put', '/onderwijslocatiegebruiken/{onderwijsbestuurcode}-{onderwijslocatiecode}'],
    ['get', '/vestigingserkenningen/{vestigingscode}'],
    ['get', '/instellingserkenningen/{brin}'],
    ['get', '/inschrijfbaarheid'],
    ['get', '/wijzigingen'],
  ];
  for (const [method, path] of expected) {
    expect({ method, path, summary: typeof paths[path]?.[method]?.summary }).toEqual({ method, path, summary: 'string' });
  }
  expect(paths['/onderwijsaanbieders'].post.requestBody.content['application/json'].schema).toEqual({
    $ref: '#/components/schemas/rio-onderwijsaanbieder-aanlevering',
  });
  expect(paths['/onderwijsaanbieders'].post.responses['201']).toBeDefined();
});

it('names only schemas that exist, and gives every endpoint an answer schema', () => {
  for (const op of RIO_OPERATIONS) {
    expect({ path: op.path, response: op.response !== undefined }).toEqual({ path: op.path, response: true });
    for (const name of [op.request, op.response].filter((n): n is string => n !== undefined)) {
      expect({ name, exists: rio.deps.schemas.get(name) !== undefined }).toEqual({ name, exists: true });
    }
  }
});

it('serves the RIO schemas for vendors to download', async () => {
  const res = await rio.served.as(OIN.leverancier).get('/schemas/rio-inschrijfbaarheid');
  expect(res.status).toBe(200);
  expect(res.body.$id).toBe('https://duo-sim.local/schemas/rio-inschrijfbaarheid.json');
});

it('tells its own service name in /health', async () => {
  expect((await rio.served.as(OIN.leverancier).get('/health')).body).toMatchObject({
    status: 'ok',
    service: 'rio',
    vandaag: '2026-11-28',
  });
});

it('refuses POST /_sim/reset to anyone but the operator (AUT401)', async () => {
  const res = await rio.served.as(OIN.leverancier).post('/_sim/reset', {});
  expect(res.status).toBe(403);
  expect(res.body.foutmeldingen[0].foutcode).toBe('AUT401');
});
