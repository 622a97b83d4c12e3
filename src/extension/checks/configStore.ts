// The newsroom's `.sourcelight.yaml` as the editor sees it: found from the article's folder up
// to the workspace folder's root, read through `vscode.workspace.fs` (so virtual workspaces
// work), parsed by the engine (never throws; defaults for whatever is wrong), re-read when it
// changes, and its problems shown as diagnostics on the YAML file itself. Also the editor's
// own check settings (`sourcelight.checks.*`).
import * as vscode from 'vscode';
import { disposeAll } from '../disposables';
import { positionsIn } from '../ranges';
import { CONFIG_FILE_NAME, analyzeOptionsFromConfig, defaultConfig, parseConfig, problemAt, type SourcelightConfig } from '../../engine/config/index';
import { isRuleId, isSeverity, type RuleId, type Severity } from '../../engine/checks/types';
import type { AnalyzeOptions, RegistrySource } from '../../engine/types';
import type { CheckFrequency } from './diagnostics';
import { FileTooLargeError, readWorkspaceText } from './yamlFileWriter';

export interface LoadedConfig {
  /** The file it came from, or undefined when there is none (defaults). */
  uri: vscode.Uri | undefined;
  config: SourcelightConfig;
}

const FREQUENCIES: readonly CheckFrequency[] = ['onType', 'onSave', 'manual'];

/** A `sourcelight.*` setting as it applies to `resource`. */
const setting = <T>(resource: vscode.Uri | undefined, name: string): T | undefined => vscode.workspace.getConfiguration('sourcelight', resource).get<T>(name);

/** `sourcelight.checks.frequency` for a resource. */
export const checkFrequency = (resource: vscode.Uri | undefined): CheckFrequency => {
  const value = setting<string>(resource, 'checks.frequency');
  return (FREQUENCIES as readonly string[]).includes(value ?? '') ? (value as CheckFrequency) : 'onType';
};

/** `sourcelight.checks.severity`: only valid rule ids and levels count (others are ignored). */
export const severitySettings = (resource: vscode.Uri | undefined): Partial<Record<RuleId, Severity>> => {
  const value = setting<unknown>(resource, 'checks.severity');
  const out: Partial<Record<RuleId, Severity>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
    if (isRuleId(rule) && isSeverity(level)) out[rule] = level;
  }
  return out;
};

/** `sourcelight.annotations.reviewer`: the name written as a claim's reviewer. */
export const reviewerName = (resource: vscode.Uri | undefined): string | undefined => {
  const value = setting<string>(resource, 'annotations.reviewer');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

/** A URI path without trailing slashes. */
export const folderPath = (uri: vscode.Uri): string => uri.path.replace(/\/+$/, '');

const parentFolder = (uri: vscode.Uri): vscode.Uri | undefined => {
  const path = folderPath(uri);
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: slash === 0 ? '/' : path.slice(0, slash) });
};

const isInside = (folder: vscode.Uri, uri: vscode.Uri): boolean => {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return false;
  const root = folderPath(folder);
  return uri.path === root || uri.path.startsWith(`${root}/`);
};

/** Converts engine YAML problems (offsets) to diagnostics on the YAML file. */
export const yamlProblemDiagnostics = (text: string, problems: readonly { message: string; start: number; end: number; severity: 'error' | 'warning' }[]): vscode.Diagnostic[] => {
  const position = positionsIn(text);
  return problems.map((problem) => {
    const start = position(problem.start);
    let end = position(Math.max(problem.start, problem.end));
    if (end.isEqual(start)) end = start.translate(0, 1);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(start, end),
      problem.message,
      problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'Sourcelight';
    return diagnostic;
  });
};

export interface ConfigStore extends vscode.Disposable {
  /** Problems in `.sourcelight.yaml` files and sidecars (shared with the sidecar store). */
  readonly yamlDiagnostics: vscode.DiagnosticCollection;
  /** Fires when a `.sourcelight.yaml` or a check setting changed. */
  readonly onDidChange: vscode.Event<vscode.Uri | undefined>;
  /** The config that applies to `document` (read once, re-read after a change). */
  configFor(document: vscode.TextDocument): Promise<LoadedConfig>;
  /**
   * The engine options for `document` (house cue verbs, the source registry), synchronously
   * from what was last loaded; starts loading and fires `onDidChange` when it first arrives.
   */
  analyzeOptionsFor(document: vscode.TextDocument): AnalyzeOptions;
  /** The registry that applied at the last check of `document` (synchronous, for hover cards). */
  registryFor(document: vscode.TextDocument): readonly RegistrySource[];
  /** Where `.sourcelight.yaml` for `uri` is, or would be created: the nearest existing one,
   *  else the root of the workspace folder holding `uri` (or the first folder). */
  configFileFor(uri: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Reloads a config file now (after Sourcelight itself wrote it). */
  reload(uri: vscode.Uri): Promise<void>;
}

/** The promise kept under `key`, made by `make` the first time. */
const memo = <T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
  let promise = map.get(key);
  if (!promise) map.set(key, (promise = make()));
  return promise;
};

