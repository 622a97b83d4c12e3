// Sources and coreference: find who is mentioned in each paragraph, then resolve every
// mention across the document to one canonical Source ("Cho", "Minister Cho", "The minister"
// and "He" are all Cho Tae-yul).
//
// Conventions: `Source.name` is the fullest name seen anywhere in the document (a registry
// entry's name when the newsroom registered the source). `Source.title` is the job as written
// ("Foreign Minister", "spokesperson"); an organisation or country written before the title is
// the `affiliation` ("State Department", "South Korea"). Anonymous and document sources are
// named by the words that describe them ("officials", "a new poll").
//
// Guesses: findEntityMentions also returns mentions marked as candidates (a lone capitalised
// word, "the ministry", "officials", "a new poll"); they become sources only when they match
// a named source or an attribution quotes them. "it", "its", "I" and "we" are not returned as
// mentions at all: resolveSources reads them from an attribution's source span when quoted.
// An attribution source span that names nobody ("send a strong") gets no source (null id).
import type { Token } from '../text';
import type { AnalyzeOptions, Source, Span } from '../types';
import { findMentionsInParagraph, type EntityMention } from './mentions';
import { resolveMentions } from './resolve';

export type { EntityMention, MentionGender } from './mentions';
export { lendMentions, returnMentions, shiftMention } from './mentions';

/**
 * Local to one paragraph; offsets relative to the paragraph text. Linear time. `tokens` are the
 * paragraph's tokens from text.ts when the caller has them (they are read, not kept).
 */
export function findEntityMentions(paragraphText: string, sentences: { start: number; end: number }[], tokens?: Token[]): EntityMention[] {
  return findMentionsInParagraph(paragraphText, sentences, tokens);
}

/** Whole document. `mentions` have absolute offsets (sorted by start). `attributionSources` are the source
 *  spans of attributions (absolute offsets, null for no-source) chosen by the attribution engine.
 *  Cost proportional to the number of mentions, NOT to the text length (no rescanning). */
export function resolveSources(
  text: string,
  mentions: EntityMention[],
  attributionSources: (Span | null)[],
  options: AnalyzeOptions,
): { sources: Source[]; attributionSourceIds: (string | null)[] } {
  try {
    return resolveMentions(typeof text === 'string' ? text : '', mentions, attributionSources, options ?? {});
  } catch {
    return { sources: [], attributionSourceIds: (Array.isArray(attributionSources) ? attributionSources : []).map(() => null) };
  }
}
