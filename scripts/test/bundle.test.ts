// npm start's bundles (scripts/bundle.cjs) and their loader (scripts/bundle-loader.cjs): one file per
// thread (and one for the console's process) that still finds the files its code finds next to itself, keeps the lazy dependencies out,
// is noticed when stale, and runs through V8's code cache without ever failing because of it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Bundler {
  bundle: (outdir?: string) => Promise<void>;
}
interface Loader {
  bundleStale: (dir?: string, inputs?: string[]) => boolean;
}

const SCRIPTS = join(__dirname, '..');
const { bundle } = require(join(SCRIPTS, 'bundle.cjs')) as Bundler;
const { bundleStale } = require(join(SCRIPTS, 'bundle-loader.cjs')) as Loader;

const parent = mkdtempSync(join(tmpdir(), 'duo-sim-bundle-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const at = (path: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, t, t);
};

describe('bundleStale (the build check of npm start)', () => {
  const dir = join(parent, 'stale');
  const input = join(parent, 'stale-input.tsbuildinfo');
  beforeAll(() => mkdirSync(dir));

  it('is stale without bundles, or with one of the three missing', () => {
    expect(bundleStale(dir, [])).toBe(true);
    writeFileSync(join(dir, 'run-chain.js'), '');
    writeFileSync(join(dir, 'service-thread.js'), '');
    expect(bundleStale(dir, [])).toBe(true);
  });

  it('is current when all bundles are newer than every input, stale when an input is newer than one', () => {
    writeFileSync(join(dir, 'console-server.js'), '');
    writeFileSync(input, '');
    at(input, 60);
    expect(bundleStale(dir, [input])).toBe(false);
    at(join(dir, 'service-thread.js'), 120);
    expect(bundleStale(dir, [input])).toBe(true);
  });

  it('takes an input that is not there (the image has no tsc build info) as no reason', () => {
    expect(bundleStale(dir, [join(parent, 'no-such.tsbuildinfo')])).toBe(false);
  });
});

describe('the bundles', () => {
  // Inside the repository, as npm start's: the external packages resolve from the bundle's folder.
  const out = mkdtempSync(join(SCRIPTS, 'dist', 'bundle-test-'));
  beforeAll(() => bundle(out), 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("runs the main thread's chain from one file: no service, shared, Express or lazy dependency loaded as a module of its own", () => {
    const script = [
      // A bad port: run-chain has loaded all it needs, reports the port and exits with code 1.
      `process.on('exit', () => console.log(JSON.stringify(Object.keys(require.cache))));`,
      `require(${JSON.stringify(join(out, 'run-chain.cjs'))});`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, RIO_PORT: 'abc' } });
    expect(r.stderr).toMatch(/RIO_PORT=abc/);
    const loaded = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as string[];
    expect(loaded).toContain(join(out, 'run-chain.cjs'));
    // Besides the loader, what the bundle leaves to start-all.js (the early workers) and SQLite's native addon.
    const outside = (f: string) =>
      !f.endsWith('bundle-loader.cjs') &&
      !f.startsWith(join(SCRIPTS, 'dist', 'lib')) &&
      !/\/node_modules\/(better-sqlite3|bindings|file-uri-to-path)\//.test(f);
    expect(loaded.filter(outside)).toEqual([join(out, 'run-chain.cjs')]);
  });

  it("runs the console's process from one file: it serves its page, with no module of its own loaded as a file", async () => {
    const script = [
      `process.on('exit', () => console.log('geladen ' + JSON.stringify(Object.keys(require.cache))));`,
      `require(${JSON.stringify(join(out, 'console-server.cjs'))});`,
    ].join('\n');
    const env = { ...process.env, CONSOLE_PORT: '0', SIM_DATA_DIR: join(parent, 'console-world'), SIM_LOG_LEVEL: 'silent' };
    const child = spawn(process.execPath, ['-e', script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise((r) => child.once('exit', r));
    try {
      const end = Date.now() + 30_000;
      while (!/duo-sim console: (\S+)/.test(output)) {
        if (child.exitCode !== null || Date.now() > end) throw new Error(`no console: ${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const url = /duo-sim console: (\S+)/.exec(output)![1];
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const loaded = JSON.parse(/geladen (.*)/.exec(output)![1]) as string[];
    const outside = (f: string) =>
      !f.endsWith('bundle-loader.cjs') && !/\/node_modules\/(better-sqlite3|bindings|file-uri-to-path)\//.test(f);
    expect(loaded.filter(outside)).toEqual([join(out, 'console-server.cjs')]);
  }, 40_000);

  it("makes mime-types' maps on first use in both threads' bundles", () => {
    for (const name of ['run-chain', 'service-thread']) {
      const text = readFileSync(join(out, `${name}.js`), 'utf8');
      expect(text).not.toContain('populateMaps(exports.extensions, exports.types)');
      expect(text).toContain('populateMaps(extensionMap, typeMap)');
    }
  });

  it("points each file's __dirname at its own folder, so schemas, fixtures and package.json are found", async () => {
    const src = join(parent, 'dirname-src');
    mkdirSync(join(src, 'deep'), { recursive: true });
    writeFileSync(join(src, 'deep', 'where.js'), 'module.exports = __dirname;\n');
    writeFileSync(join(src, 'entry.js'), "module.exports = [__dirname, require('./deep/where.js')];\n");
    const outfile = join(parent, 'dirname-out', 'entry.js');
    const { ownDirname } = require(join(SCRIPTS, 'bundle.cjs')) as { ownDirname: (outdir: string) => unknown };
    const { build } = require('esbuild') as typeof import('esbuild');
    await build({
      entryPoints: [join(src, 'entry.js')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      plugins: [ownDirname(join(parent, 'dirname-out')) as import('esbuild').Plugin],
      logLevel: 'error',
    });
    const r = spawnSync(process.execPath, ['-p', `JSON.stringify(require(${JSON.stringify(outfile)}))`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout) as string[]).toEqual([src, join(src, 'deep')]);
  });
});

describe('lazyMimeMaps (mime-types without its maps at load)', () => {
  it('gives the same types, extensions and lookups as mime-types itself, made on first use', async () => {
    const entry = join(parent, 'mime-entry.js');
    const outfile = join(parent, 'mime-out', 'entry.js');
    writeFileSync(entry, "module.exports = require('mime-types');\n");
    const { lazyMimeMaps } = require(join(SCRIPTS, 'bundle.cjs')) as { lazyMimeMaps: () => unknown };
    const { build } = require('esbuild') as typeof import('esbuild');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      nodePaths: [join(SCRIPTS, '..', 'node_modules')],
      plugins: [lazyMimeMaps() as import('esbuild').Plugin],
      logLevel: 'error',
    });
    const script = [
      `const m = require(${JSON.stringify(outfile)}), o = require('mime-types');`,
      // mime-types notes its extension conflicts while it makes the maps: none yet after loading.
      `const atLoad = m._extensionConflicts.length;`,
      `const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);`,
      `console.log(JSON.stringify([atLoad, m.lookup('json'), m.extension('text/html'), m.contentType('json'),`,
      `  same(m.types, o.types), same(m.extensions, o.extensions), same(m._extensionConflicts, o._extensionConflicts)]));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: SCRIPTS });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout) as unknown[]).toEqual([
      0,
      'application/json',
      'html',
      'application/json; charset=utf-8',
      true,
      true,
      true,
    ]);
  });
});

