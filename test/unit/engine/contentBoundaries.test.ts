// Where the content of an attribution begins and ends when the cue sits inside it: a relative word
// before the source ("the fine, which the mayor said was fair") stands for the content, so it is a
// piece of the content as well as the clause after the cue.
import * as assert from 'assert';
import { foundAttributions as found, foundWithCue as withCue } from './helpers';

describe('content boundaries: a relative word before the source', () => {
  it('"which" and "what" before the source are a piece of the content', () => {
    assert.deepStrictEqual(withCue('The council approved the fine, which the mayor said was fair.', 'said'), [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: ['which', 'was fair'] },
    ]);
    assert.deepStrictEqual(withCue('The board then adopted what the mayor called “a reckless plan.”', 'called')[0]!.content, ['what', '“a reckless plan.”']);
  });

  it('after a preposition "which" is no part of what was said', () => {
    assert.deepStrictEqual(withCue('The board met in a hall in which the mayor said the plan was fair.', 'said')[0]!.content, ['the plan was fair']);
  });

  it('a relative "that" stays out (it is as often the complementizer of an outer clause)', () => {
    const content = withCue('The fine that the mayor said was fair passed.', 'said')[0]!.content;
    assert.ok(!content.includes('that'), JSON.stringify(content));
  });

  it('a word before the source that is no relative stays out', () => {
    assert.deepStrictEqual(withCue('The council approved the fine, and the mayor said it was fair.', 'said')[0]!.content, ['it was fair']);
  });
});

describe('content boundaries: which side of the cue the content is on after an aside', () => {
  it('a verb of stance after a subject and its aside takes its object as content, not as an inverted source', () => {
    assert.deepStrictEqual(withCue('Ortiz, the harbour master, criticized the plan.', 'criticized'), [
      { kind: 'indirect', source: 'Ortiz, the harbour master,', cue: 'criticized', content: ['the plan'] },
    ]);
    assert.deepStrictEqual(withCue('Ortiz, who runs the harbour, praised the new budget.', 'praised')[0]!.content, ['the new budget']);
  });

  it('a verb of saying after a comma still takes the source after it', () => {
    assert.deepStrictEqual(withCue('The plan is fair, said Ortiz.', 'said'), [{ kind: 'indirect', source: 'Ortiz', cue: 'said', content: ['The plan is fair'] }]);
    assert.deepStrictEqual(withCue('“Is the plan fair?” asked Ortiz.', 'asked'), [{ kind: 'direct', source: 'Ortiz', cue: 'asked', content: ['“Is the plan fair?”'] }]);
  });

  it('a name and its aside before the cue are its subject, so what follows the cue is the content', () => {
    assert.deepStrictEqual(withCue('Frank Lind, a ferry pilot, said a new ferry in the north would help.', 'said'), [
      { kind: 'indirect', source: 'Frank Lind, a ferry pilot,', cue: 'said', content: ['a new ferry in the north would help'] },
    ]);
    assert.deepStrictEqual(withCue('Lind, a ferry pilot, said the crews and the board had agreed.', 'said')[0]!.content, ['the crews and the board had agreed']);
    assert.deepStrictEqual(withCue('The survey, taken in May, shows the mayor well ahead.', 'shows'), [
      { kind: 'indirect', source: 'The survey, taken in May,', cue: 'shows', content: ['the mayor well ahead'] },
    ]);
  });

  it('an inverted source after the content still ends the sentence', () => {
    assert.deepStrictEqual(withCue('The plan is fair, said Ortiz, a ferry pilot.', 'said'), [{ kind: 'indirect', source: 'Ortiz, a ferry pilot', cue: 'said', content: ['The plan is fair'] }]);
  });

  it('"told" is not inverted: its addressee follows it', () => {
    assert.deepStrictEqual(withCue('The plan is fair, told Ortiz.', 'told'), []);
  });
});

