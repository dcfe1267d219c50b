// `npm run generate:docs [-- --check]`: docs/rules.md from the rule registry (shared/src/rules).
// --check fails when the file is stale, an implementation reference does not exist, a checked rule
// has no test citing it, or a .ts/.md/.json file cites a rule or a document the repository does not have.
import { REGELS } from '@duo-sim/shared';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { citationsByRule, foreignCitations, registryProblems, renderRulesMd } from './lib/rule-docs';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'rules.md');
const SKIP = new Set(['node_modules', 'dist', 'data', '.cache', '.git', 'coverage']);
const SCANNED = /\.(ts|md|json)$/;
const NOT_SCANNED = new Set(['package-lock.json']);

function walk(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(join(dir, entry.name), files);
    } else if (SCANNED.test(entry.name) && !NOT_SCANNED.has(entry.name)) {
      files.push(relative(ROOT, join(dir, entry.name)).split(sep).join('/'));
    }
  }
  return files;
}

const read = (path: string): string | null => {
  const full = join(ROOT, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
};

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = walk(ROOT).sort();
  const tests = citationsByRule(files.filter((f) => f.endsWith('.test.ts')).map((file) => ({ file, text: read(file)! })));
  // Formatted as `prettier --check .` wants it, so the two checks never disagree about the file.
  const text = await format(renderRulesMd(REGELS, tests), { ...(await resolveConfig(OUT)), filepath: OUT });
  if (!check) {
    writeFileSync(OUT, text);
    console.log(`geschreven: ${relative(ROOT, OUT)} (${REGELS.length} regels)`);
    return;
  }
  const known = new Set(REGELS.map((r) => r.id));
  const problems = [
    ...(read('docs/rules.md') === text
      ? []
      : ['docs/rules.md loopt achter op het register: draai npm run generate:docs en commit het.']),
    ...registryProblems(REGELS, tests, read),
    ...files.flatMap((f) => foreignCitations(f, read(f)!, known)),
  ];
  if (problems.length > 0) {
    console.error(`Het regelregister klopt niet (${problems.length}):`);
    for (const p of problems) console.error(`- ${p}`);
    process.exit(1);
  }
  console.log(`regelregister en docs/rules.md zijn actueel (${REGELS.length} regels)`);
}

void main();
