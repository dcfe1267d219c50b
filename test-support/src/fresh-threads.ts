// The threads of a fresh node process after `setup` ran in its main thread and libuv's pool was used
// once: a jest worker's process has its pool already, so what starts the pool cannot be seen there.
import { execFileSync } from 'node:child_process';

export interface ThreadInfo {
  main: boolean;
  /** /proc/<pid>/task/<tid>/comm */
  name: string;
  /** Field 19 of /proc/<pid>/task/<tid>/stat. */
  nice: number;
}

/** Linux only (/proc). `setup` is JavaScript run with `require` at hand, e.g. a compiled module's function. */
export function threadsOfFreshProcess(setup: string): ThreadInfo[] {
  const script = `
${setup};
const fs = require('node:fs');
fs.stat('/', () => {
  const threads = fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync('/proc/self/task/' + tid + '/stat', 'utf8');
    const name = fs.readFileSync('/proc/self/task/' + tid + '/comm', 'utf8').trim();
    return { main: Number(tid) === process.pid, name, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
  });
  process.stdout.write(JSON.stringify(threads));
});`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as ThreadInfo[];
}
