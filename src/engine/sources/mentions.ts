// Finding source mentions in one paragraph: titled people ("State Department spokesperson
// Tammy Bruce"), names ("Cho Tae-yul", "Rubio"), organisations ("the Ministry of Foreign
// Affairs", "Yonhap"), role nouns ("the minister", "the foreign ministry"), anonymous sources
// ("a source familiar with the talks"), documents ("a new poll") and pronouns.
// One left-to-right pass over the paragraph's tokens; every step looks ahead a bounded number
// of tokens, so the pass is linear in the paragraph's length.
import { sortInOrder } from '../order';
import { words } from '../lexicon/table';
import type { MentionKind, SourceType } from '../types';
import { ANONYMITY_QUALIFIERS, ANONYMOUS_HEADS, DOCUMENT_HEADS, POSSESSED_PEOPLE, type AnonymousHead } from './lexicon/anonymous';
import { NATIONALITIES, STATE_ABBREVIATIONS } from './lexicon/names';
import { COMPANY_SUFFIXES, ORGANIZATION_ROLE_HEADS } from './lexicon/organizations';
import { PRONOUNS, type PronounEntry } from './lexicon/pronouns';
import { MAX_TITLE_WORDS, TITLE_BY_PHRASE, type TitleEntry } from './lexicon/titles';
import { isApostrophe, type Token as TextToken } from '../text';
import {
  FLAG_BITS,
  isWordChar,
  LEXICON_WORDS,
  lexiconEntry,
  matchesLowerAt,
  onlyWhenQuoted,
  releaseTokens,
  startTokenCount,
  startTokens,
  tokenEnds,
  tokenEntries,
  TokenInfo,
  tokenInfos,
  tokenize,
  tokenLower,
  tokenStarts,
  tokenWordBits,
  WordFlag,
} from './tokens';
import { isPluralTitle, KNOWN_ORG_BY_KEY, lowerCased, phraseOf, WordBit, wordBits } from './words';

export type MentionGender = 'male' | 'female' | 'plural' | 'neuter';

/** A mention of a possible source, found locally in one paragraph. */
export interface EntityMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** The proper name inside the mention ("Cho Tae-yul" in "Foreign Minister Cho Tae-yul"). */
  name?: string;
  /**
   * The job title ("Foreign Minister", "spokesperson"). Convention: the title is the job as
   * the lexicon knows it; an organisation or country written before it is the affiliation, so
   * "State Department spokesperson" is title "spokesperson", affiliation "State Department",
   * and "South Korean Foreign Minister" is title "Foreign Minister", affiliation "South Korea".
   */
  title?: string;
  /** Who the person works for or speaks for ("South Korea", "State Department"). */
  affiliation?: string;
  type?: SourceType;
  gender?: MentionGender;
  /** The role noun that refers back to this source ("minister", "ministry", "official", "poll"). */
  head?: string;
  /**
   * A guess that only counts when it matches a source named elsewhere or is an attribution's
   * source (a lone capitalised word, "the ministry" with nothing before it, "officials").
   */
  candidate?: boolean;
  /** Korean and Chinese order: the family name comes first ("Cho" in "Cho Tae-yul"). */
  familyNameFirst?: boolean;
  /** "who": refers to the mention right before it. */
  relative?: boolean;
  /** "I", "we": resolvable only when the attribution engine names it as a speaker. */
  firstPerson?: boolean;
  /** Where `name` starts, counted from `start` (so it survives shifting the mention). */
  nameOffset?: number;
  /** The lookup form of a one-word name ("cho"), when the finder already has it. */
  key?: string;
}

const MAX_RUN_TOKENS = 12;

/**
 * A mention with every field present, made by one constructor: all mentions share one object
 * shape, so reading their fields stays fast wherever they go. (Measured on the 1 MB bench text,
 * the constructor makes a full analysis faster than a 15-field object literal did on Node 20.)
 */
class Mention implements EntityMention {
  // fields declared with no value start undefined, before the constructor runs
  name: string | undefined;
  title: string | undefined;
  affiliation: string | undefined;
  gender: MentionGender | undefined;
  head: string | undefined;
  candidate: boolean | undefined;
  familyNameFirst: boolean | undefined;
  relative: boolean | undefined;
  firstPerson: boolean | undefined;
  nameOffset: number | undefined;
  key: string | undefined;
  constructor(
    public start: number,
    public end: number,
    public kind: MentionKind,
    public type: SourceType | undefined,
  ) {}
}

// A full analysis keeps every mention of the text until coreference has read them all, and then
// lets them go. Made anew each time, they outlive the young generation and are copied by the
// collector, which cost Node 20 about 3 ms of a 1 MB analysis. So a full analysis borrows its
// mentions from a pool and gives them back when it is done; everything else (the incremental
// analyzer, whose paragraph results keep their mentions, and coreference's own cached mentions)
// gets new ones.
const pool: Mention[] = [];
/** At most this many mentions are pooled (about 4 MB): a longer text makes the rest anew. */
const POOL_LIMIT = 1 << 15;
let lent = 0;
let lending = false;

/** Whether new mentions are lent from the pool (from `lendMentions(true)` until `lendMentions(false)`). */
export function lendMentions(lend: boolean): void {
  lending = lend;
}

/**
 * Stops lending and takes back every mention lent: whoever borrowed them must hold none of them
 * any more. Their words are let go, so the pool does not keep an article alive.
 */
export function returnMentions(): void {
  lending = false;
  for (let k = 0; k < lent; k++) {
    const m = pool[k]!;
    m.name = m.title = m.affiliation = m.head = m.key = m.gender = m.candidate = m.familyNameFirst = m.relative = m.firstPerson = m.nameOffset = undefined;
  }
  lent = 0;
}

function newMention(start: number, end: number, kind: MentionKind, type: SourceType | undefined): EntityMention {
  if (!lending || lent >= POOL_LIMIT) return new Mention(start, end, kind, type);
  if (lent === pool.length) pool.push(new Mention(start, end, kind, type));
  // one taken back has every optional field unset: as good as new
  const m = pool[lent++]!;
  m.start = start;
  m.end = end;
  m.kind = kind;
  m.type = type;
  return m;
}

/**
 * A copy of `m` moved by `base` (a paragraph's mention moved to document offsets, or a cached
 * one to where it is written again), of the one shape all mentions have.
 */
export function shiftMention(m: EntityMention, base: number): EntityMention {
  const copy = new Mention(base + m.start, base + m.end, m.kind, m.type);
  copy.name = m.name;
  copy.title = m.title;
  copy.affiliation = m.affiliation;
  copy.gender = m.gender;
  copy.head = m.head;
  copy.candidate = m.candidate;
  copy.familyNameFirst = m.familyNameFirst;
  copy.relative = m.relative;
  copy.firstPerson = m.firstPerson;
  copy.nameOffset = m.nameOffset;
  copy.key = m.key;
  return copy;
}

// The paragraph being read: its text, its tokens and the mentions found so far (the finder is
// not re-entrant; the token list is reused from paragraph to paragraph anyway). Between
// paragraphs the text and the mentions are let go, so they do not keep the article alive.
const NO_MENTIONS: EntityMention[] = [];
let text = '';
/** The paragraph's tokens are tokens.ts's arrays, from 0 to tokenCount. */
let tokenCount = 0;
let mentions = NO_MENTIONS;

// What a token is, by its index (0 <= i < tokenCount).
function isWord(i: number): boolean {
  return (tokenInfos[i] & TokenInfo.Word) !== 0;
}

