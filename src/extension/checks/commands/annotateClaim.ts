// Shared by the commands that write a claim's annotation (mark verified/disputed/false, add
// note, ignore a finding): resolve the claim, write the sidecar, re-check, report.
import * as vscode from 'vscode';
import { flash, inform, reportError, warn } from '../../notify';
import { fileName } from '../../openDocuments';
import type { ClaimAnnotationPatch } from '../../../engine/annotations/index';
import type { ChecksContext } from '../checksContext';
import { StaleTargetError, resolveClaimTarget, type ClaimTarget } from '../claimTarget';
import { reviewerName } from '../configStore';
import type { YamlWriteResult } from '../yamlFileWriter';

export interface AnnotateResult {
  ok: boolean;
  /** The sidecar written. */
  sidecar?: string;
  /** The article's diagnostics after the re-check. */
  diagnostics?: readonly vscode.Diagnostic[];
  error?: string;
}

/** Today's date as ISO `YYYY-MM-DD` in the user's time zone. */
export const isoDate = (date = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A review stamp: today's date and, when set, the reviewer from the settings. */
export const reviewStamp = (resource: vscode.Uri): ClaimAnnotationPatch => {
  const reviewer = reviewerName(resource);
  return reviewer ? { date: isoDate(), reviewer } : { date: isoDate() };
};

export const targetOrExplain = async (context: ChecksContext, arg: unknown): Promise<ClaimTarget | undefined> => {
  try {
    const target = await resolveClaimTarget(context, arg);
    if (!target && arg === undefined) inform('put the cursor on a claim in an article first.');
    return target;
  } catch (error) {
    if (error instanceof StaleTargetError) {
      warn(error.message);
      return undefined;
    }
    throw error;
  }
};

/** Writes the result back and re-checks the article, reporting a refusal to the user. */
export const finishAnnotation = async (context: ChecksContext, target: ClaimTarget, write: Promise<YamlWriteResult>, done: string): Promise<AnnotateResult> => {
  const result = await write;
  if (!result.ok) {
    reportError(result.error);
    return { ok: false, error: result.error };
  }
  context.annotationsChanged(target.document.uri);
  const diagnostics = await context.diagnostics.refresh(target.document);
  const unsaved = result.changed && !result.saved ? ` (${fileName(result.uri)} has unsaved changes: save it to keep them)` : '';
  flash('check', `${done}${unsaved}`);
  if (unsaved) inform(`${done}${unsaved}.`);
  return { ok: true, sidecar: result.uri.toString(), diagnostics };
};

export const annotateClaim = async (context: ChecksContext, arg: unknown, patch: ClaimAnnotationPatch, done: string): Promise<AnnotateResult> => {
  const target = await targetOrExplain(context, arg);
  if (!target) return { ok: false, error: 'No claim.' };
  const write = context.sidecars.updateClaim(target.document.uri, target.document.getText(), target.analysis, target.claim.id, patch);
  return finishAnnotation(context, target, write, done);
};
