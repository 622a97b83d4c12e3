import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { syntheticMention } from '../../../src/engine/sources/resolve';

// Coreference keeps what it reads from a wording (an unnamed source's words, the mention made for
// a source span that names nobody) from one mention to the next and from one analysis to the
// next: these specify that what it keeps never changes an answer.
describe('coreference: wordings read once', () => {
  it('makes a new mention at each span for the same wording, so moving one leaves the other where it is', () => {
    const text = 'Yesterday importers said no. Today importers said yes.';
    const first = text.indexOf('importers');
    const second = text.lastIndexOf('importers');
    const a = syntheticMention(text, first, first + 9);
    const b = syntheticMention(text, second, second + 9);
    const again = syntheticMention(text, first, first + 9);
    // "importers" alone names nobody; "the electoral commission" names an unnamed source
    const c = syntheticMention('the electoral commission', 0, 24);
    const d = syntheticMention('xx the electoral commission', 3, 27);
    assert.strictEqual(a, null);
    assert.strictEqual(b, null);
    assert.strictEqual(again, null);
    assert.ok(c && d);
    assert.notStrictEqual(c, d);
    assert.deepStrictEqual([c.start, c.end, d.start, d.end], [0, 24, 3, 27]);
    assert.deepStrictEqual({ ...c, start: 0, end: 0 }, { ...d, start: 0, end: 0 });
    c.start += 100;
    assert.strictEqual(syntheticMention('xx the electoral commission', 3, 27)!.start, 3);
  });

  it('resolves an article the same way the first time and every time after', () => {
    const text = [
      'Officials said the talks had stalled. "We are not there yet," a senior official said.',
      'The electoral commission said the count would finish on Friday. "It will be close," the electoral commission said.',
      'A new poll found support falling. The poll was taken last week, the survey said.',
      'Officials said later that the senior official had left. "Nothing has changed," officials said.',
    ].join('\n\n');
    const first = analyze(text);
    const second = analyze(text);
    assert.deepStrictEqual(second.sources, first.sources);
    assert.deepStrictEqual(
      second.attributions.map((a) => a.sourceId),
      first.attributions.map((a) => a.sourceId),
    );
    // the same wording later in another article resolves there with that article's offsets and text
    const shifted = analyze('Elsewhere.\n\n' + text);
    assert.deepStrictEqual(
      shifted.sources.map((s) => s.mentions.map((m) => [m.start - 12, m.text])),
      first.sources.map((s) => s.mentions.map((m) => [m.start, m.text])),
    );
    for (const s of first.sources) for (const m of s.mentions) assert.strictEqual(m.text, text.slice(m.start, m.end));
  });

  it('lets nothing one article files under a name or a role reach the next article resolved', () => {
    const before = [
      'Foreign Minister Cho Tae-yul met officials in Seoul. "We will talk," Cho said.',
      '"The talks went well," the minister said. A senior official said the ministry agreed.',
    ].join('\n\n');
    const after = '"The talks went nowhere," the minister said. Cho, a farmer, said the ministry never called.';
    const alone = analyze(after);
    analyze(before);
    const next = analyze(after);
    assert.deepStrictEqual(next.sources, alone.sources);
    assert.deepStrictEqual(
      next.attributions.map((a) => a.sourceId),
      alone.attributions.map((a) => a.sourceId),
    );
    // the minister of the first article is nobody in the second
    assert.ok(!next.sources.some((s) => s.name === 'Cho Tae-yul'));
  });
});
