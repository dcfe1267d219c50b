// The Bruno collection: a folder of .bru files per service, bruno.json with the client certificate,
// and an environment with the default ports (docs/vendor-guide.md#bruno).
import { DEFAULT_VARIABLES, FRESH_ID_SCRIPT, type CollectionRequest } from './requests.js';

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((l) => (l === '' ? l : `${by}${l}`))
    .join('\n');

function block(name: string, lines: string): string {
  return `${name} {\n${indent(lines)}\n}\n`;
}

function bruFile(r: CollectionRequest, seq: number): string {
  const parts = [
    block('meta', `name: ${r.name}\ntype: http\nseq: ${seq}`),
    block(
      r.method.toLowerCase(),
      `url: {{${r.service}}}${r.path}${r.query.length > 0 ? `?${r.query.map(([k, v]) => `${k}=${v}`).join('&')}` : ''}\nbody: ${r.body !== undefined ? 'json' : 'none'}\nauth: none`,
    ),
  ];
  if (r.query.length > 0) parts.push(block('params:query', r.query.map(([k, v]) => `${k}: ${v}`).join('\n')));
  parts.push(
    block(
      'headers',
      ['accept: application/json', ...(r.body !== undefined ? ['content-type: application/json'] : [])].join('\n'),
    ),
  );
  if (r.body !== undefined) parts.push(block('body:json', r.body));
  if (r.freshId) {
    parts.push(
      block(
        'script:pre-request',
        [...FRESH_ID_SCRIPT, 'bru.setVar("berichtId", berichtId);', 'bru.setVar("berichtTijd", berichtTijd);'].join('\n'),
      ),
    );
  }
  const saves = Object.entries(r.saves).map(
    ([name, expression]) => `{ const body = res.getBody(); bru.setVar("${name}", ${expression}); }`,
  );
  if (saves.length > 0) parts.push(block('script:post-response', saves.join('\n')));
  const tests = [
    `test("HTTP ${r.status.join(' of ')}", function () {\n  expect(res.getStatus()).to.be.oneOf(${JSON.stringify(r.status)});\n});`,
    ...(r.foutcode
      ? [
          `test("foutcode ${r.foutcode}", function () {\n  expect(res.getBody().foutmeldingen.map((f) => f.foutcode)).to.include("${r.foutcode}");\n});`,
        ]
      : []),
    ...(r.fields.length > 0
      ? [
          `test("velden: ${r.fields.join(', ')}", function () {\n  for (const veld of ${JSON.stringify(r.fields)}) expect(res.getBody()).to.have.property(veld);\n});`,
        ]
      : []),
  ];
  parts.push(block('tests', tests.join('\n\n')));
  return parts.join('\n');
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** path (relative to the collection folder) -> content */
export function brunoFiles(requests: readonly CollectionRequest[], vendor: { oin: string }): Record<string, string> {
  const files: Record<string, string> = {};
  const pkiFromCollection = '../../data/pki';
  const ports = DEFAULT_VARIABLES.filter(([k]) => ['rio', 'osr', 'bron', 'verzuim'].includes(k)).map(
    ([, url]) => new URL(url).host,
  );
  files['bruno.json'] = `${JSON.stringify(
    {
      version: '1',
      name: 'duo-sim',
      type: 'collection',
      ignore: ['node_modules', '.git'],
      clientCertificates: {
        enabled: true,
        certs: ports.map((domain) => ({
          domain,
          type: 'cert',
          certFilePath: `${pkiFromCollection}/parties/${vendor.oin}.crt`,
          keyFilePath: `${pkiFromCollection}/parties/${vendor.oin}.key`,
          passphrase: '',
        })),
      },
    },
    null,
    2,
  )}\n`;
  files['environments/lokaal.bru'] = block('vars', DEFAULT_VARIABLES.map(([k, v]) => `${k}: ${v}`).join('\n'));
  const folders = [...new Set(requests.map((r) => r.folder))];
  for (const [i, name] of folders.entries()) {
    const folder = name.replace(/[()]/g, '').replace(/\s+/g, ' ');
    files[`${folder}/folder.bru`] = block('meta', `name: ${name}\nseq: ${i + 1}`);
    requests
      .filter((r) => r.folder === name)
      .forEach((r, i) => {
        files[`${folder}/${String(i + 1).padStart(2, '0')}-${slug(r.name)}.bru`] = bruFile(r, i + 1);
      });
  }
  return files;
}
