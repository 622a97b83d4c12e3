// What hover cards add about verification and the registry. Pure (no vscode): Markdown built
// from the analysis, the anchored annotations and the registry; command links are passed in.
import type { AnchoredAnnotation, ClaimAnnotation, ClaimStatus } from '../../engine/annotations/index';
import type { Analysis, RegistrySource, Source } from '../../engine/types';
import { countLabel } from '../model/claimOutline';
import { escapeMarkdown } from '../model/hoverCard';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: '$(circle-large-outline) Not verified yet',
  verified: '$(pass) Verified',
  disputed: '$(warning) Disputed',
  false: '$(error) False',
};

export interface ClaimLinks {
  markVerified?: string;
  addNote?: string;
  /** A link target for the evidence (a URL, or a command opening the workspace file). */
  evidence?: string;
}

const link = (label: string, target: string | undefined): string | undefined => target ? `[${label}](${target})` : undefined;

/** The verification part of a cue/quote card: status, who and when, note, evidence, actions. */
export const claimVerificationSection = (annotation: ClaimAnnotation | undefined, links: ClaimLinks): string => {
  const status = annotation?.status ?? 'unverified';
  const lines: string[] = [];
  let head = `**${STATUS_LABELS[status]}**`;
  const by = [annotation?.reviewer && `by ${escapeMarkdown(annotation.reviewer)}`, annotation?.date && `on ${escapeMarkdown(annotation.date)}`].filter(Boolean).join(' ');
  if (by) head += ` ${by}`;
  if (annotation?.reviewRating) head += ` · rating: ${escapeMarkdown(annotation.reviewRating)}`;
  lines.push(head);
  if (annotation?.note) lines.push(`Note: ${escapeMarkdown(annotation.note)}`);
  if (annotation?.evidence) lines.push(`Evidence: ${escapeMarkdown(annotation.evidence)}`);
  const actions = [
    status !== 'verified' ? link('Mark verified', links.markVerified) : undefined,
    link(annotation?.note ? 'Edit note' : 'Add note', links.addNote),
    link('Go to evidence', links.evidence),
  ].filter(Boolean);
  if (actions.length > 0) lines.push(actions.join(' · '));
  return lines.join('  \n');
};

/** The verification summary of a source's claims: "2 of 5 claims verified · 1 disputed". */
export const sourceVerificationSummary = (analysis: Analysis, source: Source, anchors: readonly AnchoredAnnotation[]): string | undefined => {
  const claims = analysis.claims.filter((c) => c.sourceId === source.id);
  if (claims.length === 0) return undefined;
  const statusByClaim = new Map<string, ClaimStatus>();
  for (const a of anchors) if (a.claimId !== null) statusByClaim.set(a.claimId, a.annotation.status);
  const counts: Record<ClaimStatus, number> = { unverified: 0, verified: 0, disputed: 0, false: 0 };
  for (const claim of claims) counts[statusByClaim.get(claim.id) ?? 'unverified']++;
  const parts = [`${counts.verified} of ${countLabel(claims.length, 'claim')} verified`];
  if (counts.disputed > 0) parts.push(`${counts.disputed} disputed`);
  if (counts.false > 0) parts.push(`${counts.false} false`);
  return `**Verification:** ${parts.join(' · ')}`;
};

/** The registry entry that describes `source` (by name or alias, case-insensitively). */
export const registryEntryOf = (registry: readonly RegistrySource[], source: Pick<Source, 'name'>): RegistrySource | undefined => {
  const name = source.name.trim().toLowerCase();
  return registry.find((r) => r.name.trim().toLowerCase() === name || (r.aliases ?? []).some((a) => a.trim().toLowerCase() === name));
};

/** What the newsroom's registry says about a source: contact and notes (and aliases). */
export const registrySection = (entry: RegistrySource | undefined, addLink?: string): string | undefined => {
  if (!entry) return addLink ? `Not in the source registry. [Add to registry](${addLink})` : undefined;
  const lines = ['**Source registry**'];
  if (entry.aliases && entry.aliases.length > 0) lines.push(`Also written: ${entry.aliases.map(escapeMarkdown).join(', ')}`);
  if (entry.contact) lines.push(`Contact: ${escapeMarkdown(entry.contact)}`);
  if (entry.notes) lines.push(`Notes: ${escapeMarkdown(entry.notes)}`);
  return lines.join('  \n');
};

/** A `command:` link with JSON arguments. */
export const commandLink = (command: string, ...args: unknown[]): string => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
