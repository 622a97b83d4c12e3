import * as assert from 'assert';
import { wireText, rng } from '../../scripts/bench/wire';
import { analyze } from '../../src/engine/analyze';
import { commonPrefixLength, commonSuffixLength, createIncrementalAnalyzer, unchangedEnds, type TextChange } from '../../src/engine/incremental';
import { unattributedClaimTexts } from './engine/helpers';

/** Applies changes in order, each in the coordinates left by the ones before (as VS Code does). */
function apply(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  return text;
}

const INSERTS = ['x', ' ', '.', '"', '“', '”', "'", '\n', '\n\n', ',', 'said', ' the ministry said.', 'A', '😀', '\r\n', '"Yes," he said.\n\n'];

/** A random edit of the kinds an editor produces: typing, deleting, pasting, splitting and joining paragraphs. */
function randomEdit(text: string, random: () => number): TextChange[] {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.4) return [{ rangeOffset: at, rangeLength: 0, text: INSERTS[Math.floor(random() * INSERTS.length)]! }];
  if (roll < 0.7) return [{ rangeOffset: at, rangeLength: Math.min(text.length - at, 1 + Math.floor(random() * 3)), text: '' }];
  if (roll < 0.8) return [{ rangeOffset: at, rangeLength: Math.min(text.length - at, Math.floor(random() * 400)), text: '' }];
  if (roll < 0.9) {
    // several cursors: changes in descending offset order, like VS Code's multi-cursor typing
    const offsets = [at, Math.floor(random() * text.length), Math.floor(random() * text.length)].sort((a, b) => b - a);
    return [...new Set(offsets)].map((o) => ({ rangeOffset: o, rangeLength: 0, text: '"' }));
  }
  const from = Math.floor(random() * text.length);
  return [{ rangeOffset: at, rangeLength: 0, text: text.slice(from, from + Math.floor(random() * 300)) }];
}

/** Articles of our own with what the assembly links across paragraphs: colon speakers, quotes that run on (with and without a speaker), nested attributions. */
function linkedArticle(variant: number): string {
  const [minister, family, secretary, spokesperson] = [
    ['Foreign Minister Cho Tae-yul', 'Cho', 'Secretary of State Marco Rubio', 'Tammy Bruce'],
    ['Trade Minister Ahn Duk-geun', 'Ahn', 'Commerce Secretary Howard Lutnick', 'Kush Desai'],
    ['Prime Minister Ishiba Shigeru', 'Ishiba', 'Treasury Secretary Scott Bessent', 'Karoline Leavitt'],
  ][variant % 3]!;
  return [
    `SEOUL, May ${20 + variant} (Yonhap) -- ${minister} spoke with ${secretary} on Tuesday, the ministry said.`,
    `${family} said the two sides would "work closely" on tariffs. He added:`,
    '"We will keep talking until a deal is reached.',
    '"Nothing is settled yet," he said.',
    `The secretary, who arrived on Monday, told reporters that ${30 + variant} percent of the tariffs would stay. "It is a start," the secretary said.`,
    `Spokesperson ${spokesperson} said in a separate readout that ${family} reiterated support for the alliance, according to ${spokesperson}.`,
    '"The talks were frank," officials said. "They were also useful.',
    '"We expect more progress," the official added, declining to be named.',
    `She said the ministry would publish the figures, which showed a ${10 + variant} percent rise, the largest since 2019.`,
    'Reportedly, the two ministers will meet again in June.',
    '"A quotation nobody is named for runs on.',
    '"It keeps going here.',
    '"And it ends here."',
  ].join(variant % 2 === 0 ? '\n\n' : '\n');
}