describe('runBundle (the code cache)', () => {
  const dir = join(parent, 'cache');
  const cacheDir = join(dir, 'code-cache');
  beforeAll(() => {
    mkdirSync(dir);
    writeFileSync(join(dir, 'thing.js'), "console.log('ran', typeof require, module.exports === exports);\n");
  });
  // In a process of its own: the cache is written when it ends.
  const run = () => {
    const loader = JSON.stringify(join(SCRIPTS, 'bundle-loader.cjs'));
    const entry = JSON.stringify(join(dir, 'thing.cjs'));
    const script = `const m = { filename: ${entry}, exports: {} }; console.log(require(${loader}).runBundle(m, 'thing.js'));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout.trim().split('\n');
  };

  it('compiles without a cache the first time and writes one; the next start uses it', () => {
    expect(run()).toEqual(['ran function true', 'none']);
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(new RegExp(`^thing\\.${process.versions.v8}\\.`))]);
    expect(run()).toEqual(['ran function true', 'accepted']);
  });

  it('replaces a cache V8 refuses, and runs all the same', () => {
    const [file] = readdirSync(cacheDir);
    // Larger than the one this start makes: a refused cache goes however large it is.
    writeFileSync(join(cacheDir, file), Buffer.alloc(4 << 20, 1));
    expect(run()).toEqual(['ran function true', 'rejected']);
    expect(run()).toEqual(['ran function true', 'accepted']);
  });

  it('makes a new cache for a rebuilt bundle and drops the old one', () => {
    const [old] = readdirSync(cacheDir);
    writeFileSync(join(dir, 'thing.js'), "console.log('ran', 'again', typeof require, module.exports === exports);\n");
    expect(run()).toEqual(['ran again function true', 'none']);
    expect(readdirSync(cacheDir)).toEqual([expect.not.stringMatching(old)]);
  });

  it('starts when the cache cannot be written', () => {
    rmSync(cacheDir, { recursive: true });
    writeFileSync(cacheDir, 'a file where the folder would be');
    expect(run()).toEqual(['ran again function true', 'none']);
  });
});
