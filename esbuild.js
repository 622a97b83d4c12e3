// Builds every bundle Sourcelight ships:
//   dist/extension.js      the desktop/remote extension (Node, CommonJS)
//   dist/web/extension.js  the browser extension for vscode.dev (no Node built-ins)
//   dist/cli.js            the `sourcelight` command line
//   dist/engine.js         the engine as a CommonJS library exporting `analyze`
//   dist/engine.browser.js the engine for the browser (no Node built-ins)
// `--production` minifies; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The fields of the attribution finder's candidates and context (src/engine/attributions.ts), read
// some 250 times in each bundle, of coreference's entities and checkpoints (src/engine/sources/resolve.ts)
// the mention finder's nameOffset (src/engine/sources/mentions.ts) and the YAML tree builder's
// context (src/engine/config/yamlTree.ts) are never read outside their module: the bundler gives them short names (~3 KB less). Every
// property so named anywhere in a bundle is renamed, but not a quoted one ('nameRank' in e), so
// the names must stay their module's own and unquoted (test/unit/build.test.ts checks both).
// So are the yaml lexer's and parser's own state fields and methods (YAML_INTERNALS, ~2.4 KB),
// which Sourcelight never reads: it takes only the tokens the parser hands out.
const YAML_INTERNALS = ['sourceToken', 'pushCount', 'pushSpaces', 'indentNext', 'indentValue', 'onKeyLine', 'atNewLine', 'flowKey', 'flowLevel', 'blockScalarIndent', 'blockScalarKeep', 'explicitKey', 'lineEndPos', 'atScalar', 'onNewLine', 'parseLineStart', 'setNext', 'pushToIndex', 'startBlockValue', 'parseQuotedScalar', 'pushNewline', 'parsePlainScalar', 'continueScalar', 'atIndentedComment', 'parseBlockScalar', 'pushUntil', 'buffer', 'hasChars', 'getLine', 'atLineEnd', 'pushTag', 'parseNext', 'parseStream', 'parseDocument', 'parseBlockStart', 'pushIndicators', 'parseBlockScalarHeader', 'parseFlowCollection', 'blockSequence', 'documentEnd', 'lineEnd', 'atEnd', 'flowScalar', 'flowCollection', 'blockScalar', 'blockMap', 'lexer'];
// And fields the engine's modules hand each other but never show outside the engine (not in
// src/engine/types.ts, nor read by the extension or the command line): paragraph results and
// assembly marks, the incremental analyzer's edit, mentions' family-name order.
const ENGINE_INTERNALS = ['contentInNextParagraph', 'opensWithQuote', 'farContinuation', 'attributionMarks', 'mentionMarks', 'oldSuffixStart', 'oldRunEnd', 'familyNameFirst', 'lower', 'upper', 'openToken', 'closeToken', 'gender', 'carryOut', 'carryIns', 'innerStart', 'innerEnd', 'nextParagraph', 'gerund', 'strong', 'speechParticiple', 'cueWords', 'honorific', 'ambiguousNoun', 'parentIndent', 'startOnNewline', 'indicator', 'continued', 'closeInterval', 'stringList', 'changedAttributions', 'aliasExpansion', 'attributionSourceIds', 'coreference', 'flags', 'notReportingLeft', 'capitalisedLater', 'farContinuations', 'display', 'unclosed', 'endToken', 'mayRepeat', 'openAtEnd', 'renumbered', 'candidate', 'relative', 'firstPerson', 'possessive', 'frame', 'annotationByClaim'];
// And fields of the extension's own objects (its checks' context, the sidecar store, the source
// audit, the editor features' watchers) that neither its API (src/extension/api.ts), the engine
// nor the tests read.
const EXTENSION_INTERNALS = ['activeArticle', 'annotationsChanged', 'unattributedClaims', 'attributionCount', 'windowStart', 'updateClaim', 'configFileFor', 'onDidChangeInputs', 'onDidUpdate', 'drawVisibleEditors', 'watchDecorations', 'watchAnalyses', 'watchEditors'];
const MANGLED_PROPS = new RegExp(
  /^(?:cue|source|content|subject)(?:First|Last)$|^(?:contentLeft|extraPieces|quoteOf|custom)$|^(?:nameRank|mentionCount|lastHead|lastTitle|personNoun|changedIn|oneWord|recentAt|touched|innerSpace|entities|lastPos|pending|recent|lists|differ|outputs|snapshot|keptIds|entityRecords|entityAt|definite|release)$|^nameOffset$|^(?:atRoot|hasNewline|hasComment|newlineAfterProp|sizes)$/.source +
    `|^(?:${YAML_INTERNALS.join('|')})$|^(?:${ENGINE_INTERNALS.join('|')})$|^(?:${EXTENSION_INTERNALS.join('|')})$`,
);

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  // Non-ASCII characters (curly quotes and dashes in the lexicons) as themselves, not \uXXXX.
  charset: 'utf8',
  mangleProps: MANGLED_PROPS,
};

