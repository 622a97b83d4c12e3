// Writes a YAML file Sourcelight maintains (an article's sidecar, `.sourcelight.yaml`) the way a
// person would: through a WorkspaceEdit on the document, so the change can be undone and the
// user's comments and key order (kept by the engine's yaml Document functions) survive.
//
// It never clobbers: the change is always computed from the newest text (an open buffer with
// unsaved edits, else the file on disk), a buffer that changed meanwhile makes it recompute,
// and a file the engine refuses to rewrite (malformed, hostile) is left exactly as it is.
import * as vscode from 'vscode';
import { spanRange } from '../ranges';
import { fileName, openDocument } from '../openDocuments';
import { MAX_YAML_LENGTH } from '../../engine/config/index';
import { minimalReplacement } from './textDiff';

/** Turns the file's current text into the new text, or refuses with a message. */
export type YamlTransform = (text: string) => { text: string } | { error: string };

export type YamlWriteResult =
  | { ok: true; uri: vscode.Uri; changed: boolean; saved: boolean }
  | { ok: false; uri: vscode.Uri; error: string };

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();
const MAX_ATTEMPTS = 3;

/** YAML files Sourcelight maintains are a few kilobytes; far larger ones are not even read
 *  (the engine refuses more than MAX_YAML_LENGTH characters anyway). */
export const MAX_YAML_FILE_BYTES = 4 * MAX_YAML_LENGTH;

/** A YAML file too large to read: reported, never rewritten. */
export class FileTooLargeError extends Error {}

export const readWorkspaceText = async (uri: vscode.Uri): Promise<string | undefined> => {
  const open = openDocument(uri);
  if (open) return open.getText();
  return readDiskText(uri);
};

/** The file's text (BOM removed), undefined when it does not exist or cannot be read.
 *  Throws FileTooLargeError past `maxBytes`. */
export const readDiskText = async (uri: vscode.Uri, maxBytes = MAX_YAML_FILE_BYTES): Promise<string | undefined> => {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxBytes) {
      throw new FileTooLargeError(
        `${fileName(uri)} is ${(stat.size / 1_000_000).toFixed(1)} MB; Sourcelight reads files like it up to ${maxBytes / 1_000_000} MB and leaves larger ones alone.`,
      );
    }
    return stripBom(decoder.decode(await vscode.workspace.fs.readFile(uri)));
  } catch (error) {
    if (error instanceof FileTooLargeError) throw error;
    return undefined;
  }
};

const stripBom = (text: string): string => text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

/** Applies `transform` to the YAML file at `uri` (creating it when missing). */
export const writeYamlFile = async (uri: vscode.Uri, transform: YamlTransform): Promise<YamlWriteResult> => {
  const done = (changed: boolean, saved: boolean): YamlWriteResult => ({ ok: true, uri, changed, saved });
  const refused = (error: string): YamlWriteResult => ({ ok: false, uri, error });
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const disk = await readDiskText(uri);
      if (disk === undefined && !openDocument(uri)) {
        // A new file: created with its content in one undoable edit.
        const result = transform('');
        if ('error' in result) return refused(result.error);
        const edit = new vscode.WorkspaceEdit();
        edit.createFile(uri, { ignoreIfExists: true, contents: encoder.encode(result.text) });
        if (!(await vscode.workspace.applyEdit(edit))) continue;
        if ((await readDiskText(uri)) === result.text) return done(true, true);
        continue; // somebody else created it meanwhile: merge into theirs
      }

      const document = openDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
      const wasDirty = document.isDirty;
      if (!wasDirty && disk !== undefined && disk !== document.getText()) {
        // Changed on disk and VS Code has not reloaded the buffer yet: merge into the disk
        // version directly (the buffer has nothing unsaved, so it simply reloads).
        const result = transform(disk);
        if ('error' in result) return refused(result.error);
        if (result.text === disk) return done(false, true);
        if ((await readDiskText(uri)) !== disk) continue;
        await vscode.workspace.fs.writeFile(uri, encoder.encode(result.text));
        return done(true, true);
      }

      const base = document.getText();
      const version = document.version;
      const result = transform(base);
      if ('error' in result) return refused(result.error);
      const replacement = minimalReplacement(base, result.text);
      if (!replacement) return done(false, !wasDirty);
      if (document.version !== version) continue;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, spanRange(document, replacement), replacement.text);
      if (!(await vscode.workspace.applyEdit(edit))) continue;
      // The user has unsaved edits in this file: add ours to them, save nothing of theirs.
      // Otherwise save only if the disk still holds what we edited; else VS Code would have to clobber.
      if (wasDirty || (await readDiskText(uri)) !== base) return done(true, false);
      return done(true, await document.save());
    }
    return refused(`${fileName(uri)} kept changing while Sourcelight tried to update it; nothing was overwritten. Try again.`);
  } catch (error) {
    if (error instanceof FileTooLargeError) return refused(`Nothing was changed: ${error.message}`);
    throw error;
  }
};
