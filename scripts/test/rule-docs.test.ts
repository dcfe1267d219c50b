// The parts of `npm run generate:docs --check`: it finds the tests that cite a rule, refuses a
// reference to code that does not exist, a rule without a test, and citations the repository cannot
// answer (a rule ID not in the registry, a document outside the repository).
import { REGELS, type Regel } from '@duo-sim/shared';
import {
  checkReference,
  citationsByRule,
  foreignCitations,
  registryProblems,
  renderRulesMd,
  testTitles,
} from '../src/lib/rule-docs';

// '@' keeps generate:docs from reading these sample titles as this file's own tests.
const testFile = `
des@cribe('BRON-13 deadlines', () => {
  i@t('gives a melding for a late date (BRON-13)', () => {});
  i@t.each([[1], [2]])('handles case %s (ID-01)', () => {});
  te@st.skip(\`template title (EK-06)\`, () => {});
  i@t(
    'spreads over lines (VZM-12)',
    () => {},
  );
  const note = 'not a title (OSR-01)';
});
`.replace(/@/g, '');

const files: Record<string, string> = {
  'shared/src/a.ts': 'export function isA() {}\nconst helper = 1;\nexport class Registry {}',
  'shared/schemas/x.json': JSON.stringify({ $defs: { pgn: { type: 'string' } } }),
};
const read = (path: string) => files[path] ?? null;

const rule = (overrides: Partial<Regel>): Regel => ({
  id: 'BRON-13',
  titel: 'Op tijd',
  tekst: 'Tekst.',
  herkomst: 'ECHT',
  foutcodes: ['BRON-13'],
  services: ['bron'],
  implementatie: ['shared/src/a.ts#isA'],
  ...overrides,
});

describe('generate:docs', () => {
  it('reads the titles of describe, it, it.each and test.skip, also over several lines, and nothing else', () => {
    expect(testTitles(testFile)).toEqual([
      'BRON-13 deadlines',
      'gives a melding for a late date (BRON-13)',
      'handles case %s (ID-01)',
      'template title (EK-06)',
      'spreads over lines (VZM-12)',
    ]);
  });

  it('maps each rule ID in a title to the file and title that cite it', () => {
    const byRule = citationsByRule([{ file: 't.test.ts', text: testFile }]);
    expect([...byRule.keys()].sort()).toEqual(['BRON-13', 'EK-06', 'ID-01', 'VZM-12']);
    expect(byRule.get('BRON-13')).toHaveLength(2);
    expect(byRule.has('OSR-01')).toBe(false);
  });

  it.each([
    ['shared/src/a.ts#isA', null],
    ['shared/src/a.ts#helper', null],
    ['shared/src/a.ts#Registry', null],
    ['shared/schemas/x.json#/$defs/pgn', null],
    ['shared/src/a.ts#isB', 'shared/src/a.ts#isB: shared/src/a.ts declareert geen isB'],
    ['shared/src/b.ts#isA', 'shared/src/b.ts#isA: het bestand shared/src/b.ts bestaat niet'],
    ['shared/schemas/x.json#/$defs/brin', 'shared/schemas/x.json#/$defs/brin: shared/schemas/x.json heeft geen /$defs/brin'],
    ['shared/src/a.ts', 'shared/src/a.ts: geen #naam achter het pad'],
  ])('checks the implementation reference %s', (ref, fault) => {
    expect(checkReference(ref, read)).toBe(fault);
  });

  it('fails a checked rule without a test or with a missing function, and lets a rule that is not built pass', () => {
    const tests = citationsByRule([{ file: 't.test.ts', text: testFile }]);
    expect(registryProblems([rule({})], tests, read)).toEqual([]);
    expect(registryProblems([rule({ id: 'BRON-14' })], tests, read)).toEqual([
      'BRON-14: geen test noemt deze regel in zijn naam (describe/it/test)',
    ]);
    expect(registryProblems([rule({ implementatie: ['shared/src/a.ts#weg'] })], tests, read)).toEqual([
      'BRON-13: shared/src/a.ts#weg: shared/src/a.ts declareert geen weg',
    ]);
    expect(registryProblems([rule({ id: 'VZM-13', implementatie: [], soort: 'NIET_GEBOUWD' })], tests, read)).toEqual([]);
  });

  it('flags a rule ID the registry lacks and a citation of a document outside the repository', () => {
    const known = new Set(REGELS.map((r) => r.id));
    const outside = ['CON', 'TRACT §4'].join('');
    const unknown = ['BRON', '19'].join('-');
    const text = `// BRON-13 is fine, ${unknown} is not\n// see ${outside}\n// VZM-2026-000001 is a meldingsnummer`;
    expect(foreignCitations('x.ts', text, known)).toEqual([
      `x.ts:1: regel ${unknown} staat niet in het register`,
      `x.ts:2: verwijst naar ${outside.split(' ')[0]}, dat niet in de repository staat`,
    ]);
  });

  it('renders every rule with its herkomst, foutcodes, implementation links and tests', () => {
    const md = renderRulesMd(REGELS, citationsByRule([{ file: 't.test.ts', text: testFile }]));
    for (const r of REGELS) expect(md).toContain(`### ${r.id}\n`);
    expect(md).toContain('[`checkInschrijving`](../services/bron/src/domain/inschrijving.ts)');
    expect(md).toContain('[`t.test.ts`](../t.test.ts): BRON-13 deadlines; gives a melding for a late date (BRON-13)');
    expect(md).toContain('- Foutcodes: `BRON-13`');
  });
});
