import * as assert from 'assert';
import { analyze } from '../../../src/engine/analyze';
import { findEntityMentions, resolveSources, type EntityMention } from '../../../src/engine/sources/index';
import { tokenize } from '../../../src/engine/text';
import type { AnalyzeOptions, Source, Span } from '../../../src/engine/types';

// A crude splitter, enough for fixtures: paragraphs at line breaks, sentences after . ? ! (and
// a closing quote) followed by a capital, except after the abbreviations used below.
function sentencesOf(paragraph: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph[i];
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let end = i + 1;
    if (paragraph[end] === '"' || paragraph[end] === '\u201d') end++;
    if (paragraph[end] !== ' ' || !/["\u201cA-Z]/.test(paragraph[end + 1] ?? '')) continue;
    if (/(Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Jan|Feb|U\.S)\.$/.test(paragraph.slice(Math.max(0, i - 4), i + 1))) continue;
    sentences.push({ start, end });
    start = end + 1;
  }
  if (start < paragraph.length) sentences.push({ start, end: paragraph.length });
  return sentences;
}

function mentionsOf(text: string): EntityMention[] {
  const mentions: EntityMention[] = [];
  let start = 0;
  for (const paragraph of text.split('\n')) {
    for (const m of findEntityMentions(paragraph, sentencesOf(paragraph))) mentions.push({ ...m, start: m.start + start, end: m.end + start });
    start += paragraph.length + 1;
  }
  return mentions;
}

/** The span of the `occurrence`-th whole-word occurrence of `phrase` (0-based). */
function spanOf(text: string, phrase: string, occurrence = 0): Span {
  let from = 0;
  let seen = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) throw new Error(`"${phrase}" #${occurrence} not in fixture`);
    const before = at === 0 ? ' ' : text[at - 1];
    const after = text[at + phrase.length] ?? ' ';
    if (!/\w/.test(before) && !/\w/.test(after)) {
      if (seen === occurrence) return { start: at, end: at + phrase.length, text: phrase };
      seen++;
    }
    from = at + 1;
  }
}

function analyse(text: string, attributionSources: (Span | null)[] = [], options: AnalyzeOptions = {}) {
  return resolveSources(text, mentionsOf(text), attributionSources, options);
}

function sourceNamed(sources: Source[], name: string): Source {
  const found = sources.find((s) => s.name === name);
  assert.ok(found, `no source named "${name}"; got ${sources.map((s) => `"${s.name}"`).join(', ')}`);
  return found;
}

function mentionTexts(source: Source): string[] {
  return source.mentions.map((m) => m.text);
}

