// What every claim-check command and provider shares: the stores, the diagnostics, and how to
// find the article a command is about.
import type * as vscode from 'vscode';
import type { Analysis } from '../../engine/types';
import type { ClaimDiagnosticsComputer, AnalysisProvider } from './computeDiagnostics';
import type { ConfigStore } from './configStore';
import type { ClaimDiagnosticsManager } from './diagnostics';
import type { SidecarStore } from './sidecarStore';

export interface ChecksAnalysisProvider extends AnalysisProvider {
  onDidAnalyze: vscode.Event<{ document: vscode.TextDocument; analysis: Analysis }>;
}

export interface ChecksContext {
  analyses: ChecksAnalysisProvider;
  diagnostics: ClaimDiagnosticsManager;
  computer: ClaimDiagnosticsComputer;
  config: ConfigStore;
  sidecars: SidecarStore;
  /** The article in the active editor (or the last one active, when focus is in a view). */
  activeArticle(): vscode.TextDocument | undefined;
  isArticle(document: vscode.TextDocument): boolean;
  /** A glob for the article files of the workspace (from `sourcelight.languages`). */
  articleGlob(): string;
  /** Annotations changed (a claim was marked): views showing verification refresh. */
  annotationsChanged(article: vscode.Uri): void;
  log(message: string): void;
}

/** File extensions of the languages Sourcelight analyses, for workspace-wide checks. */
const LANGUAGE_EXTENSIONS: Record<string, string[]> = {
  'news-article': ['article'],
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
};

export const articleGlobFor = (languages: readonly string[]): string => {
  const extensions = new Set<string>();
  for (const language of languages) for (const extension of LANGUAGE_EXTENSIONS[language] ?? []) extensions.add(extension);
  if (extensions.size === 0) extensions.add('article');
  const list = [...extensions];
  return list.length === 1 ? `**/*.${list[0]}` : `**/*.{${list.join(',')}}`;
};
