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
import { problemAt } from '../../engine/config/index';
import type { Analysis } from '../../engine/types';
import { CLAIM_GONE } from './claimTarget';
import { folderPath, yamlProblemDiagnostics } from './configStore';
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

export const sidecarUriFor = (articleUri: vscode.Uri): vscode.Uri => articleUri.with({ path: sidecarPathFor(articleUri.path) });

export const isSidecarUri = (uri: vscode.Uri): boolean => uri.path.endsWith('.sources.yaml');

export interface SidecarStore extends vscode.Disposable {
  /** Fires when a sidecar changed (on disk, in an open buffer, or written by Sourcelight). */
  readonly onDidChange: vscode.Event<vscode.Uri>;
  /** The article's sidecar as it stands now (an open buffer wins over the disk). */
  read(article: vscode.Uri): Promise<LoadedSidecar>;
  /** The sidecar as last read for `article` (undefined before the first read). */
  peek(article: vscode.Uri): LoadedSidecar | undefined;
  /** Anchors the sidecar's annotations to the analysis and shows the sidecar's problems
   *  (malformed YAML, wrong types, orphaned annotations) on the sidecar file. */
  anchor(sidecar: LoadedSidecar, text: string, analysis: Analysis): AnchoredAnnotation[];
  /**
   * Reads the evidence files the annotations point to (paths relative to the sidecar's folder,
   * inside the workspace only), for `quote-mismatch`. URLs are not fetched.
   */
  readEvidence(sidecar: LoadedSidecar): Promise<Map<string, string>>;
  /** Creates or updates the annotation of `claimId` (a claim of `analysis`, computed from `text`). */
  updateClaim(article: vscode.Uri, text: string, analysis: Analysis, claimId: string, patch: ClaimAnnotationPatch): Promise<YamlWriteResult>;
  /** Records in the sidecar that `rule`'s findings on this claim are to be ignored. */
  ignoreFinding(article: vscode.Uri, text: string, analysis: Analysis, claimId: string, rule: RuleId): Promise<YamlWriteResult>;
}

type DiskTexts = Map<string, { mtime: number; size: number; text: string }>;

/** A file's text, read again only when its modification time or size changed since `cache`
 *  last kept it (so a check never depends on when the file watcher reports a change). */
const readIfChanged = async (cache: DiskTexts, uri: vscode.Uri, stat: vscode.FileStat, maxBytes?: number): Promise<string | undefined> => {
  const key = uri.toString();
  const cached = cache.get(key);
  if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached.text;
  const text = await readDiskText(uri, maxBytes);
  if (text === undefined) cache.delete(key);
  else cache.set(key, { mtime: stat.mtime, size: stat.size, text });
  return text;
};

