// The newsroom's `.sourcelight.yaml` as the editor sees it: found from the article's folder up
// to the workspace folder's root, read through `vscode.workspace.fs` (so virtual workspaces
// work), parsed by the engine (never throws; defaults for whatever is wrong), re-read when it
// changes, and its problems shown as diagnostics on the YAML file itself. Also the editor's
// own check settings (`sourcelight.checks.*`).
import * as vscode from 'vscode';
import { disposeAll } from '../disposables';
import { positionsIn } from '../ranges';
import { CONFIG_FILE_NAME, analyzeOptionsFromConfig, defaultConfig, parseConfig, type SourcelightConfig } from '../../engine/config/index';
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
function setting<T>(resource: vscode.Uri | undefined, name: string): T | undefined {
  return vscode.workspace.getConfiguration('sourcelight', resource).get<T>(name);
}

/** `sourcelight.checks.frequency` for a resource. */
export function checkFrequency(resource: vscode.Uri | undefined): CheckFrequency {
  const value = setting<string>(resource, 'checks.frequency');
  return (FREQUENCIES as readonly string[]).includes(value ?? '') ? (value as CheckFrequency) : 'onType';
}

/** `sourcelight.checks.severity`: only valid rule ids and levels count (others are ignored). */
export function severitySettings(resource: vscode.Uri | undefined): Partial<Record<RuleId, Severity>> {
  const value = setting<unknown>(resource, 'checks.severity');
  const out: Partial<Record<RuleId, Severity>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [rule, level] of Object.entries(value as Record<string, unknown>)) {
    if (isRuleId(rule) && isSeverity(level)) out[rule] = level;
  }
  return out;
}

