import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { assertSpansExact, byCue, find, fixture, texts, unattributedClaimTexts } from './helpers';

describe('analyze: a wire story modelled on a ministry readout', () => {
  const text = fixture('seoul-ottawa-call.article');
  const analysis = analyze(text);

  it('finds every cue of the article', () => {
    const cues = analysis.attributions.map((a) => a.cue.text);
    for (const cue of ['urged', 'said', 'said in a press release', 'stressed', 'asked', 'reiterated', 'also affirmed', 'according to', 'also asked for']) {
      assert.ok(cues.includes(cue), `cue "${cue}" among ${JSON.stringify(cues)}`);
    }
  });

  it('SOURCE CUE CONTENT inside CONTENT, SOURCE CUE: two attributions, the inner one nested', () => {
    const outer = find(analysis, 'the foreign ministry', 'said');
    const inner = find(analysis, 'Foreign Minister Park Ji-hoon', 'urged');
    assert.strictEqual(inner.parentId, outer.id);
    assert.ok(outer.content[0]!.text.startsWith('Foreign Minister Park Ji-hoon urged Canada'));
    assert.ok(outer.content[0]!.text.endsWith('on Monday'), 'content stops before the comma and source');
    assert.strictEqual(inner.kind, 'partial', 'the inner content holds the partial quote "without undue delay"');
  });

  it('a full quote before "the ministry said in a press release" is direct, with the quote as content', () => {
    const a = find(analysis, 'the ministry', 'said in a press release');
    assert.strictEqual(a.kind, 'direct');
    assert.ok(a.content[0]!.text.startsWith('"Minister Park stressed'));
    assert.ok(a.content[0]!.text.endsWith('industries,"'), 'the quote keeps its comma and closing mark');
  });

  it('an official named by title inside a quoted release is attributed too', () => {
    const inner = find(analysis, 'Minister Marsh', 'said');
    assert.deepStrictEqual(texts(inner.content), ['she would look into the matter']);
    const outer = analysis.attributions.find((a) => a.source?.text === 'the ministry' && a.content[0]!.text.startsWith('"Minister Marsh'));
    assert.strictEqual(outer?.kind, 'direct');
    assert.strictEqual(inner.parentId, outer.id);
  });

  it('"Park asked Marsh to help ..." starts the content at "to"', () => {
    const a = find(analysis, 'Park', 'asked');
    assert.ok(a.content[0]!.text.startsWith('to help ensure that Korean companies'));
  });

  it('"Marsh reiterated that ..., the ministry said" is two attributions', () => {
    const outer = analysis.attributions.find((a) => a.source?.text === 'the ministry' && a.content[0]!.text.startsWith('Marsh reiterated'));
    assert.ok(outer);
    const inner = find(analysis, 'Marsh', 'reiterated');
    assert.strictEqual(inner.parentId, outer.id);
    assert.deepStrictEqual(texts(inner.content), ['that Canada values its partnership with South Korea and will deepen it']);
  });

  it('a spokesperson with title and name, "said that": the content keeps "that"', () => {
    const a = find(analysis, 'Global Affairs Canada spokesperson Daniel Okafor', 'said');
    assert.ok(a.content[0]!.text.startsWith('that Park and Marsh agreed'));
    assert.strictEqual(a.kind, 'partial', 'its content holds the partial quote "modernizing"');
    assert.ok(!analysis.attributions.some((x) => x.cue.text.startsWith('agreed')), 'what Okafor reports is his content, not a claim of its own');
  });

  it('"CONTENT, according to SOURCE." is an according-to attribution', () => {
    const a = byCue(analysis, 'according to');
    assert.strictEqual(a.kind, 'according-to');
    assert.strictEqual(a.source?.text, 'Okafor');
    assert.ok(a.content[0]!.text.startsWith("Marsh reiterated Canada's commitment"));
    assert.ok(a.content[0]!.text.endsWith('already made,"'));
  });

  it('coordinated sources stay one mention: "Park and Marsh also affirmed"', () => {
    const a = find(analysis, 'Park and Marsh', 'also affirmed');
    assert.strictEqual(a.kind, 'partial');
  });

  it('tells full, partial and scare quotes apart', () => {
    const kindOf = (inner: string): string | undefined => analysis.quotes.find((q) => q.inner.text.replace(/[,.]$/, '') === inner)?.kind;
    assert.strictEqual(kindOf('without undue delay'), 'partial');
    assert.strictEqual(kindOf('modernizing'), 'partial');
    assert.strictEqual(kindOf('essential'), 'partial');
    assert.strictEqual(kindOf('Minister Marsh said she would look into the matter'), 'full');
  });

  it('finds the photo credit and the wire credit', () => {
    const credits = analysis.credits.map((c) => `${c.kind}:${c.name}`);
    assert.ok(credits.includes('photo:Ministry of Foreign Affairs'));
    assert.ok(credits.includes('wire:Yonhap'));
  });

  it('every attribution content is a claim, in text order with ids c1, c2, ...', () => {
    for (const a of analysis.attributions) {
      assert.ok(analysis.claims.some((c) => c.attributionId === a.id && c.kind === a.kind), `claim for ${a.id}`);
    }
    analysis.claims.forEach((c, i) => assert.strictEqual(c.id, `c${i + 1}`));
    for (let i = 1; i < analysis.claims.length; i++) assert.ok(analysis.claims[i - 1]!.span.start <= analysis.claims[i]!.span.start);
  });

  it('numbers attributions a1, a2, ... in cue order and keeps every offset exact', () => {
    analysis.attributions.forEach((a, i) => assert.strictEqual(a.id, `a${i + 1}`));
    for (let i = 1; i < analysis.attributions.length; i++) assert.ok(analysis.attributions[i - 1]!.cue.start < analysis.attributions[i]!.cue.start);
    assertSpansExact(text, analysis);
  });

  it('reports the length of the text it analysed', () => {
    assert.strictEqual(analyze('Cho said.').length, 9);
  });
});

