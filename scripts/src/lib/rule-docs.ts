// The parts of `npm run generate:docs`: find the tests that cite a rule, verify the registry's
// implementation references, find citations of rules or documents that are not in the repository,
// and render docs/rules.md. Pure functions over file contents, so they can be tested without a tree.
import { REGEL_ID_PATTERN, type Regel } from '@duo-sim/shared';

export interface TestCitation {
  file: string;
  title: string;
}

const QUOTES = new Set(["'", '"', '`']);

/** The end index (exclusive) of the balanced parenthesis group that starts at `open`, or -1. */
function skipGroup(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (QUOTES.has(c)) quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The string literal starting at `start` (after whitespace), or null. */
function literalAt(text: string, start: number): string | null {
  let i = start;
  while (/\s/.test(text[i] ?? '')) i++;
  const quote = text[i];
  if (!quote || !QUOTES.has(quote)) return null;
  let value = '';
  for (i++; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') value += text[++i] ?? '';
    else if (c === quote) return value;
    else value += c;
  }
  return null;
}

/** The titles of `describe`, `it` and `test` blocks (also `.each(...)`, `.only`, `.skip`) in a test file. */
export function testTitles(text: string): string[] {
  const titles: string[] = [];
  const call = /\b(?:describe|it|test)((?:\.(?:only|skip|concurrent|todo))*)(\.each)?\s*(?=[(`])/g;
  for (let m = call.exec(text); m; m = call.exec(text)) {
    let at = m.index + m[0].length;
    if (m[2]) {
      // it.each(rows)('title') or it.each`table`('title')
      if (text[at] === '(') at = skipGroup(text, at);
      else at = text.indexOf('`', at + 1) + 1;
      if (at <= 0) continue;
      while (/\s/.test(text[at] ?? '')) at++;
    }
    if (text[at] !== '(') continue;
    const title = literalAt(text, at + 1);
    if (title !== null) titles.push(title);
  }
  return titles;
}

/** Every rule ID cited in a test title, with the file and the title. */
export function citationsByRule(files: ReadonlyArray<{ file: string; text: string }>): Map<string, TestCitation[]> {
  const byRule = new Map<string, TestCitation[]>();
  for (const { file, text } of files) {
    for (const title of testTitles(text)) {
      for (const id of new Set(title.match(REGEL_ID_PATTERN) ?? [])) {
        const list = byRule.get(id) ?? [];
        list.push({ file, title });
        byRule.set(id, list);
      }
    }
  }
  return byRule;
}

/** Why an implementation reference `path#name` does not hold, or null when it does. */
export function checkReference(ref: string, readFile: (path: string) => string | null): string | null {
  const [path, name] = ref.split('#') as [string, string | undefined];
  if (!name) return `${ref}: geen #naam achter het pad`;
  const text = readFile(path);
  if (text === null) return `${ref}: het bestand ${path} bestaat niet`;
  if (path.endsWith('.json')) {
    let node: unknown = JSON.parse(text);
    for (const part of name.replace(/^\//, '').split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      if (node === null || typeof node !== 'object' || !(key in node)) return `${ref}: ${path} heeft geen ${name}`;
      node = (node as Record<string, unknown>)[key];
    }
    return null;
  }
  const declared = new RegExp(`\\b(?:function\\*?|const|let|class|interface|type|enum)\\s+${name}\\b`);
  return declared.test(text) ? null : `${ref}: ${path} declareert geen ${name}`;
}

// Built from parts so that this file does not cite them itself.
const OUTSIDE_DOCUMENTS = [
  ['CON', 'TRACT'],
  ['DOM', 'AIN'],
  ['DES', 'IGN'],
].map((parts) => parts.join(''));
const OUTSIDE_PATTERN = new RegExp(`\\b(?:${OUTSIDE_DOCUMENTS.join('|')})\\b`);

/** Lines of a file that cite a rule the registry does not have, or a document outside the repository. */
export function foreignCitations(file: string, text: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    for (const id of line.match(REGEL_ID_PATTERN) ?? []) {
      if (!known.has(id)) found.push(`${where}: regel ${id} staat niet in het register`);
    }
    const outside = OUTSIDE_PATTERN.exec(line);
    if (outside) found.push(`${where}: verwijst naar ${outside[0]}, dat niet in de repository staat`);
  });
  return found;
}

const HERKOMST: Record<Regel['herkomst'], string> = {
  ECHT: 'the real chain (`ECHT`)',
  SIM: 'the simulator (`SIM`)',
  ECHT_MET_SIM: 'the real chain, with simulated details (`ECHT_MET_SIM`)',
};

const SOORT: Record<NonNullable<Regel['soort']>, string> = {
  NIET_GEBOUWD: 'not built: the chain has this rule, duo-sim does not model it (`NIET_GEBOUWD`)',
  ACHTERGROND: 'background: explains other rules, nothing to check (`ACHTERGROND`)',
};

const FAMILIES: ReadonlyArray<[string, string]> = [
  ['ID', 'Identifiers'],
  ['EK', 'Edukoppeling: transport and envelope'],
  ['OSR', 'OSR: Onderwijs serviceregister'],
  ['RIO', 'RIO: Registratie Instellingen en Opleidingen'],
  ['BRON', 'BRON (ROD po)'],
  ['BEK', 'Bekostiging po'],
  ['INFO', 'Informatiediensten'],
  ['VZM', 'Verzuimregister'],
];

const anchor = (id: string) => id.toLowerCase();
const code = (s: string) => `\`${s}\``;

function implementationLink(ref: string): string {
  const [path, name] = ref.split('#') as [string, string];
  return `[${code(name)}](../${path}) in ${code(path)}`;
}

/** docs/rules.md, from the registry and the tests that cite each rule. */
export function renderRulesMd(regels: readonly Regel[], tests: ReadonlyMap<string, readonly TestCitation[]>): string {
  const out: string[] = [
    '<!-- Generated from shared/src/rules by `npm run generate:docs`. Do not edit: change the registry and regenerate. -->',
    '',
    '# Rules',
    '',
    'Every rule ID the code, the tests and the docs use, from the rule registry in',
    '[`shared/src/rules/`](../shared/src/rules/). Each service serves its part of it as `GET /regels` and',
    '`GET /regels/{id}` ([common endpoints](services/common.md)). For each rule: what it says (in Dutch, as',
    'users see it next to a foutmelding), where it comes from, the codes a party can receive for it, the',
    'functions that implement it and the tests whose names cite it.',
    '',
    'Herkomst: `ECHT` is how the real chain behaves; `SIM` is a simplification or an invention of duo-sim,',
    'never DUO behaviour; `ECHT_MET_SIM` is a real rule whose details duo-sim fills in (the _simulatie_ line says',
    'which). Where no real code is public, the foutcode is the rule ID itself.',
    '',
    `${regels.length} rules:`,
    '',
  ];
  for (const [prefix, title] of FAMILIES) {
    const ids = regels.filter((r) => r.id.startsWith(`${prefix}-`)).map((r) => `[${r.id}](#${anchor(r.id)})`);
    out.push(`- ${title}: ${ids.join(' · ')}`);
  }
  for (const [prefix, title] of FAMILIES) {
    out.push('', `## ${title}`);
    for (const r of regels.filter((x) => x.id.startsWith(`${prefix}-`))) {
      out.push('', `### ${r.id}`, '', `**${r.titel}.** ${r.tekst}`, '');
      if (r.simulatie) out.push(`_Simulatie:_ ${r.simulatie}`, '');
      out.push(`- Herkomst: ${HERKOMST[r.herkomst]}`);
      if (r.soort) out.push(`- Soort: ${SOORT[r.soort]}`);
      out.push(`- Foutcodes: ${r.foutcodes.length > 0 ? r.foutcodes.map(code).join(', ') : 'none (the rule gives no code)'}`);
      out.push(`- Services: ${r.services.join(', ')}`);
      if (r.implementatie.length > 0) {
        out.push('- Implemented by:');
        for (const ref of r.implementatie) out.push(`  - ${implementationLink(ref)}`);
      }
      const cited = tests.get(r.id) ?? [];
      if (cited.length > 0) {
        out.push('- Tests:');
        const byFile = new Map<string, string[]>();
        for (const t of cited) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t.title.replace(/\s+/g, ' ')]);
        for (const [file, titles] of byFile) out.push(`  - [${code(file)}](../${file}): ${titles.join('; ')}`);
      } else {
        out.push('- Tests: none');
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** What makes the registry fail the check, apart from a stale file: missing references or tests. */
export function registryProblems(
  regels: readonly Regel[],
  tests: ReadonlyMap<string, readonly TestCitation[]>,
  readFile: (path: string) => string | null,
): string[] {
  const problems: string[] = [];
  for (const r of regels) {
    for (const ref of r.implementatie) {
      const fault = checkReference(ref, readFile);
      if (fault) problems.push(`${r.id}: ${fault}`);
    }
    if (!r.soort && !tests.has(r.id)) {
      problems.push(`${r.id}: geen test noemt deze regel in zijn naam (describe/it/test)`);
    }
  }
  return problems;
}
