// Frames of poll and interview copy: a sentence that opens with the poll it reports ("In a Gazette
// poll released Monday, ..."), a percentage as a source ("42% say ..."), the asker of a question
// ("Asked by a reporter whether ..."); and where the content is when a clause comes first: a report
// whose content begins with a second speaker keeps it, and a short clause with its own subject after
// the cue ("..., the mayor said she was confident.") is the content, not the clause before.
import * as assert from 'assert';
import { foundAttributions as found, type FoundAttribution } from './helpers';

function withCue(text: string, cue: string): FoundAttribution[] {
  return found(text).filter((a) => a.cue === cue);
}

describe('poll frames: "In a POLL, CONTENT."', () => {
  it('the poll phrase is the source, "In" the cue and the rest of the sentence the content', () => {
    assert.deepStrictEqual(withCue('In a Gazette poll released Monday, 40 percent of voters backed the levy.', 'In'), [
      { kind: 'according-to', source: 'a Gazette poll released Monday', cue: 'In', content: ['40 percent of voters backed the levy'] },
    ]);
    assert.deepStrictEqual(withCue('In the latest county survey, the mayor trailed her rival by six points.', 'In'), [
      { kind: 'according-to', source: 'the latest county survey', cue: 'In', content: ['the mayor trailed her rival by six points'] },
    ]);
  });

  it('a participle phrase after the comma still describes the poll ("taken in June,")', () => {
    assert.deepStrictEqual(withCue('In the new Ledger-Channel 4 poll, taken in June, the mayor led by nine points.', 'In'), [
      {
        kind: 'according-to',
        source: 'the new Ledger-Channel 4 poll, taken in June',
        cue: 'In',
        content: ['the mayor led by nine points'],
      },
    ]);
  });

  it('an aside after the comma ("however,") is left out of the content', () => {
    assert.deepStrictEqual(withCue('In a poll taken on Friday, however, most riders backed the new fares.', 'In'), [
      { kind: 'according-to', source: 'a poll taken on Friday', cue: 'In', content: ['most riders backed the new fares'] },
    ]);
  });

  describe('near misses that are no attribution to a poll', () => {
    it('a phrase that names no poll ("In a memo", "In her speech")', () => {
      assert.deepStrictEqual(withCue('In a memo released Monday, the city manager warned of deep cuts.', 'In'), []);
      assert.deepStrictEqual(withCue('In her speech, the mayor thanked the volunteers.', 'In'), []);
    });

    it('a poll that only appears inside a clause or after a participle ("where polls were held", "sent as the polls closed")', () => {
      assert.deepStrictEqual(withCue('In six of the eight towns where polls were held, turnout fell.', 'In'), []);
      assert.deepStrictEqual(withCue('In a note sent as the polls closed, the campaign claimed victory.', 'In'), []);
    });

    it('a lone word after the comma ("In the polls, anyway.")', () => {
      assert.deepStrictEqual(withCue('She is far ahead. In the polls, anyway.', 'In'), []);
    });

    it('a poll named in the middle of a sentence', () => {
      assert.deepStrictEqual(withCue('The mayor has led in every poll since March, and her aides are confident.', 'in'), []);
    });
  });
});

describe('a report whose content begins with another speaker', () => {
  it('"The Ledger reported the council agreed ...": the report keeps the whole clause as its content', () => {
    assert.deepStrictEqual(withCue('The Ledger reported the council agreed to delay the vote until June.', 'reported'), [
      { kind: 'indirect', source: 'The Ledger', cue: 'reported', content: ['the council agreed to delay the vote until June'] },
    ]);
  });

  it('"According to SOURCE, X praised ...": the clause after the comma is the content of "according to"', () => {
    assert.deepStrictEqual(withCue('According to the Ledger, the mayor praised her “tireless” staff at the dinner.', 'According to'), [
      {
        kind: 'according-to',
        source: 'the Ledger',
        cue: 'According to',
        content: ['the mayor praised her “tireless” staff at the dinner'],
      },
    ]);
  });

  it('a second speaker after a comma later in the content still starts a content of its own', () => {
    const all = found('The mayor said the roads would be repaved, and the county clerk said the count would finish on Friday.');
    assert.deepStrictEqual(
      all.map((a) => [a.source, a.cue, a.content]),
      [
        ['The mayor', 'said', ['the roads would be repaved']],
        ['the county clerk', 'said', ['the count would finish on Friday']],
      ],
    );
  });
});