const TARGETS = [/[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g, /\b(?:said|says|added|told|according to|reiterated)\b/g, /["\u201c\u201d]/g, /\n+/g, /\b(?:he|she|they|who|He|She|They)\b/g, /:/g, /\d+/g];
const REPLACEMENTS = ['Kim', 'the minister', 'officials', 'he', 'said', '"', '\n', '\n\n', ':', 'Cho Tae-yul', ''];

/** An edit at a name, a cue verb, a quotation mark, a paragraph break, a pronoun, a colon or a figure. */
function targetedEdit(text: string, random: () => number): TextChange[] {
  const pattern = TARGETS[Math.floor(random() * TARGETS.length)]!;
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return [{ rangeOffset: 0, rangeLength: 0, text: 'x' }];
  const match = matches[Math.floor(random() * matches.length)]!;
  const start = match.index!;
  const length = match[0].length;
  const roll = random();
  const inside = start + Math.floor(random() * (length + 1));
  if (roll < 0.25) return [{ rangeOffset: inside, rangeLength: 0, text: ['e', ' ', '"', '\n', ':', ','][Math.floor(random() * 6)]! }];
  if (roll < 0.5) return [{ rangeOffset: Math.min(inside, text.length - 1), rangeLength: 1, text: '' }];
  if (roll < 0.75) return [{ rangeOffset: start, rangeLength: length, text: REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)]! }];
  return [{ rangeOffset: start, rangeLength: length, text: '' }];
}

describe('incremental analysis', () => {
  it('gives exactly the analysis of the whole text on the first update', () => {
    const text = wireText(20_000, { seed: 7 });
    assert.deepStrictEqual(createIncrementalAnalyzer().update(text), analyze(text));
  });

  it('stays equal to a full analysis through two hundred random edits, with and without the change list', () => {
    const random = rng(42);
    for (const withChanges of [true, false]) {
      const analyzer = createIncrementalAnalyzer({ cacheSize: 64 });
      let text = wireText(5_000, { seed: withChanges ? 3 : 4, separator: withChanges ? '\n\n' : '\n' });
      analyzer.update(text);
      for (let i = 0; i < 100; i++) {
        const changes = randomEdit(text, random);
        text = apply(text, changes);
        const incremental = analyzer.update(text, withChanges ? changes : undefined);
        assert.deepStrictEqual(incremental, analyze(text), `edit ${i}: ${JSON.stringify(changes).slice(0, 200)}`);
      }
    }
  });

  it('stays equal to a full analysis through edits of names, cue verbs, quotation marks, pronouns and paragraph breaks', () => {
    const random = rng(7);
    for (let round = 0; round < 3; round++) {
      const analyzer = createIncrementalAnalyzer({ cacheSize: 32 });
      let text = [linkedArticle(round), wireText(2_000, { seed: 20 + round }), linkedArticle(round + 1)].join(round === 1 ? '\n' : '\n\n');
      analyzer.update(text);
      for (let i = 0; i < 120; i++) {
        const changes = random() < 0.8 ? targetedEdit(text, random) : randomEdit(text, random);
        text = apply(text, changes);
        const incremental = analyzer.update(text, i % 5 === 4 ? undefined : changes);
        assert.deepStrictEqual(incremental, analyze(text), `round ${round}, edit ${i}: ${JSON.stringify(changes).slice(0, 200)}`);
      }
    }
  });

  it('assembles only the paragraphs around an edit and keeps the sources when no mention changed', () => {
    const text = wireText(50_000, { seed: 13 });
    const analyzer = createIncrementalAnalyzer();
    const first = analyzer.update(text);
    assert.strictEqual(analyzer.stats.resolved, true);
    // a figure in the middle of the text, away from every source mention
    const mentions = first.sources.flatMap((s) => s.mentions);
    let at = -1;
    for (const match of text.slice(text.length / 2).matchAll(/\d/g)) {
      const offset = text.length / 2 + match.index!;
      if (!mentions.some((m) => m.end > offset - 20 && m.start < offset + 20)) {
        at = Math.floor(offset);
        break;
      }
    }
    assert.ok(at > 0, 'the text has a figure away from the mentions');
    const digit = text[at] === '7' ? '8' : '7';
    const edited = text.slice(0, at) + digit + text.slice(at + 1);
    const incremental = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: digit }]);
    assert.ok(analyzer.stats.assembled <= 3, `assembled ${analyzer.stats.assembled} paragraphs`);
    assert.strictEqual(analyzer.stats.resolved, false);
    assert.deepStrictEqual(incremental, analyze(edited));
  });

  it('follows a pronoun out of and back into the reach of the name it refers to', () => {
    const article = (pad: number): string =>
      [
        'Secretary of State Marco Rubio arrived in Seoul on Monday.',
        ...new Array<string>(40).fill('The weather was mild and the roads were quiet that week.'),
        `The talks went on ${'x'.repeat(pad)} into the night.`,
        '"We are ready to talk," he said.',
      ].join('\n\n');
    const pronounAt = (text: string): number => text.lastIndexOf(' he said') + 1;
    const rubio = (text: string) => analyze(text).sources.find((s) => s.name === 'Marco Rubio')!;
    // pad the text so that the pronoun is exactly as far from the name as coreference reaches
    const probe = article(1);
    const reach = 2500;
    const atReach = article(1 + reach - (pronounAt(probe) - rubio(probe).mentions[0]!.end));
    assert.strictEqual(rubio(atReach).mentions.length, 2, 'at the edge of its reach, "he" is Rubio');
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(atReach);
    const at = atReach.indexOf('x into the night');
    const beyond = atReach.slice(0, at) + 'x' + atReach.slice(at);
    assert.strictEqual(rubio(beyond).mentions.length, 1, 'one character further, "he" is no longer Rubio');
    assert.deepStrictEqual(analyzer.update(beyond, [{ rangeOffset: at, rangeLength: 0, text: 'x' }]), analyze(beyond));
    assert.deepStrictEqual(analyzer.update(atReach, [{ rangeOffset: at, rangeLength: 1, text: '' }]), analyze(atReach));
  });

  it('re-analyses only the edited paragraph when a character is typed inside it', () => {
    const text = wireText(50_000, { seed: 11 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const paragraphs = analyzer.stats.paragraphs;
    const at = text.indexOf(' said', text.length / 2);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'x' }]);
    assert.strictEqual(analyzer.stats.analyzed, 1);
    assert.strictEqual(analyzer.stats.reused, paragraphs - 1);
    analyzer.update(text); // undo: found by comparing the texts, the old paragraph comes from the cache
    assert.strictEqual(analyzer.stats.analyzed, 0);
  });

  it('gives every version lists of its own, so an earlier analysis keeps its counts', () => {
    const text = wireText(20_000, { seed: 14 });
    const analyzer = createIncrementalAnalyzer();
    const before = analyzer.update(text);
    const counts = JSON.stringify([before.paragraphs.length, before.attributions.length, before.quotes.length, before.claims.length, before.sources.length]);
    const at = text.indexOf('\n\n', text.length / 2);
    const added = '\n\nCouncil member Tom Ashby said the bridge should have been closed sooner.';
    const edited = text.slice(0, at) + added + text.slice(at);
    const after = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: added }]);
    assert.deepStrictEqual(after, analyze(edited));
    assert.strictEqual(after.attributions.length, before.attributions.length + 1);
    assert.strictEqual(JSON.stringify([before.paragraphs.length, before.attributions.length, before.quotes.length, before.claims.length, before.sources.length]), counts);
  });

  it('stays exact through a long session of typing, past the point where the edited text is made whole again', () => {
    // Each character typed inside the text splits it into more pieces of earlier versions;
    // after some hundreds of them the analyzer slices the new text itself instead.
    let text = wireText(3000, { seed: 21 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const random = rng(33);
    for (let i = 1; i <= 700; i++) {
      const change = { rangeOffset: 1 + Math.floor(random() * (text.length - 1)), rangeLength: 0, text: 'abcdefgh'[i % 8]! };
      text = apply(text, [change]);
      const analysis = analyzer.update(text, [change]);
      if (i % 100 === 0) assert.deepStrictEqual(analysis, analyze(text), `after ${i} characters typed`);
    }
  });

  it('hands back the same analysis when asked again about unchanged text', () => {
    const text = wireText(5_000, { seed: 12 });
    const analyzer = createIncrementalAnalyzer();
    const first = analyzer.update(text);
    assert.strictEqual(analyzer.update(text), first);
    assert.strictEqual(analyzer.stats.analyzed, 0);
  });

  it('follows a quotation left open into the paragraphs after it, and back when it is closed', () => {
    const text = 'He said it was "fine.\n\nShe agreed.\n\n"Later," she said.\n\nThe end came on May 3, officials said.\n';
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const closed = text.replace('"fine.', '"fine."');
    assert.deepStrictEqual(analyzer.update(closed), analyze(closed));
    assert.deepStrictEqual(analyzer.update(text), analyze(text));
  });

  it('drops and gives back the unattributed claims of a paragraph as an edit makes it a speaker\'s words or not', () => {
    const text =
      wireText(2000, { seed: 21 }) +
      '\n\n"We will cut the deficit," Dan Okafor said. "It is the right thing.\n\n"Spending fell by 3 percent last year."\n\n' +
      'Maria Varga said in a statement:\n\nThe budget rose 5 percent in 2025.\n\n' +
      wireText(2000, { seed: 22 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const unquoted = (t: string): string[] => unattributedClaimTexts(analyze(t));
    // each edit, and then its undoing: the quote mark that continues the quotation taken away, the colon made a period
    const mark = text.indexOf('"Spending fell');
    const colon = text.indexOf('in a statement:') + 'in a statement'.length;
    const edits: TextChange[] = [
      { rangeOffset: mark, rangeLength: 1, text: '' },
      { rangeOffset: mark, rangeLength: 0, text: '"' },
      { rangeOffset: colon, rangeLength: 1, text: '.' },
      { rangeOffset: colon, rangeLength: 1, text: ':' },
    ];
    let current = text;
    const versions: string[] = [];
    for (const change of edits) {
      current = apply(current, [change]);
      versions.push(current);
      assert.deepStrictEqual(analyzer.update(current, [change]), analyze(current));
    }
    assert.strictEqual(current, text);
    assert.ok(!unquoted(text).some((c) => c.includes('Spending fell') || c.includes('budget rose')));
    assert.ok(unquoted(versions[0]!).some((c) => c.includes('Spending fell')));
    assert.ok(unquoted(versions[2]!).some((c) => c.includes('budget rose')));
  });

  it('copes with empty text, whole-text replacement and a change list that does not fit', () => {
    const analyzer = createIncrementalAnalyzer();
    assert.deepStrictEqual(analyzer.update(''), analyze(''));
    const text = wireText(3000, { seed: 5 });
    assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: 0, rangeLength: 0, text }]), analyze(text));
    const other = wireText(3000, { seed: 6 });
    assert.deepStrictEqual(analyzer.update(other, [{ rangeOffset: 10, rangeLength: 5, text: 'x' }]), analyze(other));
    assert.deepStrictEqual(analyzer.update(''), analyze(''));
  });
});

