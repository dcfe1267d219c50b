// A file that other processes replace while a service runs (revoked.json, partijen.json): re-read
// when it changes, at most once per `checkEveryMs` so a request costs no more than a clock read,
// and never a throw on a request. A version that cannot be read is reported once and the last
// good copy stays in force, so a broken file neither turns a request into a 500 nor undoes what
// the file said before.
import { statSync } from 'node:fs';

export interface ReloadingFileOptions<T> {
  file: string;
  /** Reads and checks the file; throws when it is not such a file. */
  read: (file: string) => T;
  /** A new good copy. */
  onRead: (value: T) => void;
  /** The file is not there; `wasThere` says whether it was at the previous check. */
  onMissing?: (wasThere: boolean) => void;
  /** This version of the file could not be read (called once per version); the last good copy stays. */
  onUnreadable: (err: Error) => void;
  checkEveryMs?: number;
}

export interface ReloadingFile {
  /** Re-reads if the file changed and `checkEveryMs` has passed since the last check. */
  check(): void;
  /** Re-reads if the file changed, now (say for an OIN that is not known yet). */
  checkNow(): void;
}

/** What identifies one version of the file, without reading it; null when there is none. */
function versionOf(file: string): string | null {
  try {
    const s = statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Reads the file at once, then again on check()/checkNow() whenever its version changed. */
export function createReloadingFile<T>(o: ReloadingFileOptions<T>): ReloadingFile {
  const checkEveryMs = o.checkEveryMs ?? 250;
  let seenVersion: string | null | undefined;
  let checkedAt = 0;

  const checkNow = () => {
    checkedAt = Date.now();
    const version = versionOf(o.file);
    if (version === seenVersion) return;
    const wasThere = typeof seenVersion === 'string';
    seenVersion = version;
    if (version === null) return o.onMissing?.(wasThere);
    let value: T;
    try {
      value = o.read(o.file);
    } catch (err) {
      return o.onUnreadable(err as Error);
    }
    o.onRead(value);
  };

  checkNow();
  return {
    check: () => {
      if (Date.now() - checkedAt >= checkEveryMs) checkNow();
    },
    checkNow,
  };
}
