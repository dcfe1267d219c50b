// Bundles the console's browser scripts (web/*.ts) and styles into dist/public with esbuild: one small
// file per page, minified, nothing fetched from elsewhere. Run by the build (npm run build, postinstall)
// and by scripts/ensure-built.cjs when web/ changed.
const { buildSync } = require('esbuild');
const { join } = require('node:path');

const web = join(__dirname, 'web');
const pages = ['algemeen', 'keten', 'scenario', 'verstuur', 'api', 'deelnemer', 'deelnemer-verstuur', 'docent'];
buildSync({
  entryPoints: [...pages.map((p) => join(web, `${p}.ts`)), join(web, 'console.css')],
  outdir: join(__dirname, 'dist', 'public'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  sourcemap: false,
  logLevel: 'warning',
});
