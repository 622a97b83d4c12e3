// The bundler renames the properties esbuild.js lists in MANGLED_PROPS (the attribution finder's
// candidate fields) in every bundle. A property of the same name anywhere else, such as a field
// of the Analysis the command line prints as JSON, would be renamed too: only attributions.ts
// may use these names.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFilesUnder(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the properties the bundler renames', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MANGLED_PROPS } = require(path.join(ROOT, 'esbuild.js')) as { MANGLED_PROPS: RegExp };
  /** The property names (after "." or before ":") of a TypeScript file that MANGLED_PROPS renames. */
  const mangledIn = (file: string): string[] => {
    const names = [...fs.readFileSync(file, 'utf8').matchAll(/\.(\w+)\b|\b(\w+)\??:/g)].map((m) => m[1] ?? m[2]);
    return [...new Set(names.filter((n) => MANGLED_PROPS.test(n)))];
  };

  it('are used by the attribution finder', () => {
    assert.ok(mangledIn(path.join(ROOT, 'src', 'engine', 'attributions.ts')).length >= 8);
  });

  it('are used by no other module', () => {
    const elsewhere = tsFilesUnder(path.join(ROOT, 'src'))
      .filter((file) => !file.endsWith(path.join('engine', 'attributions.ts')))
      .flatMap((file) => mangledIn(file).map((name) => `${path.relative(ROOT, file)}: ${name}`));
    assert.deepStrictEqual(elsewhere, []);
  });
});
