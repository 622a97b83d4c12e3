// Shows each claim's verification status in the Claims view (the editor's item-decorator hook).
import * as vscode from 'vscode';
import { openDocument } from '../openDocuments';
import type { ClaimStatus } from '../../engine/annotations/index';
import type { ClaimTreeItemDecorator } from '../claimTree';
import type { ChecksContext } from './checksContext';
import { currentAnchors } from './currentAnchors';

const STATUS_ICONS: Record<Exclude<ClaimStatus, 'unverified'>, vscode.ThemeIcon> = {
  verified: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  disputed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  false: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
};

export const claimStatusDecorator = (context: ChecksContext): ClaimTreeItemDecorator => (node, item) => {
  if (node.type !== 'claim') return;
  const document = openDocument(node.uri);
  if (!document) return;
  const { analysis } = context.analyses.get(document);
  const anchored = currentAnchors(context, document, analysis).find((a) => a.claimId === node.claim.id);
  const status = anchored?.annotation.status ?? 'unverified';
  if (status === 'unverified') return;
  item.iconPath = STATUS_ICONS[status];
  item.description = `${item.description ?? ''} · ${status}`.replace(/^ · /, '');
};
