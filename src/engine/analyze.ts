import type { Analysis, AnalyzeOptions } from './types';

/** The one entry to the engine: who said what in `text`. Never throws. */
export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  return {
    length: text.length,
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