// yaml's ES module build (the one the browser bundles already use) instead of its CommonJS
// build, so the bundler can drop what Sourcelight never calls: Sourcelight uses only yaml's
// lexer and parser (src/engine/config/yamlTree.ts), ~89 KB less in each Node bundle.
const yamlEsm = { yaml: './node_modules/yaml/browser/index.js' };

// Some thirty modules of the extension import `vscode`, and each import of an external module
// becomes its own `__toESM(require("vscode"))` in the bundle. Resolving `vscode` to one module
// that requires the API once and exports, as plain bindings, the parts of it Sourcelight uses
// leaves a single require and lets `vscode.window.…` minify to a one-letter name: ~1.4 KB less
// than re-exporting the whole module. A part used but missing from the list would be undefined
// at run time, so the build fails instead (esbuild's `import-is-undefined` warning).
const VSCODE_API = [
  'CancellationTokenSource', 'CodeAction', 'CodeActionKind', 'ConfigurationTarget', 'DecorationRangeBehavior',
  'Diagnostic', 'DiagnosticRelatedInformation', 'DiagnosticSeverity', 'Disposable', 'DocumentSymbol',
  'EventEmitter', 'FileType', 'Hover', 'Location', 'MarkdownString', 'OverviewRulerLane', 'Position',
  'ProgressLocation', 'Range', 'Selection', 'StatusBarAlignment', 'SymbolKind', 'TextEditorRevealType',
  'ThemeColor', 'ThemeIcon', 'TreeItem', 'TreeItemCollapsibleState', 'Uri', 'ViewColumn', 'WorkspaceEdit',
  'commands', 'languages', 'window', 'workspace',
];
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({
      contents: `export const { ${VSCODE_API.join(', ')} } = require('vscode');`,
      loader: 'js',
    }));
    build.onEnd((result) => {
      const missing = result.warnings.filter((w) => w.id === 'import-is-undefined' && /vscode-once/.test(w.text));
      if (missing.length > 0) throw new Error(`esbuild.js: add to VSCODE_API: ${[...new Set(missing.map((w) => /"(\w+)"/.exec(w.text)?.[1]))].join(', ')}`);
    });
  },
};

// yaml's modules only define classes and functions, but its package.json does not say so, so
// the bundler keeps every module yaml's index imports (its Document model, schema and
// stringifier, ~33 KB Sourcelight never calls) for fear of what importing them might do.
// esbuild's documented `sideEffects: false` from a resolve callback tells it, for yaml's own
// modules only, that unused ones may be left out.
const yamlWithoutSideEffects = {
  name: 'yaml-without-side-effects',
  setup(build) {
    const fromYaml = /[\\/]node_modules[\\/]yaml[\\/]/;
    build.onResolve({ filter: /^(\.|yaml$)|[\\/]node_modules[\\/]yaml[\\/]/ }, async ({ path, importer, namespace, resolveDir, kind, pluginData }) => {
      if (pluginData === yamlWithoutSideEffects) return undefined;
      if (path !== 'yaml' && !fromYaml.test(path) && !fromYaml.test(importer)) return undefined;
      const resolved = await build.resolve(path, { importer, namespace, resolveDir, kind, pluginData: yamlWithoutSideEffects });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return fromYaml.test(resolved.path) ? { ...resolved, sideEffects: false } : undefined;
    });
  },
};

// VS Code reads `activate` and `deactivate` off `module.exports`. An entry that assigns them
// there itself spares the extension bundles esbuild's ESM-to-CommonJS export helpers (~0.6 KB);
// the banner keeps the whole bundle in strict mode, as the TypeScript it comes from expects.
const extensionEntry = (file) => ({
  stdin: {
    contents: `import { activate, deactivate } from './${file}';\nmodule.exports = { activate, deactivate };`,
    resolveDir: 'src/extension',
    sourcefile: `${file}.entry.js`,
    loader: 'js',
  },
  banner: { js: '"use strict";' },
});

const builds = [
  { ...common, ...extensionEntry('extension'), outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], alias: yamlEsm, plugins: [vscodeOnce, yamlWithoutSideEffects] },
  { ...common, ...extensionEntry('extension.web'), outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], plugins: [vscodeOnce, yamlWithoutSideEffects] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', alias: yamlEsm, plugins: [yamlWithoutSideEffects], banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', platform: 'node', format: 'cjs', alias: yamlEsm, plugins: [yamlWithoutSideEffects] },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.browser.js', platform: 'browser', format: 'esm', plugins: [yamlWithoutSideEffects] },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync('dist/cli.js', 0o755);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { VSCODE_API, MANGLED_PROPS, YAML_INTERNALS, ENGINE_INTERNALS, EXTENSION_INTERNALS, vscodeOnce, yamlWithoutSideEffects, builds };