describe('content boundaries: a fronted phrase, then the source, the cue and its object', () => {
  it('the object after the cue is the content, not the phrase before the source', () => {
    assert.deepStrictEqual(withCue('Shortly after the vote, Ortiz announced his resignation.', 'announced'), [
      { kind: 'indirect', source: 'Ortiz', cue: 'announced', content: ['his resignation'] },
    ]);
    assert.deepStrictEqual(withCue('Instead, the mayor praised the harbour crews.', 'praised')[0]!.content, ['the harbour crews']);
  });

  it('a time or place phrase after the cue is no object: the words before the source stay the content', () => {
    assert.deepStrictEqual(withCue('The ferry will run all winter, Ortiz said on Monday.', 'said')[0]!.content, ['The ferry will run all winter']);
    assert.deepStrictEqual(withCue('The ferry will run all winter, Ortiz said the next day.', 'said')[0]!.content, ['The ferry will run all winter']);
    assert.deepStrictEqual(withCue('The ferry will run all winter, Ortiz told reporters.', 'told')[0]!.content, ['The ferry will run all winter']);
  });
});

describe('content boundaries: content on both sides of a source and cue set off by commas', () => {
  it('"according to" between a subject and its verb: the words before and the rest of the sentence', () => {
    assert.deepStrictEqual(withCue('Notably absent from the meeting, according to two aides, was any mention of the docks.', 'according to'), [
      { kind: 'according-to', source: 'two aides', cue: 'according to', content: ['Notably absent from the meeting', 'was any mention of the docks'] },
    ]);
  });

  it('a clause of its own after "according to ..." is not taken', () => {
    assert.deepStrictEqual(withCue('The ferry carried 40 cars, according to the port, but the crews wanted more.', 'according to')[0]!.content, ['The ferry carried 40 cars']);
  });
});

describe('content boundaries: the end of a bracketed sentence', () => {
  it('the closing bracket after the full stop of a sentence in brackets is not content', () => {
    assert.deepStrictEqual(withCue('The council met on Monday. (The mayor said the date was a coincidence.)', 'said'), [
      { kind: 'indirect', source: 'The mayor', cue: 'said', content: ['the date was a coincidence'] },
    ]);
  });

  it('a bracket that closes a phrase inside the content stays', () => {
    assert.deepStrictEqual(withCue('The mayor praised Senator Ruiz (D-Valmere).', 'praised')[0]!.content, ['Senator Ruiz (D-Valmere)']);
    assert.deepStrictEqual(withCue('The mayor praised the pilots (all twelve of them).', 'praised')[0]!.content, ['the pilots (all twelve of them)']);
  });
});

describe('content boundaries: the object of a verb of stance', () => {
  it('ends before "and" and a second verb of the source, which is an attribution of its own', () => {
    assert.deepStrictEqual(found('The mayor praised the harbour crews and thanked the pilots.'), [
      { kind: 'indirect', source: 'The mayor', cue: 'praised', content: ['the harbour crews'] },
      { kind: 'indirect', source: 'The mayor', cue: 'thanked', content: ['the pilots'] },
    ]);
    assert.deepStrictEqual(withCue('The mayor criticized the plan, and called for a new vote.', 'criticized')[0]!.content, ['the plan']);
  });

  it('goes on past "and" between two nouns, or inside a clause of the object', () => {
    assert.deepStrictEqual(withCue('The mayor praised the crews and the pilots.', 'praised')[0]!.content, ['the crews and the pilots']);
    assert.deepStrictEqual(withCue('The mayor criticized a plan that was drafted and approved in May.', 'criticized')[0]!.content, ['a plan that was drafted and approved in May']);
  });

  it('ends before the occasion of the statement ("in a statement", "in an interview with ...")', () => {
    assert.deepStrictEqual(withCue('The mayor praised the harbour crews in a statement on Monday.', 'praised')[0]!.content, ['the harbour crews']);
    assert.deepStrictEqual(withCue('The mayor criticized the plan, in an interview with the Gazette.', 'criticized')[0]!.content, ['the plan']);
    assert.deepStrictEqual(withCue('The mayor criticized the vote in the council.', 'criticized')[0]!.content, ['the vote in the council']);
  });

  it('a reported clause after a verb of saying keeps its second verb', () => {
    assert.deepStrictEqual(withCue('The mayor said the crews worked late and finished the dredging.', 'said')[0]!.content, ['the crews worked late and finished the dredging']);
  });
});

describe('content boundaries: a date between the cue and the reported clause', () => {
  it('the clause after "on Monday" or "in May" is the content', () => {
    assert.deepStrictEqual(withCue('Ortiz, the mayor, said on Monday the ferry would run.', 'said')[0]!.content, ['the ferry would run']);
    assert.deepStrictEqual(withCue('Ortiz said in May she would stay.', 'said')[0]!.content, ['she would stay']);
    assert.deepStrictEqual(withCue('Ortiz said on Monday night he would stay.', 'said')[0]!.content, ['he would stay']);
  });
});

