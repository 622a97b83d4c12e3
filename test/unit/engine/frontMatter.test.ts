// A Markdown article's front matter (Jekyll, Hugo, Astro) is metadata: its author is no source
// and its date no claim, while every offset stays the file's.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { frontMatterEnd } from '../../../src/engine/frontMatter';
import { createIncrementalAnalyzer } from '../../../src/engine/incremental';

const BODY = 'The ministry said on Monday that fees would rise 4 percent.';
const YAML = '---\ntitle: "Port fees to rise, ministry says"\nauthor: Dana Okafor\ndate: 2026-11-03\ntags:\n  - ports\n---\n\n';

describe('front matter', () => {
  it('YAML front matter gives no source, quote or claim; the article after it reads as ever, at its own offsets', () => {
    const a = analyze(YAML + BODY);
    assert.deepStrictEqual(a.sources.map((s) => s.name), ['Ministry']);
    assert.deepStrictEqual(a.quotes, []);
    assert.deepStrictEqual(a.claims.map((c) => c.span.text), ['that fees would rise 4 percent']);
    const cue = a.attributions[0]!.cue;
    assert.deepStrictEqual([cue.start, cue.text], [YAML.length + BODY.indexOf('said'), 'said']);
  });

  it('TOML front matter between "+++" lines, and "..." closing YAML, are front matter too', () => {
    assert.deepStrictEqual(analyze(`+++\ntitle = "Port fees"\nauthor = "Dana Okafor"\n+++\n\n${BODY}`).sources.map((s) => s.name), ['Ministry']);
    assert.strictEqual(frontMatterEnd('---\nauthor: Dana Okafor\n...\nText.'), '---\nauthor: Dana Okafor\n...'.length);
  });

  it('near misses: rules around prose, a block with no key, and "---" later in the text are the article', () => {
    assert.strictEqual(frontMatterEnd(`---\n${BODY}\n---\n`), 0);
    assert.strictEqual(frontMatterEnd('---\n\n---\nText.'), 0);
    assert.strictEqual(frontMatterEnd(`${BODY}\n---\nauthor: Dana Okafor\n---\n`), 0);
    assert.deepStrictEqual(analyze(`---\nDana Okafor said the fees would rise.\n---\n`).sources.map((s) => s.name), ['Dana Okafor']);
  });

  it('the incremental analyzer equals analyze() while front matter is typed, edited and removed', () => {
    const steps = ['---\n', 'author: Dana Okafor\n', '---\n\n'];
    const analyzer = createIncrementalAnalyzer();
    let text = BODY;
    analyzer.update(text);
    let offset = 0;
    for (const piece of steps) {
      text = text.slice(0, offset) + piece + text.slice(offset);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: 0, text: piece }]), analyze(text), piece);
      offset += piece.length;
    }
    assert.deepStrictEqual(analyzer.update(text).sources.map((s) => s.name), ['Ministry']);
    // the author's name edited inside the front matter, then the opening line removed
    const at = text.indexOf('Okafor');
    text = text.slice(0, at) + 'Ruiz' + text.slice(at + 'Okafor'.length);
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: at, rangeLength: 'Okafor'.length, text: 'Ruiz' }]), analyze(text));
    text = text.slice(4);
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: 0, rangeLength: 4, text: '' }]), analyze(text));
    assert.ok(analyzer.update(text).sources.some((s) => s.name === 'Dana Ruiz'));
  });
});
