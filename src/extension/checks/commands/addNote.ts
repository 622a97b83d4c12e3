// Sourcelight: Add Note to Claim — asks for the note (prefilled with the current one) and
// records it in the sidecar.
import * as vscode from 'vscode';
import { truncate } from '../../model/spans';
import type { ChecksContext } from '../checksContext';
import { finishAnnotation, reviewStamp, targetOrExplain, type AnnotateResult } from './annotateClaim';
import { currentAnnotation } from './claimAnnotations';

/** The command's handler (registered under `AddNote` by the checks). */
export const addNoteCommand = (context: ChecksContext) => async (arg?: unknown): Promise<AnnotateResult> => {
  const target = await targetOrExplain(context, arg);
  if (!target) return { ok: false, error: 'No claim.' };
  const given = (arg as { note?: unknown } | undefined)?.note;
  let note = typeof given === 'string' ? given : undefined;
  if (note === undefined) {
    const existing = await currentAnnotation(context, target);
    note = await vscode.window.showInputBox({
      title: 'Sourcelight: note on this claim',
      prompt: truncate(target.claim.span.text, 80),
      value: existing?.note ?? '',
      placeHolder: 'What was checked, with whom, and what is still open',
    });
    if (note === undefined) return { ok: false, error: 'Cancelled.' };
  }
  const write = context.sidecars.updateClaim(target.document.uri, target.document.getText(), target.analysis, target.claim.id, {
    note: note.trim() === '' ? null : note,
    ...reviewStamp(target.document.uri),
  });
  return finishAnnotation(context, target, write, note.trim() === '' ? 'Note removed' : 'Note added');
};
