// Writes the seed world (fixtures/*.json). With no options it writes exactly the committed default
// world; `--schools 1000 --personen 200000 --out DIR` makes the large world of the benchmark.
//   node scripts/dist/generate-fixtures.js [--seed N] [--schools N] [--personen N] [--peildatum YYYY-MM-DD] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createSchemaRegistry } from '@duo-sim/shared';
import { FIXTURE_FILES, generateWorld, serializeFixture, type WorldOptions } from './fixtures/world.js';

const REPO_ROOT = resolve(__dirname, '..', '..');

interface Args extends WorldOptions {
  out: string;
}

const USAGE =
  'usage: node scripts/dist/generate-fixtures.js [--seed N] [--schools N] [--personen N] [--peildatum YYYY-MM-DD] [--out DIR]';

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { out: join(REPO_ROOT, 'fixtures') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    if (name === '--help' || name === '-h') throw new UsageError(USAGE);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value\n${USAGE}`);
    switch (name) {
      case '--seed':
        args.seed = toInteger(name, value);
        break;
      case '--schools':
        args.schools = toInteger(name, value);
        break;
      case '--personen':
        args.personen = toInteger(name, value);
        break;
      case '--peildatum':
        args.peildatum = value;
        break;
      case '--out':
        args.out = resolve(process.cwd(), value);
        break;
      default:
        throw new UsageError(`unknown option ${name}\n${USAGE}`);
    }
  }
  return args;
}

class UsageError extends Error {}

function toInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, got ${value}`);
  return Number(value);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const world = generateWorld(args);
  const schemas = createSchemaRegistry();
  mkdirSync(args.out, { recursive: true });
  for (const f of FIXTURE_FILES) {
    const data = f.data(world);
    // Never write a world the services would refuse to load.
    const fouten = schemas.validate(f.schema, data);
    if (fouten.length > 0) {
      throw new Error(
        `${f.file} does not match schema ${f.schema}: ${fouten
          .slice(0, 5)
          .map((e) => `${e.pointer} ${e.fouttekst}`)
          .join('; ')}`,
      );
    }
    const path = join(args.out, f.file);
    writeFileSync(path, serializeFixture(data));
    console.log(`wrote ${displayPath(path)} (${describe(data)})`);
  }
}

/** Relative to the working directory when inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

function describe(data: unknown): string {
  if (Array.isArray(data)) return `${data.length} records`;
  return Object.entries(data as Record<string, unknown[]>)
    .map(([key, list]) => `${list.length} ${key}`)
    .join(', ');
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    // Bad options (usage, or a world that cannot be made) get one line; anything else its stack.
    const bad = error instanceof UsageError || error instanceof RangeError;
    console.error(bad ? error.message : error);
    process.exitCode = bad ? 2 : 1;
  }
}