export const createSidecarStore = (yamlDiagnostics: vscode.DiagnosticCollection): SidecarStore => {
  /** Disk texts of sidecars that are not open, until they change. */
  const diskCache: DiskTexts = new Map();
  /** The last sidecar read per article, for synchronous readers (hover cards, the claim tree). */
  const lastRead = new Map<string, LoadedSidecar>();
  /** Evidence files as last read, with the stat they were read at. */
  const evidenceCache: DiskTexts = new Map();
  const changed = new vscode.EventEmitter<vscode.Uri>();

  const read = async (article: vscode.Uri): Promise<LoadedSidecar> => {
    const uri = sidecarUriFor(article);
    const open = openDocument(uri);
    let text: string | undefined;
    if (open) text = open.getText();
    else {
      try {
        let stat: vscode.FileStat | undefined;
        try {
          stat = await vscode.workspace.fs.stat(uri);
        } catch {
          diskCache.delete(uri.toString());
        }
        text = stat && (await readIfChanged(diskCache, uri, stat));
      } catch (error) {
        if (!(error instanceof FileTooLargeError)) throw error;
        const refused: LoadedSidecar = { uri, text: '', parsed: { sidecar: { annotations: [] }, errors: [problemAt(error.message, 0, 0)], ranges: [] } };
        lastRead.set(article.toString(), refused);
        return refused;
      }
    }
    const previous = lastRead.get(article.toString());
    const loaded = previous && previous.text === text ? previous : { uri, text, parsed: text === undefined ? undefined : parseSidecar(text) };
    lastRead.set(article.toString(), loaded);
    return loaded;
  };

  /** A sidecar changed: read it again for the articles that use it, then say so. */
  const reread = async (uri: vscode.Uri): Promise<void> => {
    const key = uri.toString();
    const articles = [...lastRead.entries()].filter(([, loaded]) => loaded.uri.toString() === key).map(([article]) => vscode.Uri.parse(article));
    try {
      await Promise.all(articles.map(read));
    } finally {
      changed.fire(uri);
    }
  };

  const writeClaim = async (
    article: vscode.Uri,
    text: string,
    analysis: Analysis,
    claimId: string,
    edit: (yaml: string, anchor: ClaimAnchor) => { text: string } | { error: string },
  ): Promise<YamlWriteResult> => {
    const anchor = claimAnchor(text, analysis, claimId);
    const uri = sidecarUriFor(article);
    if (article.scheme === 'untitled') return { ok: false, uri, error: UNTITLED };
    if (!anchor) return { ok: false, uri, error: CLAIM_GONE };
    const result = await writeYamlFile(uri, (yaml) => edit(yaml, anchor));
    diskCache.delete(uri.toString());
    if (result.ok && result.changed) changed.fire(uri);
    return result;
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.sources.yaml');
  const onDisk = (uri: vscode.Uri) => {
    diskCache.delete(uri.toString());
    void reread(uri);
  };
  const disposables: vscode.Disposable[] = [
    changed,
    watcher,
    watcher.onDidCreate(onDisk),
    watcher.onDidChange(onDisk),
    watcher.onDidDelete((uri) => {
      yamlDiagnostics.delete(uri);
      onDisk(uri);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && isSidecarUri(event.document.uri)) void reread(event.document.uri);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (isSidecarUri(document.uri)) onDisk(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (isSidecarUri(document.uri)) diskCache.delete(document.uri.toString());
    }),
  ];

  return {
    onDidChange: changed.event,
    read,
    peek: (article) => lastRead.get(article.toString()),
    anchor: (sidecar, text, analysis) => {
      if (!sidecar.parsed || sidecar.text === undefined) {
        yamlDiagnostics.delete(sidecar.uri);
        return [];
      }
      const anchors = anchorAnnotations(text, analysis, sidecar.parsed.sidecar);
      const problems = [...sidecar.parsed.errors, ...orphanProblems(anchors, sidecar.parsed.ranges)];
      yamlDiagnostics.set(sidecar.uri, yamlProblemDiagnostics(sidecar.text, problems));
      return anchors;
    },
    readEvidence: async (sidecar) => {
      const texts = new Map<string, string>();
      const folder = vscode.Uri.joinPath(sidecar.uri, '..');
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(sidecar.uri);
      for (const annotation of sidecar.parsed?.sidecar.annotations ?? []) {
        const path = annotation.evidence?.trim();
        if (!path || isEvidenceUrl(path) || texts.has(path) || path.startsWith('/')) continue;
        const uri = vscode.Uri.joinPath(folder, path);
        if (workspaceFolder && !uri.path.startsWith(`${folderPath(workspaceFolder.uri)}/`)) continue;
        try {
          let text = openDocument(uri)?.getText();
          if (text === undefined) {
            const stat = await vscode.workspace.fs.stat(uri);
            // Checks run as the reporter types: read a transcript again only when it changed.
            if (stat.size <= MAX_EVIDENCE_BYTES) text = await readIfChanged(evidenceCache, uri, stat, MAX_EVIDENCE_BYTES);
          }
          if (text !== undefined) texts.set(path, text);
        } catch {
          // a missing evidence file: quote-mismatch stays silent about it
        }
      }
      return texts;
    },
    updateClaim: (article, text, analysis, claimId, patch) =>
      writeClaim(article, text, analysis, claimId, (yaml, anchor) => updateClaimAnnotation(yaml, anchor, patch)),
    ignoreFinding: (article, text, analysis, claimId, rule) =>
      writeClaim(article, text, analysis, claimId, (yaml, anchor) => ignoreFindingForClaim(yaml, anchor, rule)),
    dispose: () => disposeAll(disposables),
  };
};
