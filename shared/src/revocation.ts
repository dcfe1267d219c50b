// EK-01, revocation: `sim cert revoke` adds a certificate to <dataDir>/pki/revoked.json; every
// service merges that list into its own database and refuses what is in either. The database is
// the service's memory of the world, so a revocation is never undone by accident: deleting or
// breaking the file, or a restart, keeps every certificate revoked that the service has seen
// (docs/security.md). The list only grows; there is no un-revoke.
import type { Db } from './db.js';
import { migrate } from './db.js';
import type { Logger } from './logger.js';
import { readRevoked } from './pki.js';
import { createReloadingFile } from './reloading-file.js';

export interface RevocationList {
  isRevoked(fingerprint256: string): boolean;
}

export interface RevocationOptions {
  /** Where the revocations seen are kept across restarts; without it, in this process only (tests). */
  db?: Db;
  logger?: Logger;
  /** revoked.json is stat-ed at most once per this many ms, not per request. */
  checkEveryMs?: number;
}

/**
 * The revocations of one service. Reading never throws: an unreadable file keeps the list as it
 * was (and is logged once per version of the file), so a broken file cannot turn a request into a
 * 500 nor re-admit a certificate.
 */
export function createRevocationList(file: string, options: RevocationOptions = {}): RevocationList {
  const { db, logger, checkEveryMs = 250 } = options;
  const store = db ? revocationStore(db) : null;
  const fingerprints = new Set<string>(store?.all() ?? []);
  const merge = (entries: ReadonlyArray<{ fingerprint256: string; oin: string; ingetrokkenOp: string }>) => {
    const fresh = entries.filter((e) => !fingerprints.has(e.fingerprint256));
    for (const e of fresh) fingerprints.add(e.fingerprint256);
    if (fresh.length === 0 || !store) return;
    try {
      store.add(fresh);
    } catch (err) {
      // Still refused by this process; the next start merges the file again.
      logger?.error({ err, file }, 'ingetrokken certificaten niet opgeslagen in de database');
    }
  };

  const revoked = createReloadingFile({
    file,
    checkEveryMs,
    read: readRevoked,
    onRead: merge,
    onMissing: (wasThere) => {
      if (wasThere) logger?.warn({ file }, 'revoked.json ontbreekt; eerder ingetrokken certificaten blijven geweigerd');
    },
    onUnreadable: (err) =>
      logger?.warn(
        { file, fout: err.message, geweigerd: fingerprints.size },
        'revoked.json is onleesbaar; de laatst gelezen intrekkingen blijven gelden',
      ),
  });
  return {
    isRevoked(fp) {
      revoked.check();
      return fingerprints.has(fp);
    },
  };
}

function revocationStore(db: Db) {
  migrate(db, 'revocation', [
    `CREATE TABLE ingetrokken_certificaten (
       fingerprint256 TEXT PRIMARY KEY, oin TEXT NOT NULL, ingetrokken_op TEXT NOT NULL)`,
  ]);
  const all = db.prepare('SELECT fingerprint256 FROM ingetrokken_certificaten').pluck();
  const insert = db.prepare(
    'INSERT OR IGNORE INTO ingetrokken_certificaten (fingerprint256, oin, ingetrokken_op) VALUES (?, ?, ?)',
  );
  const add = db.transaction((entries: ReadonlyArray<{ fingerprint256: string; oin: string; ingetrokkenOp: string }>) => {
    for (const e of entries) insert.run(e.fingerprint256, e.oin, e.ingetrokkenOp);
  });
  return { all: () => all.all() as string[], add };
}