describe('a percentage as the source ("42% say ...")', () => {
  it('a share written with a percent sign is the source of what it says', () => {
    assert.deepStrictEqual(withCue('Among riders under 30, 42% say the buses run late.', 'say'), [
      { kind: 'indirect', source: '42%', cue: 'say', content: ['the buses run late'] },
    ]);
    assert.deepStrictEqual(withCue('Some 61% of riders say the fares are fair.', 'say'), [
      { kind: 'indirect', source: 'Some 61% of riders', cue: 'say', content: ['the fares are fair'] },
    ]);
  });

  it('a percentage that is the object of another verb is no source ("won 42% and the mayor said")', () => {
    assert.deepStrictEqual(
      found('The levy won 42% and the mayor said it was a mandate.').map((a) => a.source),
      ['the mayor'],
    );
  });
});

describe('"asked by SOURCE QUESTION": the asker is the source', () => {
  it('at the head of a sentence: "Asked by a reporter whether ..., the mayor said ..."', () => {
    assert.deepStrictEqual(withCue('Asked by a reporter whether the bridge would reopen, the mayor said it would.', 'Asked'), [
      { kind: 'indirect', source: 'a reporter', cue: 'Asked', content: ['whether the bridge would reopen'] },
    ]);
    assert.deepStrictEqual(withCue('Asked by Fisk to respond to the audit, the mayor declined.', 'Asked'), [
      { kind: 'indirect', source: 'Fisk', cue: 'Asked', content: ['to respond to the audit'] },
    ]);
  });

  it('a time phrase between the asker and the question belongs to neither ("by reporters on Tuesday about ...")', () => {
    assert.deepStrictEqual(withCue('When asked by reporters on Tuesday about the budget, the mayor said she was confident.', 'asked'), [
      { kind: 'indirect', source: 'reporters', cue: 'asked', content: ['about the budget'] },
    ]);
  });

  it('in the passive: "The mayor was asked by host Dana Fisk whether ..."', () => {
    assert.deepStrictEqual(withCue('The mayor was asked by host Dana Fisk whether she would run again.', 'asked'), [
      { kind: 'indirect', source: 'host Dana Fisk', cue: 'asked', content: ['whether she would run again'] },
    ]);
  });

  it('near misses: an asker set off by commas, or "asked by whom"', () => {
    assert.deepStrictEqual(
      found('The mayor was asked by the council, which met on Monday, to resign.').filter((a) => a.source === 'the council' && a.cue === 'asked'),
      [],
    );
    // "Lee asked by whom ...": Lee is the one asking; "whom" is no asker
    assert.deepStrictEqual(withCue('Lee asked by whom the audit was ordered.', 'asked').map((a) => a.source), ['Lee']);
  });
});

describe('a short clause with its own subject after the cue is the content', () => {
  it('"When pressed about the budget, the mayor said she was confident."', () => {
    assert.deepStrictEqual(withCue('When pressed about the budget, the mayor said she was confident.', 'said'), [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: ['she was confident'] },
    ]);
    assert.deepStrictEqual(withCue('Even before the audit was filed, the treasurer insisted he had done nothing wrong.', 'insisted'), [
      { kind: 'indirect', source: 'the treasurer', cue: 'insisted', content: ['he had done nothing wrong'] },
    ]);
  });

  it('a noun phrase and a finite "be" or auxiliary are a clause too ("..., the mayor said the plan was dead.")', () => {
    assert.deepStrictEqual(withCue('When pressed, the mayor said the plan was dead.', 'said'), [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: ['the plan was dead'] },
    ]);
  });

  it('near misses: a time or place phrase after the cue is still a tail, and the content stays on the left', () => {
    assert.deepStrictEqual(withCue('The bridge will reopen in June, the mayor said on Tuesday.', 'said'), [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: ['The bridge will reopen in June'] },
    ]);
    assert.deepStrictEqual(withCue('The plan is dead, the mayor told the council.', 'told'), [
      { kind: 'indirect', source: 'the mayor', cue: 'told', content: ['The plan is dead'] },
    ]);
    assert.deepStrictEqual(withCue('The plan, she said, would fail.', 'said'), [
      { kind: 'indirect', source: 'she', cue: 'said', content: ['The plan', 'would fail'] },
    ]);
  });
});