function isCap(i: number): boolean {
  return (tokenInfos[i] & TokenInfo.Cap) !== 0;
}

function opensSentence(i: number): boolean {
  return (tokenInfos[i] & TokenInfo.SentenceStart) !== 0;
}

function phraseAt(i: number, length: number): string | null {
  if (i + length > tokenCount) return null;
  let phrase = tokenLower(i);
  if (!isWord(i)) return null;
  for (let k = 1; k < length; k++) {
    if (!isWord(i + k)) return null;
    phrase += ' ' + tokenLower(i + k);
  }
  return phrase;
}

interface TitleNode {
  entry: TitleEntry | undefined;
  next: Map<string, TitleNode> | undefined;
}

/** Title phrases as a tree of their words, so a title is read token by token without joining strings. */
const TITLE_TREE: Map<string, TitleNode> = (() => {
  const root = new Map<string, TitleNode>();
  for (const [phrase, entry] of TITLE_BY_PHRASE) {
    const words = phrase.split(' ');
    if (words.length > MAX_TITLE_WORDS) continue;
    let level = root;
    let node: TitleNode | undefined;
    for (let k = 0; k < words.length; k++) {
      node = level.get(words[k]);
      if (!node) {
        node = { entry: undefined, next: undefined };
        level.set(words[k], node);
      }
      if (k < words.length - 1) level = node.next ??= new Map<string, TitleNode>();
    }
    if (node) node.entry = entry;
  }
  return root;
})();

/*
 * What a lexicon map holds for each lexicon word, by the word's entry (tokenEntries): a lexicon
 * word's token looks its lexicon entries up in an array instead of hashing its text. Words outside
 * the lexicons (capitalised words and numbers no lexicon knows) are still looked up by text.
 */
const TITLE_ROOT_BY_ENTRY: (TitleNode | undefined)[] = LEXICON_WORDS.map((w) => TITLE_TREE.get(w));
const PRONOUN_BY_ENTRY: (PronounEntry | undefined)[] = LEXICON_WORDS.map((w) => PRONOUNS.get(w));
const ANONYMOUS_HEAD_BY_ENTRY: (AnonymousHead | undefined)[] = LEXICON_WORDS.map((w) => ANONYMOUS_HEADS.get(w));
const LEXICON_WORD_COUNT = LEXICON_WORDS.length;
/** The entry of "the" (a quantifier, so always a lexicon word): a token is "the" when it has this entry. */
const THE = lexiconEntry('the');

/** 1 for the lexicon entries of the definite determiners. */
const DEFINITE_BY_ENTRY = Uint8Array.from(LEXICON_WORDS, (w) => (w === 'the' || w === 'this' || w === 'that' ? 1 : 0));

function isDefinite(i: number): boolean {
  const entry = tokenEntries[i];
  if (entry < LEXICON_WORD_COUNT) return DEFINITE_BY_ENTRY[entry] === 1;
  const lower = tokenLower(i);
  return lower === 'the' || lower === 'this' || lower === 'that';
}

function titleRootOf(i: number): TitleNode | undefined {
  const entry = tokenEntries[i];
  return entry < LEXICON_WORD_COUNT ? TITLE_ROOT_BY_ENTRY[entry] : TITLE_TREE.get(tokenLower(i));
}

function pronounOf(i: number): PronounEntry | undefined {
  const entry = tokenEntries[i];
  return entry < LEXICON_WORD_COUNT ? PRONOUN_BY_ENTRY[entry] : PRONOUNS.get(tokenLower(i));
}

function anonymousHeadOf(i: number): AnonymousHead | undefined {
  const entry = tokenEntries[i];
  return entry < LEXICON_WORD_COUNT ? ANONYMOUS_HEAD_BY_ENTRY[entry] : ANONYMOUS_HEADS.get(tokenLower(i));
}

/** The number of tokens of the title titleAt found last. */
let titleLength = 0;

/** The longest title phrase starting at token i, if any (its length in tokens is left in `titleLength`). */
function titleAt(i: number): TitleEntry | null {
  if (i >= tokenCount || !isWord(i) || (tokenInfos[i] & WordFlag.TitleFirstWord) === 0) return null;
  let node = titleRootOf(i);
  let found: TitleEntry | null = null;
  for (let length = 1; node !== undefined; length++) {
    if (node.entry) {
      found = node.entry;
      titleLength = length;
    }
    if (length >= MAX_TITLE_WORDS || node.next === undefined || i + length >= tokenCount) break;
    if (!isWord(i + length)) break;
    node = node.next.get(tokenLower(i + length));
  }
  return found;
}

function orgRoleAt(i: number): number {
  if (i >= tokenCount || !isWord(i)) return 0;
  const bits = tokenWordBits[i];
  if ((bits & WordBit.OrganizationRoleFirstWord) === 0) return 0;
  const two = phraseAt(i, 2);
  if (two !== null && ORGANIZATION_ROLE_HEADS.has(two)) return 2;
  return (bits & WordBit.OrganizationRoleHead) !== 0 ? 1 : 0;
}

function documentAt(i: number): number {
  if (i >= tokenCount || !isWord(i)) return 0;
  const bits = tokenWordBits[i];
  const two = (bits & WordBit.DocumentFirstWord) !== 0 ? phraseAt(i, 2) : null;
  if (two !== null && DOCUMENT_HEADS.has(two)) return 2;
  return (bits & WordBit.DocumentHead) !== 0 ? 1 : 0;
}

/** Is token i a lower-case word with any of the WordBit `bits` (a noun that carries a phrase on)? */
function isNounOf(i: number, bits: number): boolean {
  return i < tokenCount && isWord(i) && !isCap(i) && (tokenWordBits[i] & bits) !== 0;
}

function isInitialToken(i: number): boolean {
  return i < tokenCount && tokenEnds[i] - tokenStarts[i] <= 2 && text.charCodeAt(tokenEnds[i] - 1) === 46;
}

function isAllCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function isNumberWord(i: number): boolean {
  const c = tokenLower(i).charCodeAt(0);
  return c >= 48 && c <= 57;
}

function joinText(from: number, to: number): string {
  return text.slice(tokenStarts[from], tokenEnds[to - 1]);
}

function genderOfGivenName(i: number): 'male' | 'female' | undefined {
  const bits = tokenWordBits[i];
  const male = (bits & WordBit.MaleGiven) !== 0;
  const female = (bits & WordBit.FemaleGiven) !== 0;
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return undefined;
}

/** The WordBit bits of a given name, a man's or a woman's. */
const GIVEN_NAME_BITS = WordBit.MaleGiven | WordBit.FemaleGiven;

/** Is the name tokens[from, to) written family name first ("Cho Tae-yul", "Xi Jinping", "Kim Jong Un")? */
function familyNameFirst(from: number, to: number): boolean {
  const count = to - from;
  if (count < 2) return false;
  const second = tokenLower(from + 1);
  const korean = (tokenWordBits[from] & WordBit.KoreanFamily) !== 0;
  const chinese = (tokenWordBits[from] & WordBit.ChineseFamily) !== 0;
  if (!korean && !chinese) return false;
  // Korean given names are hyphenated ("Tae-yul") or two short syllables ("Jong Un").
  if (second.indexOf('-') > 0 && second.length <= 10) return true;
  if (korean && count === 3 && second.length <= 4 && tokenLower(from + 2).length <= 4) return true;
  if (chinese && count === 2 && (tokenWordBits[from + 1] & GIVEN_NAME_BITS) === 0) return true;
  return false;
}

