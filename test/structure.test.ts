// The shape of the source (docs/development.md#layout): every service on one skeleton, no import
// cycles, rules that stay pure, routes that stay thin. Read from the sources, so a move that breaks
// the shape fails here before a newcomer trips over it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const SERVICES = ['rio', 'osr', 'bron', 'verzuim'] as const;

interface Import {
  /** The resolved file, or the package name for a bare import. */
  target: string;
  /** `import type …`, or only type specifiers: gone after compilation. */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const imports: Import[] = [];
  for (const node of source.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier) continue;
    const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
    let typeOnly: boolean;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
    } else {
      typeOnly = node.isTypeOnly;
    }
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier.replace(/\.js$/, '.ts')) : specifier;
    imports.push({ target, typeOnly });
  }
  return imports;
}

/** Every cycle of imports (type-only ones included) among `files`, as paths relative to the root. */
function cycles(files: readonly string[]): string[][] {
  return cyclesIn(
    new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .map((i) => i.target)
          .filter((t) => files.includes(t)),
      ]),
    ),
  );
}

function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const files = [...graph.keys()];
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const next of graph.get(f) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].map((p) => relative(ROOT, p)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe('the source structure (docs/development.md#layout)', () => {
  it.each(SERVICES)('has no import cycle in services/%s', (service) => {
    expect(cycles(sourceFiles(join(ROOT, 'services', service, 'src')))).toEqual([]);
  });

  it('has no import cycle in shared', () => {
    expect(cycles(sourceFiles(join(ROOT, 'shared', 'src')))).toEqual([]);
  });

  it.each(SERVICES)(
    'gives services/%s one skeleton: app, server, config, deps and a store with an explicit interface',
    (service) => {
      const src = join(ROOT, 'services', service, 'src');
      for (const file of ['app.ts', 'server.ts', 'config.ts', 'deps.ts', 'store.ts']) {
        expect(sourceFiles(src).map((f) => relative(src, f))).toContain(file);
      }
      // The store's interface is written out, so a use case reads what it may call without the SQL.
      const store = readFileSync(join(src, 'store.ts'), 'utf8');
      const naam = /^export interface (\w+Store) \{/m.exec(store)?.[1];
      expect(naam).toBeDefined();
      expect(store).toMatch(new RegExp(`^export function create${naam}\\([^)]*\\): ${naam} \\{`, 'm'));
      // Only the entry points import app.ts; the routes take their deps from deps.ts (app.ts imports them).
      // BRON's front thread (front-worker.ts, BRON_FRONTS) is an entry point of its own.
      const fromApp = sourceFiles(src).filter((f) => importsOf(f).some((i) => i.target === join(src, 'app.ts')));
      const entries = service === 'bron' ? ['front-worker.ts', 'index.ts', 'server.ts'] : ['index.ts', 'server.ts'];
      expect(fromApp.map((f) => relative(src, f)).sort()).toEqual(entries);
    },
  );

  it.each(SERVICES)('gives services/%s the same folders, and every file in it a name of its own', (service) => {
    const src = join(ROOT, 'services', service, 'src');
    const files = sourceFiles(src).map((f) => relative(src, f));
    for (const folder of ['domain', 'use-cases', 'routes']) {
      expect(files.filter((f) => f.startsWith(`${folder}/`)).length).toBeGreaterThan(0);
    }
    // "bekostiging.ts" in three folders made a reader ask which one a stack trace meant.
    const names = files.map((f) => basename(f));
    expect(files.filter((f) => names.indexOf(basename(f)) !== names.lastIndexOf(basename(f)))).toEqual([]);
  });

  it.each(SERVICES)(
    'layers services/%s: rules import only rules, use cases no routes, routes no store and no rules',
    (service) => {
      const src = join(ROOT, 'services', service, 'src');
      const layerOf = (file: string) => relative(src, file).split('/')[0];
      const wrong = sourceFiles(src).flatMap((f) =>
        importsOf(f)
          .filter((i) => i.target.startsWith(src))
          .filter((i) => {
            const from = layerOf(f);
            const to = layerOf(i.target);
            if (from === 'domain') return to !== 'domain';
            if (from === 'use-cases') return to === 'routes';
            // A route may name a type of the rules or the store; what it runs is a use case.
            if (from === 'routes') return !i.typeOnly && (to === 'domain' || to === 'store.ts');
            return false;
          })
          .map((i) => `${relative(ROOT, f)} -> ${relative(ROOT, i.target)}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  it.each(SERVICES)('keeps services/%s to itself and shared: no other service imported', (service) => {
    const others = SERVICES.filter((s) => s !== service);
    const leaks = sourceFiles(join(ROOT, 'services', service, 'src')).flatMap((f) =>
      importsOf(f)
        .filter((i) => others.some((o) => i.target === `@duo-sim/${o}` || i.target.startsWith(join(ROOT, 'services', o))))
        .map((i) => `${relative(ROOT, f)} -> ${i.target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps shared free of every service', () => {
    const leaks = sourceFiles(join(ROOT, 'shared', 'src')).flatMap((f) =>
      importsOf(f)
        .filter((i) => /^@duo-sim\/(rio|osr|bron|verzuim)$/.test(i.target) || i.target.startsWith(join(ROOT, 'services')))
        .map((i) => `${relative(ROOT, f)} -> ${i.target}`),
    );
    expect(leaks).toEqual([]);
  });

  it('finds the imports it checks (the walker itself works)', () => {
    const app = join(ROOT, 'services', 'osr', 'src', 'app.ts');
    expect(importsOf(app)).toContainEqual({ target: join(ROOT, 'services', 'osr', 'src', 'deps.ts'), typeOnly: true });
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    expect(
      cyclesIn(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
    expect(
      cyclesIn(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });
});
