// A merge that leaves its conflict markers in a tracked file: bench/RESULTS.md carried one for a
// session unnoticed, because Markdown renders the markers as text. Code would not compile; docs do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** Lines that are a conflict marker; `=======` only after a blank line, where it cannot be a setext heading's rule. */
function conflictMarkers(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    if (/^(<{7}|>{7})( |$)/.test(line)) return [i + 1];
    if (line === '=======' && (i === 0 || lines[i - 1].trim() === '')) return [i + 1];
    return [];
  });
}

describe('tracked files', () => {
  it('finds the markers a merge leaves, and not a setext heading', () => {
    expect(conflictMarkers('a\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> wip/x\n')).toEqual([2, 6]);
    expect(conflictMarkers('text\n\n=======\n')).toEqual([3]);
    expect(conflictMarkers('Title\n=======\n')).toEqual([]);
  });

  it('hold no merge conflict marker', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((f) => /\.(md|ts|cjs|mjs|js|json|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => conflictMarkers(readFileSync(join(ROOT, f), 'utf8')).map((n) => `${f}:${n}`));
    expect(found).toEqual([]);
  });
});