/** Does the capitalised token look like part of a person's name? */
function isNameToken(i: number): boolean {
  if (!isWord(i) || !isCap(i)) return false;
  // Names have no digits ("EB-5", "C2I").
  if ((tokenWordBits[i] & WordBit.Digit) !== 0) return false;
  // Not sentence words, months, party words, organisation words or one-word titles.
  return (tokenInfos[i] & WordFlag.NotName) === 0;
}

/** Sentence starts of the paragraph being read (only the first `count` given to tokenize count). */
const sentenceStarts: number[] = [];
/** A list longer than this (a huge paragraph's) is dropped after the paragraph. */
const SENTENCE_STARTS_KEPT = 4096;

function byNumber(a: number, b: number): number {
  return a - b;
}

/** Reads the paragraph `paragraphText` and its tokens into the finder's state. */
function startParagraph(paragraphText: string, sentences: { start: number; end: number }[], textTokens: TextToken[] | undefined): void {
  text = paragraphText;
  mentions = [];
  // Sentence starts in order, in a list reused from paragraph to paragraph.
  const starts = sentenceStarts;
  let count = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    if (s && typeof s.start === 'number') {
      if (count < starts.length) starts[count] = s.start;
      else starts.push(s.start);
      count++;
    }
  }
  let ordered = true;
  for (let k = 1; k < count && ordered; k++) if (!(byNumber(starts[k - 1], starts[k]) <= 0)) ordered = false;
  if (!ordered) {
    const sorted = sortInOrder(starts.slice(0, count), byNumber);
    for (let k = 0; k < count; k++) starts[k] = sorted[k];
  }
  tokenCount = tokenize(text, starts, count, textTokens);
}

/**
 * Finds the mentions of the paragraph read by startParagraph. Only the tokens a mention may start
 * at are tried (startTokens): at any other token mentionAt finds nothing and moves one on.
 */
function run(): EntityMention[] {
  const starts = startTokens;
  const count = startTokenCount;
  let i = 0;
  for (let c = 0; c < count; c++) {
    const at = starts[c];
    if (at < i) continue;
    let next = mentionAt(at);
    if (next > at && next + 1 < tokenCount && tokenLower(next) === "'s") next = possessedTitle(next);
    i = next > at ? next : at + 1;
  }
  return mentions;
}

/**
 * "Norway's trade minister", "Ruiz's lawyer", "the company's chief executive": a person's title
 * after a possessor (a capitalised name or a mention ending at the "'s", token k) is a person of
 * its own, the possessor's (its affiliation when it is a name), not the possessor; so are unnamed
 * people ("Ruiz's lawyers", "the mayor's aides"). The mention starts where the possessor does,
 * so coreference reads it first and no longer takes the possessor for the speaker (see
 * tieSourceSpans). As after "the", a capitalised name or a noun right after the title is what
 * the title describes ("Norway's trade minister Jonas Eriksen", "the firm's lawyer team").
 * Returns where the scan goes on: after the phrase, or at k.
 */
function possessedTitle(k: number): number {
  const last = mentions.length > 0 ? mentions[mentions.length - 1]! : null;
  const possessor = last !== null && last.end === tokenEnds[k - 1] ? last : null;
  // ("Monday's mayor", "Today's chairman": a day is no one's employer)
  if (possessor === null ? !isCap(k - 1) || (tokenWordBits[k - 1] & WordBit.Calendar) !== 0 : possessor.kind === 'pronoun') return k;
  let from = k - 1;
  if (possessor !== null) while (from > 0 && tokenStarts[from] > possessor.start) from--;
  else while (from > 0 && k - from < 4 && isCap(from - 1) && tokenEnds[from - 1] + 1 === tokenStarts[from]) from--;
  const affiliation = possessor === null ? joinText(from, k) : possessor.kind === 'name' || possessor.kind === 'alias' ? possessor.name : undefined;
  let j = k + 1;
  while (j < tokenCount && j - k <= 3 && isWord(j) && !isCap(j) && !titleAt(j) && (tokenInfos[j] & (WordFlag.TitleModifier | WordFlag.AnonymousModifier)) !== 0) j++;
  if (j >= tokenCount || !isWord(j) || isCap(j)) return k;
  const title = titleAt(j);
  const end = title ? j + titleLength : j + 1;
  if ((end < tokenCount && isWord(end) && isCap(end)) || isNounOf(end, WordBit.AnonymousHead | WordBit.DocumentHead)) return k;
  if (!title) return anonymousHeadOf(j) || POSSESSED_PEOPLE.has(tokenLower(j)) ? anonymousMention(from, j, end, affiliation) : k;
  if (title.honorific || anonymousHeadOf(end - 1)?.plural) return k;
  const mention = personRole(tokenStarts[from], k + 1, end, title);
  mention.affiliation = affiliation;
  add(mention);
  return end;
}

/** A person's role mention from offset `start` to the end of token titleTo-1, titled by tokens [titleFrom, titleTo). */
function personRole(start: number, titleFrom: number, titleTo: number, title: TitleEntry): EntityMention {
  const mention = newMention(start, tokenEnds[titleTo - 1], 'role', 'person');
  mention.head = title.head;
  mention.title = joinText(titleFrom, titleTo);
  if (title.gender) mention.gender = title.gender;
  return mention;
}

function add(mention: EntityMention): void {
  mentions.push(mention);
}

/** Tries every kind of mention at token i; returns the index after what it consumed. */
function mentionAt(i: number): number {
  const flags = tokenInfos[i] & FLAG_BITS;
  const pronoun = flags & WordFlag.Pronoun ? pronounOf(i) : undefined;
  if (pronoun && !onlyWhenQuoted(pronoun) && (tokenLower(i) !== 'i' || isCap(i))) {
    // "her" before a noun is a possessive, still a mention of her.
    const mention = newMention(tokenStarts[i], tokenEnds[i], 'pronoun', undefined);
    if (pronoun.gender === 'neuter') mention.type = 'organization';
    else if (pronoun.gender !== 'plural') mention.type = 'person';
    if (pronoun.gender !== 'any') mention.gender = pronoun.gender;
    if (pronoun.relative) mention.relative = true;
    if (pronoun.firstPerson) mention.firstPerson = true;
    add(mention);
    return i + 1;
  }
  if (flags & WordFlag.Quantifier) {
    // "the", "a" before a break or a possessive (most of them): no phrase to read on
    // (but "the port authority": see determinerPhrase)
    if (i + 1 >= tokenCount || (!isWord(i + 1) && orgRoleAt(i + 2) === 0)) return i + 1;
    // ("the People's Bank of China": a name, see properPhrase)
    const consumed = tokenEntries[i] === THE && innerPossessiveAt(i + 2) ? i : determinerPhrase(i);
    if (consumed > i) return consumed;
    if (tokenEntries[i] === THE && (i + 1 < tokenCount && isCap(i + 1))) {
      const proper = properPhrase(i + 1, i);
      if (proper > i + 1) return proper;
    }
    return i + 1;
  }
  if (opensSentence(i) && flags & (WordFlag.AnonymousHead | WordFlag.AnonymousModifier)) {
    // "Diplomats said", "People briefed on the matter said", "Senior officials said".
    const consumed = barePlural(i);
    if (consumed > i) return consumed;
  }
  if (isCap(i) || flags & (WordFlag.TitleModifier | WordFlag.TitleFirstWord)) {
    const proper = properPhrase(i, -1);
    if (proper > i) return proper;
  }
  if (flags & (WordFlag.AnonymousModifier | WordFlag.BarePlural)) {
    const consumed = barePlural(i);
    if (consumed > i) return consumed;
  }
  return i + 1;
}

