import { withoutFrontMatter } from './frontMatter';
import { analyzeDocument } from './paragraph';
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
    return analyzeDocument(withoutFrontMatter(text), options ?? {});
  } catch {
    return emptyAnalysis(text.length);
  }
}
