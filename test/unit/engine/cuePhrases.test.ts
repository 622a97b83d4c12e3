// Phrases between a reporting verb and its content: place and time phrases, asides set off by
// commas or dashes, and the same phrases after the cue when the content came first.
import * as assert from 'assert';
import { foundAttributions, type FoundAttribution } from './helpers';

type Found = Omit<FoundAttribution, 'kind'>;

/** The attributions found in `text`: their source, cue and content (the kind is not what these specifications are about). */
function found(text: string): Found[] {
  return foundAttributions(text).map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
}

function expectOne(text: string, expected: Found): void {
  const withCue = found(text).filter((a) => a.cue === expected.cue);
  assert.deepStrictEqual(withCue, [expected], text);
}

describe('cue phrases: what may stand between a cue and its content', () => {
  describe('SOURCE CUE phrase that CONTENT', () => {
    it('a prepositional phrase whose noun could also be a cue verb ("in her closing remarks", "on a radio show")', () => {
      expectOne('The mayor said in her closing remarks that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
      expectOne('The mayor said Wednesday morning on a radio show that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said Wednesday morning',
        content: ['that the budget would shrink'],
      });
    });

    it('an aside set off by commas ("said, however, that", "said, among other things, that")', () => {
      for (const aside of ['however', 'among other things', 'for example']) {
        expectOne(`The mayor said, ${aside}, that the budget would shrink.`, {
          source: 'The mayor',
          cue: 'said',
          content: ['that the budget would shrink'],
        });
      }
    });

    it('an aside set off by dashes, commas inside it included', () => {
      expectOne('The mayor said — on the radio, as it happens — that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
      expectOne('The mayor said at a rally in Lyon — a city she lost in May — that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
    });

    it('an aside between spaced hyphens or in brackets, as some copy writes it', () => {
      for (const text of [
        'The mayor said - on the radio, oddly - that the budget would shrink.',
        'The mayor said (on the radio) that the budget would shrink.',
      ]) {
        expectOne(text, { source: 'The mayor', cue: 'said', content: ['that the budget would shrink'] });
      }
    });

    it('a cue tail followed by more of its phrase ("said in a report released by her office on Friday that")', () => {
      expectOne('The mayor said in a report released by her office on Friday that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said in a report',
        content: ['that the budget would shrink'],
      });
    });

    it('a short title in quotation marks stays in the phrase (a show, a book)', () => {
      expectOne('The mayor said on the radio show “Morning Edition” that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
    });

    it('an aside between commas, then a clause opened by a subject pronoun', () => {
      expectOne('The mayor said, if elected, she would cut the budget.', {
        source: 'The mayor',
        cue: 'said',
        content: ['she would cut the budget'],
      });
    });

    it('after the addressee of "told" ("told reporters on Tuesday at a news conference in Lyon that")', () => {
      expectOne('The mayor told reporters on Tuesday at a news conference in Lyon that the budget would shrink.', {
        source: 'The mayor',
        cue: 'told',
        content: ['that the budget would shrink'],
      });
    });

    it('"late" or "early" before a weekday opens the phrase ("said late Tuesday, in a statement, that")', () => {
      expectOne('The mayor said late Tuesday, in a statement, that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
    });

    it('an -ing noun after a determiner stays in the phrase ("at the hearing", "in the spring")', () => {
      expectOne('The mayor said at the hearing that the budget would shrink.', {
        source: 'The mayor',
        cue: 'said',
        content: ['that the budget would shrink'],
      });
    });
  });

  describe('CONTENT, SOURCE CUE phrase', () => {
    it('a chain of place and time phrases after the cue, longer than a few words', () => {
      for (const tail of [
        'in a recorded message to the council',
        'at a news conference in Lyon after the vote',
        'in an interview with the local paper on Tuesday',
      ]) {
        expectOne(`The budget will shrink, the mayor said ${tail}.`, {
          source: 'the mayor',
          cue: 'said',
          content: ['The budget will shrink'],
        });
      }
      expectOne('The budget will shrink, the mayor told reporters at a news conference in Lyon after the vote.', {
        source: 'the mayor',
        cue: 'told',
        content: ['The budget will shrink'],
      });
    });

    it('mid-sentence, the content goes on after the phrase with its verb or its "that"', () => {
      expectOne('The budget, the mayor said on Monday, would shrink.', {
        source: 'the mayor',
        cue: 'said',
        content: ['The budget', 'would shrink'],
      });
      expectOne('The budget will shrink, the mayor said in an interview, and the school will close.', {
        source: 'the mayor',
        cue: 'said',
        content: ['The budget will shrink'],
      });
    });
  });

  describe('near misses', () => {
    it('a title in quotation marks may end the phrase after the cue; it is not the content', () => {
      expectOne('The budget will shrink, the mayor said on Sunday on “Meet the Press.”', {
        source: 'the mayor',
        cue: 'said',
        content: ['The budget will shrink'],
      });
    });

    it('a clause with a verb is not a tail even when a title ends it', () => {
      const all = found('Taxes rose, the mayor thinks this is a scene from “Grand Hotel.”');
      assert.ok(!all.some((a) => a.content.includes('Taxes rose')), JSON.stringify(all));
    });

    it('a clause right after the cue keeps its phrase: "the plan in May failed" is content', () => {
      expectOne('The mayor said the plan in May would fail.', {
        source: 'The mayor',
        cue: 'said',
        content: ['the plan in May would fail'],
      });
    });

    it('a second speaker inside the phrase owns the "that" clause', () => {
      const all = found('The mayor said at the meeting he claimed that the budget would shrink.');
      assert.ok(!all.some((a) => a.cue === 'said' && a.content.join(' ').startsWith('that')), JSON.stringify(all));
    });

    it('a verb inside the phrase ends it ("rejected in the spring was much like a draft that")', () => {
      const all = found('The ordinance rejected in the spring was much like a draft that the clerk had shelved.');
      assert.ok(!all.some((a) => a.cue === 'rejected'), JSON.stringify(all));
    });

    it('"asked if" keeps its whole question when a phrase inside it is followed by "that"', () => {
      expectOne('The mayor asked if the cuts in May meant that the school would close.', {
        source: 'The mayor',
        cue: 'asked',
        content: ['if the cuts in May meant that the school would close'],
      });
    });

    it('an aside not followed by "that" gives no content to the right', () => {
      const all = found('The mayor said, in a speech that ran long, the budget would shrink.');
      assert.ok(!all.some((a) => a.cue === 'said' && a.content.some((c) => c.startsWith('that'))), JSON.stringify(all));
    });

    it('a long phrase with a clause of its own is not a tail: the text before the comma is not content', () => {
      const all = found('Taxes rose, she said after the vote the party would split.');
      assert.ok(!all.some((a) => a.content.includes('Taxes rose')), JSON.stringify(all));
    });

    it('a fronted phrase or a subordinate clause alone is no content', () => {
      for (const text of [
        'Like her rivals, she believes in the power of the local paper and its readers.',
        'As the count got under way in the north, voters weighed in on their choices for the council.',
      ]) {
        const all = found(text);
        assert.ok(!all.some((a) => a.content.length === 1 && (a.content[0]!.startsWith('Like') || a.content[0]!.startsWith('As'))), JSON.stringify(all));
      }
    });
  });
});