describe('incremental coreference', () => {
  /** Replaces `length` characters at `at` by `insert`, through the analyzer, and checks the result against a full analysis. */
  function editAndCompare(analyzer: ReturnType<typeof createIncrementalAnalyzer>, text: string, at: number, length: number, insert: string, what: string): string {
    const edited = text.slice(0, at) + insert + text.slice(at + length);
    const incremental = analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: insert }]);
    assert.deepStrictEqual(incremental, analyze(edited), what);
    return edited;
  }

  /** Where the n-th of the matches of pattern in text starts, counting from the given fraction of the text. */
  function nth(text: string, pattern: RegExp, fraction: number): number {
    const from = Math.floor(text.length * fraction);
    const match = pattern.exec(text.slice(from));
    assert.ok(match, `${pattern} after ${fraction} of the text`);
    return from + match.index;
  }

  it('resumes from a checkpoint before an edit that adds, removes or renames a person, early, midway and late, and gives the full analysis', () => {
    let text = [linkedArticle(0), wireText(40_000, { seed: 31 }), linkedArticle(1)].join('\n\n');
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 24 });
    analyzer.update(text);
    const whole = analyzer.stats.resolvedMentions;
    let resumed = 0;
    for (const fraction of [0.02, 0.5, 0.93]) {
      // a new person, quoted
      const paragraph = nth(text, /\n\n/, fraction) + 2;
      text = editAndCompare(analyzer, text, paragraph, 0, 'Council member Tom Ashby said the bridge should have been closed sooner.\n\n', `add a person at ${fraction}`);
      if (analyzer.stats.resolvedMentions < whole) resumed++;
      // renamed: one letter of a name
      const name = nth(text, /\b(?:Whitcombe|Esposito|Lindqvist|Park|Herrera|Solberg)\b/, fraction);
      text = editAndCompare(analyzer, text, name + 2, 0, 'e', `rename a person at ${fraction}`);
      if (analyzer.stats.resolvedMentions < whole) resumed++;
      // renamed back, then the name removed
      text = editAndCompare(analyzer, text, name + 2, 1, '', `rename back at ${fraction}`);
      const end = text.indexOf(' ', name);
      text = editAndCompare(analyzer, text, name, end - name, '', `remove a person at ${fraction}`);
      if (analyzer.stats.resolvedMentions < whole) resumed++;
      // the title before a name: only what the source is called changes
      const title = nth(text, /\b(?:Foreign|Defense|Prime|Trade) Minister\b/, fraction);
      text = editAndCompare(analyzer, text, title + 1, 0, 'e', `change a title at ${fraction}`);
      if (analyzer.stats.resolvedMentions < whole) resumed++;
      // a pronoun that changes gender
      const pronoun = nth(text, /\b(?:he|she) said\b/, fraction);
      text = editAndCompare(analyzer, text, pronoun, text[pronoun] === 'h' ? 2 : 3, text[pronoun] === 'h' ? 'she' : 'he', `change a pronoun at ${fraction}`);
    }
    assert.ok(resumed >= 7, `resolution resumed after ${resumed} of 12 edits instead of going over the whole text`);
  });

  it('resumes at the edge of a pronoun’s reach', () => {
    const lead = wireText(20_000, { seed: 41 });
    const article = (pad: number): string =>
      [
        lead,
        'Secretary of State Marco Rubio arrived in Seoul on Monday.',
        ...new Array<string>(40).fill('The weather was mild and the roads were quiet that week.'),
        `The talks went on ${'x'.repeat(pad)} into the night.`,
        '"We are ready to talk," he said.',
        wireText(20_000, { seed: 42 }),
      ].join('\n\n');
    const pronounAt = (text: string): number => text.indexOf('ready to talk," he said.') + 16;
    const rubio = (text: string) => analyze(text).sources.find((s) => s.name === 'Marco Rubio')!;
    const probe = article(1);
    const atReach = article(1 + 2500 - (pronounAt(probe) - rubio(probe).mentions[0]!.end));
    assert.strictEqual(rubio(atReach).mentions.length, 2, 'at the edge of its reach, "he" is Rubio');
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 16 });
    analyzer.update(atReach);
    const at = atReach.indexOf('x into the night');
    const beyond = editAndCompare(analyzer, atReach, at, 0, 'x', 'one character further');
    assert.strictEqual(rubio(beyond).mentions.length, 1, 'one character further, "he" is no longer Rubio');
    editAndCompare(analyzer, beyond, at, 1, '', 'back at the edge');
  });

  it('resolves only near a paragraph that introduces an unnamed source ("a source familiar with the talks") when a word in it is retyped', () => {
    // Each such paragraph makes a new source that later ones list under "source"; retyping a word
    // beside it must not leave that list looking different to the rest of the document.
    const text = wireText(100_000, { seed: 3 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const whole = analyzer.stats.resolvedMentions;
    const pattern = /According to a source familiar/g;
    let seen = 0;
    for (let match = pattern.exec(text); match && seen < 5; match = pattern.exec(text), seen++) {
      const at = match.index + 5; // "Accor|ding"
      editAndCompare(analyzer, text, at, 0, 'e', `typing at ${at}`);
      assert.ok(analyzer.stats.resolvedMentions < whole / 4, `typing at ${at} resolved ${analyzer.stats.resolvedMentions} of ${whole} mentions again`);
      editAndCompare(analyzer, apply(text, [{ rangeOffset: at, rangeLength: 0, text: 'e' }]), at, 1, '', `deleting at ${at}`);
    }
    assert.strictEqual(seen, 5, 'five paragraphs with an unnamed source');
  });

  it('stays exact after hundreds of edits before a checkpoint, which brings its positions up to date on the way', () => {
    // 300 characters typed at the top move every checkpoint 300 times (each keeps the edits
    // pending, and brings its positions up to date past a limit); a typo in a name later on then
    // resumes resolution from one of them
    let text = 'Notes\n\n' + wireText(60_000, { seed: 7 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    for (let i = 0; i < 300; i++) {
      text = apply(text, [{ rangeOffset: 2, rangeLength: 0, text: 'o' }]);
      analyzer.update(text, [{ rangeOffset: 2, rangeLength: 0, text: 'o' }]);
    }
    const at = text.indexOf(' said', Math.floor(text.length * 0.7)) - 2;
    editAndCompare(analyzer, text, at, 0, 'e', 'a typo in the word before "said"');
    assert.ok(analyzer.stats.resolvedMentions > 0, 'resolution resumed from a checkpoint');
  });

  it('stays exact when an edit makes a source span a group tied to a name ("Supporters of Maria Varga said") or unmakes it', () => {
    const paragraph = 'Maria Varga spoke at the pier. Supporters of Maria Varga said the vote was rigged. She said nothing.\n\n';
    let text = wireText(20_000, { seed: 5 }) + paragraph.repeat(3) + wireText(20_000, { seed: 6 });
    const analyzer = createIncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('Supporters of');
    // "Supporters of" → "Supporters or" → "Supporters of", and the group word retyped
    text = editAndCompare(analyzer, text, at + 12, 1, 'r', 'the link word changed');
    text = editAndCompare(analyzer, text, at + 12, 1, 'f', 'the link word restored');
    text = editAndCompare(analyzer, text, at, 10, 'Aides', 'the group word replaced');
    editAndCompare(analyzer, text, at, 5, 'Friends', 'the group word replaced again');
  });

  it('gives a new source id only to the claims of the attributions whose source changed, when a renamed person renumbers the sources', () => {
    const ending = [
      'Council member Tom Ashby said the bridge should have been closed sooner.',
      'Mayor Lena Ortiz said the city would pay for the repairs.',
      'Ashby said the council had warned about the cracks in March.',
      '"We told them twice," Ashby added.',
    ].join('\n\n');
    const text = wireText(60_000, { seed: 7 }) + '\n\n' + ending;
    const analyzer = createIncrementalAnalyzer();
    const before = analyzer.update(text);
    assert.ok(before.claims.length > 500, 'a text with many claims before the edit');
    // "Tom Asheby" is someone else than the "Ashby" quoted twice after him: a source more
    const edited = editAndCompare(analyzer, text, text.indexOf('Tom Ashby') + 7, 0, 'e', 'a letter typed into a name');
    const after = analyze(edited);
    assert.strictEqual(after.sources.length, before.sources.length + 1);
    assert.deepStrictEqual(after.sources.slice(-3).map((s) => s.name), ['Tom Asheby', 'Lena Ortiz', 'Ashby']);
    assert.strictEqual(analyzer.stats.resolved, true);
    // the two later attributions of Ashby have a source of their own now; no other claim changed
    assert.strictEqual(analyzer.stats.claimsRelinked, 2);
  });

  it('resumes resolution through a long session of edits that make a new person and take it away again, and stays exact', () => {
    let text = wireText(10_000, { seed: 7 });
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 16 });
    analyzer.update(text);
    const whole = analyzer.stats.resolvedMentions;
    const half = Math.floor(text.length / 2);
    const at = half + text.slice(half).search(/\b(?:Whitcombe|Esposito|Lindqvist|Herrera|Solberg|Park)\b/) + 2;
    assert.ok(at > half + 1, 'a surname in the second half of the text');
    let resumed = 0;
    for (let i = 0; i < 1600; i++) {
      // one letter typed into a surname and taken out again: a new person, then the old one back
      // (the new person takes the id the same mention's person had before, so ids do not pile up)
      const change = i % 2 === 0 ? { rangeOffset: at, rangeLength: 0, text: 'e' } : { rangeOffset: at, rangeLength: 1, text: '' };
      text = apply(text, [change]);
      analyzer.update(text, [change]);
      if (analyzer.stats.resolvedMentions < whole) resumed++;
    }
    assert.ok(resumed > 1500, `resolution resumed after ${resumed} of 1600 edits`);
    assert.deepStrictEqual(analyzer.update(text), analyze(text));
  });

  /**
   * A long article about one secretary of state, named in full every forty paragraphs, by
   * surname and by title in between, with a second secretary late in it.
   */
  function secretaryArticle(): string {
    const paragraphs: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (i === 0) paragraphs.push('Secretary of State Daniel Whitcombe said the talks would resume in the spring.');
      else if (i % 40 === 20) paragraphs.push('Secretary of State Daniel Whitcombe said the talks were going well.');
      else if (i % 40 === 30) paragraphs.push('Whitcombe said the ferry schedule was not his concern.');
      else if (i % 40 === 35) paragraphs.push('The secretary said the budget would be settled by June.');
      else if (i === 303) paragraphs.push('Secretary of Commerce Ruth Alder said the port would stay open.');
      else paragraphs.push(`The committee met again on day ${i} to go over the budget, the timetable for the bridge repairs and the ferry schedule.`);
    }
    return paragraphs.join('\n\n');
  }

  /** Where the typo goes in the n-th (from 0) "Daniel Whitcombe said the talks were going well": the "m". */
  function inNthFullName(text: string, n: number): number {
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.indexOf('Daniel Whitcombe said the talks were going', at + 1);
    return at + 'Daniel Whitco'.length;
  }

  it('stops resolving soon after a typo in a name, once later mentions find the person again by surname and title, and stays exact after it', () => {
    // "Daniel Whitcobe" is a new person, listed under "secretary" (and a surname of his own) as the
    // later "The secretary" looks it up; but the next full name mentions Whitcombe again, more
    // recently, and every later lookup finds him as before.
    let text = secretaryArticle();
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 8 });
    analyzer.update(text);
    const whole = analyzer.stats.resolvedMentions;
    text = editAndCompare(analyzer, text, inNthFullName(text, 3), 1, '', 'a letter taken out of the fourth full name');
    assert.ok(analyzer.stats.resolvedMentions < whole / 4, `the typo resolved ${analyzer.stats.resolvedMentions} of ${whole} mentions again`);
    assert.ok(analyze(text).sources.some((s) => s.name === 'Daniel Whitcobe'), 'the misspelt name is a source of its own');
    // the lists that differ since are patched into the later checkpoints, with the second
    // secretary listed after them: edits after the typo resume from those checkpoints
    text = editAndCompare(analyzer, text, text.indexOf('Ruth Alder') + 3, 0, 'e', 'a typo in the second secretary');
    text = editAndCompare(analyzer, text, text.indexOf('Daniel Whitcobe') + 200, 0, 'x', 'typing after the typo');
    text = editAndCompare(analyzer, text, text.indexOf('Daniel Whitcobe') + 'Daniel Whitco'.length, 0, 'm', 'the typo corrected');
    assert.ok(analyzer.stats.resolvedMentions < whole / 4, `the correction resolved ${analyzer.stats.resolvedMentions} of ${whole} mentions again`);
  });

  it('stops resolving soon after a person loses a mention to a typo, once a later mention by surname finds the person again', () => {
    // Whitcombe is mentioned every 120 paragraphs: until the next mention after the typo, his
    // last mention is an older one than before, and from that mention on he is as he was.
    const paragraphs: string[] = [];
    for (let i = 0; i < 400; i++) {
      if (i === 0) paragraphs.push('Secretary of State Daniel Whitcombe said the talks would resume in the spring.');
      else if (i % 120 === 20) paragraphs.push('Whitcombe said the talks were going well.');
      else if (i % 120 === 80) paragraphs.push('Mayor Helen Ortiz said the ferry would run all winter.');
      else paragraphs.push(`The committee met again on day ${i} to go over the budget, the timetable for the bridge repairs and the ferry schedule.`);
    }
    let text = paragraphs.join('\n\n');
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 8 });
    analyzer.update(text);
    const whole = analyzer.stats.resolvedMentions;
    const second = text.indexOf('Whitcombe said the talks were going', text.indexOf('Whitcombe said the talks were going') + 1);
    text = editAndCompare(analyzer, text, text.indexOf('Whitcombe said the talks were going', second + 1) + 6, 1, '', 'a letter taken out of the third surname');
    assert.ok(analyzer.stats.resolvedMentions < whole / 8, `the typo resolved ${analyzer.stats.resolvedMentions} of ${whole} mentions again`);
    text = editAndCompare(analyzer, text, text.indexOf('Whitcobe said') + 6, 0, 'm', 'the typo corrected');
    assert.ok(analyzer.stats.resolvedMentions < whole / 8, `the correction resolved ${analyzer.stats.resolvedMentions} of ${whole} mentions again`);
    // a title tells something new about him (he is a man): that is no longer only where he was last mentioned
    editAndCompare(analyzer, text, second, 0, 'Mr. ', 'a title before the second surname');
  });

  it('goes on resolving after a typo in a name when a later mention is misspelt the same way, and finds the new person', () => {
    let text = secretaryArticle();
    const analyzer = createIncrementalAnalyzer({ coreferenceCheckpoint: 8 });
    analyzer.update(text);
    text = editAndCompare(analyzer, text, inNthFullName(text, 7), 1, '', 'a letter taken out of the eighth full name');
    text = editAndCompare(analyzer, text, inNthFullName(text, 3), 1, '', 'the same letter taken out of the fourth');
    assert.strictEqual(analyze(text).sources.find((s) => s.name === 'Daniel Whitcobe')?.mentions.length, 2, 'both misspelt names are one person');
    text = editAndCompare(analyzer, text, text.indexOf('Daniel Whitcobe') + 'Daniel Whitco'.length, 0, 'm', 'the fourth corrected');
    editAndCompare(analyzer, text, text.indexOf('Daniel Whitcobe') + 'Daniel Whitco'.length, 0, 'm', 'the eighth corrected');
  });

  it('stays equal to a full analysis through random edits of names, pronouns and cues, whatever the checkpoint interval, with and without a registry', () => {
    const NAMES = /[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*|\b(?:he|she|they|who|said)\b/g;
    const registry = [
      { name: 'Hana Park', title: 'Foreign Minister', affiliation: 'Ministry of Foreign Affairs' },
      { name: 'State Department', type: 'organization' as const, aliases: ['the department'] },
      { name: 'Daniel Whitcombe', aliases: ['Danny'] },
    ];
    for (const [seed, interval] of [[1, 2], [2, 8], [3, 32], [4, 512], [5, 4], [6, 16]] as const) {
      const random = rng(seed * 97);
      const options = seed > 4 ? { registry } : {};
      const analyzer = createIncrementalAnalyzer({ cacheSize: 64, coreferenceCheckpoint: interval, ...options });
      let text = wireText(12_000, { seed: 50 + seed, separator: seed % 2 === 0 ? '\n\n' : '\n' });
      analyzer.update(text);
      for (let i = 0; i < 40; i++) {
        let changes: TextChange[];
        if (random() < 0.6) {
          const matches = [...text.matchAll(NAMES)];
          const match = matches[Math.floor(random() * matches.length)]!;
          const at = match.index! + Math.floor(random() * (match[0].length + 1));
          const roll = random();
          if (roll < 0.35) changes = [{ rangeOffset: at, rangeLength: 0, text: 'e' }];
          else if (roll < 0.7) changes = [{ rangeOffset: Math.min(at, text.length - 1), rangeLength: 1, text: '' }];
          else changes = [{ rangeOffset: match.index!, rangeLength: match[0].length, text: ['Kim', 'he', 'she', 'Lee Jae-won', 'the minister', 'officials', ''][Math.floor(random() * 7)]! }];
        } else changes = randomEdit(text, random);
        text = apply(text, changes);
        const incremental = analyzer.update(text, i % 6 === 5 ? undefined : changes);
        assert.deepStrictEqual(incremental, analyze(text, options), `seed ${seed}, checkpoint every ${interval}, edit ${i}: ${JSON.stringify(changes).slice(0, 200)}`);
      }
    }
  });
});

