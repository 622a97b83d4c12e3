// Sourcelight: Show Source Audit — a chart of the active article's sourcing beside it.
import * as vscode from 'vscode';
import { inform } from '../../notify';
import { showSourceAudit } from '../audit/sourceAuditPanel';
import type { ChecksContext } from '../checksContext';

/** The command's handler (registered under `ShowSourceAudit` by the checks). */
export const showSourceAuditCommand = (context: ChecksContext) => async (uri?: vscode.Uri) => {
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : context.activeArticle();
  if (!document) {
    inform('open an article to see its source audit.');
    return undefined;
  }
  return showSourceAudit(document, context.analyses);
};
