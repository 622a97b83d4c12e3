// `duplicate-paragraph`: a paragraph repeated verbatim (a caption or a paragraph pasted
// twice). Paragraphs are keyed by their whitespace-normalised text in one pass (a hash map); each later
// copy is reported, pointing at the first, with a fix that deletes it.
import { excerpt, replaceWith } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

const WHITESPACE_RUN = /\s+/g;

/** Words in whitespace-normalised text, counting no further than MIN_WORDS. */
const wordCount = (key: string): number => {
  let words = key.length > 0 ? 1 : 0;
  for (let i = 0; i < key.length && words < MIN_WORDS; i++) if (key.charCodeAt(i) === 32) words++;
  return words;
};

/** Paragraphs shorter than this (a lone "###", a "(Yonhap)") may repeat on purpose. */
const MIN_WORDS = 4;

const check = (ctx: RuleContext): RuleFinding[] => {
  const { text, analysis } = ctx;
  const firstSeen = new Map<string, number>();
  const findings: RuleFinding[] = [];
  analysis.paragraphs.forEach((paragraph, index) => {
    const key = text.slice(paragraph.start, paragraph.end).replace(WHITESPACE_RUN, ' ').trim();
    if (wordCount(key) < MIN_WORDS) return;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, index);
      return;
    }
    const original = analysis.paragraphs[first];
    const previous = analysis.paragraphs[index - 1];
    // Delete the copy together with the line break(s) that separate it from the paragraph before.
    const deleteFrom = previous ? previous.end : paragraph.start;
    const next = analysis.paragraphs[index + 1];
    const deleteTo = previous ? paragraph.end : next ? next.start : paragraph.end;
    findings.push({
      message: `This paragraph repeats paragraph ${first + 1} word for word: "${excerpt(key, 50)}".`,
      start: paragraph.start,
      end: paragraph.end,
      related: [{ start: original.start, end: original.end, message: 'First occurrence' }],
      fix: replaceWith('Delete the repeated paragraph', deleteFrom, deleteTo, ''),
      data: { firstParagraph: first, paragraph: index },
    });
  });
  return findings;
};

export const duplicateParagraphRule = rule('duplicate-paragraph', 'warning', check);
