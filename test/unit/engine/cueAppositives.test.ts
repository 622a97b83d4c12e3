// A name and its appositive before the cue are the source: the clause after the cue is the content.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('cue after a name and its appositive', () => {
  it('"Name, title, said the ..." reads the name as the source, not as the content of an inverted cue', () => {
    assert.deepStrictEqual(attributionLines('Tom Reyes, the harbour master, said the ferry would run late.'), [
      'Tom Reyes, the harbour master,|said|the ferry would run late',
    ]);
    assert.deepStrictEqual(attributionLines('Ann Lee, a spokeswoman for the dairy, said the new plant opens in May.'), [
      'Ann Lee, a spokeswoman for the dairy,|said|the new plant opens in May',
    ]);
  });

  it('a participle aside between commas is left out of the source', () => {
    assert.deepStrictEqual(attributionLines('Tom Reyes, speaking after the council vote, said the ferry would run late.'), [
      'Tom Reyes|said|the ferry would run late',
    ]);
  });

  it('a clause before the comma is still the content of an inverted cue', () => {
    assert.deepStrictEqual(attributionLines('The ferry will run late, said Dana Okafor, the harbour master.'), [
      'Dana Okafor, the harbour master|said|The ferry will run late',
    ]);
    assert.deepStrictEqual(attributionLines('Good riddance, said the mayor.'), ['the mayor|said|Good riddance']);
  });

  it('a fronted "Even" or "However" before the name stays out of source and content', () => {
    assert.deepStrictEqual(attributionLines('Even Reyes, a longtime ally of the mayor, said the plan would fail.'), [
      'Reyes, a longtime ally of the mayor,|said|the plan would fail',
    ]);
    assert.deepStrictEqual(attributionLines('However, Reyes, a longtime ally, said it would be hard to repair the pier.'), [
      'Reyes, a longtime ally,|said|it would be hard to repair the pier',
    ]);
  });

  it('a noun phrase opened by a determiner mid-sentence, then a name ("In a statement, a spokeswoman, Ann Lee, said")', () => {
    assert.deepStrictEqual(attributionLines('In a statement, a spokeswoman, Ann Lee, said the dairy would reopen.'), [
      'a spokeswoman, Ann Lee,|said|the dairy would reopen',
    ]);
    assert.deepStrictEqual(attributionLines('On Monday, one of the family’s lawyers, Justin Reyes, said the videos were clear.'), [
      'one of the family’s lawyers, Justin Reyes,|said|the videos were clear',
    ]);
  });

  it('after a quotation, an unnamed speaker and a "who" clause about them ("a port official, who asked not to be named, said")', () => {
    assert.ok(attributionLines('“We are not ready,” a port official, who spoke on condition of anonymity, said.').includes('a port official, who spoke on condition of anonymity,|said|“We are not ready,”'));
    assert.ok(attributionLines('“We are not ready,” two dock workers, who live near the pier, told the Gazette.').includes('two dock workers, who live near the pier,|told|“We are not ready,”'));
  });

  it('a determiner phrase before an aside that is no name is not taken for the source', () => {
    assert.ok(!attributionLines('In May, three ferry crews, however, said the pier was unsafe.').some((l) => l.startsWith('three ferry crews, however,')));
  });

  it('a name and its appositive after a dash ("— Dan Reyes, a spokesman for the mayor, told ...")', () => {
    assert.deepStrictEqual(attributionLines('It was no accident — Dan Reyes, a spokesman for the mayor, told the Gazette that the pier would close.'), [
      'Dan Reyes, a spokesman for the mayor,|told|that the pier would close',
    ]);
  });
});
