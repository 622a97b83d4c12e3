// Sourcelight: Add Source to Registry — writes the source under the cursor (or one picked, or
// the one a quick fix names) into the newsroom's `.sourcelight.yaml`, keeping its comments.
import * as vscode from 'vscode';
import { flash, reportError, warn } from '../../notify';
import { cursorOffset, documentFor, fileName } from '../../openDocuments';
import { titleAndAffiliation } from '../../model/claimOutline';
import { addSourceToRegistry } from '../../../engine/config/index';
import type { Source } from '../../../engine/types';
import type { ChecksContext } from '../checksContext';
import { ARTICLE_CHANGED } from '../claimTarget';
import { registryEntryFor, sourceAt } from '../claimSelection';
import { writeYamlFile } from '../yamlFileWriter';

/** Arguments from a quick fix or a hover link. */
export interface SourceCommandArgs {
  uri: string;
  sourceId: string;
  version?: number;
}

const SOURCE_GONE = 'That source is no longer in the article.';

const resolveSource = async (context: ChecksContext, arg: unknown): Promise<{ document: vscode.TextDocument; source: Source } | string | undefined> => {
  const args = arg as Partial<SourceCommandArgs> | undefined;
  if (args && typeof args.uri === 'string' && typeof args.sourceId === 'string') {
    const uri = vscode.Uri.parse(args.uri);
    const document = await documentFor(uri);
    if (args.version !== undefined && args.version !== document.version) return ARTICLE_CHANGED;
    const source = context.analyses.get(document).analysis.sources.find((s) => s.id === args.sourceId);
    return source ? { document, source } : SOURCE_GONE;
  }
  const node = arg as { type?: unknown; uri?: unknown; group?: { source?: Source } } | undefined;
  if (node && node.type === 'source' && node.uri instanceof vscode.Uri && node.group?.source) {
    const document = await vscode.workspace.openTextDocument(node.uri);
    const name = node.group.source.name;
    const source = context.analyses.get(document).analysis.sources.find((s) => s.name === name);
    return source ? { document, source } : SOURCE_GONE;
  }
  const document = context.activeArticle();
  if (!document) return undefined;
  const { analysis } = context.analyses.get(document);
  const underCursor = sourceAt(analysis, cursorOffset(document));
  if (underCursor) return { document, source: underCursor };
  const candidates = analysis.sources.filter((s) => !s.fromRegistry && s.type !== 'anonymous');
  if (candidates.length === 0) return 'No unregistered named source in this article.';
  const picked = await vscode.window.showQuickPick(
    candidates.map((source) => ({ label: source.name, description: titleAndAffiliation(source), source })),
    { placeHolder: 'Which source should go into the registry?' },
  );
  return picked ? { document, source: picked.source } : undefined;
};

/** The command's handler (registered under `AddSourceToRegistry` by the checks). */
export const addSourceToRegistryCommand = (context: ChecksContext) => async (arg?: unknown) => {
  const resolved = await resolveSource(context, arg);
  if (typeof resolved === 'string') {
    warn(resolved);
    return { ok: false, error: resolved };
  }
  if (!resolved) return { ok: false, error: 'No source.' };
  const configUri = await context.config.configFileFor(resolved.document.uri);
  if (!configUri) {
    const error = 'Open a folder to keep a source registry (.sourcelight.yaml).';
    warn(error);
    return { ok: false, error };
  }
  const entry = registryEntryFor(resolved.source);
  const result = await writeYamlFile(configUri, (text) => addSourceToRegistry(text, entry));
  if (!result.ok) {
    reportError(result.error);
    return { ok: false, error: result.error };
  }
  await context.config.reload(configUri);
  flash('check', `${entry.name} added to ${fileName(configUri)}`);
  return { ok: true, config: configUri.toString(), entry };
};
