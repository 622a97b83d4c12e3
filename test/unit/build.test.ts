// The bundler renames the properties esbuild.js lists in MANGLED_PROPS (the attribution finder's
// candidate fields, coreference's entity and checkpoint fields, yaml's lexer and parser state, a few
// fields the engine's modules share) in every bundle. A property of the
// same name anywhere else, such as a field of the Analysis the command line prints as JSON, would
// be renamed too, and a quoted name ('lastHead' in e, e['lastHead']) would not be: each name
// belongs to one module (or to the engine alone, for the shared ones) and is never written in quotes.
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
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ENGINE_INTERNALS, EXTENSION_INTERNALS } = require(path.join(ROOT, 'esbuild.js')) as { ENGINE_INTERNALS: string[]; EXTENSION_INTERNALS: string[] };
  /** The property names (after "." or before ":") of a file, all of them. */
  const propertiesIn = (file: string): string[] => [...fs.readFileSync(file, 'utf8').matchAll(/\.(\w+)\b|\b(\w+)\??:/g)].map((m) => m[1] ?? m[2]!);
  /** Those of a TypeScript file that MANGLED_PROPS renames and one module owns (all but ENGINE_INTERNALS and EXTENSION_INTERNALS). */
  const mangledIn = (file: string): string[] => [...new Set(propertiesIn(file).filter((n) => MANGLED_PROPS.test(n) && !ENGINE_INTERNALS.includes(n) && !EXTENSION_INTERNALS.includes(n)))];

  const owners = [path.join('engine', 'attributions.ts'), path.join('engine', 'sources', 'resolve.ts'), path.join('engine', 'sources', 'mentions.ts'), path.join('engine', 'config', 'yamlTree.ts')];

  it('are used by the attribution finder, coreference, the mention finder and the YAML tree builder', () => {
    assert.ok(mangledIn(path.join(ROOT, 'src', owners[0]!)).length >= 8);
    assert.ok(mangledIn(path.join(ROOT, 'src', owners[1]!)).length >= 8);
    assert.ok(mangledIn(path.join(ROOT, 'src', owners[2]!)).length >= 1);
    assert.ok(mangledIn(path.join(ROOT, 'src', owners[3]!)).length >= 4);
  });

  it('each belong to one module, and none is used by any other module', () => {
    const files = tsFilesUnder(path.join(ROOT, 'src'));
    const elsewhere = files
      .filter((file) => !owners.some((owner) => file.endsWith(owner)))
      .flatMap((file) => mangledIn(file).map((name) => `${path.relative(ROOT, file)}: ${name}`));
    assert.deepStrictEqual(elsewhere, []);
    const named = owners.map((owner) => mangledIn(path.join(ROOT, 'src', owner)));
    const shared = named.flatMap((names, i) => names.filter((name) => named.some((other, j) => j !== i && other.includes(name))));
    assert.deepStrictEqual(shared, []);
  });

  it('include yaml’s lexer and parser state, which the yaml package itself reads only by name and Sourcelight never reads', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { YAML_INTERNALS } = require(path.join(ROOT, 'esbuild.js')) as { YAML_INTERNALS: string[] };
    const jsFilesUnder = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFilesUnder(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
    // its code, without comments (which may name a field in backticks but never read it)
    const yamlSource = jsFilesUnder(path.join(ROOT, 'node_modules', 'yaml', 'browser', 'dist'))
      .map((file) => fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''))
      .join('\n');
    for (const name of YAML_INTERNALS) {
      assert.ok(MANGLED_PROPS.test(name), name);
      assert.ok(new RegExp(`\\.${name}\\b`).test(yamlSource), `yaml uses ${name}`);
      assert.ok(!new RegExp(`['"\`]${name}['"\`]`).test(yamlSource), `yaml never quotes ${name}`);
    }
  });

  it('include fields the engine\'s modules share, which the Analysis, the extension and the command line never show', () => {
    for (const name of ENGINE_INTERNALS) assert.ok(MANGLED_PROPS.test(name), name);
    const engine = path.join(ROOT, 'src', 'engine');
    assert.deepStrictEqual(ENGINE_INTERNALS.filter((name) => !tsFilesUnder(engine).some((file) => propertiesIn(file).includes(name))), [], 'each is used by the engine');
    const outside = tsFilesUnder(path.join(ROOT, 'src'))
      .filter((file) => !file.startsWith(engine + path.sep) || file.endsWith(path.join('engine', 'types.ts')))
      .flatMap((file) => propertiesIn(file).filter((name) => ENGINE_INTERNALS.includes(name)).map((name) => `${path.relative(ROOT, file)}: ${name}`));
    assert.deepStrictEqual(outside, []);
  });

  it('include fields of the extension\'s own objects, which its API, the engine and the tests never read', () => {
    const extension = path.join(ROOT, 'src', 'extension');
    const api = path.join(extension, 'api.ts');
    for (const name of EXTENSION_INTERNALS) assert.ok(MANGLED_PROPS.test(name), name);
    assert.deepStrictEqual(EXTENSION_INTERNALS.filter((name) => !tsFilesUnder(extension).some((file) => propertiesIn(file).includes(name))), [], 'each is used by the extension');
    const outside = [...tsFilesUnder(path.join(ROOT, 'src')), ...tsFilesUnder(path.join(ROOT, 'test')), ...tsFilesUnder(path.join(ROOT, 'scripts'))]
      .filter((file) => !file.startsWith(extension + path.sep) || file === api)
      .flatMap((file) => propertiesIn(file).filter((name) => EXTENSION_INTERNALS.includes(name)).map((name) => `${path.relative(ROOT, file)}: ${name}`));
    assert.deepStrictEqual(outside, []);
  });

  it('are never written in quotes, where the bundler would leave them as they are', () => {
    const quoted = tsFilesUnder(path.join(ROOT, 'src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"`](\w+)['"`]/g)].filter((m) => MANGLED_PROPS.test(m[1]!)).map((m) => `${path.relative(ROOT, file)}: ${m[0]}`),
    );
    assert.deepStrictEqual(quoted, []);
  });
});
