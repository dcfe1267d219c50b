// Writes the seed world (fixtures/*.json). With no options it writes exactly the committed default
// world; `--schools 1000 --personen 200000 --out DIR` makes the large world of the benchmark, and
// `--land` the whole country (fixtures/land.ts: 6,800 vestigingen, 1.45 million pupils).
//   node scripts/dist/generate-fixtures.js [--seed N] [--schools N] [--personen N] [--peildatum YYYY-MM-DD] [--out DIR]
//   node scripts/dist/generate-fixtures.js --land [--schaal F] [--seed N] [--peildatum YYYY-MM-DD] [--out DIR]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { createSchemaRegistry } from '@duo-sim/shared';
import { writeLand } from './fixtures/write-land.js';
import { FIXTURE_FILES, generateWorld, resolveWorldOptions, serializeFixture, type WorldOptions } from './fixtures/world.js';

const REPO_ROOT = resolve(__dirname, '..', '..');

interface Args extends WorldOptions {
  out: string;
  land?: boolean;
  /** Size of the land world, 0 < schaal ≤ 1 (only with --land). */
  schaal?: number;
}

const USAGE =
  'usage: node scripts/dist/generate-fixtures.js [--seed N] [--schools N] [--personen N] [--peildatum YYYY-MM-DD] [--out DIR]\n' +
  '       node scripts/dist/generate-fixtures.js --land [--schaal F] [--seed N] [--peildatum YYYY-MM-DD] [--out DIR]';

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { out: join(REPO_ROOT, 'fixtures') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    if (name === '--help' || name === '-h') throw new UsageError(USAGE);
    if (name === '--land' && inline === undefined) {
      args.land = true;
      continue;
    }
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
      case '--schaal':
        if (!/^\d*\.?\d+$/.test(value) || !(Number(value) > 0 && Number(value) <= 1))
          throw new UsageError(`--schaal must be a number above 0 and at most 1, got ${value}`);
        args.schaal = Number(value);
        break;
      case '--out':
        args.out = resolve(process.cwd(), value);
        break;
      default:
        throw new UsageError(`unknown option ${name}\n${USAGE}`);
    }
  }
  if (args.land && (args.schools !== undefined || args.personen !== undefined))
    throw new UsageError(`--land sets the numbers of schools and persons itself; leave out --schools and --personen\n${USAGE}`);
  if (args.schaal !== undefined && !args.land) throw new UsageError(`--schaal only goes with --land\n${USAGE}`);
  return args;
}

class UsageError extends Error {}

function toInteger(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, got ${value}`);
  return Number(value);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const schemas = createSchemaRegistry();
  if (args.land) {
    const { seed, peildatum } = resolveWorldOptions(args);
    const began = performance.now();
    mkdirSync(args.out, { recursive: true });
    for (const f of await writeLand(args.out, { seed, peildatum, schaal: args.schaal ?? 1 }, schemas))
      console.log(`wrote ${displayPath(join(args.out, f.file))} (${f.describe})`);
    // The figures the bench reports (bench/README.md, land): time and the generator's own peak memory.
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    const cpu = process.cpuUsage();
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
    console.log(
      `land world in ${seconds} s (CPU ${cpuSeconds} s), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
    return;
  }
  const world = generateWorld(args);
  mkdirSync(args.out, { recursive: true });
  // A folder that held a land world must not keep its persons: loaders prefer brp-personen.ndjson.
  for (const stale of ['brp-personen.ndjson', 'brp-personen.sqlite', 'land.json']) rmSync(join(args.out, stale), { force: true });
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
  main().catch((error: unknown) => {
    // Bad options (usage, or a world that cannot be made) get one line; anything else its stack.
    const bad = error instanceof UsageError || error instanceof RangeError;
    console.error(bad ? error.message : error);
    process.exitCode = bad ? 2 : 1;
  });
}
