// The image (Dockerfile, docs/deployment.md) without a container engine: (a) every path it copies
// exists and every workspace's package.json reaches the production install; (b) what its run stage
// holds, made the same way in a temporary folder from a copy of the repository's files, starts the
// chain with the image's command and environment, and the image's health check passes.
// (b) reuses the work tree's node_modules for the build stage (TypeScript, esbuild) and so its
// compiled better-sqlite3; the production install itself comes from the npm registry.
// (b) runs only with SIM_IMAGE_TEST=1 (.ci/run sets it): it needs the registry and takes minutes,
// which would more than double a local `npm test`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..', '..');

interface Instruction {
  stage: number;
  op: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined, comments dropped, with their stage. */
function instructions(): Instruction[] {
  const text = readFileSync(join(REPO, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  let stage = -1;
  const out: Instruction[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z]+)\s+(.*)$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) continue;
    if (m[1] === 'FROM') stage++;
    out.push({ stage, op: m[1], args: m[2].trim() });
  }
  return out;
}

interface Copy {
  stage: number;
  from?: string;
  sources: string[];
  target: string;
}

function parseCopy(i: Instruction): Copy {
  const words = i.args.split(/\s+/);
  const from = /^--from=(.+)$/.exec(words[0])?.[1];
  const paths = from ? words.slice(1) : words;
  return { stage: i.stage, from, sources: paths.slice(0, -1), target: paths.at(-1)! };
}

const copies = () =>
  instructions()
    .filter((i) => i.op === 'COPY')
    .map(parseCopy);

const lastStage = () => Math.max(...instructions().map((i) => i.stage));

