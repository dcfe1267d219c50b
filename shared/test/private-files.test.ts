// Files 0600 and folders 0700 in the data folder (docs/security.md): the SQLite files with names
// and BSNs (also -wal and -shm) and the PKI, whatever the umask, and older worlds tightened at start.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePki, openDatabase, pkiPaths } from '@duo-sim/shared';
import { testPkiDir } from '@duo-sim/test-support';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** Every file and folder under `dir` with its mode, for one readable comparison. */
function modesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      out[`${rel}${e.name}${e.isDirectory() ? '/' : ''}`] = modeOf(path).toString(8);
      if (e.isDirectory()) walk(path, `${rel}${e.name}/`);
    }
  };
  walk(dir, '');
  return out;
}

describe('private files in the data folder', () => {
  let root: string;
  let umask: number;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'duo-sim-modes-'));
    // The most permissive umask: the modes must not come from it.
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('makes a new database 0600 (with its -wal and -shm) in a 0700 folder', () => {
    const dataDir = join(root, 'data');
    const db = openDatabase(join(dataDir, 'bron.sqlite'));
    db.exec('CREATE TABLE t (x TEXT)');
    db.prepare('INSERT INTO t VALUES (?)').run('123456782');
    expect(existsSync(join(dataDir, 'bron.sqlite-wal'))).toBe(true);
    expect(modesUnder(root)).toEqual({
      'data/': '700',
      'data/bron.sqlite': '600',
      'data/bron.sqlite-wal': '600',
      'data/bron.sqlite-shm': '600',
    });
    db.close();
  });

  it('tightens the database files and folder of a world made before', () => {
    const dataDir = join(root, 'data');
    const first = openDatabase(join(dataDir, 'rio.sqlite'));
    first.exec('CREATE TABLE t (x TEXT)');
    for (const f of ['rio.sqlite', 'rio.sqlite-wal', 'rio.sqlite-shm']) chmodSync(join(dataDir, f), 0o644);
    chmodSync(dataDir, 0o755);
    const again = openDatabase(join(dataDir, 'rio.sqlite'));
    expect(modesUnder(root)).toEqual({
      'data/': '700',
      'data/rio.sqlite': '600',
      'data/rio.sqlite-wal': '600',
      'data/rio.sqlite-shm': '600',
    });
    again.close();
    first.close();
  });

  it('keeps keys, certificates and revoked.json 0600 in 0700 folders, also in an older world', async () => {
    const pkiDir = join(root, 'data', 'pki');
    mkdirSync(join(root, 'data'), { mode: 0o755 });
    cpSync(testPkiDir(), pkiDir, { recursive: true });
    for (const [path, mode] of [
      [pkiDir, 0o755],
      [join(pkiDir, 'parties'), 0o755],
      [pkiPaths(pkiDir).caKey, 0o644],
      [pkiPaths(pkiDir).serverCert, 0o644],
      [pkiPaths(pkiDir).revoked, 0o666],
    ] as const)
      chmodSync(path, mode);
    writeFileSync(join(pkiDir, 'parties', 'los.txt'), 'x', { mode: 0o644 });
    await ensurePki(pkiDir, []);
    const modes = Object.entries(modesUnder(pkiDir));
    expect(modes.length).toBeGreaterThan(10);
    expect(modes.filter(([name, mode]) => mode !== (name.endsWith('/') ? '700' : '600'))).toEqual([]);
    expect(modeOf(pkiDir)).toBe(0o700);
  });

  it('makes a new PKI with private modes', async () => {
    const pkiDir = join(root, 'data', 'pki');
    await ensurePki(pkiDir, []);
    expect(modesUnder(join(root, 'data'))).toEqual({
      'pki/': '700',
      'pki/ca.crt': '600',
      'pki/ca.key': '600',
      'pki/parties/': '700',
      'pki/revoked.json': '600',
      'pki/server.crt': '600',
      'pki/server.key': '600',
    });
  }, 30_000);
});