describe('analyze: a wire story with a dateline, a byline and several kinds of sources', () => {
  const text = fixture('wire-budget-vote.article');
  const analysis = analyze(text);

  it('reads the dateline and its wire credit, and keeps them out of the first sentence', () => {
    const dateline = analysis.credits.find((c) => c.kind === 'dateline');
    assert.strictEqual(dateline?.name, 'BRUSSELS');
    assert.ok(analysis.credits.some((c) => c.kind === 'wire' && c.name === 'Reuters'));
    const a = find(analysis, 'officials', 'said');
    assert.ok(a.content[0]!.text.startsWith('European finance ministers failed'));
  });

  it('reads a byline', () => {
    assert.ok(analysis.credits.some((c) => c.kind === 'byline' && c.name === 'Anna Keller'));
  });

  it('a photo credit is named without its "Photo:", "Courtesy of" or "handout"', () => {
    const names = (text: string): string[] => analyze(text).credits.map((c) => `${c.kind}:${c.name}`);
    assert.deepStrictEqual(names('The minister spoke. (PHOTO: Jane Doe)'), ['photo:Jane Doe']);
    assert.deepStrictEqual(names('The minister spoke. (Courtesy of Jane Doe)'), ['photo:Jane Doe']);
    assert.deepStrictEqual(names('The minister spoke. (Ministry of Defense handout)'), ['photo:Ministry of Defense']);
    assert.deepStrictEqual(names('The minister spoke. (Jane Doe)'), ['photo:Jane Doe']);
  });

  it('a wire desk mark in parentheses ("(END)", "(MORE)", "(2nd LD)") is not a credit', () => {
    const names = (text: string): string[] => analyze(text).credits.map((c) => `${c.kind}:${c.name}`);
    assert.deepStrictEqual(names('The council meets again in May.\n\n(END)'), []);
    assert.deepStrictEqual(names('The council meets again in May. (MORE)'), []);
    assert.deepStrictEqual(names('The council meets again in May. (2nd LD)'), []);
    assert.deepStrictEqual(names('The council met on Monday. (Endeavour Press)'), ['photo:Endeavour Press']);
  });

  it('a credit name written with doubled spaces, a tab or a no-break space reads with single spaces', () => {
    assert.deepStrictEqual(analyze('By  Anna\u00a0Keller').credits.map((c) => c.name), ['Anna Keller']);
    assert.deepStrictEqual(analyze('The minister spoke on Monday. (Ministry  of\tDefense)').credits.map((c) => c.name), ['Ministry of Defense']);
  });

  it('"QUOTE," said Mr. Smith, APPOSITIVE. — the inverted source includes the appositive', () => {
    const a = find(analysis, 'Mr. Hofmann, the German finance minister', 'said');
    assert.strictEqual(a.kind, 'direct');
  });

  it('"told the BBC that ...": the addressee stays out of the content', () => {
    const a = find(analysis, 'The Dutch minister', 'told');
    assert.ok(a.content[0]!.text.startsWith('that her government'));
  });

  it('an anonymous source with a qualifier is the whole noun phrase', () => {
    find(analysis, 'A senior diplomat familiar with the talks', 'said');
  });

  it('a Chinese name with title, and a document after "according to"', () => {
    find(analysis, 'Chinese Commerce Minister Wang Lei', 'said');
    const a = byCue(analysis, 'according to');
    assert.strictEqual(a.source?.text, "a statement posted on the council's website");
    assert.deepStrictEqual(texts(a.content), ['The talks will resume in July']);
  });

  it('a poll as source', () => {
    const a = find(analysis, 'A new poll', 'shows');
    assert.ok(a.content[0]!.text.startsWith('that 58 percent'));
  });

  it('a lawsuit, complaint or indictment as source of "claims", "shows" without "that", but not "the lawsuit claims were"', () => {
    for (const noun of ['lawsuit', 'suit', 'complaint', 'indictment']) {
      const a = analyze(`The ${noun} claims the company misled investors.`).attributions;
      assert.deepStrictEqual(a.map((x) => [x.source?.text, x.cue.text, texts(x.content)]), [[`The ${noun}`, 'claims', ['the company misled investors']]], noun);
    }
    assert.deepStrictEqual(analyze('The lawsuit claims were dismissed.').attributions.filter((x) => x.cue.text === 'claims'), []);
  });

  it('data, figures, a poll or a report that "showed" or "found" what comes before them ("…, government data showed")', () => {
    const cases: [string, string, string][] = [
      ['Unemployment rose to 5% in May, government data showed on Friday.', 'government data', 'Unemployment rose to 5% in May'],
      ['Support for the plan fell to 40%, a poll showed.', 'a poll', 'Support for the plan fell to 40%'],
      ['Sales fell 4%, the report found.', 'the report', 'Sales fell 4%'],
    ];
    for (const [text, source, content] of cases) {
      assert.deepStrictEqual(analyze(text).attributions.map((x) => [x.source?.text, texts(x.content)]), [[source, [content]]], text);
    }
    // near miss: a person who found or showed something reports nothing to the left ("The roof leaked, Ruiz found.")
    assert.deepStrictEqual(analyze('The roof leaked, Ruiz found.').attributions, []);
  });

  it('"per" opening or closing a sentence is "according to" ("Per the filing, …", "…, per the filing.")', () => {
    const read = (text: string) => analyze(text).attributions.map((x) => [x.kind, x.source?.text, x.cue.text, texts(x.content)]);
    assert.deepStrictEqual(read('Per the filing, the company lost $3 million.'), [['according-to', 'the filing', 'Per', ['the company lost $3 million']]]);
    assert.deepStrictEqual(read('The company lost $3 million, per a person familiar with the matter.'), [['according-to', 'a person familiar with the matter', 'per', ['The company lost $3 million']]]);
    // near misses: a rate, and "per" inside a clause that has its own speaker
    assert.deepStrictEqual(read('Shares rose 4 cents per share.'), []);
    assert.deepStrictEqual(read('Ruiz said, per a translator, that the server was open.'), [['indirect', 'Ruiz', 'said', ['that the server was open']]]);
  });

  it('"X is quoted as saying": X is the speaker, of the words after it or of the quotation before it', () => {
    const read = (text: string) => analyze(text).attributions.map((x) => [x.kind, x.source?.text, x.cue.text, texts(x.content)]);
    assert.deepStrictEqual(read('Ruiz is quoted as saying the strike would go ahead.'), [['indirect', 'Ruiz', 'is quoted as saying', ['the strike would go ahead']]]);
    assert.deepStrictEqual(read('“Our method works,” Ruiz is quoted as saying.'), [['direct', 'Ruiz', 'is quoted as saying', ['“Our method works,”']]]);
    // near miss: "quoted as" something else says nothing
    assert.deepStrictEqual(read('Ruiz was quoted as the source.').map((x) => x[1]), [undefined]);
  });

  it('"Ruiz earlier said", "had earlier told": "earlier" before the verb is part of the cue, as "later" is', () => {
    const read = (text: string) => analyze(text).attributions.map((x) => [x.source?.text, x.cue.text, texts(x.content)]);
    assert.deepStrictEqual(read('Ruiz earlier said the port would close.'), [['Ruiz', 'earlier said', ['the port would close']]]);
    assert.deepStrictEqual(read('Ruiz had earlier told reporters the port would close.'), [['Ruiz', 'had earlier told', ['the port would close']]]);
    // near miss: after a possessive the word is a noun ("the campaign’s earlier claim")
    assert.deepStrictEqual(read('The campaign’s earlier claim that the port would close was false.'), []);
  });

  it('a quote split by its attribution: the following quoted sentence is more content', () => {
    const a = analysis.attributions.find((x) => x.source?.text === 'Hofmann');
    assert.ok(a);
    assert.deepStrictEqual(texts(a.content), ['"This is not a debate about numbers,"', '"It is a debate about trust."']);
  });

  it('"reportedly" is a no-source attribution', () => {
    const a = byCue(analysis, 'reportedly');
    assert.strictEqual(a.kind, 'no-source');
    assert.strictEqual(a.source, null);
    assert.strictEqual(a.sourceId, null);
  });

  it('"told reporters:" takes the quote after the colon as content', () => {
    const a = find(analysis, 'Ms. Lindqvist', 'told');
    assert.deepStrictEqual(texts(a.content), ['"Nobody should expect a deal before the autumn."']);
    assert.strictEqual(a.kind, 'direct');
  });

  it('an unattributed sentence with figures is a checkable claim with its reasons', () => {
    const claim = analysis.claims.find((c) => c.kind === 'unattributed' && c.span.text.startsWith('The inflation rate rose'));
    assert.ok(claim);
    assert.ok(claim.reasons?.includes('percentage'));
    assert.ok(claim.reasons?.includes('superlative'));
    assert.strictEqual(claim.attributionId, null);
  });

  it('keeps every offset exact', () => assertSpansExact(text, analysis));
});

