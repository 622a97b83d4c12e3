// ", saying ...", ", calling ...": a participle after a comma reports what the clause's subject said.
import * as assert from 'assert';
import { attributionLines } from './helpers';

describe('participle cue after a clause with a common-noun subject', () => {
  it('a determiner phrase, then its past-tense verb, is the subject of ", saying ..."', () => {
    assert.deepStrictEqual(attributionLines('The harbour master rose to defend the crews, saying they had done all they could.'), [
      'The harbour master|saying|they had done all they could',
    ]);
    assert.deepStrictEqual(attributionLines('Several nurses cautioned against reading too much into the figures, saying the winter had been mild.'), [
      'Several nurses|saying|the winter had been mild',
    ]);
    assert.deepStrictEqual(attributionLines('His deputy stood up at the hearing, saying the plan was reckless.'), [
      'His deputy|saying|the plan was reckless',
    ]);
  });

  it('"issued a statement (Tuesday,) saying ...": the cue runs from the verb that put the document out, whose subject is the source', () => {
    assert.deepStrictEqual(attributionLines('Ruiz issued a statement saying she would appeal.'), ['Ruiz|issued a statement saying|she would appeal']);
    assert.deepStrictEqual(attributionLines('The town released a statement Wednesday saying the comments were wrong.'), [
      'The town|released a statement Wednesday saying|the comments were wrong',
    ]);
    assert.deepStrictEqual(attributionLines('Minutes later, the harbour board sent an email on Friday, saying that the pier was safe.'), [
      'the harbour board|sent an email on Friday, saying|that the pier was safe',
    ]);
    assert.deepStrictEqual(attributionLines('The ministry put out a joint statement saying talks would resume.'), [
      'The ministry|put out a joint statement saying|talks would resume',
    ]);
    // near misses: who reads a statement out is not its source, and a statement with no participle after it is no such cue
    assert.ok(!attributionLines('Ruiz read a statement saying she would appeal.').some((line) => line.startsWith('Ruiz|')));
    assert.deepStrictEqual(attributionLines('Ruiz issued a statement on Tuesday.'), []);
  });

  it('a participle after "by" or "while" gets no common-noun subject', () => {
    assert.deepStrictEqual(attributionLines('The ferry board plans to answer by spending more on safety.'), []);
  });

  it('", with X saying ...": the phrase after "with" is the source', () => {
    assert.deepStrictEqual(attributionLines('Support for the toll has grown, with 40 percent of drivers saying it is fair.'), [
      '40 percent of drivers|saying|it is fair',
    ]);
    assert.deepStrictEqual(attributionLines('The race was called early, with the Harbour Gazette calling it for Reyes.'), [
      'the Harbour Gazette|calling|it for Reyes',
    ]);
  });

  it('no source after "with" when a verb or a pronoun comes before the participle', () => {
    assert.deepStrictEqual(attributionLines('With Reyes waving a flag and saying he will win, the crowd cheered.'), []);
    assert.deepStrictEqual(attributionLines('There is no harm with me saying that twice.'), []);
  });

  it('", with X saying ..." after another cue ends that cue\'s content and keeps its own attribution', () => {
    assert.deepStrictEqual(attributionLines('Most drivers shrugged off the toll, with three in 10 saying it would change nothing.'), [
      'Most drivers|shrugged off|the toll',
      'three in 10|saying|it would change nothing',
    ]);
    assert.deepStrictEqual(attributionLines('Drivers see the toll as fair - with 50 percent saying it is cheap.'), ['50 percent|saying|it is cheap']);
  });

  it('the subject may hold an "of" or "for" phrase, and an adverb may stand before its verb', () => {
    assert.deepStrictEqual(attributionLines('The pilot later appealed, claiming the fine was unlawful.'), ['The pilot|claiming|the fine was unlawful']);
    assert.deepStrictEqual(attributionLines('The harbour families organised, warning that the merger would ruin the yard.'), [
      'The harbour families|warning|that the merger would ruin the yard',
    ]);
  });

  it('a capitalised word before lowercase ones opens the subject too ("Harbour master Dana Reyes told ..., saying")', () => {
    assert.deepStrictEqual(attributionLines('Harbour master Dana Reyes closed the pier on Monday, saying the storm had cracked it.'), [
      'Harbour master Dana Reyes|saying|the storm had cracked it',
    ]);
  });

  it('"After saying ..., the man ...": the subject of the main clause is the source of the opening participle', () => {
    assert.deepStrictEqual(attributionLines('After saying the pier felt unsafe, the ferryman asked about repairs.'), [
      'the ferryman|saying|the pier felt unsafe',
      'the ferryman|asked about|repairs',
    ]);
  });

  it('"…, Ruiz said, before adding: “…”": the participle after "before" is the speaker’s, as after "after" or "while"', () => {
    assert.deepStrictEqual(attributionLines('“We are ready,” Ruiz said, before adding: “We will win.”'), ['Ruiz|said|“We are ready,”', 'Ruiz|adding:|“We will win.”']);
    assert.deepStrictEqual(attributionLines('“We are ready,” Ruiz said, before adding that the crews would return.'), ['Ruiz|said|“We are ready,”', 'Ruiz|adding|that the crews would return']);
    // near miss: "before" with a subject of its own after it opens a clause, not a participle
    assert.deepStrictEqual(attributionLines('The port closed before anyone saying otherwise could object.'), []);
  });

  it('"Ruiz, citing the budget, said …": the participle’s aside ends before the main verb, whose attribution stays', () => {
    assert.deepStrictEqual(attributionLines('Ruiz, citing the budget, said the cuts were needed.'), ['Ruiz|citing|the budget', 'Ruiz|said|the cuts were needed']);
    // near miss: a "that" clause after the participle keeps its own commas
    assert.deepStrictEqual(attributionLines('Protesters marched, demanding that the statue, which stands by the harbour, be removed.'), [
      'Protesters|demanding|that the statue, which stands by the harbour, be removed',
    ]);
  });

  it('"The mayor met the crews and said …": a verb of speech after "and" is the clause subject’s, whatever its noun', () => {
    assert.deepStrictEqual(attributionLines('The mayor met the crews and said the port would reopen.'), ['The mayor|said|the port would reopen']);
    // near miss: a verb of stance after "and" with a common noun subject is not read as a report
    assert.deepStrictEqual(attributionLines('The mayor met the crews and praised their work.'), []);
  });
});
