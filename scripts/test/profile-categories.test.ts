// Self time by kind of work (scripts/src/bench/profile-categories.ts): a bundle's lines mapped back
// to their modules, frames sorted into categories, and only the samples of the measured window.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleModules, categorise, moduleResolver, selfTimeByCategory } from '../src/bench/profile-categories';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

it('finds the modules in an esbuild bundle by the path comments above them', () => {
  const text = [
    '"use strict";',
    '// shared/dist/db.js',
    'var a = 1;',
    '// node_modules/express/lib/router/index.js',
    'x();',
  ].join('\n');
  expect(bundleModules(text)).toEqual([
    { line: 1, module: 'shared/dist/db.js' },
    { line: 3, module: 'node_modules/express/lib/router/index.js' },
  ]);
});

it('maps a line of a bundle to the module it came from, and leaves other urls as they are', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  try {
    const bundle = join(dir, 'dist', 'bundle', 'run-chain.js');
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    writeFileSync(bundle, ['// shared/dist/db.js', 'a();', 'b();', '// node_modules/ajv/dist/core.js', 'c();'].join('\n'));
    const moduleOf = moduleResolver();
    expect(moduleOf(frame('a', `file://${bundle}`, 2))).toBe('shared/dist/db.js');
    expect(moduleOf(frame('c', `file://${bundle}`, 4))).toBe('node_modules/ajv/dist/core.js');
    expect(moduleOf(frame('x', 'node:_tls_wrap'))).toBe('node:_tls_wrap');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('sorts frames into kinds of work', () => {
  expect(categorise(frame('(garbage collector)'), '')).toBe('GC');
  expect(categorise(frame('run'), '')).toBe('SQLite');
  expect(categorise(frame('writev'), '')).toBe('TLS');
  expect(categorise(frame('parse'), '')).toBe('JSON');
  expect(categorise(frame('onStreamRead'), 'node:_tls_wrap')).toBe('TLS');
  expect(categorise(frame('parserOnHeadersComplete'), 'node:_http_common')).toBe('HTTP');
  expect(categorise(frame('handle'), 'node_modules/express/lib/router/index.js')).toBe('Express');
  expect(categorise(frame('validate12'), 'shared/dist/generated/schemas.js')).toBe('schema');
  expect(categorise(frame('doorsturen'), '/repo/services/bron/dist/front-worker.js')).toBe('relay');
  expect(categorise(frame('request'), 'node_modules/undici/lib/api/api-request.js')).toBe('peer clients');
  expect(categorise(frame('wrapSafe'), 'node:internal/modules/cjs/loader')).toBe('start-up');
  expect(categorise(frame('checkInschrijving'), 'services/bron/dist/rules/inschrijving.js')).toBe('chain');
});

it('counts only the samples in the window, without idle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));
  try {
    const file = join(dir, 'p.cpuprofile');
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: 1, callFrame: frame('(garbage collector)') },
          { id: 2, callFrame: frame('(idle)') },
          { id: 3, callFrame: frame('run') },
        ],
        startTime: 1_000,
        endTime: 5_000,
        // Samples at 2,000, 3,000, 4,000 and 5,000 µs.
        samples: [3, 1, 2, 3],
        timeDeltas: [1_000, 1_000, 1_000, 1_000],
      }),
    );
    expect(selfTimeByCategory(file)).toEqual([
      { category: 'SQLite', selfMs: 2 },
      { category: 'GC', selfMs: 1 },
    ]);
    expect(selfTimeByCategory(file, moduleResolver(), { fromUs: 2_500, toUs: 4_500 })).toEqual([{ category: 'GC', selfMs: 1 }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