/** "officials", "senior administration officials", "people briefed on the matter". */
function barePlural(i: number): number {
  let j = i;
  while (j < tokenCount && j - i < 4 && isWord(j) && !isPluralHead(j)) {
    if ((tokenInfos[j] & WordFlag.AnonymousModifier) === 0) return i;
    j++;
  }
  if (j >= tokenCount || !isWord(j) || !isPluralHead(j)) return i;
  // "officials' decision": a possessor, still a mention.
  return anonymousMention(i, j, j + 1, undefined);
}

/** A plural anonymous head that stands on its own ("officials") or with a qualifier ("people familiar with ..."). */
function isPluralHead(k: number): boolean {
  if ((tokenWordBits[k] & WordBit.PluralAnonymousHead) === 0) return false;
  return (tokenInfos[k] & WordFlag.BarePlural) !== 0 || qualifierAt(k + 1) !== null;
}

function anonymousMention(from: number, head: number, afterHead: number, affiliation: string | undefined): number {
  const headEntry = anonymousHeadOf(head);
  const q = qualifierAt(afterHead);
  const qualified = q !== null;
  const end = q ? q.endToken : afterHead;
  const mention = newMention(tokenStarts[from], q ? q.end : tokenEnds[afterHead - 1], 'anonymous', 'anonymous');
  mention.head = headEntry ? headEntry.singular : tokenLower(head);
  mention.gender = headEntry?.plural ? 'plural' : undefined;
  if (affiliation) mention.affiliation = affiliation;
  if (!qualified) mention.candidate = true;
  add(mention);
  return end;
}

/**
 * The anonymity qualifiers by the code of their first character (all are lower-case ASCII), in
 * lexicon order: at a token only the few starting with its character can match.
 */
const QUALIFIERS_BY_FIRST: (string[] | undefined)[] = (() => {
  const byFirst: (string[] | undefined)[] = new Array<string[] | undefined>(128).fill(undefined);
  for (const phrase of ANONYMITY_QUALIFIERS) (byFirst[phrase.charCodeAt(0)] ??= []).push(phrase);
  return byFirst;
})();

/**
 * "familiar with the talks", "who spoke on condition of anonymity", read from the text itself
 * (its small words are not tokens). Returns the token index after it and the end offset.
 */
function qualifierAt(i: number): { endToken: number; end: number } | null {
  if (i >= tokenCount) return null;
  const pos = tokenStarts[i];
  const c = text.charCodeAt(pos);
  const phrases = QUALIFIERS_BY_FIRST[c >= 65 && c <= 90 ? c | 32 : c];
  if (phrases === undefined) return null;
  for (const phrase of phrases) {
    if (!matchesLowerAt(text, pos, phrase)) continue;
    const phraseEnd = pos + phrase.length;
    if (phraseEnd < text.length && isWordChar(text.charCodeAt(phraseEnd))) continue;
    let j = i;
    while (j < tokenCount && tokenStarts[j] < phraseEnd) j++;
    const closed = phrase.endsWith('anonymity') || phrase.endsWith('named') || phrase.endsWith('anonymously') || phrase.endsWith('room');
    if (closed) return { endToken: j, end: phraseEnd };
    // The object: "the talks", "the president's thinking", "the matter".
    const limit = Math.min(tokenCount, j + 5);
    for (let k = j; k < limit; k++) {
      if (!isWord(k) && tokenLower(k) !== "'s") break;
      if ((tokenWordBits[k] & WordBit.QualifierObject) !== 0) return { endToken: k + 1, end: tokenEnds[k] };
    }
    // No known object noun: the qualifier alone.
    return { endToken: j, end: phraseEnd };
  }
  return null;
}

/** Phrases that open with a determiner or quantifier: roles, anonymous sources, documents. */
function determinerPhrase(i: number): number {
  const definite = isDefinite(i);
  let capitalisedModifiers = 0;
  let electionModifier = false;
  let firstModifier = -1;
  const limit = Math.min(tokenCount, i + 7);
  for (let j = i + 1; j < limit; j++) {
    if (!isWord(j)) {
      // a word no lexicon knows before an organisation's role noun: "the port authority"
      if (definite && j === i + 1 && orgRoleAt(j + 1) > 0 && oneWordAt(j)) {
        firstModifier = j;
        continue;
      }
      return i;
    }
    const cap = isCap(j);
    // Person role: "the minister", "the foreign minister", "the secretary".
    const title = titleAt(j);
    const titleWords = titleLength;
    if (title && definite && !title.honorific) {
      const after = j + titleWords;
      const followedByName = after < tokenCount && isWord(after) && isCap(after);
      const followedByNoun = isNounOf(after, WordBit.AnonymousHead | WordBit.DocumentHead);
      if (!followedByName && !followedByNoun && capitalisedModifiers === 0) {
        const anon = anonymousHeadOf(j + titleWords - 1);
        const mention = personRole(tokenStarts[i], j, j + titleWords, title);
        if (anon?.plural) {
          mention.gender = 'plural';
          mention.type = 'anonymous';
        }
        add(mention);
        return j + titleWords;
      }
      if (followedByName) return i;
    }
    // Organisation role: "the ministry", "the foreign ministry"; "the Trump administration".
    // Capitalised, it is a name ("the White House", "the Department of State"), not a role noun.
    const orgRole = definite && !cap ? orgRoleAt(j) : 0;
    if (orgRole > 0) {
      const after = j + orgRole;
      // ("the bank chief", "the fund manager": a person's title after it makes the phrase a person's)
      const continues = isNounOf(after, WordBit.AnonymousHead | WordBit.DocumentHead | WordBit.OrganizationRoleHead) || (after < tokenCount && isWord(after) && !isCap(after) && titleAt(after) !== null);
      if (!continues) {
        const head = phraseAt(j, orgRole) ?? tokenLower(j);
        const endTok = j + orgRole;
        if (capitalisedModifiers > 0) {
          const nameFrom = firstModifier;
          const nameText = joinText(nameFrom, endTok);
          const mention = newMention(tokenStarts[i], tokenEnds[endTok - 1], 'name', 'organization');
          mention.name = nameText;
          mention.head = head;
          mention.nameOffset = tokenStarts[nameFrom] - tokenStarts[i];
          add(mention);
        } else {
          const mention = newMention(tokenStarts[i], tokenEnds[endTok - 1], 'role', 'organization');
          mention.head = head;
          mention.name = joinText(j - (firstModifier >= 0 ? j - firstModifier : 0), endTok);
          mention.candidate = true;
          add(mention);
        }
        return endTok;
      }
    }
    // Anonymous: "a senior official", "two diplomats", "a source familiar with the talks".
    const bits = tokenWordBits[j];
    const anon = (cap && j > i + 1) || (bits & WordBit.AnonymousHead) === 0 ? undefined : anonymousHeadOf(j);
    if (anon) {
      const after = j + 1;
      // "the teachers union", "the nurses' union": the group names the organisation
      const roleAt = after < tokenCount && !isWord(after) && after + 1 < tokenCount && PLURAL_POSSESSIVE.has(text.slice(tokenEnds[j], tokenStarts[after + 1])) ? after + 1 : after;
      const role = definite && anon.plural && roleAt < tokenCount && !isCap(roleAt) ? orgRoleAt(roleAt) : 0;
      if (role > 0 && !isNounOf(roleAt + role, WordBit.AnonymousHead | WordBit.DocumentHead | WordBit.OrganizationRoleHead)) {
        const mention = newMention(tokenStarts[i], tokenEnds[roleAt + role - 1], 'role', 'organization');
        mention.head = phraseAt(roleAt, role) ?? tokenLower(roleAt);
        mention.name = joinText(j, roleAt + role);
        mention.candidate = true;
        add(mention);
        return roleAt + role;
      }
      const continues = isNounOf(after, WordBit.AnonymousHead | WordBit.DocumentHead);
      if (!continues) {
        const affiliation = capitalisedModifiers > 0 ? capitalisedText(i + 1, j) : undefined;
        return anonymousMention(i, j, j + 1, affiliation);
      }
    }
    // Documents: "a new poll", "the report", "a Gazette/Harbour Radio poll".
    const doc = cap ? 0 : documentAt(j);
    if (doc > 0) {
      const after = j + doc;
      const continues = isNounOf(after, WordBit.DocumentHead);
      if (!continues) {
        if ((tokenLower(j) === 'poll' || tokenLower(j) === 'polls') && electionModifier) return j + doc;
        const mention = newMention(tokenStarts[i], tokenEnds[j + doc - 1], 'document', 'document');
        mention.head = phraseAt(j, doc) ?? tokenLower(j);
        mention.candidate = true;
        add(mention);
        return j + doc;
      }
    }
    // Otherwise the word must be a modifier for the phrase to go on.
    if (cap) {
      if ((bits & WordBit.NotNames) !== 0) return i;
      capitalisedModifiers++;
    } else if ((bits & WordBit.ElectionModifier) !== 0) {
      electionModifier = true;
    } else if ((tokenInfos[j] & (WordFlag.AnonymousModifier | WordFlag.TitleModifier)) === 0 && (bits & WordBit.OrganizationRoleModifier) === 0 && !isNumberWord(j)) {
      // any one noun before an organisation's role noun: "the port authority", "the school board"
      if (!(definite && firstModifier < 0 && orgRoleAt(j + 1) > 0)) return i;
    }
    if (firstModifier < 0) firstModifier = j;
  }
  return i;
}

