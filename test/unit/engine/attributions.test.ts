// Attribution patterns, one sentence each: text in, expected source / cue / content / kind out.
import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import type { Attribution, AttributionKind } from '../../../src/engine/types';
import { assertSpansExact, attributionLines } from './helpers';

interface Expected {
  source: string | null;
  cue: string;
  content: string[];
  kind: AttributionKind;
}

function only(text: string, cue: string): Attribution {
  const analysis = analyze(text);
  assertSpansExact(text, analysis);
  const found = analysis.attributions.filter((a) => a.cue.text === cue);
  assert.strictEqual(found.length, 1, `one attribution with cue "${cue}" in ${JSON.stringify(analysis.attributions.map((a) => a.cue.text))}`);
  return found[0]!;
}

function expectAttribution(text: string, expected: Expected): void {
  const a = only(text, expected.cue);
  assert.deepStrictEqual(
    { source: a.source?.text ?? null, cue: a.cue.text, content: a.content.map((c) => c.text), kind: a.kind },
    expected,
  );
}

describe('attributions', () => {
  it('a capitalised "Will" or "May" before a surname is a first name, not the modal verb that ends a source', () => {
    expectAttribution('"We are ready," said Will Dane.', { source: 'Will Dane', cue: 'said', content: ['"We are ready,"'], kind: 'direct' });
    expectAttribution('Mayor Will Dane said the port would reopen.', { source: 'Mayor Will Dane', cue: 'said', content: ['the port would reopen'], kind: 'indirect' });
    expectAttribution('The port will open, said May Lin, the harbour master.', {
      source: 'May Lin, the harbour master',
      cue: 'said',
      content: ['The port will open'],
      kind: 'indirect',
    });
    // the modal verb in lower case stays a verb
    expectAttribution('It may rain, the forecaster said.', { source: 'the forecaster', cue: 'said', content: ['It may rain'], kind: 'indirect' });
  });

  it('a capitalised "Per" before a surname is a first name, not the "per" of "per the filing"', () => {
    expectAttribution('"We will appeal," said Per Holm, the company\'s lawyer.', { source: "Per Holm, the company's lawyer", cue: 'said', content: ['"We will appeal,"'], kind: 'direct' });
    expectAttribution('Per Holm said the firm would appeal.', { source: 'Per Holm', cue: 'said', content: ['the firm would appeal'], kind: 'indirect' });
    expectAttribution('The firm will appeal, Per Holm said.', { source: 'Per Holm', cue: 'said', content: ['The firm will appeal'], kind: 'indirect' });
    // "per" before a lower-case word stays a preposition
    expectAttribution('Per the filing, the firm will appeal.', { source: 'the filing', cue: 'Per', content: ['the firm will appeal'], kind: 'according-to' });
    expectAttribution('Fares rose 3 cents per mile, Holm said.', { source: 'Holm', cue: 'said', content: ['Fares rose 3 cents per mile'], kind: 'indirect' });
  });

  it('SOURCE CUE that CONTENT: "that" belongs to the content, the final period does not', () => {
    expectAttribution('The ministry said that talks would resume in May.', {
      source: 'The ministry',
      cue: 'said',
      content: ['that talks would resume in May'],
      kind: 'indirect',
    });
  });

  it('a report attributed as a whole to its teller nests the reported speaker inside', () => {
    const text = 'Kim reiterated that the bridge will reopen in June, according to the mayor.';
    const analysis = analyze(text);
    const outer = analysis.attributions.find((a) => a.cue.text === 'according to');
    const inner = analysis.attributions.find((a) => a.cue.text === 'reiterated');
    assert.ok(outer && inner, JSON.stringify(analysis.attributions.map((a) => a.cue.text)));
    assert.strictEqual(outer.source?.text, 'the mayor');
    assert.strictEqual(inner.source?.text, 'Kim');
    assert.deepStrictEqual(inner.content.map((c) => c.text), ['that the bridge will reopen in June']);
    assert.strictEqual(inner.parentId, outer.id);
  });

  it('semicolons inside a list introduced by a dash or a colon do not end the content', () => {
    expectAttribution('The mayor said the plan rests on two things -- a new levy; and a bond issue.', {
      source: 'The mayor',
      cue: 'said',
      content: ['the plan rests on two things -- a new levy; and a bond issue'],
      kind: 'indirect',
    });
    expectAttribution('The mayor said the plan was ready; the council disagreed.', {
      source: 'The mayor',
      cue: 'said',
      content: ['the plan was ready'],
      kind: 'indirect',
    });
  });

  it('a fronted phrase before SOURCE CUE CONTENT is not the content', () => {
    expectAttribution('In a statement, the ministry said the talks would resume.', {
      source: 'the ministry',
      cue: 'said',
      content: ['the talks would resume'],
      kind: 'indirect',
    });
    expectAttribution('Talks will resume, the ministry said the day before.', {
      source: 'the ministry',
      cue: 'said',
      content: ['Talks will resume'],
      kind: 'indirect',
    });
  });

  it('SOURCE CUE CONTENT without "that"', () => {
    expectAttribution('Officials say the bridge will reopen next week.', {
      source: 'Officials',
      cue: 'say',
      content: ['the bridge will reopen next week'],
      kind: 'indirect',
    });
  });

  it('"QUOTE," SOURCE CUE. — a direct quote keeps its comma and marks', () => {
    expectAttribution('"We will cooperate," she said.', { source: 'she', cue: 'said', content: ['"We will cooperate,"'], kind: 'direct' });
  });

  it('curly quotes work the same way', () => {
    expectAttribution('“We will cooperate,” the spokesman said.', {
      source: 'the spokesman',
      cue: 'said',
      content: ['“We will cooperate,”'],
      kind: 'direct',
    });
  });

  it('"QUOTE." SOURCE CUE. — a speech verb takes the quotation before it, a verb of wanting its own object', () => {
    assert.deepStrictEqual(attributionLines('“We will win.” Ruiz said.'), ['Ruiz|said|“We will win.”']);
    assert.deepStrictEqual(attributionLines('“We will win.” A spokesman for Ruiz declined to comment.'), ['A spokesman for Ruiz|declined|to comment']);
    assert.deepStrictEqual(attributionLines('“We will win.” Ruiz plans to visit the port on Sunday.'), ['Ruiz|plans|to visit the port on Sunday']);
    assert.deepStrictEqual(attributionLines('“We will win.” Ruiz declined.'), []);
  });

  it('"QUOTE," CUE SOURCE. — "said Mr. Smith"', () => {
    expectAttribution('"It was a long night," said Mr. Smith.', {
      source: 'Mr. Smith',
      cue: 'said',
      content: ['"It was a long night,"'],
      kind: 'direct',
    });
  });

  it('a question quote followed by a lowercase cue stays one sentence', () => {
    expectAttribution('"Will you pledge not to do it?" he asks.', {
      source: 'he',
      cue: 'asks',
      content: ['"Will you pledge not to do it?"'],
      kind: 'direct',
    });
  });

  it('CONTENT, SOURCE CUE. — reported speech before its source', () => {
    expectAttribution('The plant will close in June, the company said.', {
      source: 'the company',
      cue: 'said',
      content: ['The plant will close in June'],
      kind: 'indirect',
    });
  });

  it('According to SOURCE, CONTENT.', () => {
    expectAttribution('According to the police report, the driver was not injured.', {
      source: 'the police report',
      cue: 'According to',
      content: ['the driver was not injured'],
      kind: 'according-to',
    });
  });

  it('According to DESCRIPTION, NAME, CONTENT. — the name after the description is the source\'s', () => {
    expectAttribution("According to the city's finance director, Carla Mendes, the consulting contracts cannot be cancelled.", {
      source: "the city's finance director, Carla Mendes",
      cue: 'According to',
      content: ['the consulting contracts cannot be cancelled'],
      kind: 'according-to',
    });
    // a name that a relative clause goes on about is the content's subject
    expectAttribution('According to the mayor, New York State Police, who arrived late, were slow.', {
      source: 'the mayor',
      cue: 'According to',
      content: ['New York State Police, who arrived late, were slow'],
      kind: 'according-to',
    });
  });

  it('According to SOURCE, who or which CLAUSE, CONTENT. — the clause is the source\'s, not the content\'s', () => {
    expectAttribution('According to the harbour board, which runs the port, fees will rise.', {
      source: 'the harbour board, which runs the port',
      cue: 'According to',
      content: ['fees will rise'],
      kind: 'according-to',
    });
    // near miss: a clause about a name after the source belongs to the content (see above)
    assert.strictEqual(only('According to the mayor, New York State Police, who arrived late, were slow.', 'According to').source?.text, 'the mayor');
  });

  it('According to SOURCE, CONTENT ending in a verb that can be a cue ("will appeal") — one attribution, the according-to one', () => {
    const a = analyze('According to Maria Varga, Harbour Freight will appeal.');
    assert.deepStrictEqual(a.attributions.map((x) => [x.source?.text, x.cue.text, x.content.map((c) => c.text)]), [['Maria Varga', 'According to', ['Harbour Freight will appeal']]]);
  });

  it('CONTENT, according to DESCRIPTION, NAME. — the name closing the sentence is the source\'s', () => {
    expectAttribution('Norway would not accept higher quotas, according to her spokesperson, Erik Lunde.', {
      source: 'her spokesperson, Erik Lunde',
      cue: 'according to',
      content: ['Norway would not accept higher quotas'],
      kind: 'according-to',
    });
    const a = analyze('Foreign Minister Sigrid Holm met the envoy. Norway would not move, according to her spokesperson, Erik Lunde.');
    assert.strictEqual(a.sources.find((s) => s.id === a.attributions[0]!.sourceId)?.name, 'Erik Lunde');
  });

  it('CONTENT, according to SOURCE.', () => {
    expectAttribution('Turnout fell sharply, according to election officials.', {
      source: 'election officials',
      cue: 'according to',
      content: ['Turnout fell sharply'],
      kind: 'according-to',
    });
  });

  it('a partial quote inside paraphrase makes the attribution partial', () => {
    expectAttribution('Lee said the deal was "a first step" toward peace.', {
      source: 'Lee',
      cue: 'said',
      content: ['the deal was "a first step" toward peace'],
      kind: 'partial',
    });
  });

  it('auxiliaries and adverbs join the cue', () => {
    expectAttribution('The governor has repeatedly said the tax will not rise.', {
      source: 'The governor',
      cue: 'has repeatedly said',
      content: ['the tax will not rise'],
      kind: 'indirect',
    });
  });

  it('a time word right after the verb joins the cue', () => {
    expectAttribution('The senator said Friday that she would run again.', {
      source: 'The senator',
      cue: 'said Friday',
      content: ['that she would run again'],
      kind: 'indirect',
    });
  });

  it('"said in a statement" is one cue', () => {
    expectAttribution('The union said in a statement that the strike would go on.', {
      source: 'The union',
      cue: 'said in a statement',
      content: ['that the strike would go on'],
      kind: 'indirect',
    });
  });

  it('a speaker with an appositive: the source runs through the appositive and its comma', () => {
    expectAttribution('Tom Miller, a lawyer for the family, argued that the ruling was wrong.', {
      source: 'Tom Miller, a lawyer for the family,',
      cue: 'argued',
      content: ['that the ruling was wrong'],
      kind: 'indirect',
    });
  });

  it('a speaker named after the cue keeps the relative clause that ends the sentence, but not a participle', () => {
    assert.strictEqual(only('“We ran out of beds,” said Lena Ortiz, who runs the shelter on Fifth Street.', 'said').source?.text, 'Lena Ortiz, who runs the shelter on Fifth Street');
    assert.strictEqual(only('“We ran out of beds,” said Lena Ortiz, the director, who took over in May.', 'said').source?.text, 'Lena Ortiz, the director, who took over in May');
    assert.strictEqual(only('The shelter is full, said the report, which the council released on Monday.', 'said').source?.text, 'the report, which the council released on Monday');
    // near misses: a participle clause of its own, and a clause that does not end the sentence
    assert.strictEqual(only('“We ran out of beds,” said Lena Ortiz, adding that the shelter was full.', 'said').source?.text, 'Lena Ortiz');
    assert.strictEqual(only('“We ran out of beds,” said Lena Ortiz, who runs the shelter, “and we need help.”', 'said').source?.text, 'Lena Ortiz');
  });

  it('an aside about the saying, or when it was said, is not part of the source; an aside about the speaker is', () => {
    assert.strictEqual(only('Dana Ruiz, meanwhile, said the vote would fail.', 'said').source?.text, 'Dana Ruiz');
    assert.strictEqual(only('Dana Ruiz, for her part, said the vote would fail.', 'said').source?.text, 'Dana Ruiz');
    assert.strictEqual(only('Dana Ruiz, by contrast, told reporters the vote would fail.', 'told').source?.text, 'Dana Ruiz');
    assert.strictEqual(only('Dana Ruiz, in a short phone call on Friday, said the vote would fail.', 'said').source?.text, 'Dana Ruiz');
    assert.strictEqual(only('Mayor Dana Ruiz on Tuesday said the vote would fail.', 'said').source?.text, 'Mayor Dana Ruiz');
    assert.strictEqual(only('The harbour council last week said the vote would fail.', 'said').source?.text, 'The harbour council');
    // near misses: the speaker's affiliation and an appositive stay in the source
    assert.strictEqual(only('Dana Ruiz, of the Harbour Institute, said the vote would fail.', 'said').source?.text, 'Dana Ruiz, of the Harbour Institute,');
    assert.strictEqual(only('Dana Ruiz, a lawyer for the family, said the vote would fail.', 'said').source?.text, 'Dana Ruiz, a lawyer for the family,');
  });

  it('two sources joined by "and" after a name are one source; a clause before "and" is not part of it', () => {
    assert.strictEqual(only('Acme Freight and its lawyers say the claim is false.', 'say').source?.text, 'Acme Freight and its lawyers');
    assert.strictEqual(only('Both The Harbour Gazette and the Valmere Star reported that the mayor resigned.', 'reported').source?.text, 'Both The Harbour Gazette and the Valmere Star');
    // near miss: "Ruiz met Lee Chen" is a clause of its own
    assert.strictEqual(only('Dana Ruiz met Lee Chen and the mayor said the talks went well.', 'said').source?.text, 'the mayor');
  });

  it('a source keeps a plural possessive, a limiting "only", "not everyone" and an adjective such as "earlier"', () => {
    assert.strictEqual(only('The workers’ union said the strike would go on.', 'said').source?.text, 'The workers’ union');
    assert.strictEqual(only('Okafor’s aides say the campaign will not stop.', 'say').source?.text, 'Okafor’s aides');
    assert.strictEqual(only('Only 49 percent of voters say they are satisfied.', 'say').source?.text, 'Only 49 percent of voters');
    assert.strictEqual(only('Not everyone agreed that the plan would work.', 'agreed').source?.text, 'Not everyone');
    assert.strictEqual(only('An earlier report in a local paper said the plan was dead.', 'said').source?.text, 'An earlier report in a local paper');
    // near misses: "only" and "later" as adverbs before the subject
    assert.strictEqual(only('Only then the mayor said the plan was dead.', 'said').source?.text, 'the mayor');
    assert.strictEqual(only('Later the mayor said the plan was dead.', 'said').source?.text, 'the mayor');
  });

  it('a word quoted inside a reported clause is no quotation a verb after it inverts ("he “never” read the letter")', () => {
    expectAttribution('Ruiz said he “never” read the letter.', { source: 'Ruiz', cue: 'said', content: ['he “never” read the letter'], kind: 'partial' });
    // near misses: a quotation that ends its clause with a comma, or opens the sentence, is inverted
    expectAttribution('The pier is “finished,” said Ruiz.', { source: 'Ruiz', cue: 'said', content: ['The pier is “finished,”'], kind: 'partial' });
    expectAttribution('“We are finished” said Ruiz.', { source: 'Ruiz', cue: 'said', content: ['“We are finished”'], kind: 'direct' });
  });

  it('after a quotation, the speaker of “told” is the one before it, with an appositive; who is told is no source', () => {
    expectAttribution('“We were wrong from the start,” Dana Ruiz, a council member, told the Gazette.', {
      source: 'Dana Ruiz, a council member,',
      cue: 'told',
      content: ['“We were wrong from the start,”'],
      kind: 'direct',
    });
    assert.strictEqual(only('“I support the plan,” Lee Chen, 58, tells Valmere News.', 'tells').source?.text, 'Lee Chen, 58,');
    // "asked" after a question is inverted: the speaker follows it
    assert.strictEqual(only('“Why now?” asked Dana Ruiz.', 'asked').source?.text, 'Dana Ruiz');
  });

  it('a participle cue takes the whole subject of its clause, past an opening phrase with a place in it', () => {
    assert.strictEqual(only('Harbour drummer Lee Chen posted a note on Monday, writing that the tour was over.', 'writing').source?.text, 'Harbour drummer Lee Chen');
    assert.strictEqual(only('The Valmere senator is keeping his speeches short, hoping to get home early.', 'hoping').source?.text, 'The Valmere senator');
    assert.strictEqual(only('Speaking at a town hall in Salem, Oregon, Ruiz went after the council, calling it a disgrace.', 'calling').source?.text, 'Ruiz');
    // near miss: the verb after the name is not part of the subject
    assert.strictEqual(only('Ruiz went after the council on Monday, calling it a disgrace.', 'calling').source?.text, 'Ruiz');
  });

  it('a participle clause is not part of the source', () => {
    const a = only('Trump, speaking in Ohio, said he would win the state.', 'said');
    assert.strictEqual(a.source?.text, 'Trump');
  });

  it('a parenthetical cue splits the content in two', () => {
    expectAttribution('To prevent delays, he said, harbour crews should stay alert.', {
      source: 'he',
      cue: 'said',
      content: ['To prevent delays', 'harbour crews should stay alert'],
      kind: 'indirect',
    });
  });

  it('a quote split by its attribution has two content pieces', () => {
    expectAttribution('"We are ready," she said, "and we are not afraid."', {
      source: 'she',
      cue: 'said',
      content: ['"We are ready,"', '"and we are not afraid."'],
      kind: 'direct',
    });
  });

  it('a speaker\'s colon before a quote', () => {
    expectAttribution('He added: "The work is not finished."', {
      source: 'He',
      cue: 'added:',
      content: ['"The work is not finished."'],
      kind: 'direct',
    });
  });

  it('a headline’s label before a colon ("Exclusive:", "Breaking:") is no speaker, but a name is', () => {
    assert.deepStrictEqual(analyze('Exclusive: Port to reopen next week').attributions, []);
    assert.deepStrictEqual(analyze('Breaking: Port to reopen next week').attributions, []);
    assert.deepStrictEqual(analyze('Ruiz: Port will reopen next week').attributions.map((a) => a.source?.text), ['Ruiz']);
  });

  it('a clickbait headline’s label ("Revealed:", "Wow:", "Look:") is no speaker either, and the speaker after it is found', () => {
    for (const label of ['Revealed', 'Wow', 'Look', 'Listen', 'WATCH']) assert.deepStrictEqual(analyze(`${label}: Port To Reopen Next Week`).attributions, [], label);
    assert.deepStrictEqual(analyze('Wow: The mayor just said something unexpected').attributions.map((a) => [a.source?.text, a.cue.text]), [['The mayor', 'just said']]);
  });

  it('a cue with a colon at the end of a paragraph takes the next paragraph as content', () => {
    const text = 'The senator continued:\n\n"We will not give up on this bill."';
    const analysis = analyze(text);
    assertSpansExact(text, analysis);
    const a = analysis.attributions.find((x) => x.cue.text === 'continued:');
    assert.strictEqual(a?.source?.text, 'The senator');
    assert.deepStrictEqual(a.content.map((c) => c.text), ['"We will not give up on this bill."']);
    assert.strictEqual(a.kind, 'direct');
    assert.strictEqual(analysis.quotes[0]!.attributionId, a.id);
  });

  it('"said X at the time": the adjunct after an inverted source is not part of it', () => {
    const a = only('"It was a mistake," said Ms. Ortiz at the time.', 'said');
    assert.strictEqual(a.source?.text, 'Ms. Ortiz');
  });

  it('"asked X to ...": the addressee is left out of the content', () => {
    expectAttribution('Cho asked Rubio to play a role in the talks.', {
      source: 'Cho',
      cue: 'asked',
      content: ['to play a role in the talks'],
      kind: 'indirect',
    });
  });

  it('", adding that ..." keeps the clause\'s source', () => {
    const analysis = analyze('The mayor said the budget was balanced, adding that taxes would not rise.');
    const adding = analysis.attributions.find((a) => a.cue.text === 'adding');
    assert.strictEqual(adding?.source?.text, 'The mayor');
    assert.deepStrictEqual(adding.content.map((c) => c.text), ['that taxes would not rise']);
    const said = analysis.attributions.find((a) => a.cue.text === 'said');
    assert.deepStrictEqual(said?.content.map((c) => c.text), ['the budget was balanced']);
  });

  it('"is expected to" is a no-source cue with the subject and the rest as content', () => {
    expectAttribution('The minister is expected to resign on Monday.', {
      source: null,
      cue: 'is expected',
      content: ['The minister', 'to resign on Monday'],
      kind: 'no-source',
    });
  });

  it('a passive with an agent takes the agent as source', () => {
    const a = only('The plan was criticized by several economists for its cost.', 'was criticized');
    assert.strictEqual(a.source?.text, 'several economists');
  });

  it('a cue inside the reported content is part of that content, not a second attribution', () => {
    const analysis = analyze('The spokeswoman said that both leaders agreed to meet again.');
    assert.deepStrictEqual(analysis.attributions.map((a) => a.cue.text), ['said']);
  });

  it('a report attributed as a whole keeps the nested attribution inside it', () => {
    const analysis = analyze('Rubio reiterated that the alliance is strong, the ministry said.');
    assert.deepStrictEqual(analysis.attributions.map((a) => [a.source?.text, a.cue.text]), [['Rubio', 'reiterated'], ['the ministry', 'said']]);
  });

  it('nouns that look like cue verbs are not cues', () => {
    const analysis = analyze('The report found no evidence. Record low support hurt the party. His claims were false.');
    assert.deepStrictEqual(
      analysis.attributions.map((a) => a.cue.text),
      ['found'],
      'only "The report found" is an attribution',
    );
  });

  it('the house style can add cue verbs', () => {
    const text = 'The minister quipped that the talks were going well.';
    assert.ok(analyze(text).attributions.some((a) => a.cue.text === 'quipped'));
    const custom = analyze('The minister harrumphed that the talks were going nowhere.', { cueVerbs: ['harrumphed'] });
    const a = custom.attributions.find((x) => x.cue.text === 'harrumphed');
    assert.strictEqual(a?.source?.text, 'The minister');
  });
});
