// How a source span opens: words capitalised at a sentence's start without being names (a number
// written out, "Sixty percent of voters say ..."; a group word, "Others said", "Supporters say";
// a hyphenated nationality, "the Korean-American community"), whose sources are groups, not
// people; a word describing the person before a full name ("Billionaire Maria Varga"); a group
// tied to someone ("Supporters of Maria Varga said"), which is the source rather than the name
// after the link. And a cue word that is half of a noun ("a think tank") is no cue.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { attributionLines } from './helpers';

/** The source each attribution in `text` is tied to, as "type:name" (null when none). */
function sourcesOf(text: string): (string | null)[] {
  const analysis = analyze(text);
  return analysis.attributions.map((a) => {
    const source = analysis.sources.find((s) => s.id === a.sourceId);
    return source ? `${source.type}:${source.name}` : null;
  });
}

/** The names of the person sources in `text`. */
function people(text: string): string[] {
  return analyze(text)
    .sources.filter((s) => s.type === 'person')
    .map((s) => s.name);
}

describe('"who" right after an organization named after people ("Officials at the port authority, who ...")', () => {
  it('is the people, not the organization', () => {
    const whoOf = (text: string): string | undefined => {
      const analysis = analyze(text);
      return analysis.sources.find((s) => s.mentions.some((m) => m.text === 'who'))?.name;
    };
    assert.strictEqual(whoOf('Maria Varga of the Harbour Ministry, who chairs the board, said the plan was sound.'), 'Maria Varga');
    assert.strictEqual(whoOf('Two officials at the regional environment agency, who asked not to be named, said the survey was late.'), 'two officials');
    // "which" is the organization's
    assert.strictEqual(whoOf('Dan Okafor praised the Harbour Ministry, which he said had acted quickly.'), undefined);
  });
});

describe('a possessive opening a source ("her spokesperson said", "his campaign said")', () => {
  it('makes the phrase the source, not whom the pronoun refers to', () => {
    const text = 'Foreign Minister Sigrid Holm met the envoy on Monday. Norway would not move, her spokesperson said. She said the talks would go on.';
    assert.deepStrictEqual(sourcesOf(text), ['anonymous:her spokesperson', 'person:Sigrid Holm']);
    assert.deepStrictEqual(sourcesOf('Dan Okafor filed on Monday. His campaign said the count was wrong.'), ['anonymous:His campaign']);
    // the pronoun alone is still the person
    assert.deepStrictEqual(sourcesOf('Dan Okafor filed on Monday. He said the count was wrong.'), ['person:Dan Okafor']);
  });
});

describe('the plural of a title ("Senators said", "Foreign ministers agree")', () => {
  it('is a group of unnamed people, not a person or nobody', () => {
    assert.deepStrictEqual(sourcesOf('Senators said the harbour bill would fail.'), ['anonymous:Senators']);
    assert.deepStrictEqual(sourcesOf('Foreign ministers agree to restart fisheries talks'), ['anonymous:Foreign ministers']);
    assert.deepStrictEqual(sourcesOf('Republican senators said the bill would pass.'), ['anonymous:Republican senators']);
    assert.deepStrictEqual(sourcesOf('Governors in more than a dozen states said they would sue.'), ['anonymous:Governors in more than a dozen states']);
    // a title before a name is still the person's
    assert.deepStrictEqual(sourcesOf('Senator Dan Okafor said the bill would pass.'), ['person:Dan Okafor']);
  });
});

describe('a number written out at the start of a sentence', () => {
  it('is no name: the share of a group that says something is that group', () => {
    assert.deepStrictEqual(sourcesOf('Sixty-three percent of harbour residents say the ferry fares are too high.'), ['anonymous:residents']);
    assert.deepStrictEqual(sourcesOf('Sixty percent of Americans say the economy is getting worse.'), ['anonymous:Americans']);
    assert.deepStrictEqual(sourcesOf('Two-thirds of Republicans said the party should pick a new leader.'), ['anonymous:Republicans']);
  });

  it('leaves the whole phrase as the source span', () => {
    assert.deepStrictEqual(attributionLines('Sixty-three percent of harbour residents say the ferry fares are too high.'), [
      'Sixty-three percent of harbour residents|say|the ferry fares are too high',
    ]);
  });

  it('makes a group of a share with no group noun to stand for ("Half of the respondents")', () => {
    assert.deepStrictEqual(sourcesOf('Half of the respondents said the survey was too long.'), ['anonymous:Half of the respondents']);
    assert.deepStrictEqual(sourcesOf('Sixty-one of those polled said they would abstain.'), ['anonymous:Sixty-one of those polled']);
  });

  it('is not a person a later pronoun can refer to', () => {
    assert.deepStrictEqual(people('Fifty-two percent of those polled said the harbour should reopen. She is wrong, Mayor Ada Brandt said.'), ['Ada Brandt']);
  });
});

