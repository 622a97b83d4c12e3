// Hover cards: what the journalist sees over a source mention, a cue or a quote. Pure (no
// vscode): the hover provider passes the analysis, the offset and a way to name lines.
import type { Analysis, Attribution, Claim, Quote, Source, SourceMention, Span } from '../../engine/types';
import { CLAIM_KIND_LABELS, SOURCE_TYPE_ICONS, SOURCE_TYPE_LABELS, countLabel, titleAndAffiliation } from './claimOutline';
import { attributionAt, shortLabel, touches } from './spans';

export const REVEAL_CLAIM_COMMAND = 'sourcelight.revealClaim';

/** Between the parts of a card (a horizontal rule in the hover). */
const SECTION_BREAK = '\n\n---\n\n';

export type HoverTarget =
  | { type: 'source'; source: Source; mention: SourceMention; range: Span }
  | { type: 'attribution'; attribution: Attribution; source: Source | undefined; claim: Claim | undefined; range: Span }
  | { type: 'quote'; quote: Quote; range: Span };

/** Where a hover at `offset` lands: a source mention first, then a cue, content or source
 *  of an attribution (innermost), then a bare quotation. */
export const findHoverTarget = (analysis: Analysis, offset: number): HoverTarget | undefined => {
  for (const source of analysis.sources) {
    for (const mention of source.mentions) {
      if (offset >= mention.start && offset < mention.end) return { type: 'source', source, mention, range: mention };
    }
  }
  const attribution = attributionAt(analysis, offset);
  if (attribution) {
    const pieces: Span[] = [attribution.cue, ...attribution.content];
    if (attribution.source) pieces.push(attribution.source);
    const range = pieces.filter((piece) => touches(piece, offset)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    return {
      type: 'attribution',
      attribution,
      source: attribution.sourceId ? analysis.sources.find((s) => s.id === attribution.sourceId) : undefined,
      claim: analysis.claims.find((c) => c.attributionId === attribution.id),
      range,
    };
  }
  const quote = analysis.quotes.find((q) => offset >= q.start && offset < q.end);
  if (quote) return { type: 'quote', quote, range: quote };
  return undefined;
};

export interface HoverContext {
  /** The document's URI as a string, for command links. */
  uri: string;
  /** 0-based line of an offset. */
  lineAt(offset: number): number;
  /** At most this many claim links on a source card. */
  maxClaimLinks?: number;
}

/** Escapes text for Markdown (names, quotes) so it cannot inject links or formatting. */
export const escapeMarkdown = (text: string): string => {
  // Hyphens and dots stay as they are ("Cho Tae-yul", "U.S."): inline, they format nothing.
  return text.replace(/[\\`*_{}[\]()#|<>~$!]/g, '\\$&');
};

export const revealClaimLink = (label: string, uri: string, span: { start: number; end: number }): string => {
  const args = encodeURIComponent(JSON.stringify([uri, span.start, span.end]));
  return `[${escapeMarkdown(label)}](command:${REVEAL_CLAIM_COMMAND}?${args} "Go to this claim")`;
};

const quoted = (text: string, max = 70): string => `“${escapeMarkdown(shortLabel(text, max))}”`;

const claimsOf = (analysis: Analysis, sourceId: string): Claim[] => analysis.claims.filter((c) => c.sourceId === sourceId).sort((a, b) => a.span.start - b.span.start);

const whoLine = (source: Source): string => titleAndAffiliation(source, ' · ', escapeMarkdown);

/** The card over a source mention: who, what kind of source, the claims it carries, first reference. */
export const renderSourceCard = (analysis: Analysis, source: Source, context: HoverContext): string => {
  const lines: string[] = [];
  lines.push(`$(${SOURCE_TYPE_ICONS[source.type]}) **${escapeMarkdown(source.name)}**`);
  const who = whoLine(source);
  if (who) lines.push(who);
  const facts = [`_${SOURCE_TYPE_LABELS[source.type]}_`];
  if (source.fromRegistry) facts.push('in the newsroom registry');
  facts.push(countLabel(source.mentions.length, 'mention'));
  lines.push(facts.join(' · '));
  const first = source.mentions[0];
  if (first) lines.push(`First reference: ${quoted(first.text)} (line ${context.lineAt(first.start) + 1})`);

  const claims = claimsOf(analysis, source.id);
  const sections = [lines.join('  \n')];
  if (claims.length === 0) {
    sections.push('No claims attributed to this source in this article.');
  } else {
    const max = context.maxClaimLinks ?? 10;
    const items = claims.slice(0, max).map((claim, index) => `${index + 1}. ${revealClaimLink(shortLabel(claim.span.text, 60), context.uri, claim.span)} — ${CLAIM_KIND_LABELS[claim.kind]}`);
    if (claims.length > max) items.push(`\n…and ${claims.length - max} more in the Claims view`);
    sections.push(`**${countLabel(claims.length, 'claim')} in this article**\n\n${items.join('\n')}`);
  }
  return sections.join(SECTION_BREAK);
};

/** "Direct quote", "Paraphrase", "Paraphrase (according to)", "No named source". */
const attributionHeading = (kind: Attribution['kind']): string => {
  if (kind === 'according-to') return 'Paraphrase (according to)';
  const label = CLAIM_KIND_LABELS[kind];
  return label[0].toUpperCase() + label.slice(1);
};

/** The card over a cue or attributed content: who said it, and how. */
export const renderAttributionCard = (target: Extract<HoverTarget, { type: 'attribution' }>, context: HoverContext): string => {
  const { attribution, source, claim } = target;
  const lines: string[] = [];
  const heading = attributionHeading(attribution.kind);
  if (source) {
    const who = whoLine(source);
    lines.push(`$(${SOURCE_TYPE_ICONS[source.type]}) **${heading}** — said by **${escapeMarkdown(source.name)}**${who ? ` (${who})` : ''}`);
  } else if (attribution.source) {
    lines.push(`**${heading}** — said by ${quoted(attribution.source.text)}`);
  } else {
    lines.push(`$(question) **${heading}** — nobody is named: the reader cannot tell who says this`);
  }
  const facts = [`Cue: ${quoted(attribution.cue.text, 40)}`];
  if (attribution.source && source && attribution.source.text !== source.name) facts.push(`written as ${quoted(attribution.source.text, 40)}`);
  lines.push(facts.join(' · '));
  const content = attribution.content.map((piece) => piece.text).join(' … ');
  const body = [lines.join('  \n')];
  if (content) {
    const link = claim ? `  \n${revealClaimLink('Go to claim', context.uri, claim.span)}` : '';
    body.push(`> ${escapeMarkdown(shortLabel(content, 200))}${link}`);
  }
  return body.join('\n\n');
};

/** The card over a quotation no attribution covers. */
export const renderQuoteCard = (quote: Quote): string => {
  const kind = quote.kind === 'scare' ? 'Scare quotes' : quote.kind === 'partial' ? 'Quoted fragment' : 'Quotation';
  const multi = quote.multiParagraph ? ' (runs over several paragraphs)' : '';
  return `$(quote) **${kind}${multi}** — no speaker found for ${quoted(quote.inner.text, 60)}`;
};

/** The Markdown of the card for `target`; extra sections (registry, verification) are appended. */
export const renderHoverCard = (analysis: Analysis, target: HoverTarget, context: HoverContext, extraSections: string[] = []): string => {
  const main =
    target.type === 'source'
      ? renderSourceCard(analysis, target.source, context)
      : target.type === 'attribution'
        ? renderAttributionCard(target, context)
        : renderQuoteCard(target.quote);
  return [main, ...extraSections.filter((s) => s.trim().length > 0)].join(SECTION_BREAK);
};
