// Sourcelight runs in the browser (vscode.dev): the web entry and everything it imports must
// bundle for the browser with no Node built-ins. Built in memory, so no dist/ is needed.
import * as assert from 'assert';
import * as path from 'path';
import { builtinModules } from 'module';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('the browser bundle', () => {
  it('bundles src/extension/extension.web.ts importing nothing outside it but vscode', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src', 'extension', 'extension.web.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      metafile: true,
      logLevel: 'silent',
    });
    const external = new Set<string>();
    for (const input of Object.values(result.metafile.inputs)) {
      for (const imported of input.imports) if (imported.external) external.add(imported.path);
    }
    assert.deepStrictEqual([...external], ['vscode']);
    const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const bundled = Object.keys(result.metafile.inputs).filter((file) => nodeBuiltins.has(file));
    assert.deepStrictEqual(bundled, []);
  });
});
