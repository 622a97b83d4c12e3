// The extension bundle takes from `vscode` only the parts listed in esbuild.js (VSCODE_API):
// the build fails on a part used but not listed, and this keeps the list free of parts no
// longer used (each one listed costs bytes in every bundle).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourcesUnder(full) : e.name.endsWith('.ts') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

describe('the vscode API the bundle takes', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { VSCODE_API, vscodeOnce } = require(path.join(ROOT, 'esbuild.js')) as { VSCODE_API: string[]; vscodeOnce: unknown };

  it('lists only parts the extension uses', () => {
    const used = new Set(sourcesUnder(path.join(ROOT, 'src', 'extension')).flatMap((text) => [...text.matchAll(/\bvscode\.(\w+)/g)].map((m) => m[1])));
    assert.deepStrictEqual(VSCODE_API.filter((name) => !used.has(name)), []);
  });

  it('bundles the extension with every part it uses and one require of vscode', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', 'extension', 'extension.ts')],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
      alias: { yaml: path.join(ROOT, 'node_modules', 'yaml', 'browser', 'index.js') },
      plugins: [vscodeOnce as import('esbuild').Plugin],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    assert.strictEqual(code.split('require("vscode")').length - 1, 1);
  });
});
