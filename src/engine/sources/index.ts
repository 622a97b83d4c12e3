// Sources and coreference: find who is mentioned in each paragraph, then resolve every
// mention across the document to one canonical Source ("Cho", "Minister Cho", "The minister"
// and "He" are all Cho Tae-yul).
import type { AnalyzeOptions, MentionKind, Source, SourceType, Span } from '../types';

export type MentionGender = 'male' | 'female' | 'plural' | 'neuter';

/** A mention of a possible source, found locally in one paragraph. */
export interface EntityMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The proper name inside the mention ("Cho Tae-yul" in "Foreign Minister Cho Tae-yul"). */
  name?: string;
  /** The role or job title ("Foreign Minister", "spokesperson"). */
  title?: string;
  /** Who the person works for or speaks for ("South Korea", "State Department"). */
  affiliation?: string;
  type?: SourceType;
  gender?: MentionGender;
  /** The head noun of a role or organisation mention ("minister", "ministry"). */
  head?: string;
}

/** Local to one paragraph; offsets relative to the paragraph text. Linear time. */
export function findEntityMentions(_paragraphText: string, _sentences: { start: number; end: number }[]): EntityMention[] {
  return [];
}

/** Whole document. `mentions` have absolute offsets (sorted by start). `attributionSources` are the source
 *  spans of attributions (absolute offsets, null for no-source) chosen by the attribution engine.
 *  Cost proportional to the number of mentions, NOT to the text length (no rescanning). */
export function resolveSources(
  text: string,
  _mentions: EntityMention[],
  attributionSources: (Span | null)[],
  _options: AnalyzeOptions,
): { sources: Source[]; attributionSourceIds: (string | null)[] } {
  const sources: Source[] = [];
  const attributionSourceIds: (string | null)[] = [];
  for (const span of attributionSources) {
    if (!span) {
      attributionSourceIds.push(null);
      continue;
    }
    const id = `s${sources.length + 1}`;
    const mentionText = text.slice(span.start, span.end);
    sources.push({
      id,
      name: mentionText,
      type: 'person',
      mentions: [{ start: span.start, end: span.end, text: mentionText, kind: 'name', sourceId: id }],
    });
    attributionSourceIds.push(id);
  }
  return { sources, attributionSourceIds };
}
