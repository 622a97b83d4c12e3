import * as assert from 'assert';
import { findEntityMentions, lendMentions, returnMentions } from '../../../src/engine/sources/index';
import { tokenize } from '../../../src/engine/text';

/** The mentions of a one-sentence paragraph, as the text they cover and whether they are guesses. */
function found(paragraph: string): { text: string; kind: string; candidate: boolean }[] {
  return findEntityMentions(paragraph, [{ start: 0, end: paragraph.length }], tokenize(paragraph)).map((m) => ({
    text: paragraph.slice(m.start, m.end),
    kind: m.kind,
    candidate: m.candidate === true,
  }));
}

describe('mention finder', () => {
  describe('anonymity qualifiers', () => {
    it('reads every qualifier after a plural head, whatever letter it starts with', () => {
      assert.deepStrictEqual(found('Officials privy to the talks said it would pass.'), [{ text: 'Officials privy to the talks', kind: 'anonymous', candidate: false }]);
      assert.deepStrictEqual(found('People present at the meeting said so.'), [{ text: 'People present at the meeting', kind: 'anonymous', candidate: false }]);
      assert.deepStrictEqual(found('Two officials in the room said yes.'), [{ text: 'Two officials in the room', kind: 'anonymous', candidate: false }]);
      assert.deepStrictEqual(found('A diplomat who asked not to be named said no.'), [{ text: 'A diplomat who asked not to be named', kind: 'anonymous', candidate: false }]);
    });

    it('reads a qualifier written with capitals as the same qualifier', () => {
      assert.deepStrictEqual(found('Two officials Familiar With the plan said yes.'), [{ text: 'Two officials Familiar With the plan', kind: 'anonymous', candidate: false }]);
    });

    it('keeps a head with no qualifier after it as a guess', () => {
      assert.deepStrictEqual(found('Officials said yes.'), [{ text: 'Officials', kind: 'anonymous', candidate: true }]);
    });
  });

  describe('where a mention may start', () => {
    it('finds mentions after long stretches of words no lexicon knows', () => {
      const filler = 'quietly walked along rivers under cloudy skies, '.repeat(40);
      const paragraph = `Yesterday ${filler}Foreign Minister Cho Tae-yul said ${filler}she agreed.`;
      const mentions = found(paragraph);
      assert.deepStrictEqual(
        mentions.map((m) => m.text),
        ['Foreign Minister Cho Tae-yul', 'she'],
      );
    });

    it('finds the same mentions in a paragraph tokenised inside its document as in the paragraph alone', () => {
      const paragraph = 'Officials said\u2009"Ann O’Neill\u2019s plan" -- as Sen. Rubio\'s aide put it -- would pass, Dr. Kim said.';
      const document = `Headline here\n\n${paragraph}\n\nLast line.`;
      const start = document.indexOf(paragraph);
      const sentences = [{ start: 0, end: paragraph.length }];
      const alone = findEntityMentions(paragraph, sentences, tokenize(paragraph));
      const inside = findEntityMentions(paragraph, sentences, tokenize(document, true, start, start + paragraph.length));
      assert.deepStrictEqual(inside, alone);
      assert.deepStrictEqual(alone.map((m) => paragraph.slice(m.start, m.end)), ['Officials', 'Ann O’Neill', 'Sen. Rubio', "Sen. Rubio's aide", 'Dr. Kim']);
    });

    it('does not start a mention inside one already found', () => {
      // "Secretary of State" and "State" both could open a phrase: only the whole title is read
      assert.deepStrictEqual(
        found('Secretary of State Marco Rubio said so.').map((m) => m.text),
        ['Secretary of State Marco Rubio'],
      );
    });
  });
  describe('"Will" and "May" as first names', () => {
    const names = (paragraph: string): string[] => found(paragraph).map((m) => m.text);

    it('reads a capitalised "Will" or "May" before a surname after a cue as a first name', () => {
      assert.deepStrictEqual(names('"We are ready," said Will Dane.'), ['Will Dane']);
      assert.deepStrictEqual(names('The mayor thanked May Okafor on Monday.'), ['The mayor', 'May Okafor']);
    });

    it('reads one opening a sentence as a name only when a comma or "said" follows the surname', () => {
      assert.deepStrictEqual(names('Will Dane said the plan was ready.'), ['Will Dane']);
      assert.deepStrictEqual(names('Will Dane, the mayor, agreed.').slice(0, 1), ['Will Dane']);
      assert.deepStrictEqual(names('Will Congress act before the recess?'), ['Congress']);
      assert.ok(!names('Will Trump sign the bill?').includes('Will Trump'));
    });

    it('leaves the month after a preposition or a word of the month alone', () => {
      assert.ok(!names('In May Trump said the plan was ready.').includes('May Trump'));
      assert.ok(!names('Since early May Dane has said little.').includes('May Dane'));
      assert.ok(!names('Since mid-May Dane has said little.').some((n) => n.includes('May Dane')));
    });

    it('does not read "Will" before a place or an organisation as a name', () => {
      assert.ok(!names('He said Will Seoul respond?').includes('Will Seoul'));
    });
  });
  describe('contractions', () => {
    const names = (paragraph: string): string[] => found(paragraph).map((m) => m.text);

    it('never reads a pronoun or sentence word with a contracted ending as a name, curly or straight', () => {
      assert.deepStrictEqual(names('They’re not ready, Ann Lee said.'), ['Ann Lee']);
      assert.deepStrictEqual(names("We're ready, the mayor said."), ['the mayor']);
      for (const opener of ['I’m', 'You’ll', 'He’d', 'We’ve', 'Don’t', 'Won’t', 'Can’t']) assert.deepStrictEqual(names(`${opener} go there.`), [], opener);
    });

    it('keeps names written with an apostrophe', () => {
      assert.deepStrictEqual(names('O’Brien said so.'), ['O’Brien']);
      assert.deepStrictEqual(names("D'Amato said so."), ["D'Amato"]);
      assert.deepStrictEqual(names('Ann O’Neill said so.'), ['Ann O’Neill']);
    });
  });

  describe('mentions lent by a full analysis', () => {
    /** The mentions of a paragraph as plain records, every field kept (an unset one too). */
    const records = (paragraph: string): Record<string, unknown>[] =>
      findEntityMentions(paragraph, [{ start: 0, end: paragraph.length }], tokenize(paragraph)).map((m) => ({ ...m }));

    it('come back as good as new: nothing of the paragraph they were lent for stays on them', () => {
      // names with titles, affiliations and family names first, relative and gendered pronouns, guesses ...
      const rich = '"We will not back down," she said. Wang Yi, who leads the delegation, agreed with State Department spokesperson Tammy Bruce, he said. Analysts agreed. '.repeat(12);
      // ... then paragraphs whose mentions leave most of those fields unset: guesses with no
      // title or gender, and pronouns with nothing but a gender
      for (const plain of ['Analysts agreed. '.repeat(40), 'He told them she and they met him. '.repeat(12)]) {
        const fresh = records(plain);
        try {
          lendMentions(true);
          const lent = records(rich);
          assert.ok(lent.some((m) => m['affiliation'] !== undefined) && lent.some((m) => m['relative'] === true) && lent.some((m) => m['candidate'] === true));
          returnMentions();
          lendMentions(true);
          assert.deepStrictEqual(records(plain), fresh);
        } finally {
          returnMentions();
        }
      }
    });
  });
});
