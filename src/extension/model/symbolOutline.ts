// Document symbols (Outline, breadcrumbs, Go to Symbol): sources with their claims as
// children, and the unattributed claims. Pure (no vscode): the provider maps kinds to
// vscode.SymbolKind and offsets to positions.
import type { Analysis, ClaimKind, SourceType } from '../../engine/types';
import { CLAIM_KIND_LABELS, SOURCE_TYPE_LABELS, UNATTRIBUTED_LABEL, buildClaimOutline, claimLabel, countLabel, titleAndAffiliation } from './claimOutline';

export type OutlineSymbolKind = SourceType | 'unattributed-group' | `claim:${ClaimKind}`;

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: OutlineSymbolKind;
  /** The whole extent (covers the children). */
  range: { start: number; end: number };
  /** What is selected when the symbol is chosen (inside `range`). */
  selectionRange: { start: number; end: number };
  children: OutlineSymbol[];
}

export const buildSymbolOutline = (analysis: Analysis): OutlineSymbol[] => {
  const symbols: OutlineSymbol[] = [];
  for (const group of buildClaimOutline(analysis)) {
    const children: OutlineSymbol[] = group.claims.map((claim) => ({
      name: claimLabel(claim),
      detail: CLAIM_KIND_LABELS[claim.kind],
      kind: `claim:${claim.kind}` as OutlineSymbolKind,
      range: { start: claim.span.start, end: claim.span.end },
      selectionRange: { start: claim.span.start, end: claim.span.end },
      children: [],
    }));
    if (group.type === 'source') {
      const { source } = group;
      const first = source.mentions[0];
      const spans = [...source.mentions, ...children.map((c) => c.range)];
      if (spans.length === 0) continue;
      const selection = first ? { start: first.start, end: first.end } : children[0].range;
      const detail = titleAndAffiliation(source) || SOURCE_TYPE_LABELS[source.type];
      symbols.push({
        name: source.name || first?.text || SOURCE_TYPE_LABELS[source.type],
        detail: `${countLabel(group.claims.length, 'claim')} · ${detail}`,
        kind: source.type,
        range: cover(spans),
        selectionRange: selection,
        children,
      });
    } else if (children.length > 0) {
      const range = cover(children.map((c) => c.range));
      symbols.push({
        name: UNATTRIBUTED_LABEL,
        detail: countLabel(children.length, 'claim'),
        kind: 'unattributed-group',
        range,
        selectionRange: children[0].range,
        children,
      });
    }
  }
  return symbols;
};

const cover = (spans: { start: number; end: number }[]): { start: number; end: number } => {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
};
