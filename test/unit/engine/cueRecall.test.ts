// Cue recall: reporting shapes that must yield an attribution, each with a sentence of our own.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { assertSpansExact, find } from './helpers';

function sourceAndCue(text: string, source: string | null, cue: string): void {
  const analysis = analyze(text);
  assertSpansExact(text, analysis);
  find(analysis, source, cue);
}

describe('cue recall', () => {
  it('an approximate share of a group is the subject of its reporting verb ("About half of ...")', () => {
    sourceAndCue('About half of the surveyed farmers said the drought had cut their harvest.', 'About half of the surveyed farmers', 'said');
    sourceAndCue('Nearly two-thirds of residents told the council the bridge should stay open.', 'Nearly two-thirds of residents', 'told');
  });

  it('a share of "them" or "us" is a subject, though "them" alone never is', () => {
    sourceAndCue('Most of them said the new timetable was confusing.', 'Most of them', 'said');
    const analysis = analyze('The clerk handed them ballots and they said the queue was too long.');
    assert.ok(!analysis.attributions.some((a) => a.source?.text === 'them'));
  });

  it('a name ending in an abbreviation ("Jr.", "Inc.") keeps its reporting verb', () => {
    sourceAndCue('Harold Simms Jr. said the orchard would reopen in spring.', 'Harold Simms Jr.', 'said');
    sourceAndCue('Northfield Dairy Co. announced that the plant would close.', 'Northfield Dairy Co.', 'announced');
  });

  it('a verb that needs "that" also takes a clause opened by a subject pronoun ("added he would ...")', () => {
    const text = 'The coach added he would stay for another season.';
    const analysis = analyze(text);
    const a = find(analysis, 'The coach', 'added');
    assert.deepStrictEqual(a.content.map((c) => c.text), ['he would stay for another season']);
  });

  it('two plural nouns joined by "and" are one source ("nurses and doctors say")', () => {
    sourceAndCue('Hospital nurses and doctors say the new rota leaves wards short-staffed.', 'Hospital nurses and doctors', 'say');
  });

  it('"reported" takes a clause whose subject starts with "the" ("reported the mayor resigned")', () => {
    const text = 'The county paper reported the harbour master resigned on Monday.';
    const a = find(analyze(text), 'The county paper', 'reported');
    assert.deepStrictEqual(a.content.map((c) => c.text), ['the harbour master resigned on Monday']);
  });

  it('"told" + addressee + a clause opened by a subject pronoun: the addressee is not content', () => {
    const text = 'The ferry operator told the harbour board she would cut the winter sailings.';
    const a = find(analyze(text), 'The ferry operator', 'told');
    assert.deepStrictEqual(a.content.map((c) => c.text), ['she would cut the winter sailings']);
  });

  it('a subject followed by an aside between dashes keeps its reporting verb', () => {
    sourceAndCue('The lighthouse keeper — who has kept the lamp for thirty years — said the storm was the worst he had seen.', 'The lighthouse keeper', 'said');
  });

  it('an inverted source may hold "adviser to" or "close to" ("..., said an adviser to the mayor")', () => {
    sourceAndCue('“We were caught off guard,” said a longtime adviser to the governor.', 'a longtime adviser to the governor', 'said');
    sourceAndCue('“Nobody expected the vote to be this close,” said a person close to the council.', 'a person close to the council', 'said');
  });
});
