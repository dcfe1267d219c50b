// `npm run fuzz -- --runs 50000 [--seed N] [--endpoint 'bron POST /inschrijvingen'] [--path P]`:
// the fuzz suite at full size (fuzz.slow.test.ts, 2,000 cases per endpoint unless --runs says otherwise). Options become the FUZZ_* variables
// the suite reads, so a failure printed by CI can be replayed with the same seed and path.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const OPTIONS = { '--runs': 'FUZZ_RUNS', '--seed': 'FUZZ_SEED', '--endpoint': 'FUZZ_ENDPOINT', '--path': 'FUZZ_PATH' };
const env = { ...process.env };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  const name = OPTIONS[args[i]];
  if (!name || args[i + 1] === undefined) {
    console.error(`Onbekende of onvolledige optie ${args[i]}; gebruik ${Object.keys(OPTIONS).join(', ')} met een waarde.`);
    process.exit(2);
  }
  env[name] = args[i + 1];
}
if (env.FUZZ_RUNS !== undefined && !/^[1-9][0-9]*$/.test(env.FUZZ_RUNS)) {
  console.error(`--runs ${env.FUZZ_RUNS}: verwacht een positief geheel getal.`);
  process.exit(2);
}
const root = join(__dirname, '..', '..');
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const config = join(root, 'jest.slow.config.cjs');
const result = spawnSync(process.execPath, [jest, '--config', config, '--runTestsByPath', join(__dirname, 'fuzz.slow.test.ts')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
