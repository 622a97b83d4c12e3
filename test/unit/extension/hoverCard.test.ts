import * as assert from 'assert';
import { escapeMarkdown, findHoverTarget, renderHoverCard, type HoverContext } from '../../../src/extension/model/hoverCard';
import { fixtureAnalysis, lineAt, spanOf } from './analysisFixture';

const context: HoverContext = { uri: 'file:///news/harbour.article', lineAt };

function hoverAt(text: string, occurrence = 1, offsetInText = 1): string | undefined {
  const analysis = fixtureAnalysis();
  const target = findHoverTarget(analysis, spanOf(text, occurrence).start + offsetInText);
  return target && renderHoverCard(analysis, target, context);
}

function commandArgs(markdown: string): unknown[] {
  return [...markdown.matchAll(/command:sourcelight\.revealClaim\?([^ )]+)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])));
}

describe('hover cards', () => {
  it('over a source mention: canonical name, title, affiliation and type', () => {
    const card = hoverAt('Talbot', 2)!;
    assert.match(card, /\*\*Ines Talbot\*\*/);
    assert.match(card, /Harbour Commissioner · Port authority/);
    assert.match(card, /_person_/);
  });

  it('lists the source\'s claims with links that jump to each', () => {
    const card = hoverAt('Ines Talbot')!;
    assert.match(card, /2 claims in this article/);
    const analysis = fixtureAnalysis();
    assert.deepStrictEqual(commandArgs(card), [
      ['file:///news/harbour.article', analysis.claims[0].span.start, analysis.claims[0].span.end],
      ['file:///news/harbour.article', analysis.claims[1].span.start, analysis.claims[1].span.end],
    ]);
  });

  it('names the first reference and its line', () => {
    assert.match(hoverAt('Talbot', 2)!, /First reference: “Harbour Commissioner Ines Talbot” \(line 3\)/);
  });

  it('says when a source carries no claim', () => {
    const analysis = fixtureAnalysis();
    analysis.sources[2].mentions = [{ ...spanOf('lawsuit'), kind: 'name', sourceId: 's3' }];
    const target = findHoverTarget(analysis, spanOf('lawsuit').start)!;
    assert.match(renderHoverCard(analysis, target, context), /No claims attributed/);
  });

  it('marks anonymous sources as such', () => {
    assert.match(hoverAt('Officials')!, /_anonymous source_/);
  });

  it('over a cue: who said it and whether it is quoted or paraphrased', () => {
    const card = hoverAt('said', 2, 0)!;
    assert.match(card, /Direct quote\*\* — said by \*\*Ines Talbot\*\*/);
    assert.match(card, /Cue: “said”/);
  });

  it('over paraphrased content: the paraphrase and a link to the claim', () => {
    const card = hoverAt('will cost')!;
    assert.match(card, /Paraphrase\*\* — said by \*\*officials\*\*/);
    assert.strictEqual(commandArgs(card).length, 1);
  });

  it('over a "reportedly" claim: that nobody is named', () => {
    assert.match(hoverAt('reportedly')!, /No named source\*\* — nobody is named/);
  });

  it('over a quotation no attribution covers: that it has no speaker', () => {
    const analysis = fixtureAnalysis();
    analysis.attributions = analysis.attributions.filter((a) => a.id !== 'a2');
    analysis.sources = [];
    const target = findHoverTarget(analysis, spanOf('"We have').start)!;
    assert.strictEqual(target.type, 'quote');
    assert.match(renderHoverCard(analysis, target, context), /no speaker found/);
  });

  it('shows nothing over plain text', () => {
    assert.strictEqual(hoverAt('approves'), undefined);
  });

  it('appends sections other features contribute, and ignores blank ones', () => {
    const analysis = fixtureAnalysis();
    const target = findHoverTarget(analysis, spanOf('Officials').start)!;
    const card = renderHoverCard(analysis, target, context, ['**Registry:** desk contact', '  ']);
    assert.ok(card.endsWith('---\n\n**Registry:** desk contact'));
  });

  it('escapes names so a source cannot inject links or formatting', () => {
    assert.strictEqual(escapeMarkdown('[x](command:evil) *b*'), '\\[x\\]\\(command:evil\\) \\*b\\*');
    assert.strictEqual(escapeMarkdown('Cho Tae-yul, U.S.'), 'Cho Tae-yul, U.S.');
  });
});