describe('sources and coreference', () => {
  describe('people with titles, surnames and role nouns', () => {
    const text = [
      'SEOUL, March 4 -- Unification Minister Kim Yeon-ho met visiting Chinese Foreign Minister Wang Yi in Seoul on Monday, the unification ministry said.',
      'Kim told Wang that dialogue must resume. "We hope for progress," Minister Kim said.',
      'The minister added that he would travel to Beijing in April.',
      'Wang said Chinese President Xi Jinping valued the ties. Xi has not visited since 2014.',
    ].join('\n');
    const { sources } = analyse(text);

    it('resolves a Korean name, its family name, title + surname, the role noun and a pronoun to one person', () => {
      const kim = sourceNamed(sources, 'Kim Yeon-ho');
      assert.deepStrictEqual(mentionTexts(kim), ['Unification Minister Kim Yeon-ho', 'Kim', 'Minister Kim', 'The minister', 'he']);
      assert.strictEqual(kim.type, 'person');
      assert.strictEqual(kim.title, 'Unification Minister');
    });

    it('reads Chinese names family name first ("Wang Yi" → "Wang", "Xi Jinping" → "Xi")', () => {
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Wang Yi')), ['Chinese Foreign Minister Wang Yi', 'Wang', 'Wang']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Xi Jinping')), ['Chinese President Xi Jinping', 'Xi']);
    });

    it('knows three-part Korean names and Western-order ones', () => {
      const text = 'North Korean leader Kim Jong Un met President Yoon Suk Yeol. Kim smiled; Yoon did not. Professor Min-jun Park said Park had expected it.';
      const { sources: found } = analyse(text);
      assert.deepStrictEqual(mentionTexts(sourceNamed(found, 'Kim Jong Un')), ['North Korean leader Kim Jong Un', 'Kim']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(found, 'Yoon Suk Yeol')), ['President Yoon Suk Yeol', 'Yoon']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(found, 'Min-jun Park')), ['Professor Min-jun Park', 'Park']);
    });

    it('reads a title whose second word is lower case ("Council member Raj Patel"), not the organization in it', () => {
      const text = 'Council member Raj Patel, who voted against the cuts, said the plan was rushed. Patel said the council had not looked hard enough.';
      const analysis = analyze(text);
      const patel = sourceNamed(analysis.sources, 'Raj Patel');
      assert.strictEqual(patel.title, 'Council member');
      assert.deepStrictEqual(mentionTexts(patel), ['Council member Raj Patel', 'who', 'Patel']);
      assert.ok(analysis.attributions.every((a) => a.sourceId === patel.id), JSON.stringify(analysis.attributions.map((a) => a.cue.text)));
    });

    it('puts the country before a title into the affiliation and keeps the job as the title', () => {
      const wang = sourceNamed(sources, 'Wang Yi');
      assert.strictEqual(wang.title, 'Foreign Minister');
      assert.strictEqual(wang.affiliation, 'China');
    });

    it('makes no source of places, months or a role noun with nothing to refer to', () => {
      const names = sources.map((s) => s.name);
      for (const notASource of ['Seoul', 'SEOUL', 'Beijing', 'March', 'April', 'Monday', 'Unification Ministry']) {
        assert.ok(!names.includes(notASource), `"${notASource}" should not be a source`);
      }
    });

    it('numbers sources s1, s2, ... in order of first mention, with sorted mentions that carry their source id', () => {
      assert.deepStrictEqual(
        sources.map((s) => s.id),
        sources.map((_, i) => `s${i + 1}`),
      );
      for (let i = 1; i < sources.length; i++) assert.ok(sources[i - 1].mentions[0].start < sources[i].mentions[0].start);
      for (const s of sources) {
        for (let i = 1; i < s.mentions.length; i++) assert.ok(s.mentions[i - 1].start < s.mentions[i].start);
        for (const m of s.mentions) {
          assert.strictEqual(m.sourceId, s.id);
          assert.strictEqual(m.text, text.slice(m.start, m.end));
        }
      }
    });
  });

  describe('honorifics, given names and pronoun gender', () => {
    const text = [
      'Union president John Smith met Ms. Maria Alvarez, the mayor, on Friday.',
      '"We are not going to back down," said Mr. Smith.',
      'She said the city would respond within a week, and Smith said he would wait.',
    ].join('\n');
    const { sources } = analyse(text);

    it('knows given names beyond English ones, so "her" passes over a man named after the woman', () => {
      const text = 'Harbour Commissioner Ines Talbot spoke to Dario Menotti on Monday. Talbot said Menotti had told her in January that the cooperatives could live with it.';
      const { sources: found } = analyse(text);
      assert.deepStrictEqual(mentionTexts(sourceNamed(found, 'Ines Talbot')), ['Harbour Commissioner Ines Talbot', 'Talbot', 'her']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(found, 'Dario Menotti')), ['Dario Menotti', 'Menotti']);
    });

    it('resolves "said Mr. Smith" and a bare surname to the full name', () => {
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'John Smith')), ['Union president John Smith', 'Mr. Smith', 'Smith', 'he']);
    });

    it('sends "she" to the woman even when a man was mentioned more recently', () => {
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Maria Alvarez')), ['Ms. Maria Alvarez', 'She']);
    });
  });

  describe('the fullest name wins', () => {
    it('names a source first referred to by surname with the full name given later', () => {
      const text = 'Rubio declined to comment. Later, Secretary of State Marco Rubio said talks would go on. Secretary Rubio left.';
      const { sources } = analyse(text, [spanOf(text, 'Rubio')]);
      assert.strictEqual(sources.length, 1);
      assert.strictEqual(sources[0].name, 'Marco Rubio');
      assert.strictEqual(sources[0].title, 'Secretary of State');
      assert.deepStrictEqual(mentionTexts(sources[0]), ['Rubio', 'Secretary of State Marco Rubio', 'Secretary Rubio']);
    });

    it('keeps two people who share a surname apart by given name and honorific', () => {
      const text = 'Hillary Clinton spoke first. Bill Clinton followed. Mrs. Clinton said she was pleased.';
      const { sources } = analyse(text);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Hillary Clinton')), ['Hillary Clinton', 'Mrs. Clinton', 'she']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Bill Clinton')), ['Bill Clinton']);
    });
  });

  describe('organisations', () => {
    const text = [
      'Officials met in Munich, Germany. (Ministry of Foreign Affairs)',
      'The talks were productive, the foreign ministry said. The ministry added that a summit was possible.',
      'The State Department said the Department of State had no comment, and the department declined to elaborate.',
      'The White House and the Pentagon did not respond to questions from the BBC. (Yonhap)',
    ].join('\n');
    const { sources } = analyse(text);

    it('resolves "the foreign ministry" and "the ministry" to a ministry introduced only by a credit', () => {
      const ministry = sourceNamed(sources, 'Ministry of Foreign Affairs');
      assert.strictEqual(ministry.type, 'organization');
      assert.deepStrictEqual(mentionTexts(ministry), ['Ministry of Foreign Affairs', 'the foreign ministry', 'The ministry']);
    });

    it('knows "the Department of State" is "the State Department", and "the department" refers back to it', () => {
      const department = sources.find((s) => s.name === 'State Department' || s.name === 'Department of State');
      assert.ok(department);
      assert.deepStrictEqual(mentionTexts(department), ['The State Department', 'the Department of State', 'the department']);
    });

    it('recognises well-known organisations and wire services', () => {
      for (const name of ['White House', 'Pentagon', 'BBC', 'Yonhap']) assert.strictEqual(sourceNamed(sources, name).type, 'organization');
    });

    it('does not make sources of places', () => {
      const names = sources.map((s) => s.name);
      assert.ok(!names.includes('Munich') && !names.includes('Germany'));
    });

    it('reads "the nurses\' union" and "the teachers union" as an organisation that "the union" refers back to, not as unnamed nurses or teachers', () => {
      const union = analyze('The nurses\u2019 union disputed the figures. The union said its members would strike.').sources;
      assert.deepStrictEqual(union.map((s) => [s.type, mentionTexts(s)]), [['organization', ['The nurses\u2019 union', 'The union']]]);
      const teachers = analyze('The teachers union said the schools would close.').sources;
      assert.deepStrictEqual(teachers.map((s) => [s.type, mentionTexts(s)]), [['organization', ['The teachers union']]]);
      // near miss: the group alone is unnamed people
      assert.deepStrictEqual(analyze('The nurses said the ward was full.').sources.map((s) => s.type), ['anonymous']);
    });

    it('names a company whose name ends in ’s ("Harrow’s said") with it, but "Okafor’s said" after Dana Okafor is hers', () => {
      const harrow = analyze('Harrow’s said sales rose 4 percent. Harrow’s also said the outlook was weak.').sources;
      assert.deepStrictEqual(harrow.map((s) => [s.type, s.name, mentionTexts(s)]), [['organization', 'Harrow’s', ['Harrow’s', 'Harrow’s']]]);
      const okafor = analyze('Dana Okafor spoke on Monday. Okafor’s said she will run again.').sources;
      assert.deepStrictEqual(okafor.map((s) => [s.type, s.name]), [['person', 'Dana Okafor']]);
      // near miss: a possessive before a noun is the person's
      assert.deepStrictEqual(analyze('Harrow’s campaign said it would appeal.').sources.some((s) => s.name === 'Harrow’s'), false);
    });

    it('takes a title set off after a name ("Ana Ruiz, the mayor of Valmere,") as hers, with where she holds it, and "the mayor" later as her', () => {
      const ruiz = analyze('Ana Ruiz, the mayor of Valmere, said the port would reopen. The mayor added that fees would fall.').sources;
      assert.deepStrictEqual(ruiz.map((s) => [s.name, s.title, s.affiliation, mentionTexts(s).includes('The mayor')]), [['Ana Ruiz', 'mayor', 'Valmere', true]]);
      const brel = analyze('The port will reopen, said Tomas Brel, a spokesman for the Ministry of Transport.').sources.find((s) => s.name === 'Tomas Brel')!;
      assert.deepStrictEqual([brel.title, brel.affiliation], ['spokesman', 'Ministry of Transport']);
      assert.strictEqual(analyze('Tomas Brel, a senior spokesman for the ministry, said no.').sources[0]!.title, 'senior spokesman');
      // near misses: another's title ("the prime minister's wife"), a capitalised title that opens the next name, and no title at all
      const titleOf = (text: string, name: string) => analyze(text).sources.find((s) => s.name === name)?.title;
      assert.strictEqual(titleOf('Sara Okafor, the prime minister’s wife, said nothing.', 'Sara Okafor'), undefined);
      assert.strictEqual(titleOf('With Dana Okafor, President Ana Ruiz made a safe choice.', 'Dana Okafor'), undefined);
      assert.strictEqual(titleOf('Ana Ruiz, whose mayor resigned, said nothing.', 'Ana Ruiz'), undefined);
    });

    it('gives a quote to the person named before an aside, not to the organisation in it ("Lena Marsh, a professor at Valmere University, said")', () => {
      const speakerOf = (text: string) => {
        const a = analyze(text);
        return a.sources.find((s) => s.id === a.attributions[0]!.sourceId)?.name;
      };
      assert.strictEqual(speakerOf('Lena Marsh, a professor of economics at Valmere University, said the increase was modest.'), 'Lena Marsh');
      assert.strictEqual(speakerOf('The increase was modest, said Lena Marsh, an economist at Valmere University.'), 'Lena Marsh');
      // "a spokesman" in the aside is the named man's title, not an unnamed source a later "he" goes to
      const brel = analyze("“Nobody asked us,” said Tomas Brel, a spokesman for the Valmere Shippers' Association. He said members were not consulted.");
      assert.deepStrictEqual(brel.sources.map((s) => [s.name, s.title, s.affiliation]), [
        ['Tomas Brel', 'spokesman', "Valmere Shippers' Association"],
        ["Valmere Shippers' Association", undefined, undefined],
      ]);
      assert.deepStrictEqual(brel.attributions.map((x) => x.sourceId), [brel.sources[0]!.id, brel.sources[0]!.id]);
      // near miss: an organisation that opens the span is still the speaker
      assert.strictEqual(speakerOf('The Valmere Shippers’ Association, which represents 40 companies, said fees were too high.'), 'Valmere Shippers’ Association');
    });

    it('gives a quote from "Ruiz\'s lawyer" or "Norway\'s trade minister" to that person, not to the possessor, and a name after the title to the named person', () => {
      const speakerOf = (text: string) => {
        const a = analyze(text);
        const s = a.sources.find((x) => x.id === a.attributions[a.attributions.length - 1]!.sourceId);
        return s && [s.name, s.title, s.affiliation];
      };
      assert.deepStrictEqual(speakerOf('Ana Ruiz lost the vote. Ruiz\'s lawyer said the appeal would be filed.'), ["Ruiz's lawyer", 'lawyer', 'Ruiz']);
      assert.deepStrictEqual(speakerOf("Ana Ruiz's lawyer said the appeal would be filed."), ["Ana Ruiz's lawyer", 'lawyer', 'Ana Ruiz']);
      assert.deepStrictEqual(speakerOf('Norway\u2019s trade minister said exports would recover.'), ['Norway\u2019s trade minister', 'trade minister', 'Norway']);
      assert.deepStrictEqual(speakerOf("South Korea's trade minister, Ahn Duk-geun, said exports would recover."), ['Ahn Duk-geun', 'trade minister', 'South Korea']);
      assert.deepStrictEqual(speakerOf("Ana Ruiz's former campaign manager, Tom Berg, said she would run."), ['Tom Berg', 'former campaign manager', 'Ana Ruiz']);
      assert.deepStrictEqual(speakerOf("Acme's chief executive, Lena Marsh, said sales rose."), ['Lena Marsh', 'chief executive', 'Acme']);
      // unnamed people of the possessor's are a group of their own
      assert.deepStrictEqual(speakerOf("Ana Ruiz lost the vote. Ruiz's lawyers said the ruling would be appealed."), ["Ruiz's lawyers", undefined, 'Ruiz']);
      assert.deepStrictEqual(speakerOf("Ana Ruiz lost the vote. The mayor's top aides said it was over."), ["the mayor's top aides", undefined, undefined]);
      // "the minister" later is the possessed title's person
      const minister = analyze("Valmere's finance minister said the budget was balanced. The minister added that taxes would not rise.");
      assert.deepStrictEqual(minister.attributions.map((x) => x.sourceId), [minister.sources[0]!.id, minister.sources[0]!.id]);
      // near misses: a possessed thing that is no person is still the possessor's, and a name ending in 's is a name
      assert.deepStrictEqual(speakerOf("Ana Ruiz's campaign said she would run."), ['Ana Ruiz', undefined, undefined]);
      assert.deepStrictEqual(speakerOf('Moody\'s said the outlook was stable.'), ["Moody's", undefined, undefined]);
      // and a day is no one's employer
      assert.deepStrictEqual(speakerOf("Monday's chairman said the vote was fair.")?.[2], undefined);
    });

    it('reads "two of the companies named in the indictment" as the companies, and "Norvik Lines", "Halvor Pharma" as companies', () => {
      const a = analyze('Two of the companies named in the indictment did not respond to requests for comment. A third, Norvik Lines, said it had cooperated.');
      assert.deepStrictEqual(a.sources.map((s) => [s.type, s.name]), [
        ['anonymous', 'two of the companies named in the indictment'],
        ['organization', 'Norvik Lines'],
      ]);
      for (const name of ['Halvor Pharma', 'Harbour Capital', 'Nordic Energy', 'Brenn Logistics']) {
        assert.deepStrictEqual(analyze(`${name} said it welcomed the findings.`).sources.map((s) => [s.type, s.name]), [['organization', name]]);
      }
      // near miss: the trade's noun opening a sentence names no company
      assert.deepStrictEqual(analyze('Energy prices rose 4 percent in May. Shipping companies reacted angrily.').sources, []);
      // near miss: the indictment speaking for itself is a document
      assert.deepStrictEqual(analyze('The indictment said the payments began in 2015.').sources.map((s) => s.type), ['document']);
    });

    it('takes a name the lexicon does not know for a person’s when a title sets it off ("The prime minister, Jonas Eriksen,"), so a later "he" finds him', () => {
      for (const text of ['The prime minister, Jonas Eriksen, struck a defiant tone. “We will win,” he told supporters.', 'Jonas Eriksen, the prime minister, struck a defiant tone. “We will win,” he told supporters.']) {
        const a = analyze(text);
        assert.deepStrictEqual(a.sources.map((s) => [s.name, s.title, mentionTexts(s)]), [['Jonas Eriksen', 'prime minister', ['Jonas Eriksen', 'he']]], text);
        assert.strictEqual(a.attributions[0]!.sourceId, a.sources[0]!.id);
      }
      // an unnamed person's title before the name too ("A city spokesperson, Claire Dubois,")
      assert.strictEqual(analyze('A city spokesperson, Claire Dubois, said inspectors visited the plant.').sources[0]!.title, 'spokesperson');
      assert.strictEqual(analyze('Her neighbour, Yusuf Demir, said the smell had returned.').sources[0]!.title, undefined);
      // near miss: without a title the unknown name stays a guess, which a pronoun does not take
      assert.deepStrictEqual(analyze('Jonas Eriksen struck a defiant tone. “We will win,” he told supporters.').sources, []);
    });

    it('knows a coach, a manager, a striker and a goalkeeper by their titles ("Brennport manager Luca Romano")', () => {
      const read = (text: string) => analyze(text).sources.map((s) => [s.name, s.title, s.affiliation]);
      assert.deepStrictEqual(read('Brennport manager Luca Romano praised the defence.'), [['Luca Romano', 'manager', 'Brennport']]);
      assert.deepStrictEqual(read('Coach Sofia Lindqvist said the team played well.'), [['Sofia Lindqvist', 'Coach', undefined]]);
      assert.deepStrictEqual(read('Ruiz campaign manager Tomas Brel said the polls were wrong.').map((x) => x[0]), ['Tomas Brel']);
    });

    it('knows a chief financial officer and a chief operating officer by their whole titles, not as "chief"', () => {
      const read = (text: string) => analyze(text).sources.map((s) => [s.name, s.title]);
      assert.deepStrictEqual(read("The firm's chief financial officer, Dana Okafor, said costs rose."), [['Dana Okafor', 'chief financial officer']]);
      assert.deepStrictEqual(read('Dana Okafor, the chief operating officer, said costs rose.'), [['Dana Okafor', 'chief operating officer']]);
      assert.deepStrictEqual(read('CFO Dana Okafor said costs rose.'), [['Dana Okafor', 'CFO']]);
      // near miss: the police chief is still a chief
      assert.deepStrictEqual(read('Dana Okafor, the police chief, said two men were held.'), [['Dana Okafor', 'police chief']]);
    });

    it('takes "state media", "local media", "state television" for the source they are', () => {
      for (const source of ['State media', 'Local media', 'State television']) {
        const a = analyze(`${source} said the cuts would be reviewed.`);
        assert.deepStrictEqual(a.sources.map((s) => s.name), [source]);
        assert.strictEqual(a.attributions[0]!.sourceId, a.sources[0]!.id);
      }
    });

    it('takes no source from a byline or a wire trailer ("(Reporting by …; Editing by …)"): the reporters are not quoted', () => {
      const a = analyze('By Dana Okafor\n\nThe ministry said on Monday that fees would rise.');
      assert.deepStrictEqual(a.sources.map((s) => s.name), ['Ministry']);
      assert.deepStrictEqual(a.credits.map((c) => [c.kind, c.name]), [['byline', 'Dana Okafor']]);
      // a wire story's trailer too
      const trailer = analyze('The ministry said on Monday that fees would rise.\n\n(Reporting by Ana Ruiz; Editing by Dana Okafor)');
      assert.deepStrictEqual(trailer.sources.map((s) => s.name), ['Ministry']);
      assert.deepStrictEqual(trailer.credits.map((c) => [c.kind, c.name]), [['byline', 'Ana Ruiz']]);
      // near miss: the same name in the copy is a source
      assert.ok(analyze('Dana Okafor said on Monday that fees would rise.').sources.some((s) => s.name === 'Dana Okafor'));
    });

    it('takes no source name from a capitalised adverb or preposition that opens a sentence ("Outside", "Probably", "Oh")', () => {
      const named = (text: string) => analyze(text).sources.map((s) => s.name);
      assert.deepStrictEqual(named('Outside the city hall, about 200 protesters gathered in the square, chanting "Save the harbour."'), []);
      assert.deepStrictEqual(named('Probably nobody opposes the levy more than the harbour workers.'), []);
      assert.deepStrictEqual(named('Whatever his doubts about the budget may be, dismissing the audit as noise is a mistake.'), []);
      assert.deepStrictEqual(named('Oh, okay. I guess that settles it, said the mayor.'), ['the mayor']);
      assert.deepStrictEqual(named('Interestingly Okafor claimed the plan would work.'), ['Okafor']);
      // near misses: the same words inside a name, and a name after them, are names
      assert.deepStrictEqual(named('Human Rights Watch said the trial was unfair.'), ['Human Rights Watch']);
      assert.deepStrictEqual(named('Outside the hall, Dana Okafor said the plan would work.'), ['Dana Okafor']);
    });

    it('reads a "Contributing:" line and "Additional reporting by" as bylines: no one is quoted there, and no reporter is a source', () => {
      const credited = (tail: string) => analyze(`The ministry said on Monday that fees would rise.\n\n${tail}`);
      for (const [tail, name] of [
        ['Contributing: Ana Ruiz.', 'Ana Ruiz'],
        ['Contributing: Ana Ruiz and Tom Berg, The Harbour Times.', 'Ana Ruiz and Tom Berg, The Harbour Times'],
        ['Contributors: Ana Ruiz and Tom Berg', 'Ana Ruiz and Tom Berg'],
        ['(Additional reporting by Ana Ruiz in Seoul; Editing by Dana Okafor)', 'Ana Ruiz'],
        ['Additional reporting by Ana Ruiz and Tom Berg.', 'Ana Ruiz and Tom Berg'],
        ['Contributing: Ana de Souza.', 'Ana de Souza'],
        ['By Ana de Souza', 'Ana de Souza'],
      ] as const) {
        const a = credited(tail);
        assert.deepStrictEqual(a.credits.map((c) => [c.kind, c.name]), [['byline', name]], tail);
        assert.deepStrictEqual(a.attributions.map((x) => x.source?.text), ['The ministry'], tail);
        assert.deepStrictEqual(a.sources.map((s) => s.name), ['Ministry'], tail);
      }
      // near misses: a colon after other words is no credit, and the "Contributing:" of a sentence keeps its speaker
      assert.deepStrictEqual(credited('Contributing factors: Poor Weather.').credits, []);
      assert.deepStrictEqual(analyze('Contributing: the mayor said rain hurt the harvest.').credits, []);
    });

    it('reads "Okafor supporters", "Organizers", "Abortion opponents" as groups: never the person they back, nor a person named after them', () => {
      const sourced = (text: string) => {
        const a = analyze(text);
        const byId = new Map(a.sources.map((s) => [s.id, s]));
        return a.attributions.map((x) => [x.source?.text, byId.get(x.sourceId!)?.name, byId.get(x.sourceId!)?.type]);
      };
      assert.deepStrictEqual(sourced('Dana Okafor won the vote on Monday. Okafor supporters said the result was fair.'), [['Okafor supporters', 'Okafor supporters', 'anonymous']]);
      assert.deepStrictEqual(sourced('Abortion opponents said the ruling was wrong.'), [['Abortion opponents', 'Abortion opponents', 'anonymous']]);
      for (const group of ['Organizers', 'Proponents', 'Investors', 'Advocates', 'Protesters']) {
        assert.deepStrictEqual(sourced(`${group} said the plan was sound. They said it twice.`), [[group, group, 'anonymous'], ['They', group, 'anonymous']], group);
      }
      // near miss: the candidate is still a person of her own
      assert.deepStrictEqual(sourced('Dana Okafor said the result was fair.'), [['Dana Okafor', 'Dana Okafor', 'person']]);
    });

    it('reads "the bank chief", "the party chairwoman" as a person, not as the bank or the party', () => {
      assert.deepStrictEqual(analyze('The bank chief said rates would rise.').sources.map((s) => [s.type, s.name]), [['anonymous', 'the bank chief']]);
      assert.deepStrictEqual(analyze('The party chairwoman said the vote was fair.').sources.map((s) => [s.type, s.name]), [['person', 'the party chairwoman']]);
      // near miss: the organisation on its own is the organisation
      assert.deepStrictEqual(analyze('The bank said rates would rise.').sources.map((s) => [s.type, s.name]), [['organization', 'Bank']]);
    });

    it('reads a company by its legal suffix: "Harrow’s Inc." is one name, and "Harrow’s", "the company" and "the firm" later are the same company', () => {
      const harrow = analyze('Harrow’s Inc. said sales rose 4 percent. Harrow’s said it would hire. The company said prices would rise. The firm blamed weak demand.').sources;
      assert.deepStrictEqual(harrow.map((s) => [s.type, s.name, mentionTexts(s)]), [['organization', 'Harrow’s Inc.', ['Harrow’s Inc.', 'Harrow’s', 'The company', 'The firm']]]);
      const tessaly = analyze('Tessaly Corp. cut 40 jobs, the union said. Tessaly said the cuts were needed.').sources;
      assert.deepStrictEqual(tessaly.find((s) => s.name === 'Tessaly Corp.') && mentionTexts(tessaly.find((s) => s.name === 'Tessaly Corp.')!), ['Tessaly Corp.', 'Tessaly']);
      // near misses: a person's possessive before a capitalised word is still hers, and "the company" with no company named before makes its own
      assert.deepStrictEqual(analyze('Dana Okafor spoke first. Okafor’s Chief of Staff said nothing.').sources.some((s) => s.name.includes('’s')), false);
      assert.deepStrictEqual(analyze('The Valmere Port Authority said fees would rise. The company said it would pay.').sources.map((s) => s.name), ['Valmere Port Authority', 'Company']);
    });

    it('reads "the port authority", "the parks department" as an organisation whatever noun names it, not as an unnamed authority', () => {
      const port = analyze('The port authority said it had offered 3 percent. The authority later said talks would resume.').sources;
      assert.deepStrictEqual(port.map((s) => [s.type, s.name, mentionTexts(s)]), [['organization', 'Port Authority', ['The port authority', 'The authority']]]);
      assert.deepStrictEqual(analyze('The parks department said the trail was closed.').sources.map((s) => [s.type, s.name]), [['organization', 'Parks Department']]);
      assert.deepStrictEqual(analyze('The housing authority said rents would rise.').sources.map((s) => [s.type, s.name]), [['organization', 'Housing Authority']]);
      // near miss: an adjective before the role noun makes no organisation for a pronoun to find
      const angry = analyze('Voters exasperated by the gridlocked government said they were angry.').sources;
      assert.deepStrictEqual(angry.map((s) => [s.type, mentionTexts(s)]), [['anonymous', ['Voters', 'they']]]);
    });
  });

  describe('anonymous sources', () => {
    const text = [
      'A senior official said the deal was close. The official added that he expected a signing within days.',
      'A source familiar with the talks said the text was final.',
      'Diplomats were less certain. People briefed on the matter said a delay was likely.',
    ].join('\n');
    const attributions = [spanOf(text, 'A senior official'), spanOf(text, 'The official'), spanOf(text, 'A source familiar with the talks'), spanOf(text, 'People briefed on the matter')];
    const { sources, attributionSourceIds } = analyse(text, attributions);

    it('resolves "the official" and "he" to the senior official', () => {
      const official = sourceNamed(sources, 'a senior official');
      assert.strictEqual(official.type, 'anonymous');
      assert.deepStrictEqual(mentionTexts(official), ['A senior official', 'The official', 'he']);
      assert.strictEqual(attributionSourceIds[0], official.id);
      assert.strictEqual(attributionSourceIds[1], official.id);
    });

    it('keeps the whole description of an unnamed source', () => {
      assert.strictEqual(sourceNamed(sources, 'a source familiar with the talks').type, 'anonymous');
      assert.strictEqual(sourceNamed(sources, 'People briefed on the matter').type, 'anonymous');
    });

    it('ignores a bare plural that nobody quotes', () => {
      assert.ok(!sources.some((s) => s.name === 'Diplomats'));
    });

    it('resolves "they" to the group of officials mentioned just before', () => {
      const t = 'Two senior officials briefed reporters on Monday. They said the talks would resume.';
      const { sources } = analyse(t, [spanOf(t, 'They')]);
      const officials = sourceNamed(sources, 'two senior officials');
      assert.deepStrictEqual(mentionTexts(officials), ['Two senior officials', 'They']);
    });

    it('takes a bare plural as a mention only when it can stand for a source on its own ("officials said", not "employees said")', () => {
      const found = (p: string) => findEntityMentions(p, sentencesOf(p)).map((m) => `${m.kind}:${p.slice(m.start, m.end)}`);
      assert.deepStrictEqual(found('The plan, officials said, is on hold.'), ['anonymous:officials']);
      assert.deepStrictEqual(found('The plan, witnesses said, is on hold.'), ['anonymous:witnesses']);
      assert.deepStrictEqual(found('The plan, employees said, is on hold.'), []);
    });

    it('gives a group the country its adjective or its name stands for', () => {
      const affiliations = (p: string) => findEntityMentions(p, sentencesOf(p)).filter((m) => m.kind === 'anonymous').map((m) => m.affiliation);
      assert.deepStrictEqual(affiliations('Reporters heard that Japan officials and Japanese diplomats disagreed.'), ['Japan', 'Japan']);
      assert.deepStrictEqual(affiliations('Reporters heard that Dutch officials disagreed.'), ['Netherlands']);
    });

    it('turns an attribution source that matches nothing into a source of its own ("officials")', () => {
      const t = 'The plan, officials said, is on hold.';
      const { sources: found, attributionSourceIds: ids } = analyse(t, [spanOf(t, 'officials')]);
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0].name, 'officials');
      assert.strictEqual(found[0].type, 'anonymous');
      assert.strictEqual(ids[0], found[0].id);
    });
  });

  describe('documents and polls', () => {
    const text = [
      'A new poll released Monday shows the president trailing. The poll also found that 40 percent of voters were undecided.',
      'The turnout in the presidential poll was high.',
    ].join('\n');

    it('makes a document source of a quoted poll and resolves "the poll" to it', () => {
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'A new poll'), null]);
      const poll = sourceNamed(sources, 'a new poll');
      assert.strictEqual(poll.type, 'document');
      assert.deepStrictEqual(mentionTexts(poll), ['A new poll', 'The poll']);
      assert.deepStrictEqual(attributionSourceIds, [poll.id, null]);
    });

    it('does not take an election ("the presidential poll") for a document', () => {
      const { sources } = analyse(text, [spanOf(text, 'A new poll')]);
      assert.ok(!sources.some((s) => s.mentions.some((m) => m.text.includes('presidential'))));
    });
  });

  describe('attribution sources', () => {
    it('makes a quoted role noun with nothing to refer to a source of its own', () => {
      const text = 'The talks went well, the unification ministry said. The minister agreed.';
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'the unification ministry'), spanOf(text, 'The minister')]);
      assert.deepStrictEqual(
        sources.map((s) => [s.name, s.type]),
        [
          ['Unification Ministry', 'organization'],
          ['the minister', 'person'],
        ],
      );
      assert.deepStrictEqual(attributionSourceIds, ['s1', 's2']);
    });

    it('maps a source span equal to or overlapping a mention to that mention\'s source', () => {
      const text = 'State Department spokesperson Tammy Bruce said the call went well, according to Bruce.';
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'State Department spokesperson Tammy Bruce'), spanOf(text, 'Bruce', 1)]);
      const bruce = sourceNamed(sources, 'Tammy Bruce');
      assert.strictEqual(bruce.title, 'spokesperson');
      assert.strictEqual(bruce.affiliation, 'State Department');
      assert.deepStrictEqual(attributionSourceIds, [bruce.id, bruce.id]);
    });

    it('resolves a quoted "it" to the document or organisation before it', () => {
      const text = 'The report, released Monday, found gaps in oversight. It said reforms were overdue.';
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'It')]);
      assert.deepStrictEqual(
        sources.map((s) => [s.name, s.type, mentionTexts(s)]),
        [['the report', 'document', ['The report', 'It']]],
      );
      assert.deepStrictEqual(attributionSourceIds, ['s1']);
    });

    it('makes no source of a span that names nobody', () => {
      const text = 'The aim was to send a strong signal, sometimes loudly.';
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'send a strong'), spanOf(text, 'sometimes')]);
      assert.deepStrictEqual(sources, []);
      assert.deepStrictEqual(attributionSourceIds, [null, null]);
    });

    it('makes a city used for its government a source only when it is quoted', () => {
      const text = 'Seoul has been striving to secure exemptions. Washington said it would consider them.';
      const { sources } = analyse(text, [spanOf(text, 'Washington')]);
      assert.deepStrictEqual(
        sources.map((s) => [s.name, s.type]),
        [['Washington', 'organization']],
      );
    });
  });

  describe('the newsroom registry', () => {
    const registry: AnalyzeOptions = {
      registry: [
        { name: 'Cho Tae-yul', aliases: ['FM Cho'], title: 'Foreign Minister', affiliation: 'South Korea', type: 'person' },
        { name: 'Korea Institute for National Unification', aliases: ['KINU'], type: 'organization' },
      ],
    };

    it('resolves a registry alias and a surname to the registered source', () => {
      const text = 'FM Cho said the talks went well. Cho added that more were planned.';
      const { sources } = analyse(text, [spanOf(text, 'FM Cho')], registry);
      assert.strictEqual(sources.length, 1);
      assert.strictEqual(sources[0].name, 'Cho Tae-yul');
      assert.strictEqual(sources[0].title, 'Foreign Minister');
      assert.strictEqual(sources[0].affiliation, 'South Korea');
      assert.strictEqual(sources[0].fromRegistry, true);
      assert.deepStrictEqual(mentionTexts(sources[0]), ['FM Cho', 'Cho']);
    });

    it('resolves a registered title used as a role noun', () => {
      const text = 'The foreign minister said the talks went well.';
      const { sources } = analyse(text, [spanOf(text, 'The foreign minister')], registry);
      assert.strictEqual(sources[0].name, 'Cho Tae-yul');
      assert.strictEqual(sources[0].fromRegistry, true);
    });

    it('resolves a registered organisation acronym', () => {
      const text = 'KINU said sanctions were working.';
      const { sources } = analyse(text, [spanOf(text, 'KINU')], registry);
      assert.strictEqual(sources[0].name, 'Korea Institute for National Unification');
      assert.strictEqual(sources[0].type, 'organization');
    });
  });

  describe('names that are easy to get wrong', () => {
    it('reads a state abbreviation after "City, " as part of a place, never as a speaker', () => {
      const text = 'Ann Lee of Portland, Ore. said the port would reopen.';
      const { sources, attributionSourceIds } = analyse(text, [spanOf(text, 'Ore.')]);
      assert.deepStrictEqual(sources.map((s) => s.name), ['Ann Lee']);
      assert.deepStrictEqual(attributionSourceIds, [null]);
      const dotted = 'Ann Lee of Albany, N.Y. said the port would reopen.';
      assert.deepStrictEqual(analyse(dotted).sources.map((s) => s.name), ['Ann Lee']);
    });

    it('still reads the same letters as a name where no city comes before them', () => {
      const text = 'Miss Lee said the port would reopen.';
      assert.deepStrictEqual(analyse(text).sources.map((s) => s.name), ['Lee']);
      const orgs = 'Ann Lee of Pa. Power said the port would reopen.';
      assert.ok(analyse(orgs).sources.some((s) => s.name === 'Ann Lee'));
    });

    it('takes any capitalised word after an honorific for a name ("Mr. King" is not a king)', () => {
      const text = 'Mr. King said the network would not change course.';
      const { sources } = analyse(text);
      assert.deepStrictEqual(sources.map((s) => [s.name, s.type]), [['King', 'person']]);
    });

    it('gives "who" the source right before it', () => {
      const text = 'The plan was criticised by Elaine Park, who said it came too late.';
      const { sources } = analyse(text);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Elaine Park')), ['Elaine Park', 'who']);
    });

    it('maps a long source span to the name in it, not to the party word it opens with', () => {
      const text = 'Republican Senate nominee Gov. Ann Hale (R-OH) said the ticket was united.';
      const span = spanOf(text, 'Republican Senate nominee Gov. Ann Hale (R-OH)');
      const { sources, attributionSourceIds } = analyse(text, [span]);
      const hale = sourceNamed(sources, 'Ann Hale');
      assert.strictEqual(hale.title, 'Governor');
      assert.deepStrictEqual(attributionSourceIds, [hale.id]);
    });

    it('treats "Americans" and "Democrats" as groups, never as a person "she" could be', () => {
      const text = 'Hillary Clinton spoke in Ohio. Americans want change, Democrats said. She agreed.';
      const { sources } = analyse(text, [spanOf(text, 'Democrats')]);
      assert.strictEqual(sourceNamed(sources, 'Democrats').type, 'anonymous');
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Hillary Clinton')), ['Hillary Clinton', 'She']);
      assert.ok(!sources.some((s) => s.name === 'Americans'));
    });

    it('keeps a name out of the headline words around it, and makes no person of laws or questions', () => {
      const text = ['Donald Trump Is Right About Trade', 'Did Trump change his mind? Democrat Hillary Clinton said the Clean Air Act works.'].join('\n');
      const { sources } = analyse(text, [spanOf(text, 'Democrat Hillary Clinton')]);
      const names = sources.map((s) => s.name);
      assert.ok(names.includes('Donald Trump'), names.join(', '));
      assert.ok(names.includes('Hillary Clinton'), names.join(', '));
      for (const wrong of ['Donald Trump Is Right About Trade', 'Did Trump', 'Clean Air Act', 'Democrat Hillary Clinton']) assert.ok(!names.includes(wrong), `"${wrong}" is not a source`);
    });

    it('learns a gender from "she" so that a later "he" looks elsewhere', () => {
      const text = 'Attorney General Loretta Okafor met Mr. Brandt. She said the inquiry was over. Later he said it was not.';
      const { sources } = analyse(text);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Loretta Okafor')), ['Attorney General Loretta Okafor', 'She']);
      assert.deepStrictEqual(mentionTexts(sourceNamed(sources, 'Brandt')), ['Mr. Brandt', 'he']);
    });

    it('keeps a rank with its title ("Deputy Attorney General")', () => {
      const text = 'Deputy Attorney General Sally Yates said the memo was final.';
      const yates = sourceNamed(analyse(text).sources, 'Sally Yates');
      assert.strictEqual(yates.title, 'Deputy Attorney General');
      assert.strictEqual(yates.affiliation, undefined);
    });

    it('leaves "former" out of an affiliation', () => {
      const text = 'Former Pennsylvania Gov. Ed Rendell said the party was divided.';
      const { sources } = analyse(text);
      assert.strictEqual(sourceNamed(sources, 'Ed Rendell').affiliation, 'Pennsylvania');
    });
  });

  describe('through analyze()', () => {
    const article = [
      'Unification Minister Kim Yeon-ho (center) speaks at a forum in Seoul on March 4, 2025. (Ministry of Unification)',
      '',
      'Unification Minister Kim Yeon-ho called on North Korea to return to dialogue "without preconditions" during a meeting with visiting German Foreign Minister Anna Berger on Tuesday, the unification ministry said.',
      '',
      '"Minister Kim stressed that the door to talks remains open," the ministry said in a press release.',
      '',
      'The minister also thanked Germany for its support. He said Seoul would keep working with Berlin on humanitarian aid.',
      '',
      "Berger said Germany backs the South's approach, according to the ministry. She added that her government would host a conference on the issue in June.",
    ].join('\n');
    const analysis = analyze(article);

    it('resolves every reference to the minister, including the role noun and the pronoun, to one source', () => {
      const kim = sourceNamed(analysis.sources, 'Kim Yeon-ho');
      for (const expected of ['Minister Kim', 'The minister', 'He']) assert.ok(mentionTexts(kim).includes(expected), `"${expected}" should be Kim Yeon-ho`);
      assert.strictEqual(kim.title, 'Unification Minister');
    });

    it('resolves "the unification ministry" and "the ministry" to the ministry named in the photo credit', () => {
      const ministry = sourceNamed(analysis.sources, 'Ministry of Unification');
      assert.deepStrictEqual(mentionTexts(ministry).slice(0, 2), ['Ministry of Unification', 'the unification ministry']);
      for (const a of analysis.attributions) {
        if (a.source && /ministry/i.test(a.source.text)) assert.strictEqual(a.sourceId, ministry.id);
      }
    });

    it('ties a pronoun speaker to the most recent person of the same gender', () => {
      const berger = sourceNamed(analysis.sources, 'Anna Berger');
      assert.strictEqual(berger.affiliation, 'Germany');
      assert.ok(mentionTexts(berger).includes('She'));
    });
  });

  describe('random text', () => {
    // A small deterministic generator: the same "random" articles on every run.
    function generator(seed: number): () => number {
      let state = seed >>> 0;
      return () => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return state / 0x100000000;
      };
    }
    const pieces = ['Mr.', 'Cho', 'Tae-yul', 'the', 'minister', 'said', 'he', 'She', 'officials', 'a', 'source', 'familiar', 'with', 'talks', '"', ',', '.', '(Ministry', 'of', 'Foreign', 'Affairs)', 'Seoul', 'U.S.', "'s", '\u2019', 'who', 'Xi', 'Jinping', 'poll', 'new', '\n', '\ud800', 'President', 'Sen.', '-', 'Kim'];

    it('finds mentions in order, inside their paragraph, and resolves them into well-formed sources', () => {
      const random = generator(7);
      for (let round = 0; round < 120; round++) {
        const words: string[] = [];
        const length = Math.floor(random() * 60);
        for (let k = 0; k < length; k++) words.push(pieces[Math.floor(random() * pieces.length)]);
        const text = words.join(random() < 0.5 ? ' ' : '');
        const mentions = mentionsOf(text);
        for (let k = 0; k < mentions.length; k++) {
          const m = mentions[k];
          assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `mention ${m.start}-${m.end} in ${JSON.stringify(text)}`);
          assert.ok(text.slice(m.start, m.end).indexOf('\n') < 0, 'a mention stays inside its paragraph');
          if (k > 0) assert.ok(mentions[k - 1].end <= m.start, 'mentions do not overlap');
        }
        const spans = mentions.filter((_, k) => k % 2 === 0).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
        const { sources, attributionSourceIds } = resolveSources(text, mentions, spans, {});
        assert.strictEqual(attributionSourceIds.length, spans.length);
        const ids = new Set(sources.map((s) => s.id));
        for (const id of attributionSourceIds) assert.ok(id === null || ids.has(id));
        sources.forEach((s, k) => {
          assert.strictEqual(s.id, `s${k + 1}`);
          assert.ok(s.name.length > 0);
          for (const m of s.mentions) assert.strictEqual(m.text, text.slice(m.start, m.end));
        });
        assert.deepStrictEqual(resolveSources(text, mentionsOf(text), spans, {}), { sources, attributionSourceIds }, 'deterministic');
      }
    });

    it('reads the same mentions from the paragraph\'s tokens as from its text', () => {
      const random = generator(11);
      const odd = ['Jan.', '3.5', 'O\u2019Brien\u2019s', 'he\u2019s', 'they\u2019re', '\u2009', 'J.', 'a.m.', 'Rubio\u2019s-style', '90\u2019s', 'Łukasz', '\u0001', '...', "''"];
      for (let round = 0; round < 200; round++) {
        const words: string[] = [];
        const length = Math.floor(random() * 40);
        for (let k = 0; k < length; k++) words.push(random() < 0.3 ? odd[Math.floor(random() * odd.length)] : pieces[Math.floor(random() * pieces.length)]);
        const paragraph = words.join(random() < 0.7 ? ' ' : '').replace(/\n/g, ' ');
        const sentences = sentencesOf(paragraph);
        const fromText = findEntityMentions(paragraph, sentences);
        assert.deepStrictEqual(findEntityMentions(paragraph, sentences, tokenize(paragraph)), fromText, JSON.stringify(paragraph));
      }
    });
  });

  describe('words joined by marks', () => {
    function found(paragraph: string): string[] {
      return findEntityMentions(paragraph, sentencesOf(paragraph)).map((m) => `${m.kind}:${paragraph.slice(m.start, m.end)}`);
    }

    it('reads a possessive apart from the name it follows', () => {
      // (and the people after it are the possessor's: "Rubio's aides")
      assert.deepStrictEqual(found("Rubio's aides said it."), ['alias:Rubio', "anonymous:Rubio's aides"]);
      assert.deepStrictEqual(found('Mr. O\u2019Brien\u2019s office said.'), ['title:Mr. O\u2019Brien']);
      assert.deepStrictEqual(found('He\u2019s sure, said Sen. Ted Cruz.'), ['pronoun:He', 'name:Sen. Ted Cruz']);
    });

    it('keeps a saint\'s possessive, or that of "People", "Children", "Women", "Men", inside an organisation\'s name', () => {
      assert.deepStrictEqual(found("St. Brigid's Hospital said so."), ["name:St. Brigid's Hospital"]);
      assert.deepStrictEqual(found('Valmere Children\u2019s Hospital said so.'), ['name:Valmere Children\u2019s Hospital']);
      assert.deepStrictEqual(found("The People's Bank of Valmere said so."), ["name:The People's Bank of Valmere"]);
      // near misses: a person's possessive before a name, and a possessive before a lower-case noun
      assert.deepStrictEqual(found("Okafor's Valmere Hospital said so."), ['alias:Okafor', 'name:Valmere Hospital']);
      assert.ok(!found("The People's anger was real.").some((m) => m.includes("People's")));
    });

    it('keeps the period of an initialism or abbreviation with its word', () => {
      assert.deepStrictEqual(found('U.S. officials said so.'), ['anonymous:U.S. officials']);
      assert.deepStrictEqual(found('On Jan. 3 the Ministry of Foreign Affairs said.'), ['name:the Ministry of Foreign Affairs']);
    });

    it('does not join names across a space it does not read as one', () => {
      assert.deepStrictEqual(found('Joe\u2009Biden and Joe Biden spoke.'), ['alias:Joe', 'alias:Biden', 'name:Joe Biden']);
    });
  });

  describe('bad input', () => {
    it('never throws, and keeps every mention inside the text', () => {
      const inputs = ['', '\u0000\u0001', '\ud800 Mr. \udc00', '"'.repeat(1000), 'Mr.'.repeat(500), 'A'.repeat(10000), 'the the the officials', 'Cho Tae-yul\n\n\nHe he he'];
      for (const text of inputs) {
        const { sources } = analyse(text, [{ start: 0, end: Math.min(3, text.length), text: text.slice(0, 3) }, null, { start: -5, end: 99999, text: '' }]);
        for (const s of sources) for (const m of s.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
      }
      assert.doesNotThrow(() => resolveSources('abc', null as unknown as EntityMention[], null as unknown as Span[], null as unknown as AnalyzeOptions));
      assert.doesNotThrow(() => findEntityMentions(null as unknown as string, null as unknown as { start: number; end: number }[]));
    });
  });
});