describe('content boundaries: after a passive cue', () => {
  it('a phrase of time or place after the cue is no content: only the subject is', () => {
    assert.deepStrictEqual(withCue('The plan was disclosed in May.', 'was disclosed')[0]!.content, ['The plan']);
    assert.deepStrictEqual(withCue('Ortiz was endorsed the day before.', 'was endorsed')[0]!.content, ['Ortiz']);
  });

  it('"asked about", "accused of" and "expected to" go on with the content', () => {
    assert.deepStrictEqual(withCue('Ortiz was asked about the ferry.', 'was asked about')[0]!.content, ['Ortiz', 'the ferry']);
    assert.deepStrictEqual(withCue('Ortiz is expected to win the vote.', 'is expected')[0]!.content, ['Ortiz', 'to win the vote']);
  });
});

describe('content boundaries: the rest of the sentence after a source and cue set off by commas', () => {
  it('a clause of reason, concession or time limit goes on with the content', () => {
    assert.deepStrictEqual(withCue('The yard was a success, Ortiz said, until the money ran out.', 'said')[0]!.content, ['The yard was a success', 'until the money ran out']);
    assert.deepStrictEqual(withCue('The plan leaves open who could apply, critics say, including a rule that could exclude pilots.', 'say')[0]!.content, [
      'The plan leaves open who could apply',
      'including a rule that could exclude pilots',
    ]);
  });

  it('a participle of the speaker\'s own is an attribution of its own', () => {
    assert.deepStrictEqual(withCue('The yard was a success, Ortiz said, adding that it would reopen.', 'said')[0]!.content, ['The yard was a success']);
  });
});

describe('content boundaries: a dash after an inverted cue', () => {
  it('reads "CONTENT, SOURCE said — unless …" as a comma: the condition after the dash is the speaker’s too', () => {
    for (const dash of ['—', '–', '--']) {
      assert.deepStrictEqual(withCue(`The strike will go ahead, Ruiz said ${dash} unless the company improves its offer.`, 'said'), [
        { kind: 'indirect', source: 'Ruiz', cue: 'said', content: ['The strike will go ahead', 'unless the company improves its offer'] },
      ], dash);
    }
  });

  it('an aside between dashes is the content, not the sentence around it', () => {
    assert.deepStrictEqual(withCue('The question is not whether he quits — that won’t happen, aides believe — but how he campaigns.', 'believe')[0]!.content, ['that won’t happen']);
  });

  it('near miss: what the reporter adds after the dash is not the speaker’s', () => {
    assert.deepStrictEqual(withCue('The strike will go ahead, Ruiz said — and she meant it.', 'said')[0]!.content, ['The strike will go ahead']);
  });
});

describe('content boundaries: a phrase between the cue and a quotation', () => {
  it('"said of the plan: “…”" quotes what follows the colon, as after a comma', () => {
    for (const mark of [',', ':']) {
      assert.deepStrictEqual(withCue(`Ruiz said of the plan${mark} “It is dead.”`, 'said'), [{ kind: 'direct', source: 'Ruiz', cue: 'said', content: ['“It is dead.”'] }], mark);
    }
    assert.deepStrictEqual(withCue('Okafor added about the council: “They never listen.”', 'added')[0]!.content, ['“They never listen.”']);
  });

  it('near miss: a colon with no quotation after it leaves the phrase in the content', () => {
    assert.deepStrictEqual(withCue('Ruiz said of the plan: it is dead.', 'said')[0]!.content, ['of the plan: it is dead']);
  });
});

describe('content boundaries: "in a letter to shareholders that …"', () => {
  it('a phrase naming its readers in the plural ("to shareholders", "to staff") comes before the content', () => {
    assert.deepStrictEqual(withCue('Ruiz wrote in a letter to shareholders that the company would grow.', 'wrote')[0]!.content, ['that the company would grow']);
    assert.deepStrictEqual(withCue('Ruiz said in an email to staff that the office would close.', 'said')[0]!.content, ['that the office would close']);
  });

  it('near miss: "to" with a verb after it is a purpose, whose "that" is no content of the cue ("in an effort to show that …")', () => {
    assert.deepStrictEqual(withCue('Ruiz wrote in an effort to show that the plan worked.', 'wrote'), []);
  });
});
