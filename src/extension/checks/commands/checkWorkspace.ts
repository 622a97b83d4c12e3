// Sourcelight: Check Claims in Workspace — every article file, with a cancellable progress
// notification. Problems land in the Problems panel; the command returns the count per file.
import * as vscode from 'vscode';
import { inform } from '../../notify';
import { countLabel } from '../../model/claimOutline';
import type { ChecksContext } from '../checksContext';
import { DEFAULT_EXCLUDE } from '../workspaceDefaults';

export interface WorkspaceCheckResult {
  files: number;
  problems: number;
  cancelled: boolean;
}

/** The command's handler (registered under `CheckWorkspace` by the checks). */
export const checkWorkspaceCommand = (context: ChecksContext) => () =>
  vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Sourcelight: checking claims', cancellable: true },
    async (progress, token): Promise<WorkspaceCheckResult> => {
      const exclude = vscode.workspace.getConfiguration('sourcelight').get<string>('checks.workspaceExclude') || DEFAULT_EXCLUDE;
      const uris = await vscode.workspace.findFiles(context.articleGlob(), exclude, undefined, token);
      uris.sort((a, b) => a.toString().localeCompare(b.toString()));
      let problems = 0;
      let files = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        try {
          const document = await vscode.workspace.openTextDocument(uri);
          if (!context.isArticle(document)) continue;
          problems += (await context.diagnostics.check(document)).length;
          files++;
        } catch (error) {
          // An unreadable or binary file is skipped; the others are still checked.
          context.log(`Check Claims in Workspace skipped ${uri.toString()}: ${String(error)}`);
        }
      }
      const cancelled = token.isCancellationRequested;
      inform(`${cancelled ? 'cancelled after' : 'checked'} ${countLabel(files, 'article')}, ${countLabel(problems, 'problem')}.`);
      return { files, problems, cancelled };
    },
  );