describe('finding what an edit changed', () => {
  it('derives the unchanged prefix and suffix from VS Code-style change lists', () => {
    assert.deepStrictEqual(unchangedEnds(10, 11, [{ rangeOffset: 4, rangeLength: 0, text: 'x' }]), { prefix: 4, suffix: 6 });
    assert.deepStrictEqual(unchangedEnds(10, 8, [{ rangeOffset: 8, rangeLength: 2, text: '' }, { rangeOffset: 1, rangeLength: 1, text: 'ab' }, { rangeOffset: 0, rangeLength: 1, text: '' }]), { prefix: 0, suffix: 0 });
    assert.strictEqual(unchangedEnds(10, 12, [{ rangeOffset: 4, rangeLength: 0, text: 'x' }]), null, 'the lengths do not add up');
    assert.strictEqual(unchangedEnds(10, 10, [{ rangeOffset: 9, rangeLength: 5, text: 'abcde' }]), null, 'the range leaves the text');
  });

  it('compares long texts chunk by chunk to the first and last difference', () => {
    const a = 'ab'.repeat(10_000);
    const b = a.slice(0, 12_345) + 'Z' + a.slice(12_346);
    assert.strictEqual(commonPrefixLength(a, b), 12_345);
    assert.strictEqual(commonSuffixLength(a, b, 12_345), a.length - 12_346);
    assert.strictEqual(commonSuffixLength(a, a + a, 0), a.length);
    assert.strictEqual(commonSuffixLength('aaa', 'aaaa', commonPrefixLength('aaa', 'aaaa')), 0);
  });
});
