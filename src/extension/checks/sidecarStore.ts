// Per-article sidecars (`ARTICLE.sources.yaml`): read through the workspace file system (or
// the open buffer, which is what the user sees), their problems and orphaned annotations shown
// on the sidecar, and every change written through the engine's comment-keeping functions and
// a WorkspaceEdit (see yamlFileWriter.ts: never clobbers, never rewrites a malformed file).
import * as vscode from 'vscode';
import { disposeAll } from '../disposables';
import {
  anchorAnnotations,
  claimAnchor,
  ignoreFindingForClaim,
  isEvidenceUrl,
  orphanProblems,
  parseSidecar,
  sidecarPathFor,
  updateClaimAnnotation,
  type AnchoredAnnotation,
  type ClaimAnchor,
  type ClaimAnnotationPatch,
  type ParsedSidecar,
} from '../../engine/annotations/index';
import type { RuleId } from '../../engine/checks/types';
import type { Analysis } from '../../engine/types';
import { CLAIM_GONE } from './claimTarget';
import { yamlProblemDiagnostics } from './configStore';
import { openDocument } from '../openDocuments';
import { FileTooLargeError, readDiskText, writeYamlFile, type YamlWriteResult } from './yamlFileWriter';

export interface LoadedSidecar {
  uri: vscode.Uri;
  /** The YAML text, or undefined when the article has no sidecar yet. */
  text: string | undefined;
  parsed: ParsedSidecar | undefined;
}

/** Evidence files larger than this are not read (a transcript is a few hundred kilobytes). */
const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

const UNTITLED = 'Save the article first: its annotations are kept in a file beside it (ARTICLE.sources.yaml).';

export function sidecarUriFor(articleUri: vscode.Uri): vscode.Uri {
  return articleUri.with({ path: sidecarPathFor(articleUri.path) });
}

export function isSidecarUri(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.sources.yaml');
}

export class SidecarStore implements vscode.Disposable {
  /** Disk texts of sidecars that are not open, until they change. */
  readonly #diskCache = new Map<string, { mtime: number; size: number; text: string }>();
  /** The last sidecar read per article, for synchronous readers (hover cards, the claim tree). */
  readonly #lastRead = new Map<string, LoadedSidecar>();
  /** Evidence files as last read, with the stat they were read at. */
  readonly #evidenceCache = new Map<string, { mtime: number; size: number; text: string }>();
  readonly #changed = new vscode.EventEmitter<vscode.Uri>();
  readonly #disposables: vscode.Disposable[] = [];
  /** Fires when a sidecar changed (on disk, in an open buffer, or written by Sourcelight). */
  readonly onDidChange = this.#changed.event;

  readonly #yamlDiagnostics: vscode.DiagnosticCollection;

