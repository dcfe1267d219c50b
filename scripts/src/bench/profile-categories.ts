// Self time of a V8 .cpuprofile by kind of work (TLS, HTTP, Express, schema, SQLite, GC, the fronts'
// relay, the peer clients, JSON, the chain's own code), to compare threads against one thread: where
// the extra CPU per bericht goes (bench/RESULTS.md, "Where the threads' extra CPU goes"). The chain
// runs from esbuild bundles (scripts/bundle.cjs), so a bundle's line is mapped back to the module
// whose `// path` comment esbuild put above it.
import { readFileSync } from 'node:fs';

export type Category =
  | 'TLS'
  | 'HTTP'
  | 'streams and sockets'
  | 'Express'
  | 'schema'
  | 'SQLite'
  | 'GC'
  | 'relay'
  | 'peer clients'
  | 'threads and signals'
  | 'JSON'
  | 'logging'
  | 'event loop and promises'
  | 'start-up'
  | 'chain'
  | 'V8 and native (program)'
  | 'other';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** The module of a frame: the url, or in a bundle the `// path` above the line (0-based, as V8 gives). */
export type ModuleOf = (frame: CallFrame) => string;

/** Where each bundled module starts in an esbuild bundle: `// node_modules/x/y.js` comment lines. */
export function bundleModules(text: string): Array<{ line: number; module: string }> {
  const out: Array<{ line: number; module: string }> = [];
  text.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:node_modules|shared|services|scripts|console)\/\S+\.(?:c|m)?js(?:on)?)$/.exec(l);
    if (m) out.push({ line: i, module: m[1]! });
  });
  return out;
}

/** A ModuleOf that reads each bundle once and maps its lines back to modules. */
export function moduleResolver(): ModuleOf {
  const bundles = new Map<string, Array<{ line: number; module: string }>>();
  return ({ url, lineNumber }) => {
    const path = url.replace(/^file:\/\//, '');
    if (!/[\\/]dist[\\/]bundle[\\/][^\\/]+\.js$/.test(path)) return path;
    if (!bundles.has(path)) bundles.set(path, bundleModules(readFileSync(path, 'utf8')));
    const starts = bundles.get(path)!;
    let found = path;
    for (const s of starts) {
      if (s.line > lineNumber) break;
      found = s.module;
    }
    return found;
  };
}

/** Native functions that JS calls on better-sqlite3's Statement and Database. */
const SQLITE_NATIVE = new Set(['run', 'get', 'all', 'iterate', 'prepare', 'exec', 'pragma', 'raw', 'pluck', 'bind']);
/** Native writes on a socket: on a TLS socket (TLSWrap) these encrypt and then write, so counted as TLS. */
const SOCKET_WRITES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String', 'writeAsciiString']);
/** Loading and compiling modules: a thread's start (a profile covers the thread's whole life). */
const LOADING = new Set(['compileFunction', 'readFileUtf8', 'internalModuleStat', 'internalModuleReadJSON', 'Module']);

export function categorise(frame: CallFrame, module: string): Category {
  const fn = frame.functionName;
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)') return 'V8 and native (program)';
  if (module === '' && (fn === 'parse' || fn === 'stringify')) return 'JSON';
  if (module === '' && SQLITE_NATIVE.has(fn)) return 'SQLite';
  if (module === '' && SOCKET_WRITES.has(fn)) return 'TLS';
  if (module === '' && LOADING.has(fn)) return 'start-up';
  const m = module.replace(/\\/g, '/');
  if (/better-sqlite3|\/db\.js$|\/store[^/]*\.js$/.test(m)) return 'SQLite';
  if (/^node:(_tls|tls|internal\/tls)/.test(m) || /node:internal\/crypto/.test(m)) return 'TLS';
  if (/^node:(_http|http|internal\/http)/.test(m)) return 'HTTP';
  if (/^node:(net|stream|internal\/streams|internal\/stream_base|buffer|internal\/buffer|string_decoder|events)/.test(m))
    return 'streams and sockets';
  if (/node_modules\/(undici)\//.test(m) || /(osr|rio|bron|http)-client\.js$|peer[^/]*\.js$/.test(m)) return 'peer clients';
  if (/front(s|-worker)\.js$/.test(m)) return 'relay';
  if (
    /node_modules\/(express|router|body-parser|raw-body|on-finished|finalhandler|send|serve-static|content-type|type-is|accepts|negotiator|qs|depd|statuses|http-errors|iconv-lite|mime|mime-types|mime-db|parseurl|path-to-regexp|cookie|etag|fresh|vary|proxy-addr|forwarded|ipaddr\.js|media-typer|encodeurl|escape-html|range-parser|merge-descriptors|utils-merge|methods|setprototypeof|inherits|safe-buffer|destroy|ee-first|unpipe|bytes|content-disposition|debug|ms)\//.test(
      m,
    ) ||
    /shared\/dist\/http\//.test(m)
  )
    return 'Express';
  if (/node_modules\/ajv|schemas\.js$/.test(m) || /^validate\d*$/.test(fn)) return 'schema';
  if (
    /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep)\//.test(m)
  )
    return 'logging';
  if (/^node:(worker_threads|internal\/worker)/.test(m) || /change-signal\.js$|sim-state\.js$/.test(m))
    return 'threads and signals';
  if (/^node:internal\/(modules|bootstrap|deps\/cjs-module-lexer)/.test(m)) return 'start-up';
  if (
    /^node:(internal\/async_hooks|async_hooks|internal\/process\/task_queues|internal\/timers|timers)/.test(m) ||
    fn === 'runMicrotasks'
  )
    return 'event loop and promises';
  if (/^(shared|services)\//.test(m) || /\/(shared|services)\/[^/]+\/dist\//.test(m) || /\/shared\/dist\//.test(m))
    return 'chain';
  return 'other';
}

export interface CategoryShare {
  category: Category;
  selfMs: number;
}

/** A stretch of the monotonic clock in µs (process.hrtime's, which V8's profile timestamps use). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/**
 * Self time per category of one .cpuprofile, idle left out, largest first; with `window` only the
 * samples taken in it (the measured load, not the thread's start or the warm-up). V8 samples the
 * stack by the wall clock: a thread waiting for a CPU still counts, so compare shares, not sums.
 */
export function selfTimeByCategory(file: string, moduleOf: ModuleOf = moduleResolver(), window?: Window): CategoryShare[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: Array<{ id: number; callFrame: CallFrame }>;
    samples: number[];
    timeDeltas: number[];
    startTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<Category, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) continue;
    const frame = byId.get(profile.samples[i]!)!;
    if (frame.functionName === '(idle)') continue;
    const c = categorise(frame, moduleOf(frame));
    totals.set(c, (totals.get(c) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].map(([category, selfMs]) => ({ category, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}
