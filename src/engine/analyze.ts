import { analyzeParagraph, assembleOwned, NO_CARRY, splitParagraphs, type ParagraphResult } from './paragraph';
import type { Analysis, AnalyzeOptions } from './types';

/** An analysis of a text of `length` characters that found nothing. */
export function emptyAnalysis(length: number): Analysis {
  return {
    length,
    paragraphs: [],
    sentences: [],
    quotes: [],
    attributions: [],
    sources: [],
    claims: [],
    credits: [],
    problems: [],
  };
}

/** The one entry to the engine: who said what in `text`. Never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  try {
    if (typeof text !== 'string') return emptyAnalysis(0);
    const opts = options ?? {};
    const paragraphs = splitParagraphs(text);
    const results: ParagraphResult[] = [];
    let carry = NO_CARRY;
    for (const p of paragraphs) {
      const r = analyzeParagraph(text.slice(p.start, p.end), carry, opts);
      results.push(r);
      carry = r.carryOut;
    }
    return assembleOwned(text, paragraphs, results, opts, null).analysis;
  } catch {
    return emptyAnalysis(text.length);
  }
}