  constructor(yamlDiagnostics: vscode.DiagnosticCollection) {
    this.#yamlDiagnostics = yamlDiagnostics;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.sources.yaml');
    const onDisk = (uri: vscode.Uri) => {
      this.#diskCache.delete(uri.toString());
      void this.#reread(uri);
    };
    this.#disposables.push(
      this.#changed,
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete((uri) => {
        this.#yamlDiagnostics.delete(uri);
        onDisk(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isSidecarUri(event.document.uri)) void this.#reread(event.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isSidecarUri(document.uri)) onDisk(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isSidecarUri(document.uri)) this.#diskCache.delete(document.uri.toString());
      }),
    );
  }

  /** The article's sidecar as it stands now (an open buffer wins over the disk). */
  async read(article: vscode.Uri): Promise<LoadedSidecar> {
    const uri = sidecarUriFor(article);
    const open = openDocument(uri);
    let text: string | undefined;
    if (open) text = open.getText();
    else {
      try {
        text = await this.#readFromDisk(uri);
      } catch (error) {
        if (!(error instanceof FileTooLargeError)) throw error;
        const refused: LoadedSidecar = { uri, text: '', parsed: { sidecar: { annotations: [] }, errors: [{ message: error.message, start: 0, end: 0, severity: 'error' }], ranges: [] } };
        this.#lastRead.set(article.toString(), refused);
        return refused;
      }
    }
    const previous = this.#lastRead.get(article.toString());
    const loaded = previous && previous.text === text ? previous : { uri, text, parsed: text === undefined ? undefined : parseSidecar(text) };
    this.#lastRead.set(article.toString(), loaded);
    return loaded;
  }

  /** The sidecar file's text; re-read only when its modification time or size changed (so a
   *  check never depends on when the file watcher reports a change). */
  async #readFromDisk(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.#diskCache.delete(key);
      return undefined;
    }
    const cached = this.#diskCache.get(key);
    if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached.text;
    const text = await readDiskText(uri);
    if (text === undefined) this.#diskCache.delete(key);
    else this.#diskCache.set(key, { mtime: stat.mtime, size: stat.size, text });
    return text;
  }

  /** A sidecar changed: read it again for the articles that use it, then say so. */
  async #reread(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const articles = [...this.#lastRead.entries()].filter(([, loaded]) => loaded.uri.toString() === key).map(([article]) => vscode.Uri.parse(article));
    try {
      await Promise.all(articles.map((article) => this.read(article)));
    } finally {
      this.#changed.fire(uri);
    }
  }

  /** The sidecar as last read for `article` (undefined before the first read). */
  peek(article: vscode.Uri): LoadedSidecar | undefined {
    return this.#lastRead.get(article.toString());
  }

  /** Anchors the sidecar's annotations to the analysis and shows the sidecar's problems
   *  (malformed YAML, wrong types, orphaned annotations) on the sidecar file. */
  anchor(sidecar: LoadedSidecar, text: string, analysis: Analysis): AnchoredAnnotation[] {
    if (!sidecar.parsed || sidecar.text === undefined) {
      this.#yamlDiagnostics.delete(sidecar.uri);
      return [];
    }
    const anchors = anchorAnnotations(text, analysis, sidecar.parsed.sidecar);
    const problems = [...sidecar.parsed.errors, ...orphanProblems(anchors, sidecar.parsed.ranges)];
    this.#yamlDiagnostics.set(sidecar.uri, yamlProblemDiagnostics(sidecar.text, problems));
    return anchors;
  }

  /**
   * Reads the evidence files the annotations point to (paths relative to the sidecar's folder,
   * inside the workspace only), for `quote-mismatch`. URLs are not fetched.
   */
  async readEvidence(sidecar: LoadedSidecar): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const folder = vscode.Uri.joinPath(sidecar.uri, '..');
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(sidecar.uri);
    for (const annotation of sidecar.parsed?.sidecar.annotations ?? []) {
      const path = annotation.evidence?.trim();
      if (!path || isEvidenceUrl(path) || texts.has(path) || path.startsWith('/')) continue;
      const uri = vscode.Uri.joinPath(folder, path);
      if (workspaceFolder && !uri.path.startsWith(`${workspaceFolder.uri.path.replace(/\/+$/, '')}/`)) continue;
      try {
        const open = openDocument(uri);
        if (open) {
          texts.set(path, open.getText());
          continue;
        }
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_EVIDENCE_BYTES) continue;
        // Checks run as the reporter types: read a transcript again only when it changed.
        const cached = this.#evidenceCache.get(uri.toString());
        if (cached && cached.mtime === stat.mtime && cached.size === stat.size) {
          texts.set(path, cached.text);
          continue;
        }
        const text = await readDiskText(uri, MAX_EVIDENCE_BYTES);
        if (text === undefined) continue;
        this.#evidenceCache.set(uri.toString(), { mtime: stat.mtime, size: stat.size, text });
        texts.set(path, text);
      } catch {
        // a missing evidence file: quote-mismatch stays silent about it
      }
    }
    return texts;
  }

  /** Creates or updates the annotation of `claimId` (a claim of `analysis`, computed from `text`). */
  updateClaim(article: vscode.Uri, text: string, analysis: Analysis, claimId: string, patch: ClaimAnnotationPatch): Promise<YamlWriteResult> {
    return this.#writeClaim(article, text, analysis, claimId, (yaml, anchor) => updateClaimAnnotation(yaml, anchor, patch));
  }

  /** Records in the sidecar that `rule`'s findings on this claim are to be ignored. */
  ignoreFinding(article: vscode.Uri, text: string, analysis: Analysis, claimId: string, rule: RuleId): Promise<YamlWriteResult> {
    return this.#writeClaim(article, text, analysis, claimId, (yaml, anchor) => ignoreFindingForClaim(yaml, anchor, rule));
  }

  #writeClaim(
    article: vscode.Uri,
    text: string,
    analysis: Analysis,
    claimId: string,
    edit: (yaml: string, anchor: ClaimAnchor) => { text: string } | { error: string },
  ): Promise<YamlWriteResult> {
    const anchor = claimAnchor(text, analysis, claimId);
    const uri = sidecarUriFor(article);
    if (article.scheme === 'untitled') return Promise.resolve({ ok: false, uri, error: UNTITLED });
    if (!anchor) return Promise.resolve({ ok: false, uri, error: CLAIM_GONE });
    return this.#write(uri, (yaml) => edit(yaml, anchor));
  }

  async #write(uri: vscode.Uri, transform: (yaml: string) => { text: string } | { error: string }): Promise<YamlWriteResult> {
    const result = await writeYamlFile(uri, transform);
    this.#diskCache.delete(uri.toString());
    if (result.ok && result.changed) this.#changed.fire(uri);
    return result;
  }

  dispose(): void {
    disposeAll(this.#disposables);
  }
}
