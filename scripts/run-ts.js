// Runs a TypeScript script (eval, bench) by bundling it with esbuild first.
// Usage: node scripts/run-ts.js scripts/eval.ts [args...]
const esbuild = require('esbuild');
const path = require('path');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.js SCRIPT.ts [args...]');
  process.exit(2);
}
const outfile = path.join(__dirname, '..', 'out', 'scripts', path.basename(entry, '.ts') + '.js');
esbuild.buildSync({
  entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs',
  target: 'es2022', sourcemap: 'inline', logLevel: 'warning',
  external: ['write-good', 'alex', 'playwright-core'],
});
process.argv = [process.argv[0], outfile, ...args];
require(outfile);