describe('a group word opening the source', () => {
  it('makes an anonymous source, not a person', () => {
    assert.deepStrictEqual(sourcesOf('Others said the vote should wait until spring.'), ['anonymous:Others']);
    assert.deepStrictEqual(sourcesOf('Supporters say the levy will pay for new classrooms.'), ['anonymous:Supporters']);
    assert.deepStrictEqual(sourcesOf('Everyone at the meeting agreed that the pier must reopen.'), ['anonymous:Everyone at the meeting']);
    assert.deepStrictEqual(sourcesOf('Neither side said it would back down.'), ['anonymous:Neither side']);
    assert.deepStrictEqual(sourcesOf('People in the harbour district say the ferry is always late.'), ['anonymous:People in the harbour district']);
  });

  it('keeps a hyphenated nationality inside the group out of the names', () => {
    const text = 'Others in the Korean-American neighbourhood say the night market should move.';
    assert.deepStrictEqual(sourcesOf(text), ['anonymous:Others in the Korean-American neighbourhood']);
    assert.deepStrictEqual(people(text), []);
  });

  it('still finds the person after an opening word ("Well, the mayor said")', () => {
    assert.deepStrictEqual(attributionLines('Well, the mayor said, that is a question for the council.'), ['the mayor|said|Well / that is a question for the council']);
    assert.deepStrictEqual(people('Well, Mayor Ines Varga said, that is a question for the council.'), ['Ines Varga']);
  });
});

describe('a cue word that is half of a noun', () => {
  it('is no cue ("a think tank", "talk shows")', () => {
    assert.deepStrictEqual(attributionLines('Third Way, a centrist think tank, said the plan would cost too much.'), [
      'Third Way, a centrist think tank,|said|the plan would cost too much',
    ]);
    assert.deepStrictEqual(attributionLines('The host of two talk shows said he was retiring.'), ['The host of two talk shows|said|he was retiring']);
  });

  it('is a cue when it is the verb ("analysts think taxes will rise")', () => {
    assert.deepStrictEqual(attributionLines('Analysts think taxes will rise next year.'), ['Analysts|think|taxes will rise next year']);
  });
});

describe('a word opening the sentence before a given name and a surname', () => {
  it('describes the person and is left out of the name, so the person is one source', () => {
    const text = 'Mayor Maria Varga said the pier would reopen. Billionaire Maria Varga later told donors she would run again.';
    assert.deepStrictEqual(sourcesOf(text), ['person:Maria Varga', 'person:Maria Varga']);
    assert.deepStrictEqual(people('Author Thomas Reyes wrote that the harbour had lost its way.'), ['Thomas Reyes']);
    assert.deepStrictEqual(people('Follow Anna Holm on the harbour blog.'), ['Anna Holm']);
  });

  it('keeps a name that opens with a given name, an initial or a two-word name whole', () => {
    assert.deepStrictEqual(people('Mary Ann Lindqvist said the talks had stalled.'), ['Mary Ann Lindqvist']);
    assert.deepStrictEqual(people('J. Edgar Holm said the bureau was ready.'), ['J. Edgar Holm']);
    assert.deepStrictEqual(people('Varga Thomas said the bureau was ready.'), ['Varga Thomas']);
  });
});

describe('a group or an unnamed person tied to someone ("Supporters of Maria Varga said")', () => {
  it('is the source, not the name after the link', () => {
    const text = 'Supporters of Mayor Maria Varga said the vote was rigged. Aides to Maria Varga said she was tired. Varga said nothing.';
    assert.deepStrictEqual(sourcesOf(text), ['anonymous:Supporters of Mayor Maria Varga', 'anonymous:Aides to Maria Varga', 'person:Maria Varga']);
    assert.deepStrictEqual(sourcesOf('A spokesman for Senator Dan Okafor said he would not attend.'), ['anonymous:a spokesman for Senator Dan Okafor']);
    assert.deepStrictEqual(sourcesOf('Friends of the mayor said she had been ill.'), ['anonymous:Friends of the mayor']);
    assert.deepStrictEqual(sourcesOf('Many of his supporters said the rally was a success.'), ['anonymous:many of his supporters']);
    assert.deepStrictEqual(sourcesOf('The lawyers for Harbour Freight said the company would appeal.'), ['anonymous:the lawyers for Harbour Freight']);
  });

  it('is named, and mentioned, without the clause or the figures the span goes on with', () => {
    const text = 'Supporters of Maria Varga, who rallied outside the hall on Monday, said the count was wrong.';
    const analysis = analyze(text);
    const group = analysis.sources.find((s) => s.id === analysis.attributions[0]!.sourceId);
    assert.strictEqual(group?.name, 'Supporters of Maria Varga');
    assert.deepStrictEqual(group?.mentions.map((m) => m.text), ['Supporters of Maria Varga']);
    assert.deepStrictEqual(sourcesOf('Lawyers for Harbour Freight, which owns the dock, said the suit had no merit.'), ['anonymous:Lawyers for Harbour Freight']);
    assert.deepStrictEqual(sourcesOf('Some 1,409 teachers in the district said the plan was rushed.'), ['anonymous:some 1,409 teachers in the district']);
  });

  it('keeps a lawyer or attorney named after the link, or used as a title, as the person', () => {
    assert.deepStrictEqual(sourcesOf('A lawyer for the family, Jane Roe, said the ruling was unjust.'), ['person:Jane Roe']);
    assert.deepStrictEqual(sourcesOf('U.S. Attorney Maria Varga said charges would follow. The attorney said she was confident.'), ['person:Maria Varga', 'person:Maria Varga']);
  });

  it('keeps a name with its appositive, and a title before a name, as the person', () => {
    assert.deepStrictEqual(sourcesOf('Ann Lee, a spokeswoman for the dairy, said the plant opens in May.'), ['person:Ann Lee']);
    assert.deepStrictEqual(sourcesOf('Harbour board spokesman Dan Reyes said the pier would close.'), ['person:Dan Reyes']);
  });
});
