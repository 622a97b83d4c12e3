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
    const results: ParagraphResult[] = new Array<ParagraphResult>(paragraphs.length);
    let carry = NO_CARRY;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      const r = analyzeParagraph(text.slice(p.start, p.end), carry, opts);
      results[k] = r;
      carry = r.carryOut;
    }
    // the results are made for this analysis alone: the assembly may take them apart
    return assembleOwned(text, paragraphs, results, opts, null, true).analysis;
  } catch {
    return emptyAnalysis(text.length);
  }
}
