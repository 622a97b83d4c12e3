// A hand-built analysis of a short article, so the extension's pure models are specified
// without waiting on the engine. Offsets are computed from the text, never typed by hand.
import type { Analysis, Attribution, Claim, Source, SourceMention, Span } from '../../../src/engine/types';

export const ARTICLE = [
  'Port authority approves harbour dredging',
  '',
  'VALMERE, March 3 (Coastline News) -- Harbour Commissioner Ines Talbot said on Monday that dredging will begin in April.',
  '',
  '"We have waited eleven years for this," Talbot said. Officials said the work will cost 40 million euros.',
  '',
  'The channel is the deepest on the coast. The project was reportedly delayed by a lawsuit.',
].join('\n');

/** The span of the `occurrence`-th (1-based) appearance of `text` in ARTICLE. */
export function spanOf(text: string, occurrence = 1): Span {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = ARTICLE.indexOf(text, start + 1);
    if (start < 0) throw new Error(`"${text}" #${occurrence} is not in the fixture`);
  }
  return { start, end: start + text.length, text };
}

function mention(text: string, kind: SourceMention['kind'], sourceId: string, occurrence = 1): SourceMention {
  return { ...spanOf(text, occurrence), kind, sourceId };
}

export function fixtureAnalysis(): Analysis {
  const talbot: Source = {
    id: 's1',
    name: 'Ines Talbot',
    type: 'person',
    title: 'Harbour Commissioner',
    affiliation: 'Port authority',
    mentions: [mention('Harbour Commissioner Ines Talbot', 'name', 's1'), mention('Talbot', 'alias', 's1', 2)],
  };
  const officials: Source = {
    id: 's2',
    name: 'officials',
    type: 'anonymous',
    mentions: [mention('Officials', 'anonymous', 's2')],
  };
  const lawyer: Source = {
    id: 's3',
    name: 'Marta Quell',
    type: 'person',
    mentions: [],
  };
  const attributions: Attribution[] = [
    {
      id: 'a1',
      kind: 'indirect',
      source: spanOf('Harbour Commissioner Ines Talbot'),
      cue: spanOf('said on Monday that'),
      content: [spanOf('dredging will begin in April')],
      sourceId: 's1',
      parentId: null,
    },
    {
      id: 'a2',
      kind: 'direct',
      source: spanOf('Talbot', 2),
      cue: spanOf('said', 2),
      content: [spanOf('We have waited eleven years for this,')],
      sourceId: 's1',
      parentId: null,
    },
    {
      id: 'a3',
      kind: 'indirect',
      source: spanOf('Officials'),
      cue: spanOf('said', 3),
      content: [spanOf('the work will cost 40 million euros')],
      sourceId: 's2',
      parentId: null,
    },
    {
      id: 'a4',
      kind: 'no-source',
      source: null,
      cue: spanOf('reportedly'),
      content: [spanOf('The project was'), spanOf('delayed by a lawsuit')],
      sourceId: null,
      parentId: null,
    },
  ];
  const claims: Claim[] = [
    { id: 'c1', kind: 'indirect', span: spanOf('dredging will begin in April'), attributionId: 'a1', sourceId: 's1' },
    { id: 'c2', kind: 'direct', span: spanOf('We have waited eleven years for this,'), attributionId: 'a2', sourceId: 's1' },
    { id: 'c3', kind: 'indirect', span: spanOf('the work will cost 40 million euros'), attributionId: 'a3', sourceId: 's2' },
    { id: 'c4', kind: 'unattributed', span: spanOf('The channel is the deepest on the coast.'), attributionId: null, sourceId: null, reasons: ['superlative'] },
    { id: 'c5', kind: 'no-source', span: spanOf('The project was reportedly delayed by a lawsuit'), attributionId: 'a4', sourceId: null },
  ];
  const quote = spanOf('"We have waited eleven years for this,"');
  return {
    length: ARTICLE.length,
    paragraphs: [],
    sentences: [],
    quotes: [{ ...quote, inner: spanOf('We have waited eleven years for this,'), kind: 'full', multiParagraph: false, attributionId: 'a2' }],
    attributions,
    sources: [talbot, officials, lawyer],
    claims,
    credits: [{ ...spanOf('(Coastline News)'), kind: 'wire', name: 'Coastline News' }],
    problems: [],
  };
}

/** 0-based line of an offset in ARTICLE. */
export function lineAt(offset: number): number {
  return ARTICLE.slice(0, offset).split('\n').length - 1;
}