describe('the Dockerfile', () => {
  it('copies only paths that exist: sources from the repository, build output from a built work tree', () => {
    const missing: string[] = [];
    for (const c of copies())
      for (const s of c.sources) {
        const path = c.from ? join(REPO, s.replace(/^\/app\//, '')) : join(REPO, s);
        if (!existsSync(path)) missing.push(`${c.from ? `--from=${c.from} ` : ''}${s}`);
      }
    expect(missing).toEqual([]);
  });

  it("gives the production install every workspace's package.json before npm ci", () => {
    const workspaces = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
    const run = instructions().filter((i) => i.stage === lastStage());
    const install = run.findIndex((i) => i.op === 'RUN' && i.args.includes('npm ci --omit=dev'));
    expect(install).toBeGreaterThan(0);
    const copiedBefore = run
      .slice(0, install)
      .filter((i) => i.op === 'COPY')
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    for (const w of workspaces) expect(copiedBefore).toContain(`${w}/package.json`);
  });
});

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((r) => {
          const s = net.createServer();
          s.listen(0, '127.0.0.1', () => r(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

const exec = (command: string[]) => JSON.parse(command.join(' ')) as string[];

(process.env.SIM_IMAGE_TEST === '1' ? describe : describe.skip)('the image, made in a temporary folder', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'duo-sim-image-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('installs without dev dependencies, starts with its command and environment, and passes its health check', async () => {
    // The build context: the repository's files as git knows them (tracked, or new and not ignored).
    const context = join(tmp, 'context');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && existsSync(join(REPO, f)));
    for (const f of files) {
      mkdirSync(dirname(join(context, f)), { recursive: true });
      cpSync(join(REPO, f), join(context, f));
    }

    // The build stage: its tsc and bundle steps, with the work tree's dependencies and its build of
    // the malloc addon (as better-sqlite3's, in node_modules).
    symlinkSync(join(REPO, 'node_modules'), join(context, 'node_modules'));
    cpSync(join(REPO, 'native/malloc/build'), join(context, 'native/malloc/build'), { recursive: true });
    const tsc = instructions().find((i) => i.stage === 0 && i.op === 'RUN' && i.args.includes('tsc -b'))!;
    const projects = /tsc -b ([^&]+)/.exec(tsc.args)![1].trim().split(/\s+/);
    execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-b', ...projects], { cwd: context });
    execFileSync(process.execPath, ['console/bundle.cjs'], { cwd: context });
    execFileSync(process.execPath, ['scripts/bundle.cjs'], { cwd: context });

    // The run stage, instruction by instruction.
    const image = join(tmp, 'app');
    mkdirSync(image);
    const env: Record<string, string> = {};
    let cmd: string[] = [];
    let health: string[] = [];
    for (const i of instructions().filter((x) => x.stage === lastStage())) {
      if (i.op === 'COPY') {
        const c = parseCopy(i);
        for (const s of c.sources) {
          // As Docker: into a folder when the target ends with a slash, else to the target itself.
          const target = join(image, c.target, c.target.endsWith('/') ? basename(s) : '');
          cpSync(join(context, c.from ? s.replace(/^\/app\//, '') : s), target, { recursive: true, dereference: true });
        }
      } else if (i.op === 'RUN' && i.args.includes('npm ci')) {
        // Only the install: cleaning the cache or making /data is the image's business, not this machine's.
        const install = i.args
          .split('&&')
          .find((p) => p.includes('npm ci'))!
          .trim()
          .split(/\s+/);
        const r = spawnSync(install[0], install.slice(1), { cwd: image, encoding: 'utf8' });
        expect(r.stderr + r.stdout).not.toMatch(/ERR!/);
        expect(r.status).toBe(0);
      } else if (i.op === 'ENV') {
        for (const m of i.args.matchAll(/([A-Z_]+)=(\S+)/g)) env[m[1]] = m[2]!;
      } else if (i.op === 'CMD') cmd = exec([i.args]);
      else if (i.op === 'HEALTHCHECK') health = exec([/CMD (\[.*\])$/.exec(i.args)![1]]);
    }
    expect(existsSync(join(image, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(join(image, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(image, 'native/malloc/build/Release/duo_malloc.node'))).toBe(true);

    // The image's environment, with its data folder here and, on this shared machine, loopback and free ports.
    const [rio, osr, bron, verzuim, console_] = await freePorts(5);
    const world: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      SIM_DATA_DIR: join(tmp, 'data'),
      SIM_HOST: '127.0.0.1',
      SIM_LOG_LEVEL: 'warn',
      RIO_PORT: String(rio),
      OSR_PORT: String(osr),
      BRON_PORT: String(bron),
      VERZUIM_PORT: String(verzuim),
      CONSOLE_PORT: String(console_),
    };
    for (const k of ['RIO_URL', 'OSR_URL', 'BRON_URL', 'VERZUIM_URL']) delete world[k];
    expect(cmd[0]).toBe('node');
    const chain = spawn(process.execPath, cmd.slice(1), { cwd: image, env: world, stdio: 'ignore' });
    try {
      expect(health[0]).toBe('node');
      const deadline = Date.now() + 90_000;
      let last = spawnSync(process.execPath, health.slice(1), { cwd: image, env: world, encoding: 'utf8' });
      while (last.status !== 0 && Date.now() < deadline && chain.exitCode === null) {
        await new Promise((r) => setTimeout(r, 500));
        last = spawnSync(process.execPath, health.slice(1), { cwd: image, env: world, encoding: 'utf8' });
      }
      expect({ status: last.status, stdout: last.stdout, stderr: last.stderr }).toEqual(expect.objectContaining({ status: 0 }));
      expect(last.stdout.trim().split('\n')).toHaveLength(4);
    } finally {
      chain.kill('SIGTERM');
      await new Promise((r) => (chain.exitCode !== null ? r(null) : chain.once('exit', r)));
    }
    // Both threads ran from their bundles: each wrote its code cache (scripts/bundle-loader.cjs).
    expect(readdirSync(join(image, 'scripts/dist/bundle/code-cache'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^run-chain\./), expect.stringMatching(/^service-thread\./)]),
    );
  }, 600_000);
});
