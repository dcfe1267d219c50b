// The one "re-read a file when it changes, keep the last good copy" of revoked.json and
// partijen.json (shared/src/reloading-file.ts): read at once, again only when the file changed,
// a broken version reported once and never thrown, a missing file told apart from one that went.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReloadingFile } from '../src/reloading-file';

describe('reloading file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'duo-sim-reloading-'));
    file = join(dir, 'lijst.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function follow(checkEveryMs = 0) {
    const events: string[] = [];
    let reads = 0;
    const watched = createReloadingFile<number[]>({
      file,
      checkEveryMs,
      read: (f) => {
        reads++;
        const value = JSON.parse(readFileSync(f, 'utf8')) as unknown;
        if (!Array.isArray(value)) throw new Error('geen lijst');
        return value as number[];
      },
      onRead: (v) => events.push(`read ${v.join(',')}`),
      onMissing: (wasThere) => events.push(`missing ${wasThere}`),
      onUnreadable: (err) => events.push(`unreadable ${err.message}`),
    });
    return { watched, events, reads: () => reads };
  }

  it('reads the file at once and again only when it changed', () => {
    writeFileSync(file, '[1]');
    const { watched, events, reads } = follow();
    expect(events).toEqual(['read 1']);
    watched.check();
    watched.checkNow();
    expect(reads()).toBe(1);
    writeFileSync(file, '[1,2]');
    watched.check();
    expect(events).toEqual(['read 1', 'read 1,2']);
  });

  it('reports a broken version once and keeps calling nothing else until the file is good again', () => {
    writeFileSync(file, '[1]');
    const { watched, events } = follow();
    writeFileSync(file, '[1, 2');
    watched.check();
    watched.check();
    writeFileSync(file, '{"a": 1}');
    expect(() => watched.check()).not.toThrow();
    writeFileSync(file, '[3]');
    watched.check();
    expect(events).toEqual(['read 1', expect.stringMatching(/^unreadable /), 'unreadable geen lijst', 'read 3']);
  });

  it('tells a file that was never there from one that went', () => {
    const { watched, events } = follow();
    writeFileSync(file, '[1]');
    watched.check();
    unlinkSync(file);
    watched.check();
    watched.check();
    expect(events).toEqual(['missing false', 'read 1', 'missing true']);
  });

  it('checks at most once per checkEveryMs, and at once when asked', () => {
    writeFileSync(file, '[1]');
    const { watched, events } = follow(60_000);
    writeFileSync(file, '[2]');
    watched.check();
    expect(events).toEqual(['read 1']);
    watched.checkNow();
    expect(events).toEqual(['read 1', 'read 2']);
  });
});