describe('analyze: the multi-paragraph quote convention', () => {
  const text = fixture('multi-paragraph-quote.article');
  const analysis = analyze(text);

  it('a quote left open at a paragraph end continues in the next paragraph that opens with a quote mark', () => {
    assert.strictEqual(analysis.problems.length, 0, JSON.stringify(analysis.problems));
    const open = analysis.quotes.find((q) => q.inner.text.startsWith('We have changed'));
    const continued = analysis.quotes.find((q) => q.inner.text.startsWith('And we will keep'));
    assert.ok(open?.multiParagraph && continued?.multiParagraph);
  });

  it('the continued quote belongs to the same speaker', () => {
    const a = find(analysis, 'Mayor Carla Reyes', 'said');
    const continued = analysis.quotes.find((q) => q.inner.text.startsWith('And we will keep'));
    assert.strictEqual(continued?.attributionId, a.id);
    assert.ok(a.content.some((c) => c.text.startsWith('"And we will keep listening')));
  });

  it('the sentences of a continued quote are the speaker\'s claim, not unattributed ones', () => {
    const text = '"We will cut the deficit," Finance Minister Dan Okafor said. "It is the right thing.\n\n"Spending fell by 3 percent last year."\n\nThe port handled 40 percent more freight in 2025.';
    const result = analyze(text);
    const unattributed = unattributedClaimTexts(result);
    assert.deepStrictEqual(unattributed, ['The port handled 40 percent more freight in 2025']);
    const okafor = find(result, 'Finance Minister Dan Okafor', 'said');
    assert.ok(okafor.content.some((c) => c.text.startsWith('"Spending fell')));
  });

  it('a paragraph that is the content of the speaker before it ("said:") has no unattributed claims', () => {
    const text = 'Maria Varga, the harbour commissioner, said in a statement:\n\nThe budget rose 5 percent in 2025.\n\nThe harbour is the deepest on the coast.';
    const result = analyze(text);
    const unattributed = unattributedClaimTexts(result);
    assert.deepStrictEqual(unattributed, ['The harbour is the deepest on the coast']);
    const varga = result.attributions.find((a) => a.cue.text.startsWith('said'));
    assert.deepStrictEqual(varga?.content.map((c) => c.text), ['The budget rose 5 percent in 2025.']);
  });

  it('a quote left open before a paragraph that does not open with a quote mark is unbalanced', () => {
    const broken = analyze('"We have listened, she said.\n\nCritics were not convinced.');
    assert.deepStrictEqual(broken.problems.map((p) => p.code), ['unbalanced-quote-open']);
    assert.strictEqual(broken.problems[0]!.start, 0);
  });
});

describe('analyze: Markdown articles', () => {
  it('a blockquote’s ">" and a list item’s "-", "*" or "•" at a line’s start are no part of a quote or of content', () => {
    const text = '> "We passed the best budget in a decade," said Mayor Ana Ruiz.\n\n- Harbour fees will rise 3 percent, the finance director said.\n\n* The pier closes in May, Ruiz said.';
    const result = analyze(text);
    assertSpansExact(text, result);
    assert.deepStrictEqual(
      result.attributions.map((a) => [a.kind, a.content.map((c) => c.text)]),
      [
        ['direct', ['"We passed the best budget in a decade,"']],
        ['indirect', ['Harbour fees will rise 3 percent']],
        ['indirect', ['The pier closes in May']],
      ],
    );
    // a Markdown link's bracket is no part of the content before it
    assert.deepStrictEqual(analyze('Harbour fees rose in May, [according to the minutes](https://example.org/minutes).').attributions.map((a) => a.content[0]!.text), ['Harbour fees rose in May']);
    // near miss: a minus sign before a figure is part of it
    assert.deepStrictEqual(analyze('-5 degrees was the low, the forecaster said.').attributions.map((a) => a.content[0]!.text), ['-5 degrees was the low']);
  });
});
