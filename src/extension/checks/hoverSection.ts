// Fills the hover card's verification summary and registry info (the editor's HoverSections
// hook): over a source, what the registry says and how many of its claims are verified; over
// a cue or quote, the claim's status, note and evidence with "Mark verified" / "Add note" links.
import * as vscode from 'vscode';
import { isEvidenceUrl, type AnchoredAnnotation } from '../../engine/annotations/index';
import type { Analysis } from '../../engine/types';
import type { HoverSectionContext, HoverSectionProvider } from '../hover';
import { claimVerificationSection, commandLink, registryEntryOf, registrySection, sourceVerificationSummary } from './annotationSummary';
import { CommandId } from './commandIds';
import type { ChecksContext } from './checksContext';
import { claimCommandArgs } from './claimTarget';
import { currentAnchors } from './currentAnchors';

export const claimHoverSection = (context: ChecksContext): HoverSectionProvider => {
  const anchorsFor = (document: vscode.TextDocument, analysis: Analysis): AnchoredAnnotation[] => currentAnchors(context, document, analysis);

  return {
    commands: [CommandId.MarkVerified, CommandId.AddNote, CommandId.AddSourceToRegistry, 'vscode.open'],
    provideSection({ document, analysis, target }: HoverSectionContext): string | undefined {
      if (target.type === 'source') {
        const registry = context.config.registryFor(document);
        const entry = registryEntryOf(registry, target.source);
        const add = target.source.type === 'anonymous' || target.source.type === 'document'
          ? undefined
          : commandLink(CommandId.AddSourceToRegistry, { uri: document.uri.toString(), sourceId: target.source.id, version: document.version });
        const parts = [sourceVerificationSummary(analysis, target.source, anchorsFor(document, analysis)), registrySection(entry, add)];
        return parts.filter(Boolean).join('\n\n') || undefined;
      }
      if (target.type !== 'attribution' || !target.claim) return undefined;
      const anchored = anchorsFor(document, analysis).find((a) => a.claimId === target.claim!.id);
      const args = claimCommandArgs(document, target.claim.id);
      const evidence = anchored?.annotation.evidence?.trim();
      let evidenceLink: string | undefined;
      if (evidence && isEvidenceUrl(evidence) && /^https?:/i.test(evidence)) evidenceLink = evidence;
      else if (evidence && !isEvidenceUrl(evidence)) {
        const file = vscode.Uri.joinPath(document.uri, '..', evidence);
        evidenceLink = commandLink('vscode.open', file.toJSON());
      }
      return claimVerificationSection(anchored?.annotation, {
        markVerified: commandLink(CommandId.MarkVerified, args),
        addNote: commandLink(CommandId.AddNote, args),
        evidence: evidenceLink,
      });
    },
  };
};