export const createConfigStore = (): ConfigStore => {
  const yamlDiagnostics = vscode.languages.createDiagnosticCollection('sourcelight-yaml');
  /** Config file URI (string) → its parsed content. */
  const loaded = new Map<string, Promise<LoadedConfig>>();
  /** Folder URI (string) → the config file that applies there (or null). */
  const lookups = new Map<string, Promise<vscode.Uri | null>>();
  /** The last config resolved per article, and per folder, for the synchronous `analyzeOptionsFor`. */
  const byDocument = new Map<string, LoadedConfig>();
  const byFolder = new Map<string, LoadedConfig>();
  const changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  const defaults = (uri?: vscode.Uri): LoadedConfig => ({ uri, config: defaultConfig() });

  const configFor = async (document: vscode.TextDocument): Promise<LoadedConfig> => {
    const uri = await findConfigFile(document.uri);
    const config = uri ? await load(uri) : defaults();
    byDocument.set(document.uri.toString(), config);
    byFolder.set(folderKey(document.uri), config);
    return config;
  };

  /** Forgets what was read, reads it again for every open article, then says so once. */
  const invalidate = async (uri: vscode.Uri, structural: boolean): Promise<void> => {
    loaded.delete(uri.toString());
    if (structural) lookups.clear();
    const open = vscode.workspace.textDocuments.filter((d) => byDocument.has(d.uri.toString()));
    byDocument.clear();
    byFolder.clear();
    try {
      await Promise.all([load(uri), ...open.map(configFor)]);
    } finally {
      changed.fire(uri);
    }
  };

  const findConfigFile = (uri: vscode.Uri): Promise<vscode.Uri | null> => {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const start = folder && (isInside(folder.uri, uri) ? parentFolder(uri) : folder.uri);
    if (!folder || !start) return Promise.resolve(null);
    const root = folder.uri;
    return memo(lookups, start.toString(), async () => {
      let dir: vscode.Uri | undefined = start;
      while (dir && isInside(root, dir)) {
        const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
        try {
          const stat = await vscode.workspace.fs.stat(candidate);
          if (stat.type & vscode.FileType.File) return candidate;
        } catch {
          // not here: look one folder up
        }
        if (folderPath(dir) === folderPath(root)) break;
        dir = parentFolder(dir);
      }
      return null;
    });
  };

  const load = (uri: vscode.Uri): Promise<LoadedConfig> =>
    memo(loaded, uri.toString(), async () => {
      let text: string | undefined;
      try {
        text = await readWorkspaceText(uri);
      } catch (error) {
        if (!(error instanceof FileTooLargeError)) throw error;
        yamlDiagnostics.set(uri, yamlProblemDiagnostics('', [problemAt(error.message, 0, 0)]));
        return defaults(uri);
      }
      if (text === undefined) {
        yamlDiagnostics.delete(uri);
        return defaults();
      }
      const parsed = parseConfig(text);
      yamlDiagnostics.set(uri, yamlProblemDiagnostics(text, parsed.errors));
      return { uri, config: parsed.config };
    });

  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  const changedOnDisk = (uri: vscode.Uri, structural: boolean) => void invalidate(uri, structural);
  const disposables: vscode.Disposable[] = [
    yamlDiagnostics,
    changed,
    watcher,
    watcher.onDidCreate((uri) => changedOnDisk(uri, true)),
    watcher.onDidDelete((uri) => {
      yamlDiagnostics.delete(uri);
      changedOnDisk(uri, true);
    }),
    watcher.onDidChange((uri) => changedOnDisk(uri, false)),
    // Saving through the editor (the watcher may lag, or be absent on a virtual file system).
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isConfigFile(document.uri)) changedOnDisk(document.uri, !loaded.has(document.uri.toString()));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('sourcelight.checks')) changed.fire(undefined);
    }),
  ];

  return {
    yamlDiagnostics,
    onDidChange: changed.event,
    configFor,
    analyzeOptionsFor: (document) => {
      const known = byDocument.get(document.uri.toString()) ?? byFolder.get(folderKey(document.uri));
      if (known) {
        byDocument.set(document.uri.toString(), known);
        return analyzeOptionsFromConfig(known.config);
      }
      // First article of its folder: analysed with the defaults now, again once the house
      // file is read (only if it says something the analysis uses).
      void configFor(document).then((config) => {
        if (config.uri && (config.config.registry.length > 0 || config.config.cueVerbs.length > 0)) changed.fire(config.uri);
      });
      return {};
    },
    registryFor: (document) => byDocument.get(document.uri.toString())?.config.registry ?? [],
    configFileFor: async (uri) => {
      const found = await findConfigFile(uri);
      if (found) return found;
      const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
    },
    reload: (uri) => invalidate(uri, true),
    dispose: () => disposeAll(disposables),
  };
};

/** Articles in one folder share their `.sourcelight.yaml`. */
const folderKey = (uri: vscode.Uri): string => (parentFolder(uri) ?? uri).toString();

export const isConfigFile = (uri: vscode.Uri): boolean => uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