/** The apostrophe of a plural possessive and the space after it ("nurses' union"). */
const PLURAL_POSSESSIVE: ReadonlySet<string> = new Set(["' ", '\u2019 ']);

/**
 * Is token j (a break) one lower-case word, letters and hyphens only, that reads as a noun before
 * another ("port", "tax", "parks"), not as an adjective ("the next administration", "the
 * gridlocked government")?
 */
function oneWordAt(j: number): boolean {
  const start = tokenStarts[j];
  const end = tokenEnds[j];
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || c === 45)) return false;
  }
  const word = text.slice(start, end);
  return end > start && !ADJECTIVE_ENDING.test(word) && !ADJECTIVES_BEFORE_ROLE.has(word);
}
const ADJECTIVE_ENDING = /(?:ed|ous|ful|ive|less|ic|al)$/;
// (a noun in -ing is a modifier, "the housing authority", "the zoning board"; these are adjectives)
const ADJECTIVES_BEFORE_ROLE: ReadonlySet<string> = new Set(words(`
next last full whole entire same stark new old big small previous current former only very rival
leading growing governing opposing remaining incoming outgoing existing emerging rising winning losing
`));

/** The capitalised words among tokens [from, to), as an affiliation ("White House", "South Korea"). */
function capitalisedText(from: number, to: number): string | undefined {
  let first = -1;
  let last = -1;
  // "Former Pennsylvania Gov.": "Former" describes the title, not the affiliation.
  while (from < to && (tokenWordBits[from] & WordBit.AffiliationSkip) !== 0) from++;
  for (let k = from; k < to; k++) {
    if (isCap(k)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) return undefined;
  const written = joinText(first, last + 1);
  return NATIONALITIES.get(lowerCased(written)) ?? written;
}

/**
 * "of"/"for" continue an organisation or a title ("Ministry of Foreign Affairs", "Secretary of
 * State"); particles continue a person's name ("Ursula von der Leyen"). Never into a date or place
 * ("Rubio on Tuesday", "talks in Seoul").
 */
function connectorContinues(runStart: number, j: number): boolean {
  const next = j + 1;
  if (next >= tokenCount || !isWord(next) || !(isCap(next) || (tokenLower(j) === 'von' && tokenLower(next) === 'der'))) return false;
  if ((tokenWordBits[next] & WordBit.Calendar) !== 0) return false;
  const connector = tokenLower(j);
  if (connector !== 'of' && connector !== 'for' && connector !== 'on') return true;
  const before = tokenLower(j - 1);
  if (connector === 'on') return before === 'council' || before === 'committee' || before === 'commission' || before === 'subcommittee';
  if ((tokenWordBits[j - 1] & (WordBit.OrganizationHead | WordBit.TitleFirstWord)) !== 0) return true;
  for (let k = runStart; k < j; k++) if ((tokenWordBits[k] & WordBit.OrganizationHead) !== 0) return true;
  return false;
}

/** Sentence words that are also first names: "Will" and "May" as in "said Will Dane". */
const GIVEN_NAME_WORDS: ReadonlySet<string> = new Set(['will', 'may']);
/** 1 for the lexicon entries of GIVEN_NAME_WORDS (see TITLE_ROOT_BY_ENTRY). */
const GIVEN_NAME_WORD_BY_ENTRY = Uint8Array.from(LEXICON_WORDS, (w) => (GIVEN_NAME_WORDS.has(w) ? 1 : 0));

function isGivenNameWord(i: number): boolean {
  const entry = tokenEntries[i];
  return entry < LEXICON_WORD_COUNT ? GIVEN_NAME_WORD_BY_ENTRY[entry] === 1 : GIVEN_NAME_WORDS.has(tokenLower(i));
}
/** Words before a month ("early May"), so the month's name never opens a name after them. */
const BEFORE_MONTH: ReadonlySet<string> = new Set(['early', 'late', 'mid']);
/** Right after a name at a sentence's start: a comma, or the verb of a speaker ("Will Dane said"). */
const SPEAKER_AFTER_NAME = /^(?:,| said\b| says\b| told\b)/;
/** A speaker's verb right after a name ("Moody's said"). */
const SPEAKER_VERB_AFTER = /^ (?:also |later |then |previously |recently |separately |has |had )?(?:said|says|told)\b/;

/**
 * "said Will Dane", "told May Lin": a capitalised "Will" or "May" before a capitalised surname is
 * a first name where a name may stand (after a lower-case word such as a cue, or a mark), never
 * after a preposition ("in May Trump said") or inside a capitalised run (a headline's "Dane Will
 * Sign"). Opening a sentence it is most often the modal ("Will Congress act?"), so there it counts
 * only when the surname is followed by a comma or by "said"/"says"/"told".
 */
function givenNameAt(i: number): boolean {
  if (!isCap(i) || !isGivenNameWord(i)) return false;
  const surname = i + 1;
  if (surname >= tokenCount || !isNameToken(surname) || titleAt(surname)) return false;
  const notPerson = WordBit.Place | WordBit.KnownOrganization | WordBit.Nationality | WordBit.GroupPlural | WordBit.OrganizationHead | WordBit.NotPersonLast;
  if ((tokenWordBits[surname] & notPerson) !== 0) return false;
  if (opensSentence(i)) return SPEAKER_AFTER_NAME.test(text.slice(tokenEnds[surname], tokenEnds[surname] + 7));
  const before = i - 1;
  if (before < 0) return false;
  if (isWord(before)) return !isCap(before) && wordBeforeGivenName(tokenLower(before), tokenWordBits[before], tokenLower(i));
  // A break token holds words the tokenizer passes over ("by", "said"): read its last word from the text.
  const end = tokenStarts[i] - 1;
  const gap = text.charCodeAt(end);
  if (gap !== 32 && gap !== 45) return true;
  let from = end;
  while (from > tokenStarts[before] && end - from < 16 && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  if (from === end || text.charCodeAt(from) <= 90) return true;
  const lower = lowerCased(text.slice(from, end));
  return wordBeforeGivenName(lower, wordBits(lower), tokenLower(i));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether a name may follow a word (its lower case first): not a preposition or a word of the month
 *  ("in May", "early May"); "by" may come before "Will" ("Editing by Will Okafor"). */
function wordBeforeGivenName(lower: string, bits: number, given: string): boolean {
  if (lower === 'by' && given === 'will') return true;
  return (bits & (WordBit.NotNames | WordBit.Calendar)) === 0 && !BEFORE_MONTH.has(lower);
}

/** Plural nouns whose possessive opens the rest of a name ("Children's Hospital", "People's Party"). */
const NAME_POSSESSIVES: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men']);
const SAINT: ReadonlySet<string> = new Set(['st.', 'st', 'saint']);

/** Is token j a possessive "'s" with a capitalised word after it? */
function possessiveBeforeCap(j: number): boolean {
  return j + 1 < tokenCount && tokenLower(j) === "'s" && isCap(j + 1);
}

/** Is token j the apostrophe of a capitalised plural's possessive with a capitalised word after it ("Shippers' Association")? */
function pluralPossessiveInName(j: number): boolean {
  const at = tokenEnds[j - 1];
  const c = text.charCodeAt(at);
  return isApostrophe(c) && tokenStarts[j] === at && text.charCodeAt(at - 1) === 115 && isCap(j - 1) && j + 1 < tokenCount && tokenStarts[j + 1] === at + 2 && isCap(j + 1);
}

/** Is token j the possessive of such a noun, capitalised, with a capitalised word after it? */
function innerPossessiveAt(j: number): boolean {
  return j > 0 && possessiveBeforeCap(j) && isCap(j - 1) && NAME_POSSESSIVES.has(tokenLower(j - 1));
}

/**
 * Capitalised phrases: titled people, names, organisations. `determiner` is the index of a
 * preceding "the" (included in organisation mentions), or -1.
 */
function properPhrase(i: number, determiner: number): number {
  // "Meanwhile Trump", "When Clinton": the first word is not part of a name.
  if (isCap(i) && (tokenWordBits[i] & WordBit.NotNames) !== 0 && !givenNameAt(i)) return i + 1;
  // Gather the run: capitalised words, lower-case title words and modifiers, connectors.
  let j = i;
  let innerPossessive = false;
  while (j < tokenCount && j - i < MAX_RUN_TOKENS) {
    // "St. Mary's Hospital", "the People's Bank of China", "Macy's Inc.", "the Valmere Shippers'
    // Association": a possessive inside a name
    if (j > i && (innerPossessiveAt(j) || pluralPossessiveInName(j) || (possessiveBeforeCap(j) && ((j - i === 2 && SAINT.has(tokenLower(i))) || (j - i === 1 && COMPANY_SUFFIXES.has(tokenLower(j + 1))))))) {
      innerPossessive = true;
      j++;
      continue;
    }
    if (!isWord(j)) break;
    const cap = isCap(j);
    const bits = tokenWordBits[j];
    if (cap || (bits & WordBit.TitleFirstWord) !== 0 || (tokenInfos[j] & WordFlag.TitleModifier) !== 0) {
      // Lower-case words only belong to the run when they are part of a title ("Council member").
      if (!cap && (tokenInfos[j] & WordFlag.TitleModifier) === 0 && !titleAt(j)) break;
      j += cap && (bits & WordBit.TitleFirstWord) !== 0 && titleAt(j) ? titleLength : 1;
      continue;
    }
    if ((bits & WordBit.Connector) !== 0 && j > i && connectorContinues(i, j)) {
      j++;
      continue;
    }
    if (tokenEntries[j] === THE && j > i && tokenLower(j - 1) === 'of' && (j + 1 < tokenCount && isCap(j + 1))) {
      j++;
      continue;
    }
    break;
  }
  const runEnd = j;
  if (runEnd === i) return i;
  // "Moody's said", "Sainsbury's told investors": one capitalised word and its 's before a
  // speaker's verb is a company's name (a possessive would have a noun after it)
  if (runEnd === i + 1 && determiner < 0 && isCap(i) && runEnd < tokenCount && tokenLower(runEnd) === "'s" && (tokenWordBits[i] & (WordBit.NotNames | GIVEN_NAME_BITS)) === 0 && SPEAKER_VERB_AFTER.test(text.slice(tokenEnds[runEnd], tokenEnds[runEnd] + 20))) {
    const mention = newMention(tokenStarts[i], tokenEnds[runEnd], 'name', 'organization');
    mention.name = joinText(i, runEnd + 1);
    add(mention);
    return runEnd + 1;
  }
  // (a name with a possessive inside it is an organisation's when one of its words says so)
  if (innerPossessive && isCap(i)) {
    for (let k = i; k < runEnd; k++) if ((tokenWordBits[k] & WordBit.OrganizationHead) !== 0) return classifyProper(i, runEnd, determiner === i - 1 ? determiner : -1) || runEnd;
  }

  // The last title in the run, reading titles left to right (longest first).
  let titleStart = -1;
  let titleWords = 0;
  let titleEntry: TitleEntry | null = null;
  for (let k = i; k < runEnd; ) {
    const found = titleAt(k);
    const foundWords = titleLength;
    if (found && k + foundWords <= runEnd) {
      const afterTitle = k + foundWords;
      // After "Mr." any capitalised word is a name ("Mr. King").
      const named = afterTitle < runEnd && (found.honorific ? isCap(afterTitle) && (tokenWordBits[afterTitle] & WordBit.NotNames) === 0 : isNameToken(afterTitle) && !titleAt(afterTitle));
      if (named) {
        titleStart = k;
        titleWords = foundWords;
        titleEntry = found;
        break;
      }
      k = afterTitle;
    } else {
      k++;
    }
  }

  if (titleEntry) {
    const nameFrom = titleStart + titleWords;
    let nameTo = nameFrom;
    if (titleEntry.honorific) nameTo++;
    while (nameTo < runEnd && (isNameToken(nameTo) || (nameTo > nameFrom && (tokenWordBits[nameTo] & WordBit.Connector) !== 0))) nameTo++;
    const nameCount = nameTo - nameFrom;
    let orgName = false;
    for (let k = nameFrom; k < nameTo; k++) if ((tokenWordBits[k] & WordBit.OrganizationHead) !== 0) orgName = true;
    if (!orgName) {
      // Modifiers before the title: the capitalised ones are the affiliation.
      let from = i;
      while (from < titleStart && !isCap(from) && (tokenInfos[from] & WordFlag.TitleModifier) === 0) from++;
      // "Deputy Attorney General": the rank belongs to the title, not the affiliation.
      let titleFrom = titleStart;
      while (titleFrom > from && (tokenWordBits[titleFrom - 1] & WordBit.TitleRank) !== 0) titleFrom--;
      const affiliation = capitalisedText(from, titleFrom);
      const nameText = joinText(nameFrom, nameTo);
      const title = titleEntry.honorific ? undefined : titleFrom < titleStart || !titleEntry.display ? joinText(titleFrom, nameFrom) : titleEntry.display;
      const familyFirst = familyNameFirst(nameFrom, nameTo);
      // A single word after a title is a surname ("Minister Kim"): it says nothing of gender.
      const gender = titleEntry.gender ?? (familyFirst || nameCount < 2 ? undefined : genderOfGivenName(nameFrom));
      const mention = newMention(tokenStarts[from], tokenEnds[nameTo - 1], nameCount >= 2 ? 'name' : 'title', 'person');
      mention.name = nameText;
      mention.head = titleEntry.head;
      mention.nameOffset = tokenStarts[nameFrom] - tokenStarts[from];
      if (title) mention.title = title;
      if (affiliation && affiliation !== nameText) mention.affiliation = affiliation;
      if (gender) mention.gender = gender;
      if (familyFirst) mention.familyNameFirst = true;
      add(mention);
      return nameTo;
    }
  }

  // No titled person: the capitalised stretch at the start of the run.
  let from = i;
  while (from < runEnd && !isCap(from)) from++;
  if (from >= runEnd) return i;
  if ((tokenWordBits[from] & WordBit.NotNames) !== 0 && !givenNameAt(from)) return from + 1;
  let to = from;
  while (to < runEnd && (isCap(to) || ((tokenWordBits[to] & WordBit.Connector) !== 0 || tokenEntries[to] === THE))) {
    if (!isCap(to) && !((to + 1 < tokenCount && isCap(to + 1)))) break;
    to++;
  }
  // Title words alone ("Foreign Minister" with no name) are not a name.
  while (to > from && titleAt(to - 1) && (tokenWordBits[to - 1] & WordBit.TitleWord) !== 0 && (tokenWordBits[to - 1] & WordBit.OrganizationHead) === 0) to--;
  if (to === from) return runEnd;
  return classifyProper(from, to, determiner === from - 1 ? determiner : -1) || to;
}

/**
 * "Portland, Ore.", "Albany, N.Y.": a state abbreviation with its period, right after a
 * capitalised word and a comma, is the rest of a place.
 */
function stateAfterCity(i: number): boolean {
  if (i < 2) return false;
  const lower = tokenLower(i);
  if (lower.length > 5) return false;
  const dotted = lower.charCodeAt(lower.length - 1) === 46;
  if (!(dotted ? STATE_ABBREVIATIONS.has(lower.slice(0, -1)) : text.charCodeAt(tokenEnds[i]) === 46 && STATE_ABBREVIATIONS.has(lower))) return false;
  const city = i - 2;
  const start = tokenStarts[i];
  return isWord(city) && isCap(city) && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44 && tokenEnds[city] === start - 2;
}

/** Classifies a capitalised stretch [from, to): organisation, person, place (ignored) or a guess. */
function classifyProper(from: number, to: number, determiner: number): number {
  // The phrase as written: sliced here only when it is more than one word.
  const written = to === from + 1 ? '' : joinText(from, to);
  const single = to === from + 1;
  // What the lexicons say about it: on its token for one word, remembered by phrase for more.
  const phrase = single ? null : phraseOf(written);
  const lower = phrase === null ? tokenLower(from) : phrase.lower;
  const bits = phrase === null ? tokenWordBits[from] : phrase.bits;
  const after = to;
  const afterWord = after < tokenCount && isWord(after);
  const spanStart = determiner >= 0 ? tokenStarts[determiner] : tokenStarts[from];

  // "White House officials", "South Korean diplomats".
  if (afterWord && !isCap(after) && (tokenInfos[after] & WordFlag.BarePlural) !== 0) {
    const affiliation = NATIONALITIES.get(lower) ?? (written || joinText(from, to));
    return anonymousMention(determiner >= 0 ? determiner : from, to, to + 1, affiliation);
  }
  // "the Trump administration", "the Clinton campaign".
  if (afterWord && (tokenWordBits[after] & WordBit.OrganizationSuffix) !== 0 && (bits & WordBit.Place) === 0) {
    const mention = newMention(spanStart, tokenEnds[after], 'name', 'organization');
    mention.name = text.slice(tokenStarts[from], tokenEnds[after]);
    mention.head = tokenLower(after);
    mention.nameOffset = tokenStarts[from] - spanStart;
    add(mention);
    return to + 1;
  }
  // ("Energy prices rose", "Shipping companies said": a trade's noun, no company, opening a sentence)
  if (single && opensSentence(from) && TRADE_NOUNS.has(lower)) return to;
  const known = (bits & WordBit.KnownOrganization) === 0 ? undefined : KNOWN_ORG_BY_KEY.get(lower);
  let head: string | undefined;
  for (let k = from; k < to; k++) if ((tokenWordBits[k] & WordBit.OrganizationHead) !== 0) head = tokenLower(k);
  if (known || head) {
    const mention = newMention(spanStart, tokenEnds[to - 1], 'name', 'organization');
    mention.name = written || joinText(from, to);
    mention.nameOffset = tokenStarts[from] - spanStart;
    if (head) mention.head = head;
    add(mention);
    return to;
  }
  if ((bits & (WordBit.Place | WordBit.Nationality)) !== 0) return to;
  if (single && stateAfterCity(from)) return to;
  // A capitalised adverb or document noun opening a sentence or headline ("Nearly", "Poll:").
  if (single && (bits & WordBit.DocumentHead) !== 0) return to;
  // "Top aides said", "Senior officials", "Supporters say": a capitalised modifier or group noun, not a name.
  if (single && opensSentence(from) && (tokenInfos[from] & (WordFlag.AnonymousModifier | WordFlag.TitleModifier | WordFlag.AnonymousHead)) !== 0) return to;
  // "Senators said", "Governors say": the plural of a title, people unnamed.
  if (single && opensSentence(from) && isPluralTitle(lower)) return to;
  // "Americans", "Democrats", "South Koreans": a group, not a person.
  if ((bits & WordBit.GroupPlural) !== 0) {
    const group = newMention(spanStart, tokenEnds[to - 1], 'anonymous', 'anonymous');
    group.head = lower.slice(0, -1);
    group.gender = 'plural';
    group.candidate = true;
    add(group);
    return to;
  }
  const givenWord = givenNameAt(from);
  if ((tokenWordBits[from] & WordBit.Calendar) !== 0 && !givenWord) return to;
  // A person: skip a leading party word or nationality ("Democrat Hillary Clinton"), and stop
  // at the first word that cannot be part of a name ("Mayor Dane Is Right").
  // A nationality opening a capitalised phrase makes it a thing ("American Community Survey").
  if ((tokenWordBits[from] & WordBit.Nationality) !== 0) return to;
  let nameFrom = from;
  while (nameFrom < to - 1 && (tokenWordBits[nameFrom] & WordBit.Party) !== 0) nameFrom++;
  // "Billionaire Maria Varga", "Author Ann Reyes": a word opening the sentence before a given name
  // and a surname describes the person, whose name starts at the given name
  if (nameFrom === from && to - from >= 3 && !givenWord && opensSentence(from) && !isInitialToken(from) && (tokenWordBits[from] & (GIVEN_NAME_BITS | WordBit.KoreanFamily | WordBit.ChineseFamily)) === 0 && (tokenWordBits[from + 1] & GIVEN_NAME_BITS) !== 0 && isNameToken(from + 1) && isNameToken(from + 2)) nameFrom++;
  let nameTo = givenWord ? nameFrom + 1 : nameFrom;
  while (nameTo < to && (isNameToken(nameTo) || (nameTo > nameFrom && (tokenWordBits[nameTo] & WordBit.Connector) !== 0)) && (tokenWordBits[nameTo] & WordBit.PlaceToken) === 0) nameTo++;
  while (nameTo > nameFrom && (tokenWordBits[nameTo - 1] & WordBit.Connector) !== 0) nameTo--;
  if (nameTo === nameFrom) return to;
  const given = givenWord || (tokenWordBits[nameFrom] & GIVEN_NAME_BITS) !== 0;
  // Headline case runs names into words ("Dana Reyes Slams Harbour Bank"): keep two.
  if (given && nameTo - nameFrom > 3) nameTo = nameFrom + (isInitialToken(nameFrom + 1) ? 3 : 2);
  if ((tokenWordBits[nameTo - 1] & (WordBit.NotPersonLast | WordBit.DocumentHead)) !== 0) return to;
  const count = nameTo - nameFrom;
  const name = nameFrom === from && nameTo === to && written ? written : joinText(nameFrom, nameTo);
  const familyFirst = count >= 2 && familyNameFirst(nameFrom, nameTo);
  const acronym = count === 1 && name.length >= 2 && name.length <= 6 && isAllCapitals(name);
  const strong = count >= 2 && (given || familyFirst);
  const gender = familyFirst || count < 2 ? undefined : genderOfGivenName(nameFrom);
  const mention = newMention(tokenStarts[nameFrom], tokenEnds[nameTo - 1], count >= 2 ? 'name' : 'alias', acronym ? 'organization' : 'person');
  mention.name = name;
  mention.nameOffset = 0;
  if (count === 1 && (tokenWordBits[nameFrom] & WordBit.PlainKey) !== 0) mention.key = tokenLower(nameFrom);
  if (gender) mention.gender = gender;
  if (familyFirst) mention.familyNameFirst = true;
  // "the prime minister, Jonas Eriksen,": the title before the comma is the name's, and says it is a person's
  const before = mentions.length > 0 ? mentions[mentions.length - 1]! : null;
  // ("A city spokesperson, Claire Dubois,": an unnamed person's title too)
  const titled = count >= 2 && before !== null && before.end + 2 === tokenStarts[nameFrom] && text.charCodeAt(before.end) === 44 && ((before.kind === 'role' && before.type === 'person') || (before.kind === 'anonymous' && before.gender !== 'plural' && TITLE_BY_PHRASE.has(before.head!)));
  if (titled) {
    mention.title = before.title ?? before.head;
    mention.head = before.head;
    if (before.affiliation) mention.affiliation = before.affiliation;
  }
  if (!strong && !titled) mention.candidate = true;
  // (the aside's title is no unnamed source of its own: "a spokesman" in "Tomas Brel, a spokesman for …")
  const next = count >= 2 ? appositiveTitle(mention, nameTo) : nameTo;
  if (next > nameTo) mention.candidate = false;
  add(mention);
  return next;
}

/** Whether an aside closes at text[at]: a comma, a full stop or the paragraph's end. */
function closesAside(at: number): boolean {
  const code = text.charCodeAt(at);
  return at >= text.length || code === 44 || code === 46;
}

/** Nouns that end a company's name ("Peabody Energy") but alone are a trade's. */
const TRADE_NOUNS: ReadonlySet<string> = new Set(words('energy capital shipping logistics foods brands pharma'));

/** Words that join a title to where it is held ("mayor of Valmere", "professor at Harbour College"). */
const TITLE_PLACES = [' of ', ' at ', ' for ', ' with ', ' in '];
/** The articles an appositive title may open with. */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** How far after its title an appositive may close with no organisation named (characters). */
const APPOSITIVE_REST = 48;

/**
 * "Ana Ruiz, the mayor of Valmere, said": a title set off by a comma after a person's name (with
 * "the", "a" or modifiers before it) is the person's title, and the capitalised organisation or
 * place after "of", "at", "for", "with" or "in" the affiliation. The aside must close (a comma or a
 * full stop) right after the organisation, or, when it names none, within a few words. Returns
 * where the mention scan goes on: after the title, or at `k` when there is none.
 */
function appositiveTitle(mention: EntityMention, k: number): number {
  const nameEnd = tokenEnds[k - 1];
  if (k + 1 >= tokenCount || isWord(k) || tokenEnds[k] !== nameEnd + 1 || text.charCodeAt(nameEnd) !== 44 || tokenStarts[k + 1] !== nameEnd + 2) return k;
  let j = k + 1;
  while (j < tokenCount && j - k <= 3 && isWord(j) && !titleAt(j) && (tokenEntries[j] === THE || TITLE_ARTICLES.has(tokenLower(j)) || (tokenInfos[j] & WordFlag.TitleModifier) !== 0)) j++;
  // (a capitalised title is the next person's: "With Dana Okafor, President Ruiz made …")
  const entry = j < tokenCount && isWord(j) && !isCap(j) ? titleAt(j) : null;
  if (!entry || entry.honorific) return k;
  let titleFrom = j;
  while (titleFrom > k + 1 && (tokenInfos[titleFrom - 1] & WordFlag.TitleModifier) !== 0) titleFrom--;
  const titleEnd = j + titleLength;
  const at = tokenEnds[titleEnd - 1];
  // ("Sara Okafor, the prime minister's wife": the title is another's)
  if (isApostrophe(text.charCodeAt(at))) return k;
  let closes = closesAside(at);
  const place = closes ? undefined : TITLE_PLACES.find((word) => text.startsWith(word, at));
  if (place) {
    let from = titleEnd;
    while (from < tokenCount && tokenStarts[from] < at + place.length) from++;
    if (from < tokenCount && tokenEntries[from] === THE) from++;
    let to = from;
    while (to < tokenCount && (isCap(to) || (to > from && pluralPossessiveInName(to)) || ((tokenWordBits[to] & WordBit.Connector) !== 0 && to + 1 < tokenCount && isCap(to + 1)))) to++;
    const orgEnd = to > from ? tokenEnds[to - 1] : -1;
    if (orgEnd > 0 && closesAside(orgEnd)) {
      mention.affiliation = joinText(from, to);
      closes = true;
    }
  }
  if (!closes) {
    // no organisation named ("a spokeswoman for the ministry,"): the aside closes soon, with no mark between
    for (let c = at; c < text.length && c - at <= APPOSITIVE_REST; c++) {
      const code = text.charCodeAt(c);
      if (closesAside(c)) {
        closes = true;
        break;
      }
      if (code !== 32 && code !== 45 && !isApostrophe(code) && !isWordChar(code)) break;
    }
    if (!closes) return k;
  }
  mention.title = titleFrom < j || !entry.display ? joinText(titleFrom, titleEnd) : entry.display;
  mention.head = entry.head;
  if (!mention.gender && entry.gender) mention.gender = entry.gender;
  return titleEnd;
}

/**
 * Source mentions in one paragraph. `sentences` are relative to the paragraph text too (they
 * only tell which capitals open a sentence). `tokens`, when given, are text.ts's tokens of the
 * paragraph (so it is not tokenized twice). Never throws; linear in the paragraph's length.
 */
export function findMentionsInParagraph(paragraphText: string, sentences: { start: number; end: number }[], tokens?: TextToken[]): EntityMention[] {
  try {
    if (typeof paragraphText !== 'string' || paragraphText.length === 0) return [];
    startParagraph(paragraphText, Array.isArray(sentences) ? sentences : [], Array.isArray(tokens) ? tokens : undefined);
    return run();
  } catch {
    return [];
  } finally {
    text = '';
    mentions = NO_MENTIONS;
    releaseTokens();
    if (sentenceStarts.length > SENTENCE_STARTS_KEPT) sentenceStarts.length = 0;
  }
}