/** `sourcelight.annotations.reviewer`: the name written as a claim's reviewer. */
export function reviewerName(resource: vscode.Uri | undefined): string | undefined {
  const value = setting<string>(resource, 'annotations.reviewer');
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function parentFolder(uri: vscode.Uri): vscode.Uri | undefined {
  const path = uri.path.replace(/\/+$/, '');
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  return uri.with({ path: slash === 0 ? '/' : path.slice(0, slash) });
}

function isInside(folder: vscode.Uri, uri: vscode.Uri): boolean {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return false;
  const root = folder.path.replace(/\/+$/, '');
  return uri.path === root || uri.path.startsWith(`${root}/`);
}

/** Converts engine YAML problems (offsets) to diagnostics on the YAML file. */
export function yamlProblemDiagnostics(
  text: string,
  problems: readonly { message: string; start: number; end: number; severity: 'error' | 'warning' }[],
): vscode.Diagnostic[] {
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
}

export class ConfigStore implements vscode.Disposable {
  /** Problems in `.sourcelight.yaml` files and sidecars (shared with the sidecar store). */
  readonly yamlDiagnostics = vscode.languages.createDiagnosticCollection('sourcelight-yaml');
  /** Config file URI (string) → its parsed content. */
  readonly #loaded = new Map<string, Promise<LoadedConfig>>();
  /** Folder URI (string) → the config file that applies there (or null). */
  readonly #lookups = new Map<string, Promise<vscode.Uri | null>>();
  /** The last config resolved per article, and per folder, for the synchronous `analyzeOptionsFor`. */
  readonly #byDocument = new Map<string, LoadedConfig>();
  readonly #byFolder = new Map<string, LoadedConfig>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly #disposables: vscode.Disposable[] = [];
  /** Fires when a `.sourcelight.yaml` or a check setting changed. */
  readonly onDidChange = this.#changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const invalidate = (uri: vscode.Uri, structural: boolean) => void this.#invalidate(uri, structural);
    this.#disposables.push(
      this.yamlDiagnostics,
      this.#changed,
      watcher,
      watcher.onDidCreate((uri) => invalidate(uri, true)),
      watcher.onDidDelete((uri) => {
        this.yamlDiagnostics.delete(uri);
        invalidate(uri, true);
      }),
      watcher.onDidChange((uri) => invalidate(uri, false)),
      // Saving through the editor (the watcher may lag, or be absent on a virtual file system).
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isConfigFile(document.uri)) invalidate(document.uri, !this.#loaded.has(document.uri.toString()));
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sourcelight.checks')) this.#changed.fire(undefined);
      }),
    );
  }

  /** The config that applies to `document` (read once, re-read after a change). */
  async configFor(document: vscode.TextDocument): Promise<LoadedConfig> {
    const uri = await this.#findConfigFile(document.uri);
    const loaded = uri ? await this.#load(uri) : { uri: undefined, config: defaultConfig() };
    this.#byDocument.set(document.uri.toString(), loaded);
    this.#byFolder.set(folderKey(document.uri), loaded);
    return loaded;
  }

  /**
   * The engine options for `document` (house cue verbs, the source registry), synchronously
   * from what was last loaded; starts loading and fires `onDidChange` when it first arrives.
   */
  analyzeOptionsFor(document: vscode.TextDocument): AnalyzeOptions {
    const known = this.#byDocument.get(document.uri.toString()) ?? this.#byFolder.get(folderKey(document.uri));
    if (known) {
      this.#byDocument.set(document.uri.toString(), known);
      return analyzeOptionsFromConfig(known.config);
    }
    // First article of its folder: analysed with the defaults now, again once the house
    // file is read (only if it says something the analysis uses).
    void this.configFor(document).then((loaded) => {
      if (loaded.uri && (loaded.config.registry.length > 0 || loaded.config.cueVerbs.length > 0)) this.#changed.fire(loaded.uri);
    });
    return {};
  }

  /** The registry that applied at the last check of `document` (synchronous, for hover cards). */
  registryFor(document: vscode.TextDocument): readonly RegistrySource[] {
    return this.#byDocument.get(document.uri.toString())?.config.registry ?? [];
  }

  /** Where `.sourcelight.yaml` for `uri` is, or would be created: the nearest existing one,
   *  else the root of the workspace folder holding `uri` (or the first folder). */
  async configFileFor(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const found = await this.#findConfigFile(uri);
    if (found) return found;
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME) : undefined;
  }

  /** Reloads a config file now (after Sourcelight itself wrote it). */
  reload(uri: vscode.Uri): Promise<void> {
    return this.#invalidate(uri, true);
  }

  /** Forgets what was read, reads it again for every open article, then says so once. */
  async #invalidate(uri: vscode.Uri, structural: boolean): Promise<void> {
    this.#loaded.delete(uri.toString());
    if (structural) this.#lookups.clear();
    const open = vscode.workspace.textDocuments.filter((d) => this.#byDocument.has(d.uri.toString()));
    this.#byDocument.clear();
    this.#byFolder.clear();
    try {
      await Promise.all([this.#load(uri), ...open.map((d) => this.configFor(d))]);
    } finally {
      this.#changed.fire(uri);
    }
  }

  #findConfigFile(uri: vscode.Uri): Promise<vscode.Uri | null> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) return Promise.resolve(null);
    const start = isInside(folder.uri, uri) ? parentFolder(uri) : folder.uri;
    if (!start) return Promise.resolve(null);
    const key = start.toString();
    let lookup = this.#lookups.get(key);
    if (!lookup) {
      lookup = this.#search(start, folder.uri);
      this.#lookups.set(key, lookup);
    }
    return lookup;
  }

  async #search(start: vscode.Uri, root: vscode.Uri): Promise<vscode.Uri | null> {
    let folder: vscode.Uri | undefined = start;
    while (folder && isInside(root, folder)) {
      const candidate = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
      try {
        const stat = await vscode.workspace.fs.stat(candidate);
        if (stat.type & vscode.FileType.File) return candidate;
      } catch {
        // not here: look one folder up
      }
      if (folder.path.replace(/\/+$/, '') === root.path.replace(/\/+$/, '')) break;
      folder = parentFolder(folder);
    }
    return null;
  }

  #load(uri: vscode.Uri): Promise<LoadedConfig> {
    const key = uri.toString();
    let loading = this.#loaded.get(key);
    if (!loading) {
      loading = (async () => {
        let text: string | undefined;
        try {
          text = await readWorkspaceText(uri);
        } catch (error) {
          if (!(error instanceof FileTooLargeError)) throw error;
          this.yamlDiagnostics.set(uri, yamlProblemDiagnostics('', [{ message: error.message, start: 0, end: 0, severity: 'error' }]));
          return { uri, config: defaultConfig() };
        }
        if (text === undefined) {
          this.yamlDiagnostics.delete(uri);
          return { uri: undefined, config: defaultConfig() };
        }
        const parsed = parseConfig(text);
        this.yamlDiagnostics.set(uri, yamlProblemDiagnostics(text, parsed.errors));
        return { uri, config: parsed.config };
      })();
      this.#loaded.set(key, loading);
    }
    return loading;
  }

  dispose(): void {
    disposeAll(this.#disposables);
  }
}

/** Articles in one folder share their `.sourcelight.yaml`. */
function folderKey(uri: vscode.Uri): string {
  return (parentFolder(uri) ?? uri).toString();
}

export function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}
