// The sidecar annotations anchored to an analysis, synchronously (for hover cards and the
// Claims view): from the last check when it is of this analysis, else from the sidecar as last
// read (a first read is started so the next call has it).
import type * as vscode from 'vscode';
import { anchorAnnotations, type AnchoredAnnotation } from '../../engine/annotations/index';
import type { Analysis } from '../../engine/types';
import type { ChecksContext } from './checksContext';

export const currentAnchors = (context: ChecksContext, document: vscode.TextDocument, analysis: Analysis): AnchoredAnnotation[] => {
  const record = context.computer.current(document);
  if (record && record.analysis === analysis) return record.anchors;
  const sidecar = context.sidecars.peek(document.uri);
  if (!sidecar) {
    void context.sidecars.read(document.uri).then(() => context.annotationsChanged(document.uri));
    return [];
  }
  if (!sidecar.parsed) return [];
  try {
    return anchorAnnotations(document.getText(), analysis, sidecar.parsed.sidecar);
  } catch {
    return [];
  }
};
