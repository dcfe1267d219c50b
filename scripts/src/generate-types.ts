// `npm run generate:types [-- --check]`: TypeScript types from the JSON Schemas (docs/architecture.md decision 3),
// written to shared/src/generated/schemas.ts and committed; --check fails when they drift.
import { SCHEMA_BASE } from '@duo-sim/shared';
import { compile } from 'json-schema-to-typescript';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMAS = join(ROOT, 'shared', 'schemas');
const OUT = join(ROOT, 'shared', 'src', 'generated', 'schemas.ts');

async function generate(): Promise<string> {
  const names = readdirSync(SCHEMAS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  // One root that refers to every schema, so each type is declared once, named by its title.
  const root = {
    $id: `${SCHEMA_BASE}__alle.json`,
    title: 'AlleSchemas',
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, { $ref: `${SCHEMA_BASE}${n}.json` }])),
    additionalProperties: false,
  };
  const text = await compile(root as never, 'AlleSchemas', {
    bannerComment: '/* Generated from shared/schemas by `npm run generate:types`. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
    style: { singleQuote: true, printWidth: 130, trailingComma: 'all' },
    $refOptions: {
      resolve: {
        http: false,
        duoSim: {
          order: 1,
          canRead: (file: { url: string }) => file.url.startsWith(SCHEMA_BASE),
          read: (file: { url: string }) =>
            readFileSync(join(SCHEMAS, file.url.slice(SCHEMA_BASE.length).replace(/#.*$/, '')), 'utf8'),
        },
      },
    },
  });
  return text;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const text = await generate();
  const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  if (check) {
    if (current !== text) {
      console.error(
        'shared/src/generated/schemas.ts loopt achter op shared/schemas: draai npm run generate:types en commit het resultaat.',
      );
      process.exit(1);
    }
    console.log('gegenereerde types zijn actueel');
    return;
  }
  mkdirSync(join(ROOT, 'shared', 'src', 'generated'), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`geschreven: ${OUT}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
