// The Postman collection (schema v2.1.0), its environment and newman's --ssl-client-cert-list.
// Postman v2.1 has no place for a client certificate in a collection: Postman takes it in its
// Settings → Certificates screen (docs/vendor-guide.md#postman), newman from the list made here.
import { DEFAULT_VARIABLES, FRESH_ID_SCRIPT, type CollectionRequest } from './requests.js';

const SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

function testScript(r: CollectionRequest): string[] {
  return [
    `pm.test('HTTP ${r.status.join(' of ')}', () => pm.expect(pm.response.code).to.be.oneOf(${JSON.stringify(r.status)}));`,
    ...(r.foutcode
      ? [
          `pm.test('foutcode ${r.foutcode}', () =>`,
          `  pm.expect(pm.response.json().foutmeldingen.map((f) => f.foutcode)).to.include('${r.foutcode}'));`,
        ]
      : []),
    ...(r.fields.length > 0
      ? [
          `pm.test('velden: ${r.fields.join(', ')}', () => {`,
          '  const body = pm.response.json();',
          `  for (const veld of ${JSON.stringify(r.fields)}) pm.expect(body).to.have.property(veld);`,
          '});',
        ]
      : []),
    ...(r.freshId && r.fields.includes('identificatiecodeBedrijfsdocument')
      ? [
          "pm.test('antwoord op dit bericht', () =>",
          "  pm.expect(pm.response.json().identificatiecodeBedrijfsdocument).to.equal(pm.collectionVariables.get('berichtId')));",
        ]
      : []),
    ...Object.entries(r.saves).flatMap(([name, expression]) => [
      `{ const body = pm.response.json(); pm.collectionVariables.set('${name}', ${expression}); }`,
    ]),
  ];
}

function item(r: CollectionRequest) {
  const query = r.query.map(([key, value]) => ({ key, value }));
  const raw = `{{${r.service}}}${r.path}${query.length > 0 ? `?${r.query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}`;
  const event = [
    ...(r.freshId
      ? [
          {
            listen: 'prerequest',
            script: {
              type: 'text/javascript',
              exec: [
                ...FRESH_ID_SCRIPT,
                "pm.collectionVariables.set('berichtId', berichtId);",
                "pm.collectionVariables.set('berichtTijd', berichtTijd);",
              ],
            },
          },
        ]
      : []),
    { listen: 'test', script: { type: 'text/javascript', exec: testScript(r) } },
  ];
  return {
    name: r.name,
    event,
    request: {
      method: r.method,
      header: [
        { key: 'accept', value: 'application/json' },
        ...(r.body !== undefined ? [{ key: 'content-type', value: 'application/json' }] : []),
      ],
      url: { raw, host: [`{{${r.service}}}`], path: r.path.split('/').slice(1), ...(query.length > 0 ? { query } : {}) },
      ...(r.body !== undefined ? { body: { mode: 'raw', raw: r.body, options: { raw: { language: 'json' } } } } : {}),
    },
  };
}

export function postmanCollection(requests: readonly CollectionRequest[]): object {
  const folders = [...new Set(requests.map((r) => r.folder))];
  return {
    info: {
      name: 'duo-sim',
      description:
        'Every request a LAS sends to the duo-sim chain, generated from the services’ operations and docs/examples/ (npm run generate:collections). Client certificate: see docs/vendor-guide.md.',
      schema: SCHEMA,
    },
    item: folders.map((f) => ({ name: f, item: requests.filter((r) => r.folder === f).map(item) })),
    variable: ['berichtId', 'berichtTijd', 'token', 'meldingsnummer'].map((key) => ({ key, value: '' })),
  };
}

export function postmanEnvironment(): object {
  return {
    name: 'duo-sim lokaal',
    values: DEFAULT_VARIABLES.map(([key, value]) => ({ key, value, type: 'default', enabled: true })),
    _postman_variable_scope: 'environment',
  };
}

/** newman --ssl-client-cert-list: the vendor's PEM pair for every service URL. */
export function newmanCertList(naam: string, urls: readonly string[], cert: string, key: string): object[] {
  return [{ name: naam, matches: urls.map((u) => `${u}/*`), cert: { src: cert }, key: { src: key } }];
}
