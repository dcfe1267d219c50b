// `npm run generate:collections [-- --check]`: the Postman and Bruno collections under collections/,
// from the services' operations and docs/examples/ (docs/vendor-guide.md#5-collections). --check
// fails when a committed file is stale, missing or left over.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { DEFAULT_FIXTURES_DIR, loadParties, REPO_ROOT } from '@duo-sim/shared';
import { format, resolveConfig } from 'prettier';
import { brunoFiles } from './lib/collections/bruno.js';
import { newmanCertList, postmanCollection, postmanEnvironment } from './lib/collections/postman.js';
import { collectionRequests, DEFAULT_VARIABLES } from './lib/collections/requests.js';

const OUT = join(REPO_ROOT, 'collections');

/** "Leerling Plaza B.V." -> "leerling-plaza" */
const slug = (naam: string) =>
  naam
    .toLowerCase()
    .replace(/\b(b\.v\.|bv)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every generated file: path under collections/ -> content. */
async function generate(): Promise<Record<string, string>> {
  const requests = collectionRequests();
  const vendors = loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json')).filter((p) => p.rol === 'leverancier');
  const urls = DEFAULT_VARIABLES.filter(([k]) => ['rio', 'osr', 'bron', 'verzuim'].includes(k)).map(([, v]) => v);
  const json: Record<string, unknown> = {
    'postman/duo-sim.postman_collection.json': postmanCollection(requests),
    'postman/duo-sim.postman_environment.json': postmanEnvironment(),
  };
  for (const v of vendors) {
    json[`newman/${slug(v.naam)}.json`] = newmanCertList(
      v.naam,
      urls,
      `data/pki/parties/${v.oin}.crt`,
      `data/pki/parties/${v.oin}.key`,
    );
  }
  const files: Record<string, string> = {};
  for (const [path, value] of Object.entries(json)) {
    const filepath = join(OUT, path);
    // Formatted as `prettier --check .` wants it, so the two checks never disagree.
    files[path] = await format(JSON.stringify(value), { ...(await resolveConfig(filepath)), filepath });
  }
  for (const [path, text] of Object.entries(brunoFiles(requests, vendors[0]!))) {
    const filepath = join(OUT, 'bruno', path);
    files[`bruno/${path}`] = path.endsWith('.json') ? await format(text, { ...(await resolveConfig(filepath)), filepath }) : text;
  }
  return files;
}

function onDisk(dir: string, files: string[] = []): string[] {
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) onDisk(path, files);
    else files.push(relative(OUT, path).split(sep).join('/'));
  }
  return files;
}

async function main(): Promise<void> {
  const files = await generate();
  const existing = onDisk(OUT).filter((f) => f !== 'README.md');
  if (process.argv.includes('--check')) {
    const problems = [
      ...Object.entries(files)
        .filter(([path, text]) => !existsSync(join(OUT, path)) || readFileSync(join(OUT, path), 'utf8') !== text)
        .map(([path]) => `collections/${path} loopt achter`),
      ...existing.filter((f) => !(f in files)).map((f) => `collections/${f} hoort er niet meer bij`),
    ];
    if (problems.length > 0) {
      console.error(
        `De collecties zijn niet actueel: draai npm run generate:collections en commit ze.\n- ${problems.join('\n- ')}`,
      );
      process.exit(1);
    }
    console.log(`collecties actueel (${Object.keys(files).length} bestanden)`);
    return;
  }
  for (const f of existing) if (!(f in files)) rmSync(join(OUT, f));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), text);
  }
  console.log(`geschreven: collections/ (${Object.keys(files).length} bestanden)`);
}

void main();
