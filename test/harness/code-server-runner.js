#!/usr/bin/env node
// The executable that `runTests({ vscodeExecutablePath })` spawns in place of VS Code: it bundles
// test/harness/runner.ts with esbuild (a few milliseconds) and runs it with the same arguments.
const esbuild = require('esbuild');
const path = require('path');

const outfile = path.join(__dirname, '..', '..', 'out', 'harness', 'runner.js');
esbuild.buildSync({
  entryPoints: [path.join(__dirname, 'runner.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  logLevel: 'warning',
  external: ['playwright-core'],
});
require(outfile).main(process.argv.slice(2));
