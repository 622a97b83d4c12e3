// Attributions inside one paragraph: find cues, then the source and content around each.
// Patterns handled (token level, one sentence at a time, plus quote continuations):
//   SOURCE [aux] CUE [that] CONTENT          "Rubio reiterated that the US values ..."
//   CONTENT, SOURCE CUE.                     "“We will cooperate,” the ministry said."
//   CONTENT, CUE SOURCE.                     "“It was late,” said Mr. Smith."
//   SOURCE, APPOSITIVE, CUE CONTENT          "Tom Lee, a lawyer for the firm, argued that ..."
//   CONTENT, according to SOURCE. / According to SOURCE, CONTENT.
//   SOURCE CUE OBJECT to/that CONTENT        "Cho asked Rubio to play a role ..."
//   ..., CUE-ing CONTENT                     ", adding that ..." (the clause's source again)
//   no-source: "reportedly", "is expected to", "seems to"
import { sortInOrder } from './order';
import {
  BE_FORMS,
  buildCueLexicon,
  CUE_AUXILIARIES,
  CUE_TAILS,
  CUE_VERBS,
  NO_SOURCE_PASSIVES,
  NO_SOURCE_SEEM_VERBS,
  NOUN_COMPOUND_HEADS,
  NOUN_COMPOUNDS,
  type CueForm,
  type CueFrame,
  type CueVerbEntry,
} from './lexicon/cues';
import { MAYBE_FINAL_ABBREVIATIONS, NEVER_FINAL_ABBREVIATIONS } from './lexicon/abbreviations';
import { WEEKDAYS } from './lexicon/claims';
import {
  DETERMINERS,
  NON_FINAL_SOURCE_WORDS,
  NOUN_MARKERS,
  PERSONAL_PRONOUNS,
  POLL_NOUNS,
  POLL_PARTICIPLES,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SOURCE_LEADING_TRIM,
  SOURCE_STOP_WORDS,
} from './lexicon/words';
import { CUE_TRIGGER_FLAGS, WordFlag } from './lexicon/flags';
import { DOCUMENT_HEADS } from './sources/lexicon/anonymous';
import type { QuoteRange } from './quotes';
import type { TokenSentence } from './sentences';
import { firstWordNumber, isApostrophe, scratch, TokenKind, type Token } from './text';
import type { AttributionKind } from './types';
import { words } from './lexicon/table';

export interface LocalSpan {
  start: number;
  end: number;
}

/** An attribution found in one paragraph (offsets relative to the paragraph). */
export interface LocalAttribution {
  kind: AttributionKind;
  source: LocalSpan | null;
  cue: LocalSpan;
  content: LocalSpan[];
  /** Index (in this paragraph's list) of the attribution whose content contains this cue. */
  parent: number;
  /** "He added:" ends the paragraph: the content (still empty here) is the next paragraph. */
  contentInNextParagraph?: boolean;
}

const MAX_CUES_PER_SENTENCE = 24;
const MAX_SOURCE_TOKENS = 14;
const MAX_OBJECT_TOKENS = 8;

const DEFAULT_LEXICON = buildCueLexicon(CUE_VERBS);
let customKey = '';
let customLexicon: Map<string, CueForm[]> = DEFAULT_LEXICON;

/** The cue lexicon with the house style's extra cue verbs (cached by the list's content). */
export function cueLexiconFor(extra: readonly string[] | undefined): Map<string, CueForm[]> {
  if (!extra || extra.length === 0) return DEFAULT_LEXICON;
  const key = extra.join('\u0000');
  if (key === customKey) return customLexicon;
  const entries: CueVerbEntry[] = CUE_VERBS.slice();
  for (const raw of extra) {
    if (typeof raw !== 'string') continue;
    const verb = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (verb.length === 0 || verb.length > 60) continue;
    entries.push({ verb, frame: 'speech', forms: [verb, verb, verb, verb] });
    // the given word is any inflection; also generate the regular forms from it
    entries.push({ verb, frame: 'speech' });
  }
  customKey = key;
  customLexicon = buildCueLexicon(entries);
  return customLexicon;
}

interface Context {
  text: string;
  tokens: Token[];
  /** For each token, the index of the quote containing it (marks included), or -1. */
  quoteOf: Int32Array;
  quotes: QuoteRange[];
  lexicon: Map<string, CueForm[]>;
  cueWords: Map<string, CueWord>;
  /** The house style added cue verbs: word flags do not know them. */
  custom: boolean;
}

/** A cue being worked on, in token indices. */
interface Candidate {
  cueFirst: number;
  cueLast: number; // exclusive
  kind: AttributionKind;
  sourceFirst: number;
  sourceLast: number; // exclusive; sourceFirst === sourceLast means no source
  contentFirst: number;
  contentLast: number; // exclusive
  /** Content is to the left of the source and cue. */
  contentLeft: boolean;
  /** Further pieces of content (NO_PIECES until the first is added). */
  extraPieces: LocalSpan[];
  /** For no-source: the subject piece before the cue. */
  subjectFirst: number;
  subjectLast: number;
  sentence: number;
  /** A colon ends the paragraph: the content is the next paragraph. */
  nextParagraph: boolean;
}

/** Shared by candidates with no extra pieces: never pushed to (see addPiece). */
const NO_PIECES: LocalSpan[] = [];

function addPiece(c: Candidate, piece: LocalSpan): void {
  if (c.extraPieces === NO_PIECES) c.extraPieces = [piece];
  else c.extraPieces.push(piece);
}

// Candidates never outlive the paragraph: the first few of each paragraph are recycled objects.
const CANDIDATE_POOL_SIZE = 64;
const candidatePool: Candidate[] = [];
let candidatePoolNext = 0;

/** A candidate of a cue alone: no source, content or subject yet (the caller fills them in). */
function blankCandidate(cueFirst: number, cueLast: number, kind: AttributionKind, sentence: number): Candidate {
  const c = candidatePoolNext < CANDIDATE_POOL_SIZE ? candidatePool[candidatePoolNext] : undefined;
  if (c === undefined) {
    const fresh: Candidate = {
      cueFirst,
      cueLast,
      kind,
      sourceFirst: 0,
      sourceLast: 0,
      contentFirst: 0,
      contentLast: 0,
      contentLeft: false,
      extraPieces: NO_PIECES,
      subjectFirst: 0,
      subjectLast: 0,
      sentence,
      nextParagraph: false,
    };
    if (candidatePoolNext < CANDIDATE_POOL_SIZE) {
      candidatePool.push(fresh);
      candidatePoolNext++;
    }
    return fresh;
  }
  candidatePoolNext++;
  c.cueFirst = cueFirst;
  c.cueLast = cueLast;
  c.kind = kind;
  c.sourceFirst = 0;
  c.sourceLast = 0;
  c.contentFirst = 0;
  c.contentLast = 0;
  c.contentLeft = false;
  c.extraPieces = NO_PIECES;
  c.subjectFirst = 0;
  c.subjectLast = 0;
  c.sentence = sentence;
  c.nextParagraph = false;
  return c;
}

function isWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === TokenKind.Word || t.kind === TokenKind.Number);
}

function isPunct(t: Token | undefined, s: string): boolean {
  return t !== undefined && t.kind === TokenKind.Punct && t.lower === s;
}

function isTerminalPunct(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Punct) return false;
  const s = t.lower;
  return s === '.' || s === '!' || s === '?' || s === '...' || s === '…';
}

function isDash(t: Token | undefined): boolean {
  if (!t || t.kind !== TokenKind.Punct) return false;
  const s = t.lower;
  return s === '—' || s === '–' || s === '--';
}

/** Is token k the closing mark of a quote? */
function isClosingQuote(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== TokenKind.Quote) return false;
  const q = ctx.quoteOf[k]!;
  return q >= 0 && ctx.quotes[q]!.closeToken === k;
}

function isOpeningQuote(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== TokenKind.Quote) return false;
  const q = ctx.quoteOf[k]!;
  return q >= 0 && ctx.quotes[q]!.openToken === k;
}

function isAbbreviationPeriod(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (next && next.kind === TokenKind.Punct && next.lower === ')' && prev && prev.end === tokens[k]!.start) return true; // "(D-Wis.)"
  if (prev && prev.kind === TokenKind.Word && prev.upper && prev.end === tokens[k]!.start && prev.end - prev.start <= 4 && prev.lower.indexOf('-') > 0) return true;
  if (!prev || prev.kind !== TokenKind.Word || prev.end !== tokens[k]!.start) return false;
  const w = prev.lower;
  return (cls(k - 1) & Cls.Abbreviation) !== 0 || (prev.upper && prev.end - prev.start === 1) || w.indexOf('.') > 0;
}

/** A cue form with what the rules ask of its verb worked out once. */
interface FormInfo {
  form: CueForm;
  words: string[];
  entry: CueVerbEntry;
  gerund: boolean;
  past: boolean;
  /** The verb's first word ("call" for "call for"). */
  head: string;
  /** Prepositions after the object that join the cue ("accuse X of"). */
  link: readonly string[] | undefined;
  notReportingLeft: boolean;
  speechParticiple: boolean;
  /** The first word is as often a noun (AMBIGUOUS_NOUN_VERBS). */
  ambiguousNoun: boolean;
  /** The first word is one headlines capitalise (HEADLINE_CUES). */
  headline: boolean;
  /** The first word is "called" ("a band called Northern Lights"). */
  called: boolean;
  /** The verb is "compare" (", compared with ..." is a participle). */
  compare: boolean;
}

/** The forms starting with one word, longest first. */
interface CueWord {
  forms: FormInfo[];
  /** Some form is a past or an inflection ("and said" starts a new clause). */
  finite: boolean;
  /** The one form, when it is this word alone ("said"): no other tokens to compare. */
  single: FormInfo | null;
  /** "asked" and "known" also open no-source cues ("Asked about the vote, ...", "known as"). */
  noSource: NoSourceWord;
}

const enum NoSourceWord {
  None,
  Asked,
  Known,
}

let derivedFor: Map<string, CueForm[]> | null = null;
let derived: Map<string, CueWord> = new Map();
let derivedDefault: Map<string, CueWord> | null = null;

function deriveLexicon(lexicon: Map<string, CueForm[]>): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const [word, forms] of lexicon) {
    const infos: FormInfo[] = [];
    let finite = false;
    for (const form of forms) {
      const head = entryHead(form);
      infos.push({
        form,
        words: form.words,
        entry: form.entry,
        gerund: form.gerund,
        past: form.past,
        head,
        link: LINKED_PREPOSITIONS.get(head),
        notReportingLeft: NOT_REPORTING_LEFT.has(head),
        speechParticiple: SPEECH_PARTICIPLES.has(head),
        ambiguousNoun: AMBIGUOUS_NOUN_VERBS.has(word),
        headline: HEADLINE_CUES.has(word),
        called: word === 'called',
        compare: head === 'compare',
      });
      if (form.past || form.words[0] !== form.entry.verb.split(' ')[0]) finite = true;
    }
    const noSource = word === 'asked' ? NoSourceWord.Asked : word === 'known' ? NoSourceWord.Known : NoSourceWord.None;
    map.set(word, { forms: infos, finite, single: infos.length === 1 && infos[0]!.words.length === 1 ? infos[0]! : null, noSource });
  }
  return map;
}

/** The derived lookup for a lexicon (the default one is kept for good). */
function cueWordsFor(lexicon: Map<string, CueForm[]>): Map<string, CueWord> {
  if (lexicon === DEFAULT_LEXICON) return (derivedDefault ??= deriveLexicon(lexicon));
  if (lexicon !== derivedFor) {
    derived = deriveLexicon(lexicon);
    derivedFor = lexicon;
  }
  return derived;
}

// The same few cue words ("said", "told") come up again and again: each word of text.ts's table
// is looked up in the lexicon once, and its answer kept by word number (as the class bits are).
/** Per word number less firstWordNumber(): its cue word, null for none, undefined until looked up. */
let cueByWord: (CueWord | null | undefined)[] = new Array<CueWord | null | undefined>(1024).fill(undefined);
let cueByWordFor: Map<string, CueWord> | null = null;

/** The cue word token k starts, if any. */
function cueWordAt(ctx: Context, k: number): CueWord | undefined {
  const t = ctx.tokens[k]!;
  const slot = t.word - byWordBase;
  if (slot < 0 || isContractionTail(ctx.tokens, k)) return ctx.cueWords.get(t.lower);
  if (cueByWordFor !== ctx.cueWords) {
    cueByWord.fill(undefined);
    cueByWordFor = ctx.cueWords;
  }
  while (slot >= cueByWord.length) cueByWord = cueByWord.concat(new Array<CueWord | null | undefined>(cueByWord.length).fill(undefined));
  let cw = cueByWord[slot];
  if (cw === undefined) {
    cw = ctx.cueWords.get(t.lower) ?? null;
    cueByWord[slot] = cw;
  }
  return cw === null ? undefined : cw;
}

/** The form found by the last successful `matchVerb`. */
let matchedForm: FormInfo | null = null;

/** Match a cue verb form starting at token i; returns the token after it (the form is in `matchedForm`) or -1. */
function matchVerb(ctx: Context, i: number, last: number): number {
  const t = ctx.tokens[i]!;
  if (t.kind !== TokenKind.Word) return -1;
  if (!ctx.custom && (t.flags & WordFlag.CueStart) === 0) return -1;
  const cw = cueWordAt(ctx, i);
  if (cw === undefined) return -1;
  return matchForms(ctx, cw, i, last);
}

/** As matchVerb, for the word token i that starts cue word `cw`. */
function matchForms(ctx: Context, cw: CueWord, i: number, last: number): number {
  if (cw.single !== null) {
    if (i + 1 > last) return -1;
    matchedForm = cw.single;
    return i + 1;
  }
  const forms = cw.forms;
  for (let n = 0; n < forms.length; n++) {
    const form = forms[n]!;
    const words = form.words;
    if (i + words.length > last) continue;
    let ok = true;
    for (let w = 1; w < words.length; w++) {
      const u = ctx.tokens[i + w]!;
      if (u.kind !== TokenKind.Word || u.lower !== words[w]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      matchedForm = form;
      return i + words.length;
    }
  }
  return -1;
}

/**
 * The source phrase ending at token `end` (inclusive), walking left but not before `floor`.
 * Returns [first, lastExclusive] or null.
 */
function sourceEndingAt(ctx: Context, end: number, floor: number): [number, number] | null {
  const first = sourceStartEndingAt(ctx, end, floor);
  return first < 0 ? null : [first, end + 1];
}

/** "the workers’ union", "the Coopers’ lawyers": an apostrophe closing a word ending in s, with a word after it. */
function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1]!;
  return prev.kind === TokenKind.Word && prev.lower.length > 3 && prev.lower.endsWith('s') && !prev.lower.endsWith('ss') && prev.end === tokens[k]!.start && next.kind === TokenKind.Word && next.start === tokens[k]!.end + 1;
}

/**
 * A stop word that belongs to the phrase it is in: an adjective after an article ("An earlier
 * report said"), and "not" before "everyone" or "all" ("Not everyone agreed").
 */
function stopWordInPhrase(tokens: readonly Token[], k: number, floor: number): boolean {
  const w = tokens[k]!.lower;
  if (w === 'earlier' || w === 'later') return k > floor && ARTICLES.has(tokens[k - 1]!.lower);
  if (w === 'not') return (k === floor || tokens[k - 1]!.kind === TokenKind.Punct) && (tokens[k + 1]!.lower === 'everyone' || tokens[k + 1]!.lower === 'all');
  return false;
}

const ARTICLES = new Set(words('a an the'));

/** "Only 49 percent of voters", "only a quarter of Americans": the word limits the quantity after it and stays. */
function limitsQuantity(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]!.lower !== 'only' || k + 1 > end) return false;
  const next = tokens[k + 1]!;
  return next.kind === TokenKind.Number || ARTICLES.has(next.lower) || QUANTITY_WORDS.has(next.lower) || next.lower === 'few' || next.lower === 'handful';
}

/** Whether tokens [from, to) are a name with its article (capitalised words, "the", "a", "both", abbreviations' periods) or a subject pronoun. */
function nameRun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = tokens[k]!;
    if (u.kind === TokenKind.Word) {
      if (!u.upper && !ARTICLES.has(u.lower) && u.lower !== 'both' && !(k === from && SUBJECT_ONLY_PRONOUNS.has(u.lower))) return false;
    } else if (u.kind !== TokenKind.Punct || (u.lower !== '.' && u.lower !== '-' && u.lower !== '&')) return false;
  }
  return true;
}

/** As sourceEndingAt, without making a pair: the phrase's first token (it ends at `end`), or -1. */
function sourceStartEndingAt(ctx: Context, end: number, floor: number): number {
  const tokens = ctx.tokens;
  const t = tokens[end];
  if (!t || end < floor) return -1;
  // "Martin Luther King Jr. said", "Acme Inc. said": a name may end in an abbreviation's period
  const abbreviationEnd = t.kind === TokenKind.Punct && t.lower === '.' && end > floor && (cls(end) & Cls.AbbreviationPeriod) !== 0 && tokens[end - 1]!.upper;
  // "42% say they ...": a percentage is a poll's share of respondents
  const percent = t.kind === TokenKind.Punct && t.lower === '%' && end > floor && tokens[end - 1]!.kind === TokenKind.Number;
  if (t.kind !== TokenKind.Word && t.kind !== TokenKind.Number && !(t.kind === TokenKind.Punct && t.lower === ')') && !abbreviationEnd && !percent) return -1;
  // "a source close to him", "an aide to them": an object pronoun ends a phrase after a noun
  let objectOfPhrase = false;
  if (t.kind === TokenKind.Word) {
    const w = t.lower;
    const c = cls(end);
    if ((c & (Cls.Relative | Cls.Personal)) !== 0) {
      // generic "you" is rarely a source in news copy
      // but "most of them", "many of us" are subjects
      const partitive = (w === 'them' || w === 'us') && end - 1 >= floor && tokens[end - 1]!.lower === 'of';
      objectOfPhrase = (w === 'him' || w === 'them') && end - 2 >= floor && (tokens[end - 1]!.lower === 'to' || tokens[end - 1]!.lower === 'with') && tokens[end - 2]!.kind === TokenKind.Word && !tokens[end - 2]!.upper && (cls(end - 2) & (Cls.Stop | Cls.Preposition | Cls.EndsEd | Cls.Personal | Cls.Auxiliary)) === 0;
      if (!partitive && !objectOfPhrase) {
        if (w === 'that' || w === 'him' || w === 'them' || w === 'me' || w === 'us' || w === 'you') return w === 'that' ? end : -1;
        return end;
      }
    } else if ((c & (Cls.NonFinal | Cls.Stop | Cls.Preposition)) !== 0) return -1;
  }
  if (ctx.quoteOf[end]! >= 0 && ctx.quoteOf[end] !== ctx.quoteOf[Math.max(floor, end - 1)]) return -1;
  let j = end;
  let count = 0;
  let parenDepth = 0;
  /** The "and" of "Acme and its lawyers" (see nameThenPhrase), or -1. */
  let joinedAt = -1;
  while (j >= floor && count < MAX_SOURCE_TOKENS) {
    const u = tokens[j]!;
    if (u.kind === TokenKind.Word) {
      const w = u.lower;
      if (w.length <= 3 && (w === 'and' || w === '&')) {
        const prev = tokens[j - 1];
        const next = tokens[j + 1];
        // "Union members and leaders say": two plural nouns joined
        const plurals = prev && next && prev.kind === TokenKind.Word && next.kind === TokenKind.Word && !prev.upper && !next.upper && prev.lower.length > 3 && next.lower.length > 3 && prev.lower.endsWith('s') && next.lower.endsWith('s') && !prev.lower.endsWith('ss') && (cls(j - 1) & (Cls.Stop | Cls.Preposition | Cls.Personal)) === 0;
        // "Lee and his wife said", "she and another aide said": a name or a subject pronoun joined to a noun phrase
        const pair = prev && next && prev.kind === TokenKind.Word && next.kind === TokenKind.Word && (SUBJECT_ONLY_PRONOUNS.has(prev.lower) || prev.upper) && (next.upper || (cls(j + 1) & (Cls.Determiner | Cls.PossessiveDeterminer)) !== 0) && next.lower !== 'that';
        const names = prev && next && (prev.upper || prev.lower === ')') && next.upper;
        if (!names && !plurals && !pair) break;
        // (checked once the phrase is read: "Ruiz met Lee Chen and the mayor said" is no pair)
        if (!names && !plurals) joinedAt = j;
      } else if (j !== end) {
        const c = cls(j);
        if ((c & Cls.Stop) !== 0 && !givenNameBeforeSurname(tokens, j, end + 1) && !stopWordInPhrase(tokens, j, floor) && !(objectOfPhrase && j === end - 1) && !(w === 'to' && isRelationTo(tokens, j, end + 1)) && !(w === 'than' && j - 1 >= floor && (tokens[j - 1]!.lower === 'more' || tokens[j - 1]!.lower === 'fewer' || tokens[j - 1]!.lower === 'less'))) break;
        if ((c & (Cls.Personal | Cls.Relative)) !== 0 && (c & Cls.PossessiveDeterminer) === 0) {
          // the subject pronoun of "she and another aide" is the phrase's first word
          if (!((c & Cls.SubjectOnly) !== 0 && tokens[j + 1]!.lower === 'and')) break;
          j--;
          count++;
          break;
        }
      }
    } else if (u.kind === TokenKind.Number) {
      // "6 in 10 voters"
    } else if (u.kind === TokenKind.Punct) {
      const s = u.lower;
      if (s === '.' && (cls(j) & Cls.AbbreviationPeriod) !== 0) {
        // "Mr." "U.S."
      } else if (s === '-' || s === '/' || s === '&' || s === '%' || (s.length === 1 && isApostrophe(s.charCodeAt(0)) && j > floor && j < end && pluralPossessive(tokens, j))) {
        // joined words, "85% of Democrats"
      } else if (s === ')' ) {
        parenDepth++;
      } else if (s === '(' && parenDepth > 0) {
        parenDepth--;
      } else break;
    } else break;
    if (ctx.quoteOf[j]! >= 0 && ctx.quoteOf[j] !== ctx.quoteOf[end]) break;
    j--;
    count++;
  }
  let first = j + 1;
  if (count >= MAX_SOURCE_TOKENS && j >= floor) {
    // too long to be a subject: keep the final capitalised run or nothing
    let k = end;
    while (k > first && tokens[k - 1]!.upper) k--;
    if (!tokens[k]!.upper) return -1;
    first = k;
  }
  // trim leading conjunctions/adverbs and a leading prepositional phrase
  while (first <= end && tokens[first]!.kind === TokenKind.Word && (cls(first) & Cls.LeadingTrim) !== 0 && !limitsQuantity(tokens, first, end)) first++;
  if (first <= end && tokens[first]!.kind === TokenKind.Word && (cls(first) & Cls.Preposition) !== 0 && !isApproximateQuantity(tokens, first, end) && !givenNameBeforeSurname(tokens, first, end + 1)) {
    // "On Tuesday the ministry said": restart at the last determiner or capitalised word after a gap
    let k = first + 1;
    let restart = -1;
    for (; k <= end; k++) {
      const u = tokens[k]!;
      if (u.kind === TokenKind.Word && (u.lower === 'the' || u.lower === 'a' || u.lower === 'an') && k > first + 1) restart = k;
    }
    // "In a radio interview Okafor declared": the name right before the cue
    let names = end;
    while (names > first + 1 && tokens[names - 1]!.upper && tokens[names - 1]!.kind === TokenKind.Word) names--;
    if (tokens[end]!.upper && names > first + 1 && (restart < 0 || names > restart)) {
      const before = tokens[names - 1]!;
      if (before.kind === TokenKind.Word && !before.upper && (cls(names - 1) & Cls.Determiner) === 0) restart = names;
    }
    if (restart < 0) return -1;
    first = restart;
  }
  // the name before "and the …" must be a name, not the end of a clause ("Ruiz met Lee Chen and the mayor said")
  if (joinedAt > first && !nameRun(tokens, first, joinedAt)) first = joinedAt + 1;
  if (first > end) return -1;
  const head = tokens[first]!;
  if (head.kind === TokenKind.Punct) return -1;
  // a verb inside the phrase means it is not a subject ("having demonstrated unwavering support")
  for (let k = first; k <= end; k++) {
    const u = tokens[k]!;
    if (u.kind !== TokenKind.Word) continue;
    const c = cls(k);
    // (but "her thinking", "the planning" are nouns)
    if ((!u.upper || k === floor) && (c & Cls.IngNotSource) !== 0 && !(k > first && ((cls(k - 1) & (Cls.PossessiveDeterminer | Cls.Possessive)) !== 0 || (k < end && tokens[k - 1]!.lower === 'the')))) {
      // a participle taking an object or a verb ("having demonstrated", "In emphasizing the") is no
      // subject; one before a noun is ("restructuring experts", "groups representing colleges")
      const n = tokens[k + 1];
      if (k === end || !n || n.kind !== TokenKind.Word || (cls(k + 1) & (Cls.Determiner | Cls.Personal | Cls.Preposition | Cls.EndsEd)) !== 0 || k === floor) return -1;
    }
    // "I hope next year the city says": a lowercase word right after a subject pronoun is a verb
    if (k > first && !u.upper) {
      const p = tokens[k - 1]!;
      if (p.kind === TokenKind.Word && (cls(k - 1) & Cls.SubjectOnly) !== 0 && u.lower !== 'and') return -1;
    }
    // "Kaine defended people", "Crimea renewed fears": a finite verb after a name
    if (k > first && k < end && !u.upper && (c & Cls.EndsEd) !== 0 && u.lower.length > 4) {
      const p = tokens[k - 1]!;
      const n = tokens[k + 1]!;
      // but "People told of the plan", "The self-described socialist" are noun phrases
      const participle = n.kind === TokenKind.Word && ((cls(k + 1) & Cls.Preposition) !== 0 || n.lower === 'by');
      if (p.kind === TokenKind.Word && (p.upper || (cls(k - 1) & Cls.Personal) !== 0) && !participle && (cls(k - 1) & Cls.Determiner) === 0) return -1;
    }
  }
  return first;
}

/** Finite verbs that show a noun phrase is a subject: "the email came", "the plan would". */
const CLAUSE_VERBS = new Set(words('is are was were has had have would will could can may might should must'));

/** Within a few words of `k`: lowercase nouns, then a finite verb ("email came", "plan would"). */
function clauseAfterNounPhrase(tokens: Token[], k: number, l: number): boolean {
  for (let m = k; m < l && m - k <= 4; m++) {
    const u = tokens[m]!;
    if (u.kind !== TokenKind.Word) return false;
    if (m > k && CLAUSE_VERBS.has(u.lower)) return true;
    if (m > k && !u.upper && u.lower.length > 3 && u.lower.endsWith('ed') && (cls(m) & (Cls.Preposition | Cls.Stop)) === 0) {
      const n = tokens[m + 1];
      return !n || n.kind !== TokenKind.Word || n.lower !== 'by';
    }
    if ((cls(m) & (Cls.Preposition | Cls.Stop | Cls.Personal)) !== 0) return false;
  }
  return false;
}

/** Words that make a number approximate rather than start a phrase: "about half of voters". */
const APPROXIMATORS = new Set(words('about around over under nearly almost roughly approximately least'));
const QUANTITY_WORDS = new Set(words(`
  half third thirds quarter quarters fifth fifths one two three four five six seven eight nine ten
  dozen dozens hundred hundreds thousand thousands million millions
`));

/** "about half of ...", "nearly 6 in 10", "over 200 protesters": the preposition is part of the subject. */
function isApproximateQuantity(tokens: Token[], first: number, end: number): boolean {
  // "at least 200 protesters"
  if (first + 1 < end && tokens[first]!.lower === 'at' && tokens[first + 1]!.lower === 'least') first++;
  if (first >= end || !APPROXIMATORS.has(tokens[first]!.lower)) return false;
  const next = tokens[first + 1]!;
  if (next.kind === TokenKind.Number) return true;
  if (next.kind !== TokenKind.Word) return false;
  const w = next.lower;
  if (QUANTITY_WORDS.has(w)) return true;
  // "about a third", "nearly two-thirds"
  const dash = w.indexOf('-');
  if (dash > 0 && QUANTITY_WORDS.has(w.slice(dash + 1))) return true;
  return (w === 'a' || w === 'one') && first + 2 <= end && QUANTITY_WORDS.has(tokens[first + 2]!.lower);
}

/** Documents and polls that "show", "find" or "suggest" ("the poll shows ..."). */
const DOCUMENT_NOUNS = new Set(words(`
poll polls survey surveys study studies analysis report reports data research figures numbers results video
footage records documents review audit investigation census memo letter email emails statement filing
filings transcript estimates projections models tally average averages slide chart map graphic count index
ratings ad ads website page photo photos image images recording tape clip book article story editorial
op-ed lawsuit lawsuits suit complaint indictment petition motion affidavit ruling
`));

/** Whether tokens [first, last) name a document or poll ("government data", "a new poll"). */
function namesDocument(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (DOCUMENT_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Verbs not reporting content to their left, but for a document's ("…, the data showed"). */
const DOCUMENT_VERBS = new Set(words('show find'));

/** Cue verbs that headlines capitalise ("..., Graham Says"). */
const HEADLINE_CUES = new Set(words(`
says said warns claims urges denies vows slams blasts praises tells defends accuses admits suggests insists
predicts reveals announces demands pledges promises argues rips
shows finds calls asks explains describes
`));

/** Headline cues that also name things ("Lyon Shows Ltd."): a cue only in a title-case line. */
const TITLE_CASE_ONLY_CUES = new Set(words('shows finds calls asks explains describes'));

const SUBJECT_ONLY_PRONOUNS = new Set(words('i he she they we'));

/** Verbs of wanting and finding: "X, Y hoped" is rare, so no content to their left. */
const NOT_REPORTING_LEFT = new Set(words(`
hope fear want plan seek find show expect intend refuse decline wonder worry doubt imagine recognize
understand realize remember decide learn see view consider love hate wish guess release publish identify
offer protest
`));

/** Words after a noun-like cue form that show it is the subject ("the plan is", "support was"). */
const NOUN_FOLLOWERS = new Set(words(`
is was are were has have had will would could should can may might must than which came comes
`));

/** Verbs that put out a document (DOCUMENT_HEADS) a participle then quotes ("issued a statement saying"). */
const ISSUING_VERBS = new Set(words('issued released put sent posted published'));

/**
 * The verb of "issued a statement (on) Tuesday(,)" before the participle at k ("put" of "put
 * out a joint statement"), or -1.
 */
function issuedBefore(ctx: Context, k: number, f: number): number {
  const tokens = ctx.tokens;
  let j = k - 1;
  if (isPunct(tokens[j], ',')) j--;
  while (j > f && k - j <= 4 && ((cls(j) & Cls.Timeish) !== 0 || tokens[j]!.lower === 'on')) j--;
  if (j - 2 < f || !DOCUMENT_HEADS.has(tokens[j]!.lower)) return -1;
  // one modifier ("a joint statement", "a written statement") may stand after the determiner
  if ((cls(--j) & Cls.Determiner) === 0 && (cls(--j) & Cls.Determiner) === 0) return -1;
  if (tokens[j - 1]?.lower === 'out') j--;
  return j - 1 >= f && ISSUING_VERBS.has(tokens[j - 1]!.lower) ? j - 1 : -1;
}

/** Verbs whose participle after a name reports speech ("footage of Trump saying ..."). */
const SPEECH_PARTICIPLES = new Set(words(`
say tell ask add note claim argue warn write tweet declare insist explain announce urge
`));

const PARENTHETICAL_ADVERBS = new Set(words('however meanwhile though too instead likewise nonetheless'));

const POSSESSIVE_DETERMINERS = new Set(words('his her their its our my your'));

/** Lowercase -ing words that do occur in source phrases ("the ruling party", "polling firms"). */
const SOURCE_ING_WORDS = new Set(words(`
ruling leading sitting polling governing outgoing incoming founding visiting ranking remaining opposing
presiding managing acting reigning striking voting banking trading king thing nothing something everything
anything building meeting briefing hearing ring wing following training marketing accounting lobbying
advertising publishing broadcasting engineering housing funding spending fundraising during including
regarding
`));

/** The source phrase starting at token `start` (after an inverted cue: "said Mr. Smith"). */
const ADJUNCT_PREPOSITIONS = new Set(words('at in on during after before via through while when as'));

function endsClause(after: Token | undefined, last: boolean): boolean {
  if (last || !after) return true;
  if (after.kind === TokenKind.Quote) return true;
  return after.kind === TokenKind.Punct && (after.lower === ',' || isTerminalPunct(after) || after.lower === ';' || after.lower === ':' || isDash(after) || after.lower === ')');
}

/**
 * A capitalised "Will", "May" or "Per" right before a capitalised word that can be a surname is
 * a first name ("said Will Dane", "Per Holm said"), not the modal verb or preposition that
 * otherwise ends a source.
 */
function givenNameBeforeSurname(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k]!;
  if (!t.upper || (t.lower !== 'will' && t.lower !== 'may' && t.lower !== 'per') || k + 1 >= last) return false;
  const surname = tokens[k + 1]!;
  return surname.kind === TokenKind.Word && surname.upper && surname.start === t.end + 1 && !SOURCE_STOP_WORDS.has(surname.lower) && !PREPOSITIONS.has(surname.lower);
}

function sourceStartingAt(ctx: Context, start: number, last: number, appositive = false, stopAtAdjunct = true): [number, number] | null {
  const tokens = ctx.tokens;
  const t = tokens[start];
  if (!t || start >= last || (t.kind !== TokenKind.Word && !(t.kind === TokenKind.Number && start + 1 < last && tokens[start + 1]!.kind === TokenKind.Word))) return null;
  if (ctx.quoteOf[start]! >= 0) return null;
  const w = t.lower;
  if (PERSONAL_PRONOUNS.has(w)) {
    if (w === 'him' || w === 'them' || w === 'me' || w === 'us' || w === 'it' || w === 'you') return null;
    return endsClause(tokens[start + 1], start + 1 >= last) ? [start, start + 1] : null;
  }
  let upperSoon = false;
  for (let m = start + 1; m < last && m <= start + 5 && !upperSoon; m++) upperSoon = tokens[m]!.upper && tokens[m]!.kind === TokenKind.Word;
  const modifierBeforeName = !t.upper && upperSoon && /^[a-z-]+$/.test(w) && !SOURCE_STOP_WORDS.has(w);
  // ("said several passengers", "said both captains": any determiner but "that" opens the phrase)
  if (!t.upper && !NOUN_MARKERS.has(w) && !((cls(start) & Cls.Determiner) !== 0 && w !== 'that') && !modifierBeforeName) return null;
  if (w === 'of' || w === 'no' || ((SOURCE_STOP_WORDS.has(w) || PREPOSITIONS.has(w)) && !givenNameBeforeSurname(tokens, start, last))) return null;
  let k = start;
  let adjunct = false;
  while (k < last && k - start < MAX_SOURCE_TOKENS) {
    const u = tokens[k]!;
    if (u.kind === TokenKind.Word || u.kind === TokenKind.Number) {
      if (k > start && appositive && (u.lower === 'who' || u.lower === 'which') && !isPunct(tokens[k - 1], ',')) {
        // "said a Democratic strategist who spoke on condition of anonymity."
        let m = k;
        while (m < last && !(isTerminalPunct(tokens[m]) && !isAbbreviationPeriod(tokens, m)) && tokens[m]!.kind !== TokenKind.Quote && m - k < 40) m++;
        if (m >= last || isTerminalPunct(tokens[m])) {
          k = m;
          break;
        }
      }
      if (k > start && (SOURCE_STOP_WORDS.has(u.lower) && u.lower !== 'and') && !(u.lower === 'to' && isRelationTo(tokens, k, last)) && !givenNameBeforeSurname(tokens, k, last)) break;
      if (k > start && stopAtAdjunct && ADJUNCT_PREPOSITIONS.has(u.lower)) {
        // "said Trump at the time", "said Smith in a Medium post"
        adjunct = true;
        break;
      }
      k++;
      continue;
    }
    if (u.kind === TokenKind.Punct && u.lower === '.' && isAbbreviationPeriod(tokens, k) && k + 1 < last && isWord(tokens[k + 1])) {
      k++;
      continue;
    }
    if (u.kind === TokenKind.Punct && (u.lower === '-' || u.lower === '&')) {
      k++;
      continue;
    }
    if (u.kind === TokenKind.Punct && u.lower === '(' && k > start) {
      // "Rep. Dana Reyes (D-Ore.)"
      let m = k + 1;
      while (m < last && m - k < 8 && !isPunct(tokens[m], ')')) m++;
      if (m < last && isPunct(tokens[m], ')')) {
        k = m + 1;
        continue;
      }
    }
    break;
  }
  // the phrase must end the clause: a comma, the sentence end, a quote or an adjunct
  if (!adjunct && !endsClause(tokens[k], k >= last)) return null;
  // "said Dana Whitfield, a former official who runs a firm." — the appositive belongs to the source
  if (appositive && isPunct(tokens[k], ',') && k + 1 < last && ctx.quoteOf[k + 1]! < 0 && tokens[k + 1]!.kind === TokenKind.Word) {
    let m = k + 1;
    while (m < last && !(isTerminalPunct(tokens[m]) && !isAbbreviationPeriod(tokens, m)) && tokens[m]!.kind !== TokenKind.Quote && m - k < 40) m++;
    const opener = tokens[k + 1]!;
    // (a relative clause that ends the sentence describes the source too: "said Lena Ortiz, who
    // runs the shelter." — the source is all of it, as after an appositive)
    const notAppositive = (opener.lower.endsWith('ing') && !opener.upper) || PREPOSITIONS.has(opener.lower);
    if ((m >= last || isTerminalPunct(tokens[m])) && !notAppositive) {
      // the appositive ends before a participle of its own ("…, a former official, adding that …")
      let e = k + 1;
      while (e < m && !(isPunct(tokens[e], ',') && e + 1 < m && tokens[e + 1]!.lower.endsWith('ing') && !tokens[e + 1]!.upper)) e++;
      k = e;
    }
  }
  let end = k;
  while (end > start && NON_FINAL_SOURCE_WORDS.has(tokens[end - 1]!.lower)) end--;
  if (end <= start) return null;
  return [start, end];
}

/** Punctuation trimmed off the end of content. */
const TRIMMED = Cls.Comma | Cls.Terminal | Cls.Semicolon | Cls.Colon | Cls.Dash | Cls.OpenParen;

/** Last token (exclusive) of content that runs to the end of the sentence, trimmed. */
function trimContentEnd(ctx: Context, first: number, last: number): number {
  const tokens = ctx.tokens;
  let e = last;
  while (e > first) {
    const c = cls(e - 1);
    // "(The mayor said the date was a coincidence.)": the bracket closes the sentence, not the content
    if ((c & Cls.CloseParen) !== 0 && e - 2 > first && (cls(e - 2) & Cls.Terminal) !== 0 && ctx.quoteOf[e - 1]! < 0) {
      e--;
      continue;
    }
    if ((c & TRIMMED) === 0) break;
    if ((c & (Cls.Period | Cls.AbbreviationPeriod)) === (Cls.Period | Cls.AbbreviationPeriod) && ctx.quoteOf[e - 1]! < 0) {
      // "in the U.S." keeps its period? PolNeAR trims the sentence period regardless
      e--;
      continue;
    }
    if (ctx.quoteOf[e - 1]! >= 0 && !isClosingQuote(ctx, e - 1)) {
      // punctuation inside an open quote at the paragraph end stays
      const q = ctx.quotes[ctx.quoteOf[e - 1]!]!;
      const s = tokens[e - 1]!.lower;
      if (q.closeToken < 0 && (s === '.' || s === '!' || s === '?')) break;
    }
    e--;
  }
  return e;
}

/** The first token of the content found by the last `contentLeftEnd` that found one. */
let leftFirst = 0;

/**
 * The content to the left of a source/cue starting at token `b`: its end (exclusive; its first
 * token is then in `leftFirst`), or -1. Two numbers rather than a pair: it runs for most cues
 * after a comma or a quote.
 */
function contentLeftEnd(ctx: Context, b: number, floor: number): number {
  const tokens = ctx.tokens;
  let e = b; // exclusive end
  while (e > floor && (isPunct(tokens[e - 1], ',') || isDash(tokens[e - 1]))) e--;
  if (e <= floor) return -1;
  let s = floor;
  const q = ctx.quoteOf[e - 1]!;
  if (q >= 0 && ctx.quotes[q]!.openToken < floor) s = ctx.quotes[q]!.openToken; // a quote over several sentences
  // trim trailing comma inside the range when it is not a quote
  if (!isClosingQuote(ctx, e - 1)) e = trimContentEnd(ctx, s, e);
  if (e <= s) return -1;
  // "According to Maria Varga, Harbour Freight will appeal": a source of its own, no content
  if (tokens[s]!.lower === 'according' && isWord(tokens[s + 1]) && tokens[s + 1]!.lower === 'to') {
    let comma = s + 2;
    while (comma < e && !isPunct(tokens[comma], ',')) comma++;
    if (comma >= e) return -1;
  }
  leftFirst = s;
  return e;
}

/** Scan one sentence for cues and build candidates. */
function scanSentence(ctx: Context, sIndex: number, sent: TokenSentence, out: Candidate[]): void {
  const { tokens } = ctx;
  const f = sent.first;
  const l = sent.last;
  // cues are taken left to right and never overlap: one used range is enough
  let usedFrom = -1;
  let usedTo = -1;
  const start = out.length;
  const custom = ctx.custom;
  if (sIndex === 0 && colonSoon(tokens, f, l)) {
    const c = speakerColon(ctx, f, l);
    if (c) {
      usedFrom = c.cueFirst;
      usedTo = c.cueLast;
      out.push(c);
    }
  }
  // "In a Gazette poll released Monday, 40 percent of voters ...": the poll is the source
  if (tokens[f]!.lower === 'in' && ctx.quoteOf[f]! < 0 && usedTo <= f) {
    const c = pollFrame(ctx, sIndex, f, l);
    if (c) {
      usedFrom = f;
      usedTo = f + 1;
      out.push(c);
    }
  }
  for (let i = f; i < l; i++) {
    // most tokens are no cue's first word: they are passed over by their bits in a loop of its own,
    // which compiles to a few instructions a token (the body below keeps many values alive)
    if (!custom) {
      while (i < l && (tokens[i]!.flags & CUE_TRIGGER_FLAGS) === 0) i++;
      if (i >= l) break;
    }
    const t = tokens[i]!;
    const flags = t.flags; // 0 for anything but a word
    if (t.kind !== TokenKind.Word) continue;
    if (i >= usedFrom && i < usedTo) continue;
    if (out.length - start >= MAX_CUES_PER_SENTENCE) break;
    // the word's cue entry, looked up once for the no-source words below and the verb match
    const cw = custom || (flags & WordFlag.CueStart) !== 0 ? cueWordAt(ctx, i) : undefined;
    const noSource = cw === undefined ? NoSourceWord.None : cw.noSource;

    // according to SOURCE; per SOURCE opening or closing a sentence ("Per the filing, …", "…, per the filing.")
    const per = t.lower === 'per';
    if ((flags & WordFlag.According) !== 0 && (per ? i === f || isPunct(tokens[i - 1], ',') : i + 1 < l && tokens[i + 1]!.lower === 'to')) {
      const cueEnd = per ? i + 1 : i + 2;
      const src = sourceStartingAt(ctx, cueEnd, l, false, false) ?? (per ? null : looseSourceAfter(ctx, cueEnd, l));
      if (!src || (per && (i === f ? !isPunct(tokens[src[1]], ',') : src[1] < l && !isTerminalPunct(tokens[src[1]])))) continue;
      const c = blankCandidate(i, cueEnd, 'according-to', sIndex);
      c.sourceFirst = src[0];
      c.sourceLast = src[1];
      const leftEnd = i > f ? contentLeftEnd(ctx, i, f) : -1;
      if (leftEnd >= 0) {
        c.contentFirst = leftFirst;
        c.contentLast = leftEnd;
        c.contentLeft = true;
        // "Absent from the talks, according to two aides, was any word on the docks": the rest too,
        // when it goes on with the verb of the words before (not "..., but the crews ...")
        if (isPunct(tokens[src[1]], ',') && src[1] + 1 < l && continuesContent(src[1] + 1)) addParentheticalRest(ctx, c, src[1], l);
        // "…, according to her spokesperson, Erik Lunde.": the name closing the sentence is the source's
        else if (isPunct(tokens[src[1]], ',') && !tokens[src[1] - 1]!.upper) {
          const named = nameRunEnd(ctx, src[1] + 1, l);
          if (named > 0 && (named >= l || isTerminalPunct(tokens[named]))) c.sourceLast = named;
        }
      } else {
        let k = src[1];
        if (isPunct(tokens[k], ',')) {
          // "According to the city's finance director, Carla Mendes, the contracts …": the name is the source's
          const named = tokens[k - 1]!.upper ? -1 : appositiveNameEnd(ctx, k + 1, l);
          if (named > 0) c.sourceLast = k = named;
          else if (k + 1 < l && (tokens[k + 1]!.lower === 'who' || tokens[k + 1]!.lower === 'which')) {
            // "According to the ministry, which runs the port, fees …": the clause is the source's
            let m = k + 2;
            while (m < l && m - k <= 20 && !isPunct(tokens[m], ',') && ctx.quoteOf[m]! < 0 && !isTerminalPunct(tokens[m])) m++;
            if (m + 1 < l && isPunct(tokens[m], ',')) c.sourceLast = k = m;
          }
          k++;
        }
        const e = trimContentEnd(ctx, k, l);
        if (e <= k) continue;
        c.contentFirst = k;
        c.contentLast = e;
      }
      usedFrom = i;
      usedTo = i + 2;
      out.push(c);
      i++;
      continue;
    }

    // no-source: "Asked about the vote, she ...", "when asked whether ..."
    if (noSource === NoSourceWord.Asked && (flags & WordFlag.CueStart) !== 0 && (i === f || tokens[i - 1]!.lower === 'when' || tokens[i - 1]!.lower === 'if') && i + 1 < l && tokens[i + 1]!.lower !== 'by') {
      const cueEnd = tokens[i + 1]!.lower === 'about' ? i + 2 : i + 1;
      const end = clauseEnd(ctx, cueEnd, l);
      if (end > cueEnd) {
        const c = blankCandidate(i, cueEnd, 'no-source', sIndex);
        c.contentFirst = cueEnd;
        c.contentLast = end;
        usedFrom = i;
        usedTo = cueEnd;
        out.push(c);
        i = cueEnd - 1;
        continue;
      }
    }
    // "Asked by a reporter whether ...", "she was asked by the host why ...": the asker is the source
    if (noSource === NoSourceWord.Asked && (flags & WordFlag.CueStart) !== 0 && i + 2 < l && tokens[i + 1]!.lower === 'by') {
      const c = askedBy(ctx, sIndex, i, l);
      if (c) {
        usedFrom = i;
        usedTo = i + 1;
        out.push(c);
        i = c.sourceLast - 1;
        continue;
      }
    }
    // no-source: "the run of votes known as Ballot Week"
    if (noSource === NoSourceWord.Known && (flags & WordFlag.CueStart) !== 0 && i + 1 < l && tokens[i + 1]!.lower === 'as' && i > f) {
      let from = i;
      while (from - 1 >= f && from - 1 >= usedTo && tokens[from - 1]!.kind === TokenKind.Word && isCueModifier(from - 1)) from--;
      const subj = sourceEndingAt(ctx, from - 1, f);
      const end = clauseEnd(ctx, i + 2, l);
      if (subj && end > i + 2) {
        const c = blankCandidate(from, i + 2, 'no-source', sIndex);
        c.subjectFirst = subj[0];
        c.subjectLast = subj[1];
        c.contentFirst = i + 2;
        c.contentLast = end;
        usedFrom = from;
        usedTo = i + 2;
        out.push(c);
        i++;
        continue;
      }
    }
    // no-source: "reportedly", "is expected to", "seems to"
    if ((flags & WordFlag.NoSourceAdverb) !== 0 && !(i + 1 < l && isPunct(tokens[i + 1], ','))) {
      const c = blankCandidate(i, i + 1, 'no-source', sIndex);
      c.subjectFirst = f;
      c.subjectLast = trimContentEnd(ctx, f, i);
      c.contentFirst = i + 1;
      c.contentLast = trimContentEnd(ctx, i + 1, l);
      if (c.contentLast > c.contentFirst) {
        usedFrom = i;
        usedTo = i + 1;
        out.push(c);
      }
      continue;
    }
    if ((flags & WordFlag.Be) !== 0 && i + 2 < l && tokens[i + 2]!.lower === 'to' && NO_SOURCE_PASSIVES.has(tokens[i + 1]!.lower)) {
      // "could be expected to": modals and adverbs before "be" join the cue
      let from = i;
      while (from - 1 >= f && from - 1 >= usedTo && tokens[from - 1]!.kind === TokenKind.Word && isCueModifier(from - 1)) from--;
      const subj = sourceEndingAt(ctx, from - 1, f);
      const c = blankCandidate(from, i + 2, 'no-source', sIndex);
      if (subj) {
        c.subjectFirst = subj[0];
        c.subjectLast = subj[1];
      }
      c.contentFirst = i + 2;
      c.contentLast = trimContentEnd(ctx, i + 2, l);
      if (c.contentLast > c.contentFirst) {
        usedFrom = i;
        usedTo = i + 2;
        out.push(c);
        i++;
      }
      continue;
    }
    if ((flags & WordFlag.Seem) !== 0 && i + 1 < l && (tokens[i + 1]!.lower === 'to' || tokens[i + 1]!.lower === 'like') && !(i + 2 < l && matchVerb(ctx, i + 2, l) >= 0)) {
      const subj = sourceEndingAt(ctx, i - 1, f);
      const c = blankCandidate(i, i + 1, 'no-source', sIndex);
      if (subj) {
        c.subjectFirst = subj[0];
        c.subjectLast = subj[1];
      }
      c.contentFirst = i + 1;
      c.contentLast = trimContentEnd(ctx, i + 1, l);
      if (c.contentLast > c.contentFirst && subj) {
        usedFrom = i;
        usedTo = i + 1;
        out.push(c);
      }
      continue;
    }

    if (cw === undefined) continue;
    const end = matchForms(ctx, cw, i, l);
    if (end < 0) continue;
    let cand = verbCandidate(ctx, sIndex, sent, i, end, matchedForm!, out, start);
    if (!cand && appositiveFirst) cand = verbCandidate(ctx, sIndex, sent, i, end, matchedForm!, out, start, true);
    if (cand) {
      usedFrom = cand.cueFirst;
      usedTo = cand.cueLast;
      out.push(cand);
      i = cand.cueLast - 1;
    }
  }
  if (out.length > start) settleSentence(ctx, out, start);
}

/** Words that open the question after "asked by SOURCE" ("whether", "to respond", "about the vote"). */
const QUESTION_OPENERS = new Set(words('whether if to about why how what when where who which'));
/** Words that open a time or place phrase between the asker and the question ("on Tuesday"). */
const ASKER_ADJUNCTS = new Set(words('on at during in last this'));

/**
 * "Asked by a reporter whether the bridge would reopen, the mayor said ...": the asker is the
 * source, "asked" the cue and the question the content (to the next comma or the sentence end).
 * The asker is a short phrase with no punctuation; a time phrase after it ("by Lee on Tuesday
 * about ...") is left out of both.
 */
function askedBy(ctx: Context, sIndex: number, i: number, l: number): Candidate | null {
  const tokens = ctx.tokens;
  const first = i + 2;
  const bound = Math.min(l, first + MAX_SOURCE_TOKENS);
  let k = first;
  let sourceLast = -1;
  for (; k < bound; k++) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word) {
      if (QUESTION_OPENERS.has(t.lower) && k > first) break;
      if (ASKER_ADJUNCTS.has(t.lower) && k > first && sourceLast < 0) sourceLast = k;
      continue;
    }
    if (t.kind === TokenKind.Punct && ((t.lower === '.' && isAbbreviationPeriod(tokens, k)) || t.lower === '-')) continue;
    return null;
  }
  if (k >= bound || !QUESTION_OPENERS.has(tokens[k]!.lower)) return null;
  if (sourceLast < 0) sourceLast = k;
  if (sourceLast <= first || sourceLast - first > 6) return null;
  const end = clauseEnd(ctx, k + 1, l);
  if (end <= k + 1) return null;
  const c = blankCandidate(i, i + 1, 'indirect', sIndex);
  c.sourceFirst = first;
  c.sourceLast = sourceLast;
  c.contentFirst = k;
  c.contentLast = end;
  return c;
}

/** Words that end a poll phrase before its comma: what follows is a clause, not the poll's name. */
const POLL_PHRASE_BREAKERS = new Set(words('where which that who whom whose when while if because'));

/**
 * "In a Gazette poll released Monday, 40 percent of voters backed the levy.": a sentence that
 * opens with a prepositional phrase naming a poll or survey reports what the poll found, as
 * "according to" would. The phrase runs to its comma (a participle after that comma, "conducted
 * in May", still describes the poll); the content is the rest of the sentence.
 */
function pollFrame(ctx: Context, sIndex: number, f: number, l: number): Candidate | null {
  const tokens = ctx.tokens;
  const bound = Math.min(l, f + 2 + MAX_SOURCE_TOKENS);
  let poll = false;
  let described = false;
  let m = f + 1;
  for (; m < bound; m++) {
    const t = tokens[m]!;
    if (t.kind === TokenKind.Word || t.kind === TokenKind.Number) {
      // "In a note sent as the polls closed": a poll named after the head noun's participle is not the head
      if (POLL_NOUNS.has(t.lower)) poll ||= !described;
      else if (POLL_PARTICIPLES.has(t.lower) || SUBORDINATORS.has(t.lower)) described = true;
      else if (POLL_PHRASE_BREAKERS.has(t.lower)) return null;
      continue;
    }
    if (t.kind !== TokenKind.Punct) return null;
    if (t.lower === ',') {
      if (!poll) return null;
      // "In the new poll, taken in June, Ortiz led": the participle phrase belongs to the poll
      if (m + 1 < l && POLL_PARTICIPLES.has(tokens[m + 1]!.lower)) continue;
      break;
    }
    if (t.lower === '.' && isAbbreviationPeriod(tokens, m)) continue;
    if (t.lower !== '-' && t.lower !== '/' && t.lower !== '&' && t.lower !== "'s" && t.lower !== '’s') return null;
  }
  if (m >= bound || !isPunct(tokens[m], ',') || m === f + 1) return null;
  // "In the poll, however, most voters ...": the aside is not part of the finding
  const aside = m + 2 < l && PARENTHETICAL_ADVERBS.has(tokens[m + 1]!.lower) && isPunct(tokens[m + 2], ',');
  const contentFirst = aside ? m + 3 : m + 1;
  const contentLast = trimContentEnd(ctx, contentFirst, l);
  // "In the polls, anyway.": a lone word after the comma is an aside, not a finding
  if (contentLast - contentFirst < 3) return null;
  const c = blankCandidate(f, f + 1, 'according-to', sIndex);
  c.sourceFirst = f + 1;
  c.sourceLast = m;
  c.contentFirst = contentFirst;
  c.contentLast = contentLast;
  return c;
}

/** Words before a colon that label a section rather than name a speaker. */
const COLON_LABELS = new Set(words(`
latest correction corrections clarification source sources update updated note related photo photos video
watch read editor editors credit caption advertisement contact email website twitter facebook transcript
background analysis opinion subscribe also more q a question answer date time location where when who what
why how exclusive breaking explainer factbox timeline live revealed confirmed developing urgent alert
warning wow look listen name age
`));

/** A colon within the first four tokens after `f` (a speaker's colon comes no later). */
function colonSoon(tokens: Token[], f: number, l: number): boolean {
  for (let m = f + 1; m <= f + 4 && m < l; m++) {
    const t = tokens[m]!;
    if (t.kind === TokenKind.Punct && t.lower === ':') return true;
  }
  return false;
}

/** "PENCE: Well, look, ..." / "Poll: Clinton and Trump tied": a short name, a colon, the words. */
function speakerColon(ctx: Context, f: number, l: number): Candidate | null {
  const tokens = ctx.tokens;
  let k = f;
  if (isOpeningQuote(ctx, k) || (tokens[k] && tokens[k]!.kind === TokenKind.Quote)) k++;
  const first = k;
  while (k < l && k - first < 6) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Word && (t.upper || (k > first && (t.lower === 'of' || t.lower === 'and')))) {
      k++;
      continue;
    }
    if (t.kind === TokenKind.Punct && t.lower === '.' && isAbbreviationPeriod(tokens, k)) {
      k++;
      continue;
    }
    break;
  }
  if (k === first || k - first > 3 || k >= l - 1 || !isPunct(tokens[k], ':')) return null;
  if (k - first === 1 && COLON_LABELS.has(tokens[first]!.lower)) return null;
  if (k - first === 2 && COLON_LABELS.has(tokens[first + 1]!.lower)) return null;
  // "Said Ellis: ...", "Adds Ellis: ..." is an inverted cue, not a speaker named "Said Ellis"
  if (k - first >= 2 && matchVerb(ctx, first, k) >= 0 && !matchedForm!.gerund && (matchedForm!.past || matchedForm!.words[0] !== matchedForm!.head)) return null;
  if (tokens[k + 1]!.kind === TokenKind.Number) return null;
  const last = tokens.length;
  const contentFirst = k + 1;
  const contentLast = trimContentEnd(ctx, contentFirst, last);
  if (contentLast <= contentFirst) return null;
  const c = blankCandidate(k, k + 1, 'indirect', 0);
  c.sourceFirst = first;
  c.sourceLast = k;
  c.contentFirst = contentFirst;
  c.contentLast = contentLast;
  return c;
}

/** The end (exclusive, trimmed) of a phrase running to the next comma outside quotes or the sentence end. */
function clauseEnd(ctx: Context, from: number, l: number): number {
  let k = from;
  while (k < l && !(isPunct(ctx.tokens[k], ',') && ctx.quoteOf[k]! < 0) && !isPunct(ctx.tokens[k], ';')) k++;
  if (k < l && isClosingQuote(ctx, k + 1)) k += 2; // "... enough to serve,” she said
  return trimContentEnd(ctx, from, k);
}

/** The end (exclusive) of a name of two to four capitalised words from `k`, or -1. */
function nameRunEnd(ctx: Context, k: number, l: number): number {
  const tokens = ctx.tokens;
  let j = k;
  while (j < l && j - k < 4 && tokens[j]!.kind === TokenKind.Word && tokens[j]!.upper && ctx.quoteOf[j]! < 0 && !SOURCE_STOP_WORDS.has(tokens[j]!.lower)) j++;
  return j - k >= 2 ? j : -1;
}

/** Where a name of two to four capitalised words from `k` is closed by a comma: that comma's index, or -1. */
function appositiveNameEnd(ctx: Context, k: number, l: number): number {
  const tokens = ctx.tokens;
  const j = nameRunEnd(ctx, k, l);
  // (not a name that a relative clause goes on about: "…, New York State Police, who arrived late, …")
  return j > 0 && j + 1 < l && isPunct(tokens[j], ',') && tokens[j + 1]!.lower !== 'who' && tokens[j + 1]!.lower !== 'which' ? j : -1;
}

/** A source found loosely after "according to" (lowercase phrases: "according to officials"). */
function looseSourceAfter(ctx: Context, start: number, last: number): [number, number] | null {
  const tokens = ctx.tokens;
  let k = start;
  while (k < last && k - start < MAX_SOURCE_TOKENS) {
    const u = tokens[k]!;
    if (u.kind === TokenKind.Word || u.kind === TokenKind.Number) {
      if (k > start && (u.lower === 'that' || u.lower === 'which' || u.lower === 'who')) break;
      k++;
      continue;
    }
    if (u.kind === TokenKind.Punct && u.lower === '.' && isAbbreviationPeriod(tokens, k) && k + 1 < last && isWord(tokens[k + 1])) {
      k++;
      continue;
    }
    if (u.kind === TokenKind.Punct && (u.lower === '-' || u.lower === '&' || u.lower === '/')) {
      k++;
      continue;
    }
    if (u.kind === TokenKind.Quote && k === start) {
      // according to "the report" — accept a quoted title
      const q = ctx.quoteOf[k]!;
      if (q >= 0 && ctx.quotes[q]!.closeToken > k) {
        k = ctx.quotes[q]!.closeToken + 1;
        continue;
      }
    }
    break;
  }
  let end = k;
  while (end > start && NON_FINAL_SOURCE_WORDS.has(tokens[end - 1]!.lower)) end--;
  return end > start ? [start, end] : null;
}

/** The last `verbCandidate` passed over the inverted reading for a name and its appositive. */
let appositiveFirst = false;

function verbCandidate(
  ctx: Context,
  sIndex: number,
  sent: TokenSentence,
  verbFirst: number,
  verbEnd: number,
  form: FormInfo,
  out: Candidate[],
  sentenceStart: number,
  invertedOnly = false,
): Candidate | null {
  const { tokens } = ctx;
  appositiveFirst = false;
  let f = sent.first;
  let l = sent.last;
  // a cue inside a quotation ("“Rubio said he would cooperate,” the ministry said") stays inside it
  const inQuote = ctx.quoteOf[verbFirst]!;
  if (inQuote >= 0) {
    const q = ctx.quotes[inQuote]!;
    f = Math.max(f, q.openToken + 1);
    if (q.closeToken >= 0) l = Math.min(l, q.closeToken);
    if (verbFirst - f > 40 || l - verbFirst > 200) return null;
  }
  const prev = tokens[verbFirst - 1];
  const inSentencePrev = verbFirst - 1 >= f ? prev : undefined;
  // "The commissioner reportedly plans ...": the no-source cue "reportedly" already covers it
  if (inSentencePrev && (inSentencePrev.flags & WordFlag.NoSourceAdverb) !== 0) return null;
  // a capitalised cue word mid-sentence is a name or a headline word ("United States")
  // (headlines in title case are the exception: "Obama Says Museum Will Tell ...")
  if (tokens[verbFirst]!.upper && verbFirst > f && !isOpeningQuote(ctx, verbFirst - 1) && (tokens[verbFirst - 1]!.upper || tokens[verbFirst - 1]!.kind !== TokenKind.Punct) && (!form.headline || (TITLE_CASE_ONLY_CUES.has(tokens[verbFirst]!.lower) && !titleCaseBefore(tokens, f, verbFirst)))) return null;
  // after a possessive ("Trump's claims") or a determiner ("the report", "his call") the word is a
  // noun, but not a verb that is never one after a name ending in 's ("Moody's said", "Sainsbury's tells")
  // ("the campaign's earlier claim": past an "earlier" or "later")
  const marker = inSentencePrev && (inSentencePrev.lower === 'earlier' || inSentencePrev.lower === 'later') && verbFirst - 2 >= f ? verbFirst - 2 : verbFirst - 1;
  const markerToken = marker === verbFirst - 1 ? inSentencePrev : tokens[marker];
  if (markerToken && markerToken.kind === TokenKind.Word && (cls(marker) & (Cls.Possessive | Cls.NounMarker)) !== 0 && !(markerToken.upper && (cls(marker) & Cls.NounMarker) === 0 && NEVER_NOUN_CUES.has(tokens[verbFirst]!.lower))) return null;
  // "a centrist think tank said": the cue word is half of a noun
  const after = tokens[verbEnd];
  if (after?.kind === TokenKind.Word && NOUN_COMPOUND_HEADS.has(tokens[verbEnd - 1]!.lower) && NOUN_COMPOUNDS.has(`${tokens[verbEnd - 1]!.lower}-${after.lower}`)) return null;
  let seemTo = false;
  let seemLength = 2;
  if (inSentencePrev && inSentencePrev.kind === TokenKind.Word && inSentencePrev.lower === 'to') {
    const p2 = tokens[verbFirst - 2];
    // "appeared to suggest", "is trying to show", "went on to praise": one cue
    const goOn = verbFirst - 3 >= f && p2 !== undefined && p2.lower === 'on' && CATENATIVES.has(tokens[verbFirst - 3]!.lower);
    if (!(verbFirst - 2 >= f && p2 && (NO_SOURCE_SEEM_VERBS.has(p2.lower) || CATENATIVES.has(p2.lower) || goOn))) return null;
    seemTo = true;
    if (goOn) seemLength = 3;
  }
  const entry = form.entry;
  let gerund = form.gerund;
  // passive "was asked", "has been criticized by ...": handled after the cue extent is known
  let passive = false;
  if (form.past) {
    for (let k = verbFirst - 1; k >= f && k >= verbFirst - 4; k--) {
      const u = tokens[k]!;
      if (u.kind !== TokenKind.Word || !isCueModifier(k)) break;
      if ((cls(k) & Cls.Be) !== 0) {
        passive = true;
        break;
      }
    }
  }

  // cue extent: auxiliaries and adverbs to the left, a known tail and a colon to the right
  let cueFirst = seemTo ? verbFirst - seemLength : verbFirst;
  while (cueFirst - 1 >= f && tokens[cueFirst - 1]!.kind === TokenKind.Word && isCueModifier(cueFirst - 1) && ctx.quoteOf[cueFirst - 1]! < 0) cueFirst--;
  // "that" after "has also" stays out; do not swallow a subject pronoun
  let cueLast = verbEnd;
  let tailed = false;
  if (cueLast < l && ((cls(cueLast) & Cls.Preposition) !== 0 || !TAILS_START_WITH_PREPOSITIONS) && CUE_TAIL_STARTS.has(tokens[cueLast]!.lower)) for (const tail of CUE_TAILS) {
    if (cueLast + tail.length > l) continue;
    let ok = true;
    for (let k = 0; k < tail.length; k++) {
      if (tokens[cueLast + k]!.lower !== tail[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      cueLast += tail.length;
      tailed = true;
      break;
    }
  }
  // "said Friday", "noted again"
  cueLast = timeTail(tokens, cueLast, l);
  // "accused Holt of", "compared Trump to", "hailed him as"
  const link = form.link;
  if (link) {
    // a passive links only a preposition right after the verb ("was accused of")
    // only right after the verb: "accused Clinton of" is cue "accused" in news annotation
    for (let m = cueLast; m < l && m - cueLast <= 0; m++) {
      const u = tokens[m]!;
      // ("agreed on Tuesday to ...": a date, not what was agreed on)
      if (u.kind === TokenKind.Word && link.includes(u.lower) && m + 1 < l && (tokens[m + 1]!.flags & (WordFlag.Weekday | WordFlag.Month)) === 0) {
        cueLast = m + 1;
        break;
      }
      if (u.kind !== TokenKind.Word && !(isPunct(u, '.') && isAbbreviationPeriod(tokens, m))) break;
      if (u.kind === TokenKind.Word && (u.lower === 'that' || ctx.lexicon.has(u.lower))) break;
    }
  }
  let colon = false;
  if (cueLast < l && isPunct(tokens[cueLast], ':')) {
    colon = true;
    cueLast++;
  }

  const c = blankCandidate(cueFirst, cueLast, 'indirect', sIndex);

  if (passive) return passiveCandidate(ctx, c, f, l, c.cueLast);

  c.cueLast = cueLast;

  const before = cueFirst - 1 >= f ? tokens[cueFirst - 1] : undefined;
  // (the mark before the cue is asked about again below: each answer is kept)
  const commaBefore = isPunct(before, ',');
  const quoteBefore = before !== undefined && isClosingQuote(ctx, cueFirst - 1);
  const dashBefore = isDash(before);
  let afterCommaOrQuote = commaBefore || quoteBefore || dashBefore;
  // ", even suggesting ...": an adverb between the comma and a participle
  if (!afterCommaOrQuote && gerund && before && before.kind === TokenKind.Word && (before.lower === 'even' || before.lower === 'also' || before.lower === 'then' || (before.lower.endsWith('ly') && !NOT_ADVERBS.has(before.lower))) && cueFirst - 2 >= f) {
    const b2 = tokens[cueFirst - 2]!;
    afterCommaOrQuote = isPunct(b2, ',') || isClosingQuote(ctx, cueFirst - 2);
  }

  // progressive "is demanding", "was calling for": a finite verb, not a participle clause
  if (gerund) {
    let progressive = false;
    for (let k = cueFirst; k < verbFirst; k++) if ((cls(k) & Cls.Be) !== 0) progressive = true;
    if (progressive) gerund = false;
  }
  const coordinated = before !== undefined && before.kind === TokenKind.Word && (before.lower === 'and' || before.lower === 'but');
  // gerund continuing a clause: ", adding that ...", ", saying ..."; a coordinated verb: "and said ..."
  if (gerund || coordinated) {
    let src: [number, number] | null = null;
    // "Ruiz issued a statement (on) Tuesday(,) saying …": the cue runs from the verb that put the
    // statement out, whose subject is the source
    const issued = gerund && form.speechParticiple ? issuedBefore(ctx, cueFirst, f) : -1;
    if (issued >= 0) {
      src = sourceEndingAt(ctx, issued - 1, f);
      c.cueFirst = issued;
    } else if (!afterCommaOrQuote && !coordinated) {
      if (!gerund || !before) return null;
      const withSource = (form.speechParticiple && form.head !== 'add') || form.head === 'call' ? withPhraseBefore(ctx, cueFirst, f) : -1;
      if (before.kind === TokenKind.Word && before.upper && !PREPOSITIONS.has(before.lower) && form.speechParticiple) {
        // "footage of Trump saying ...": the name the participle describes
        let k = cueFirst - 1;
        while (k - 1 >= f && tokens[k - 1]!.kind === TokenKind.Word && tokens[k - 1]!.upper) k--;
        src = [k, cueFirst];
      } else if (withSource >= 0) {
        // ", with 40 percent of voters saying ...": the phrase after "with" is the source
        src = [withSource, cueFirst];
      } else if (!(before.kind === TokenKind.Word && (before.lower === 'by' || before.lower === 'for' || before.lower === 'from' || before.lower === 'while' || before.lower === 'after' || before.lower === 'before'))) {
        return null;
      }
    }
    for (let k = out.length - 1; k >= sentenceStart && !src; k--) {
      const o = out[k]!;
      if (o.sourceLast > o.sourceFirst) {
        src = [o.sourceFirst, o.sourceLast];
        break;
      }
    }
    if (!src) src = clauseSubject(ctx, f, verbFirst, (gerund && afterCommaOrQuote) || (coordinated && entry.frame === 'speech'));
    // "After saying the pier felt unsafe, the ferryman asked ...": the subject of the clause after the opening phrase
    if (!src && gerund && !afterCommaOrQuote && before && (before.lower === 'after' || before.lower === 'before' || before.lower === 'since' || before.lower === 'upon') && cueFirst - 1 - f <= 3) {
      const main = clauseSubject(ctx, f, l, true);
      if (main && main[0] > verbEnd) src = main;
    }
    if (!src) return null;
    const cs = contentStartRight(ctx, c.cueLast, l, entry.frame, colon, tailed);
    if (cs < 0) return null;
    c.sourceFirst = src[0];
    c.sourceLast = src[1];
    c.contentFirst = cs;
    c.contentLast = contentEndRight(ctx, cs, l);
    // "Ruiz, citing the budget, said …": a participle's aside ends before the main verb (a
    // "that" clause, with a subject of its own, may have commas of its own)
    if (gerund && commaBefore && tokens[cs]!.lower !== 'that') {
      const comma = commaBeforeMainVerb(ctx, cs, c.contentLast, true);
      if (comma >= 0) c.contentLast = comma;
    }
    if (c.contentLast <= c.contentFirst) return null;
    return c;
  }

  // inverted: "..., said Mr. Smith." A verb of stance or one with an addressee takes its object
  // after it ("Reyes, the harbour master, criticized the plan." — the plan is content; in "“…,”
  // Ruiz, a council member, told the Gazette" the Gazette is told and Ruiz speaks; "“Why now?”
  // asked Ruiz" is inverted). After "Reyes, the mayor," a name and its appositive are the
  // source, not content: the inverted reading is tried only if the plain one finds nothing.
  appositiveFirst = !invertedOnly && afterCommaOrQuote && cueFirst === verbFirst && commaBefore && appositiveSource(ctx, cueFirst - 1, f) !== null;
  // (after a quotation only when it ends a clause: not after the quoted word of "he “never” read the letter")
  if ((commaBefore || dashBefore || (quoteBefore && quoteClosesClause(ctx, cueFirst - 1, f))) && cueFirst === verbFirst && !appositiveFirst && entry.frame !== 'stance' && (entry.frame !== 'object' || form.head === 'ask')) {
    const src = sourceStartingAt(ctx, cueLast, l, true);
    // "Lind, a ferry pilot, said the crews and the board had agreed": a verb after the words that
    // would be the inverted source makes them the subject of a reported clause
    const goesOn = src !== null && src[1] < l && tokens[src[1]]!.kind === TokenKind.Word && !tokens[src[1]]!.upper && (cls(src[1]) & (Cls.Preposition | Cls.Timeish | Cls.LyAdverb | Cls.TimeTailStart | Cls.Relative)) === 0;
    // "Frank Lind, a ferry pilot, said Ortiz had agreed": a name and its aside before the cue are its subject
    const subject = src !== null && !goesOn && commaBefore ? appositiveSource(ctx, cueFirst - 1, f) : null;
    if (src && !goesOn && !(subject !== null && subject[0] === f)) {
      const leftEnd = contentLeftEnd(ctx, cueFirst, f);
      if (leftEnd >= 0) {
        c.sourceFirst = src[0];
        c.sourceLast = src[1];
        c.contentFirst = leftFirst;
        c.contentLast = leftEnd;
        c.contentLeft = true;
        addParentheticalRest(ctx, c, src[1], l);
        return c;
      }
    }
  }

  // fronted and inverted: "Said Ellis: “We are ready.”", "Adds the mayor, “We will not wait.”"
  // (a finite form opening the sentence, its source, then a colon or a comma before a quote)
  if (verbFirst === f && inQuote < 0 && !colon && entry.frame !== 'stance' && (form.past || form.words[0] !== form.head)) {
    const src = sourceStartingAt(ctx, cueLast, l);
    const p = src ? src[1] : -1;
    if (src && p + 1 < l && (isPunct(tokens[p], ':') || (isPunct(tokens[p], ',') && isOpeningQuote(ctx, p + 1)))) {
      c.sourceFirst = src[0];
      c.sourceLast = p;
      c.contentFirst = p + 1;
      c.contentLast = contentEndRight(ctx, p + 1, l);
      return c.contentLast > c.contentFirst ? c : null;
    }
  }

  // source to the left
  // (two numbers rather than a pair: this runs for nearly every cue)
  let srcFirst = -1;
  let srcLast = -1;
  if (commaBefore) {
    const r = appositiveSource(ctx, cueFirst - 1, f);
    if (r) {
      srcFirst = r[0];
      srcLast = r[1];
    }
  } else if (quoteBefore && !form.compare && isPunct(tokens[cueFirst - 2], ',') && quoteInAside(ctx, cueFirst - 1, f)) {
    // "Reyes, a host of “The Morning Hour,” said ...": the quote ends an aside, its comma inside
    // ("Ruiz, who calls the plan a “fiasco,” said ...": the source takes the aside, as after a comma)
    const r = appositiveSource(ctx, cueFirst, f);
    if (r) {
      srcFirst = r[0];
      srcLast = Math.min(r[1], cueFirst);
    }
  } else if (dashBefore) {
    const r = dashAsideSource(ctx, cueFirst - 1, f);
    if (r) {
      srcFirst = r[0];
      srcLast = r[1];
    }
  } else if (before && ((cls(cueFirst - 1) & Cls.ParentheticalAdverb) !== 0 || (before.lower === 'here' && !before.upper)) && cueFirst - 2 >= f) {
    // "Carter however said", "Its volunteers here said"
    srcFirst = sourceStartEndingAt(ctx, cueFirst - 2, f);
    srcLast = cueFirst - 1;
  } else if (before) {
    // "Reyes on Thursday evening said": the time phrase belongs to neither the source nor the cue
    const e = timeBeforeCue(tokens, cueFirst - 1, f);
    srcFirst = sourceStartEndingAt(ctx, e, f);
    srcLast = e + 1;
  }
  // (a day is no speaker: "Wednesday added a twist")
  if (srcFirst < 0 || (srcLast - srcFirst === 1 && WEEKDAYS.has(tokens[srcFirst]!.lower))) return null;
  // "As The Harbour Gazette reported, ...": the rest of the sentence is the content
  if (srcFirst - 1 >= f && tokens[srcFirst - 1]!.lower === 'as' && (srcFirst - 1 === f || isPunct(tokens[srcFirst - 2], ',')) && isPunct(tokens[cueLast], ',') && cueLast + 1 < l) {
    c.sourceFirst = srcFirst;
    c.sourceLast = srcLast;
    c.contentFirst = cueLast + 1;
    c.contentLast = contentEndRight(ctx, cueLast + 1, l);
    return c.contentLast > c.contentFirst ? c : null;
  }
  if (inQuote >= 0) {
    // PolNeAR leaves a speaker's own reporting unannotated; a press release quoting an official
    // by title ("“Secretary Rubio said he would cooperate,” the ministry said") is the exception
    const head = tokens[srcFirst]!;
    if (!(srcLast - srcFirst >= 2 && head.upper && QUOTED_OFFICIAL_TITLES.has(head.lower))) return null;
  }
  // "a band called Northern Lights": naming, not reporting
  if (form.called && inSentencePrev && inSentencePrev.kind === TokenKind.Word && !inSentencePrev.upper && !PERSONAL_PRONOUNS.has(inSentencePrev.lower) && !RELATIVE_PRONOUNS.has(inSentencePrev.lower) && !CUE_AUXILIARIES.has(inSentencePrev.lower) && tokens[verbEnd]?.upper) return null;
  // ", compared with ...": a participle, not a cue
  if (form.compare && inSentencePrev && isPunct(inSentencePrev, ',')) return null;
  // "The Okafor plan is costly", "rules that could lead": a noun followed by its verb
  if (cueFirst === verbFirst && form.ambiguousNoun && cueLast < l && NOUN_FOLLOWERS.has(tokens[cueLast]!.lower) && tokens[cueLast]!.lower !== 'that') return null;
  // (after a subject and its aside set off by commas the word is the verb: "The survey, taken in May, shows ...")
  if (cueFirst === verbFirst && form.ambiguousNoun && tokens[cueLast]?.lower !== 'that' && !(srcLast === cueFirst && commaBefore)) {
    // "record low support", "late-night calls": after a lowercase word these are nouns
    const lastSource = tokens[srcLast - 1]!;
    if (lastSource.kind !== TokenKind.Word || (!lastSource.upper && (cls(srcLast - 1) & (Cls.Personal | Cls.Relative)) === 0 && !namesDocument(tokens, srcFirst, srcLast))) return null;
  }
  c.sourceFirst = srcFirst;
  c.sourceLast = srcLast;

  const beforeSource = srcFirst - 1 >= f ? tokens[srcFirst - 1] : undefined;
  const sourceAfterQuote = srcFirst - 1 >= f && isClosingQuote(ctx, srcFirst - 1);
  // an unpaired closing mark after a comma (",” he said") still ends the content
  const strayCloseAfterComma = beforeSource !== undefined && beforeSource.kind === TokenKind.Quote && isPunct(tokens[srcFirst - 2], ',');
  const sourceAfterComma = beforeSource !== undefined && (isPunct(beforeSource, ',') || sourceAfterQuote || isDash(beforeSource) || strayCloseAfterComma);
  // (or a dash: "The strike goes ahead, Ruiz said — unless …")
  const commaAfterCue = (isPunct(tokens[cueLast], ',') || isDash(tokens[cueLast])) && !(cueLast + 1 < l && isOpeningQuote(ctx, cueLast + 1));
  // "“...?” Trump said." — the quote ended the previous sentence (not for a verb of wanting, with
  // nothing to its left: "“…” A spokesman declined to comment.")
  if (srcFirst === f && f > 0 && !form.notReportingLeft && isClosingQuote(ctx, f - 1) && (commaAfterCue || rightIsEmpty(ctx, cueLast, l, entry.frame))) {
    const q = ctx.quotes[ctx.quoteOf[f - 1]!]!;
    c.contentFirst = q.openToken;
    c.contentLast = f;
    c.contentLeft = true;
    return c;
  }
  // content before its source ("..., the company said") is reported speech, not a stance ("..., Washington backed")
  const cs = contentStartRight(ctx, cueLast, l, entry.frame, colon, tailed);
  // ("Unemployment rose to 5%, government data showed": what a document shows or finds is reported)
  const reportsLeft = entry.frame !== 'stance' && (!form.notReportingLeft || (DOCUMENT_VERBS.has(form.head) && namesDocument(tokens, srcFirst, srcLast)));
  tailComma = -1;
  // "Shortly after the vote, Ortiz announced his resignation.": a word right after the cue that opens
  // no place or time phrase starts its object, the content (the addressee of "told" is passed over)
  // ("the day before", "the next morning" are time phrases all the same)
  const objectAfter =
    cs === cueLast &&
    entry.frame !== 'object' &&
    tokens[cs]!.kind === TokenKind.Word &&
    (cls(cs) & (Cls.Adjunct | Cls.Timeish | Cls.Preposition | Cls.LyAdverb | Cls.TimeTailStart)) === 0 &&
    !(cs + 1 < l && (cls(cs) & Cls.Determiner) !== 0 && TIME_NOUNS_AFTER_DETERMINER.has(tokens[cs + 1]!.lower));
  if (reportsLeft && (sourceAfterQuote || (sourceAfterComma && (commaAfterCue || (!objectAfter && rightIsEmpty(ctx, cueLast, l, entry.frame)))))) {
    const leftEnd = contentLeftEnd(ctx, srcFirst, f);
    if (leftEnd < 0) return null;
    let leftStart = leftFirst;
    // "… the convention — that won’t happen, they believe — but how …": an aside between dashes
    if (isDash(tokens[cueLast])) {
      for (let k = leftEnd - 1; k > leftStart; k--) {
        if (isDash(tokens[k])) {
          leftStart = k + 1;
          break;
        }
      }
    }
    // "In a statement, the ministry said the talks would resume.": a fronted adverbial is not
    // content; the clause after the cue is
    if (!sourceAfterQuote && !commaAfterCue && cs >= 0 && isFrontedAdverbial(ctx, leftStart, leftEnd) && !isFrontedAdverbial(ctx, cs, l)) {
      c.contentFirst = cs;
      c.contentLast = contentEndRight(ctx, cs, l);
      return c.contentLast > c.contentFirst ? c : null;
    }
    // "Like the mayor, I trust the harbour board ...": a fronted phrase alone is no content
    // nor is a subordinate clause alone ("As caucusing got under way, voters weighed in on ...")
    if (!sourceAfterQuote && !commaAfterCue && cs < 0 && (isFrontedAdverbial(ctx, leftStart, leftEnd) || isSubordinateClause(ctx, leftStart, leftEnd))) return null;
    c.contentFirst = leftStart;
    c.contentLast = leftEnd;
    c.contentLeft = true;
    // "The plan, the mayor said on Monday, failed": the rest after the phrase too
    addParentheticalRest(ctx, c, Math.max(cueLast, srcLast, tailComma), l);
    return c;
  }
  if (cs < 0 && colon && cueLast >= tokens.length) {
    // "Cruz continued:" ending the paragraph: the next paragraph is the content
    c.nextParagraph = true;
    return c;
  }
  if (cs < 0) return null;
  c.contentFirst = cs;
  c.contentLast = contentEndRight(ctx, cs, l);
  if (c.contentLast <= c.contentFirst) return null;
  if (entry.frame === 'stance') c.contentLast = mediumPhraseStart(ctx, cs, objectEnd(ctx, cs, c.contentLast));
  // "the fine, which he said was fair": the relative word before the source stands for content too
  // ("a speech in which he said ...": after a preposition "which" is no part of what was said; "what" is)
  if (srcFirst - 1 >= f && beforeSource !== undefined && beforeSource.kind === TokenKind.Word && CONTENT_RELATIVES.has(beforeSource.lower) && !(beforeSource.lower === 'which' && srcFirst - 2 >= f && (cls(srcFirst - 2) & Cls.Preposition) !== 0)) {
    addPiece(c, { start: beforeSource.start, end: beforeSource.end });
    // "The bill, which the mayor vowed to veto, passed": the clause set off by commas ends at its
    // closing comma, when the main clause's verb follows it
    if (srcFirst - 2 >= f && isPunct(tokens[srcFirst - 2], ',')) {
      const comma = commaBeforeMainVerb(ctx, cs, c.contentLast, false);
      if (comma >= 0) c.contentLast = comma;
    }
  }
  return c;
}

/** Words after "the" or "that" that make a time phrase of it ("said the day before", "wrote that night"). */
const TIME_NOUNS_AFTER_DETERMINER = new Set(words('day days week weeks month months year years morning afternoon evening night weekend next following previous same other'));

/**
 * The end of a cue's object before "and" and a second verb of the source's own ("praised the crews
 * and called for calm"): the second verb is not part of the object. An object with a verb of its
 * own before the "and" is a clause that may go on ("called the plan a mistake that was made and
 * repeated").
 */
function objectEnd(ctx: Context, cs: number, e: number): number {
  const tokens = ctx.tokens;
  for (let m = cs + 1; m + 1 < e; m++) {
    const t = tokens[m]!;
    if (t.kind !== TokenKind.Word || ctx.quoteOf[m]! >= 0) continue;
    const c = cls(m);
    if ((c & (Cls.Be | Cls.Auxiliary | Cls.Relative)) !== 0 || t.lower === 'that') return e;
    if (t.lower === 'and' && tokens[m + 1]!.kind === TokenKind.Word && !tokens[m + 1]!.upper && (cls(m + 1) & (Cls.EndsEd | Cls.Be | Cls.Auxiliary)) !== 0) return trimContentEnd(ctx, cs, m);
    if ((c & Cls.EndsEd) !== 0 && m > cs + 1) return e;
  }
  return e;
}

/** A word that reads as a plural noun ("supporters", "staff"), not a verb after "to" ("discuss", "focus"). */
function pluralNoun(lower: string): boolean {
  return lower === 'staff' || (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is'));
}

/** Relative words that stand for the content of a cue after them ("which he said was fair"). */
const CONTENT_RELATIVES = new Set(words('which what'));

const NOT_ADVERBS = new Set(words(`
ally rally supply apply reply comply family belly bully tally daily weekly monthly yearly holy fly assembly
anomaly folly jolly lily italy july only
`));

/** The first words of the cue tails ("in" of "in a statement"). */
const CUE_TAIL_STARTS: ReadonlySet<string> = new Set(CUE_TAILS.map((tail) => tail[0]!));
const TAILS_START_WITH_PREPOSITIONS = CUE_TAILS.every((tail) => PREPOSITIONS.has(tail[0]!));

/** Auxiliaries and adverbs that join the cue ("has also said", "cynically dismissed"). */
function isCueModifier(k: number): boolean {
  const c = cls(k);
  if ((c & Cls.Auxiliary) !== 0) return true;
  // ("Ruiz earlier said": not an auxiliary elsewhere, where "earlier this year" is no verb's)
  return ((c & Cls.LyAdverb) !== 0 && !clsTokens[k]!.upper) || clsTokens[k]!.lower === 'earlier';
}

const CONTRACTIONS = new Set(['he’s', "he's", 'she’s', "she's", 'it’s', "it's", 'that’s', "that's", 'who’s', "who's", 'what’s', "what's", 'there’s', "there's", 'here’s', "here's", 'let’s', "let's"]);

function isPossessive(w: string): boolean {
  const n = w.length;
  if (n <= 2) return false;
  // ends in ’s, 's, s’ or s'
  const a = w.charCodeAt(n - 2);
  const b = w.charCodeAt(n - 1);
  return ((b === 115 && (a === 0x2019 || a === 39)) || (a === 115 && (b === 0x2019 || b === 39))) && !CONTRACTIONS.has(w);
}

const DAY_PARTS = new Set(words('morning afternoon evening night'));
const PERIODS = new Set(words('week month year weekend night summer fall spring winter'));
const SINGLE_TIME_WORDS = new Set(words('yesterday today tonight then again recently later'));

/** Extend a cue over a time phrase right after its verb: "said Friday", "said last week". */
function timeTail(tokens: Token[], k: number, l: number): number {
  const t = tokens[k];
  if (!t || k >= l || t.kind !== TokenKind.Word || (cls(k) & Cls.TimeTailStart) === 0) return k;
  const w = t.lower;
  if (WEEKDAYS.has(w)) return k + 1 < l && DAY_PARTS.has(tokens[k + 1]!.lower) ? k + 2 : k + 1;
  if (SINGLE_TIME_WORDS.has(w)) return k + 1;
  // ("said last week", "said earlier this month": news annotation leaves such a phrase out of the cue)
  return k;
}

/**
 * The last token before a time phrase that ends at `e` ("on Thursday evening", "last week",
 * "yesterday"), or `e` itself when there is none or nothing would be left before it.
 */
function timeBeforeCue(tokens: Token[], e: number, f: number): number {
  // each phrase below ends in a TIMEISH_WORDS word or has one before its last ("last week"): for
  // most cues neither word is one, and no word needs looking up
  if (((cls(e) | cls(e - 1)) & Cls.Timeish) === 0) return e;
  let k = e;
  const w = tokens[k]!.lower;
  if (DAY_PARTS.has(w) && k - 1 > f && WEEKDAYS.has(tokens[k - 1]!.lower)) k -= 2;
  else if (WEEKDAYS.has(w) || ((w === 'yesterday' || w === 'today') && !tokens[k]!.upper)) k--;
  else if (PERIODS.has(w) && k - 1 > f && (tokens[k - 1]!.lower === 'last' || tokens[k - 1]!.lower === 'this')) k -= 2;
  else return e;
  if (k > f && tokens[k]!.lower === 'on' && WEEKDAYS.has(tokens[k + 1]!.lower)) k--;
  else if (k > f && (tokens[k]!.lower === 'earlier' || tokens[k]!.lower === 'later' || tokens[k]!.lower === 'late' || tokens[k]!.lower === 'early')) k--;
  // "Harbour Creamery only last month announced": an adverb before the time phrase
  if (k > f && tokens[k]!.kind === TokenKind.Word && !tokens[k]!.upper && (cls(k) & Cls.Auxiliary) !== 0 && (cls(k) & Cls.Be) === 0 && !CLAUSE_VERBS.has(tokens[k]!.lower)) k--;
  // "a poll released Friday", "a report out this week": the time phrase belongs to the participle
  // (and "voters voting Tuesday", "during a Sunday": no subject ends before it)
  if (k < f || tokens[k]!.kind !== TokenKind.Word || tokens[k]!.lower === 'out' || (cls(k) & (Cls.EndsEd | Cls.IngNotSource | Cls.Determiner | Cls.Preposition)) !== 0) return e;
  return k;
}

function entryHead(form: CueForm): string {
  const v = form.entry.verb;
  const space = v.indexOf(' ');
  return space < 0 ? v : v.slice(0, space);
}

/** Verbs whose object is followed by a preposition that belongs to the cue ("accuse X of"). */
const LINKED_PREPOSITIONS: ReadonlyMap<string, readonly string[]> = new Map(
  `
accuse of
compare to with
liken to
hail as
cite as
brand as
label as
characterize as
portray as
dismiss as
praise for
credit with for
thank for
blame for
ask about
press on
agree with on
know of
worry about
plead for
brag about
boast about of
joke about
warn of about against
`
    .trim()
    .split('\n')
    .map((line) => {
      const [verb = '', ...prepositions] = words(line);
      return [verb, prepositions] as const;
    }),
);

/** Participles whose passive is rarely an attribution ("was charged with", "was released"). */
const PASSIVE_EXCLUDED = new Set(words(`
offered charged released found published ruled detailed identified directed sung posted read seen known
considered expected called ordered pressed decided planned learned wanted needed felt shown viewed
addressed referenced outlined promoted continued added noted
`));

/**
 * Passive cues: "Okafor was declared the winner" (no source; the subject and the rest are the
 * content) or "The mayor has been criticized by some of her rivals for ..." (the agent is the source).
 */
/**
 * After a passive cue, a phrase of time or place ("was disclosed in May", "was endorsed the day
 * before", "was argued after the vote") says when or where, not what: only the subject is content.
 * "was asked about", "was accused of", "is expected to" go on with the content.
 */
function passiveAdjunct(tokens: Token[], k: number, l: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== TokenKind.Word) return false;
  const w = t.lower;
  if (w === 'to' || w === 'about' || w === 'for' || w === 'of' || w === 'as' || w === 'on' || w === 'over' || w === 'with' || w === 'that') return false;
  if ((cls(k) & (Cls.Preposition | Cls.Timeish)) !== 0 || SUBORDINATORS.has(w)) return true;
  return k + 1 < l && (cls(k) & Cls.Determiner) !== 0 && TIME_NOUNS_AFTER_DETERMINER.has(tokens[k + 1]!.lower);
}

function passiveCandidate(ctx: Context, c: Candidate, f: number, l: number, verbEnd: number): Candidate | null {
  const tokens = ctx.tokens;
  const subject = c.cueFirst - 1 >= f ? sourceEndingAt(ctx, c.cueFirst - 1, f) : null;
  if (!subject) return null;
  if (PASSIVE_EXCLUDED.has(tokens[verbEnd - 1]!.lower)) return null;
  let rest = verbEnd;
  if (rest < l && ctx.quoteOf[rest]! < 0 && c.cueLast === rest && (tokens[rest]!.lower === 'of' || tokens[rest]!.lower === 'as')) {
    // "was accused of", "have been criticized for": the preposition belongs to the cue
    c.cueLast = rest + 1;
    rest++;
  }
  if (rest < l && tokens[rest]!.lower === 'saying' && tokens[rest - 1]!.lower === 'as' && tokens[verbEnd - 1]!.lower === 'quoted') {
    // "Ruiz is quoted as saying …", "“…,” Ruiz is quoted as saying.": the subject is the speaker
    c.cueLast = ++rest;
    c.sourceFirst = subject[0];
    c.sourceLast = subject[1];
    if (rest < l && !isTerminalPunct(tokens[rest])) {
      c.contentFirst = rest;
      c.contentLast = contentEndRight(ctx, rest, l);
    } else {
      const leftEnd = contentLeftEnd(ctx, subject[0], f);
      if (leftEnd < 0) return null;
      c.contentFirst = leftFirst;
      c.contentLast = leftEnd;
      c.contentLeft = true;
    }
    return c;
  } else if (rest < l && tokens[rest]!.lower === 'by' && ctx.quoteOf[rest]! < 0) {
    let k = rest + 1;
    while (k < l && k - rest <= MAX_SOURCE_TOKENS) {
      const u = tokens[k]!;
      if (u.kind === TokenKind.Word || u.kind === TokenKind.Number) {
        if (k > rest + 1 && (u.lower === 'that' || u.lower === 'who' || u.lower === 'which' || (PREPOSITIONS.has(u.lower) && u.lower !== 'of') || ctx.lexicon.has(u.lower))) break;
        k++;
        continue;
      }
      if (u.kind === TokenKind.Punct && u.lower === '.' && isAbbreviationPeriod(tokens, k) && k + 1 < l && isWord(tokens[k + 1])) {
        k++;
        continue;
      }
      break;
    }
    let end = k;
    while (end > rest + 1 && NON_FINAL_SOURCE_WORDS.has(tokens[end - 1]!.lower)) end--;
    if (end <= rest + 1) return null;
    c.sourceFirst = rest + 1;
    c.sourceLast = end;
    rest = k;
  } else {
    c.kind = 'no-source';
  }
  c.subjectFirst = subject[0];
  c.subjectLast = subject[1];
  if (rest < l && !isTerminalPunct(tokens[rest]) && !isPunct(tokens[rest], ',') && tokens[rest]!.kind !== TokenKind.Quote && !passiveAdjunct(tokens, rest, l)) {
    c.contentFirst = rest;
    c.contentLast = contentEndRight(ctx, rest, l);
  }
  return c;
}

/** The subject at the start of a clause, past an introductory phrase ("Amid the uproar, Walsh ..."). */
function clauseSubject(ctx: Context, f: number, limit: number, nounPhrase = false): [number, number] | null {
  const tokens = ctx.tokens;
  let s = f;
  const first = tokens[s];
  if (!first || first.kind !== TokenKind.Word || isOpeningQuote(ctx, s)) return null;
  const intro = (k: number): boolean => {
    const t = tokens[k]!;
    return ((PREPOSITIONS.has(t.lower) || SOURCE_STOP_WORDS.has(t.lower)) && !givenNameBeforeSurname(tokens, k, limit)) || SOURCE_LEADING_TRIM.has(t.lower) || WEEKDAYS.has(t.lower) || t.lower.endsWith('ing') || t.lower.endsWith('ly');
  };
  if (intro(s)) {
    let m = s;
    while (m < limit && m - s <= 12 && !isPunct(tokens[m], ',')) m++;
    if (m >= limit || !isPunct(tokens[m], ',')) return null;
    s = m + 1;
    // "Speaking in Salem, Oregon, Ruiz …": a place's state or country after the comma belongs to the intro
    const place = capitalisedRunEnd(tokens, s, limit);
    if (place > s && place - s <= 2 && place + 1 < limit && isPunct(tokens[place], ',') && tokens[place + 1]!.kind === TokenKind.Word && tokens[place + 1]!.upper) s = place + 1;
  }
  const head = tokens[s];
  if (!head || head.kind !== TokenKind.Word || intro(s)) return null;
  if (PERSONAL_PRONOUNS.has(head.lower)) return [s, s + 1];
  let k = s;
  if ((head.lower === 'the' || head.lower === 'a') && k + 1 < limit && tokens[k + 1]!.upper) k++;
  else if (nounPhrase && (cls(s) & Cls.Determiner) !== 0 && head.lower !== 'that') {
    // "The mayor began by ..., saying": a determiner and up to three more words, then the verb
    return nounPhraseBeforeVerb(tokens, s, limit, 3);
  } else if (!head.upper || DETERMINERS.has(head.lower)) return null;
  else if (nounPhrase && s + 1 < limit && tokens[s + 1]!.kind === TokenKind.Word && !tokens[s + 1]!.upper) {
    // "Republican presidential candidate Dana Reyes told ..., saying": a capitalised word before lowercase ones
    const np = nounPhraseBeforeVerb(tokens, s, limit, 6);
    if (np) return np;
  }
  while (k + 1 < limit && k - s < 5) {
    const u = tokens[k + 1]!;
    if ((u.kind === TokenKind.Word && u.upper) || (isPunct(u, '.') && isAbbreviationPeriod(tokens, k + 1))) k++;
    else if (nounBeforeNameOrAuxiliary(ctx, k + 1, limit)) k++;
    else break;
  }
  return [s, k + 1];
}

/**
 * A lowercase word inside a subject that opens with a name: one before another name ("Harbour
 * drummer Lee Chen") or the last before an auxiliary ("The Valmere senator is", "Ferry
 * pilots have"). Not a verb: no "-ed" and not a word of the stop lists.
 */
function nounBeforeNameOrAuxiliary(ctx: Context, k: number, limit: number): boolean {
  const tokens = ctx.tokens;
  const u = tokens[k]!;
  if (u.kind !== TokenKind.Word || u.upper || k + 1 >= limit || u.lower.length < 3 || u.lower.endsWith('ed') || u.lower.endsWith('ly')) return false;
  if ((cls(k) & (Cls.Stop | Cls.Preposition | Cls.Personal | Cls.Determiner)) !== 0 || ctx.lexicon.has(u.lower)) return false;
  const next = tokens[k + 1]!;
  if (next.kind !== TokenKind.Word) return false;
  return (next.upper && !SOURCE_STOP_WORDS.has(next.lower)) || CLAUSE_VERBS.has(next.lower);
}

/** The end of the run of capitalised words from k (k when there is none). */
function capitalisedRunEnd(tokens: readonly Token[], k: number, limit: number): number {
  while (k < limit && tokens[k]!.kind === TokenKind.Word && tokens[k]!.upper) k++;
  return k;
}

/**
 * ", with 40 percent of voters saying", "— with the union calling ...": the first token of the
 * phrase between "with" (after a comma, a dash or the sentence start) and the participle at `cue`,
 * when it opens with a number, a name or a determiner and holds no verb; -1 otherwise.
 */
function withPhraseBefore(ctx: Context, cue: number, f: number): number {
  const tokens = ctx.tokens;
  for (let w = cue - 2; w >= f && cue - w <= 8; w--) {
    const t = tokens[w]!;
    if (t.kind === TokenKind.Word && t.lower === 'with') {
      if (w > f && !isPunct(tokens[w - 1], ',') && !isDash(tokens[w - 1]) && !isPunct(tokens[w - 1], '-')) return -1;
      const h = tokens[w + 1]!;
      const opens = h.kind === TokenKind.Number || (h.kind === TokenKind.Word && (h.upper || ((cls(w + 1) & Cls.Determiner) !== 0 && h.lower !== 'that')));
      return opens ? w + 1 : -1;
    }
    if (t.kind === TokenKind.Punct ? !(t.lower === '%' || isAbbreviationPeriod(tokens, w)) : t.kind !== TokenKind.Word && t.kind !== TokenKind.Number) return -1;
    if (t.kind === TokenKind.Word && ((cls(w) & (Cls.Be | Cls.EndsEd | Cls.Personal | Cls.Relative | Cls.IngNotSource)) !== 0 || CLAUSE_VERBS.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * The noun phrase from `s` (up to `span` more words) that ends right before a finite verb, or null
 * ("A spokeswoman for the harbour board emailed ...": "of", "for", "at" phrases widen the span;
 * "The nurse later sued": an adverb may stand before the verb).
 */
function nounPhraseBeforeVerb(tokens: Token[], s: number, limit: number, span: number): [number, number] | null {
  let m = s + 1;
  while (m < limit && m - s <= span && tokens[m]!.kind === TokenKind.Word && !isClauseVerb(m) && (cls(m) & (Cls.Stop | Cls.Personal | Cls.Relative)) === 0) {
    if ((cls(m) & Cls.Preposition) !== 0) {
      if (m === s + 1 || (tokens[m]!.lower !== 'of' && tokens[m]!.lower !== 'for' && tokens[m]!.lower !== 'at')) break;
      span = 8;
    }
    m++;
  }
  const end = m;
  while (m < limit && m - end < 2 && tokens[m]!.kind === TokenKind.Word && (cls(m) & (Cls.Auxiliary | Cls.LyAdverb)) !== 0 && !isClauseVerb(m)) m++;
  return end > s + 1 && (cls(end - 1) & Cls.Preposition) === 0 && m < limit && tokens[m]!.kind === TokenKind.Word && !tokens[m]!.upper && isClauseVerb(m) ? [s, end] : null;
}

/** Common irregular past forms: the verb after a subject ("The mayor began ..., saying"). */
const IRREGULAR_PASTS = new Set(words(`
began drew rose made took gave went came got held kept left met ran saw sent spent stood struck told thought
won wrote spoke said brought built caught fought found heard hit led lost put set sought felt knew became
chose broke threw shook swore sat laid paid
`));

/** Token k is a finite verb after a subject: "be", an auxiliary, a past form. */
function isClauseVerb(k: number): boolean {
  const t = clsTokens[k]!;
  return (cls(k) & (Cls.Be | Cls.EndsEd)) !== 0 || CLAUSE_VERBS.has(t.lower) || IRREGULAR_PASTS.has(t.lower);
}

/** After the cue: only a time phrase, an interview phrase or the sentence end remains. */
/** A short phrase that opens with a preposition or a time word and holds no quote ("In a statement", "On Tuesday"). */
function isFrontedAdverbial(ctx: Context, s: number, e: number): boolean {
  const tokens = ctx.tokens;
  const first = tokens[s];
  if (first === undefined || first.kind !== TokenKind.Word || e - s > 6) return false;
  if ((cls(s) & (Cls.Preposition | Cls.Timeish)) === 0) return false;
  for (let k = s; k < e; k++) if (tokens[k]!.kind === TokenKind.Quote) return false;
  return true;
}

/** A clause opened by a subordinator ("as", "when", "because") with no comma in it. */
function isSubordinateClause(ctx: Context, s: number, e: number): boolean {
  const first = ctx.tokens[s];
  if (first === undefined || first.kind !== TokenKind.Word || !SUBORDINATORS.has(first.lower)) return false;
  for (let k = s + 1; k < e; k++) if ((cls(k) & Cls.Comma) !== 0 || ctx.tokens[k]!.kind === TokenKind.Quote) return false;
  return true;
}

/** Nothing but punctuation or a cue tail ("in a statement", "on Friday") follows the cue. */
function rightIsEmpty(ctx: Context, cueLast: number, l: number, frame: CueFrame): boolean {
  return trimContentEnd(ctx, cueLast, l) <= cueLast || restIsCueTail(ctx, cueLast, l, frame);
}

/** After a parenthetical source and cue, the word that carries on the content: "that" or a verb. */
function continuesContent(k: number): boolean {
  const t = clsTokens[k]!;
  if (t.kind !== TokenKind.Word || t.upper) return false;
  const c = cls(k);
  return t.lower === 'that' || (c & (Cls.Be | Cls.Auxiliary)) !== 0 || CLAUSE_VERBS.has(t.lower) || ((c & Cls.EndsEd) !== 0 && (c & Cls.Preposition) === 0);
}

/** The comma that ended the tail found by the last `restIsCueTail` that found one (-1: none). */
let tailComma = -1;

function restIsCueTail(ctx: Context, k: number, l: number, frame: CueFrame): boolean {
  const tokens = ctx.tokens;
  // "When pressed, the mayor said she was confident.": a subject pronoun opens a clause of its own
  if (k < l && tokens[k]!.kind === TokenKind.Word && SUBJECT_ONLY_PRONOUNS.has(tokens[k]!.lower)) return false;
  // "it would be hard", "it was over": "it" and a finite verb are a clause too
  if (k + 1 < l && tokens[k]!.lower === 'it' && CLAUSE_VERBS.has(tokens[k + 1]!.lower)) return false;
  // "..., the mayor said the plan was dead.": a noun phrase and a finite "be" or auxiliary are a clause
  if (k < l && tokens[k]!.kind === TokenKind.Word && (cls(k) & Cls.Determiner) !== 0 && tokens[k]!.lower !== 'that') {
    for (let m = k + 1; m < l && m - k <= 4 && tokens[m]!.kind === TokenKind.Word; m++) {
      if ((cls(m) & (Cls.Be | Cls.Auxiliary)) === 0) continue;
      if (m > k + 1) return false;
      break;
    }
  }
  // past six words only a chain of place and time phrases ("in a recorded message to the
  // council", "at a news conference in Lyon after the vote"), after the addressee of "told"
  // ("told reporters at ..."): no clause of its own
  let a = k;
  if (frame === 'object') while (a < l && a - k < 3 && tokens[a]!.kind === TokenKind.Word && (cls(a) & (Cls.Adjunct | Cls.Timeish)) === 0 && !opensClauseInTail(ctx, a)) a++;
  const adjunct = a < l && tokens[a]!.kind === TokenKind.Word && (cls(a) & (Cls.Adjunct | Cls.Timeish)) !== 0;
  let j = k;
  let words = 0;
  let clause = false;
  while (j < l && (cls(j) & (Cls.Terminal | Cls.Comma)) === 0) {
    const t = tokens[j]!;
    if (t.kind === TokenKind.Quote) {
      // "..., she said on “Meet the Press.”": a title ends the tail
      const close = adjunct && !clause && j > k ? titleQuoteClose(ctx, j, l + 1) : -1;
      if (close < 0) return false;
      j = close + 1;
      return j >= l || (cls(j) & Cls.Terminal) !== 0 || (cls(close - 1) & Cls.Terminal) !== 0;
    }
    if (t.lower === 'that') return false;
    words++;
    if (adjunct && !clause) clause = opensClauseInTail(ctx, j);
    if (words > 6 && (!adjunct || clause || words > MAX_ADJUNCT_TOKENS)) return false;
    j++;
  }
  if (j >= l || (cls(j) & Cls.Terminal) !== 0) return true;
  // "the board said in a spring memo, and ...": an adjunct after the cue, then the sentence goes on
  if (words > 0 && tokens[k]!.kind === TokenKind.Word && (cls(k) & (Cls.Preposition | Cls.Timeish)) !== 0 && tokens[k]!.lower !== 'that') {
    // "The plan, the mayor said on Monday, failed" / "..., she said in an interview, that ...":
    // the sentence after the phrase goes on with the content's verb or its "that"
    if (adjunct && !clause && (cls(j) & Cls.Comma) !== 0 && j + 1 < l && continuesContent(j + 1)) tailComma = j;
    return true;
  }
  // ", adding ..." / ", referring to": the content is still on the left
  const next = tokens[j + 1];
  return next !== undefined && next.kind === TokenKind.Word && next.lower.endsWith('ing');
}

/** How far past the cue an adjunct or an aside may run before "that" (tokens). */
const MAX_ADJUNCT_TOKENS = 20;

/**
 * A word inside a phrase after the cue that starts a clause of its own: a cue verb after a name,
 * a pronoun or a comma ("said at the rally he claimed that ..."), not a noun after a modifier
 * ("in her closing remarks", "on a local radio show").
 */
/** Word classes that make the word after them a noun ("the hearing", "in the spring", "her remarks"). */
const MAKES_NOUN = Cls.Determiner | Cls.Preposition | Cls.PossessiveDeterminer | Cls.Possessive;

function opensClauseInAdjunct(ctx: Context, m: number): boolean {
  const u = ctx.tokens[m]!;
  if ((u.flags & WordFlag.CueStart) === 0 && !ctx.custom) return false;
  if (cueWordAt(ctx, m) === undefined) return false;
  const p = ctx.tokens[m - 1]!;
  if (p.kind !== TokenKind.Word || p.lower === 'and' || p.lower === 'but' || p.lower === 'or') return true;
  if ((cls(m - 1) & MAKES_NOUN) !== 0) return false;
  return p.upper || (cls(m - 1) & (Cls.Personal | Cls.Relative | Cls.Auxiliary | Cls.Be)) !== 0;
}

/**
 * A clause breaker ("while", a participle) inside a phrase after the cue, unless a determiner or
 * a preposition makes the -ing word a noun ("at the hearing", "in the spring", "during taping").
 */
function isClauseBreakerInPhrase(m: number): boolean {
  return (cls(m) & Cls.ClauseBreaker) !== 0 && (cls(m - 1) & MAKES_NOUN) === 0;
}

/** Small words a title in title case may keep lowercase ("This Week with ...", "Face the Nation"). */
const TITLE_SMALL_WORDS = new Set(words('a an the of and or with in on for to at by from'));

/** No lowercase word but a small one from `f` to `k`: a title-case headline ("New Poll Shows ..."), not "run by Lyon Shows". */
function titleCaseBefore(tokens: Token[], f: number, k: number): boolean {
  for (let m = f; m < k; m++) {
    const u = tokens[m]!;
    if (u.kind === TokenKind.Word && !u.upper && !TITLE_SMALL_WORDS.has(u.lower)) return false;
  }
  return true;
}

/**
 * The closing mark of a short quoted title in title case opening at token m (“Meet the Press”,
 * ''Morning Edition''), or -1: a show or a book named after a cue, not its content.
 */
function titleQuoteClose(ctx: Context, m: number, bound: number): number {
  const q = ctx.quoteOf[m]!;
  if (q < 0) return -1;
  const quote = ctx.quotes[q]!;
  const close = quote.closeToken;
  if (quote.openToken !== m || close <= m + 1 || close >= bound || close - m > 8) return -1;
  const tokens = ctx.tokens;
  for (let n = m + 1; n < close; n++) {
    const u = tokens[n]!;
    if (u.kind === TokenKind.Word) {
      if (!u.upper && !(n > m + 1 && TITLE_SMALL_WORDS.has(u.lower))) return -1;
    } else if (!(u.kind === TokenKind.Number || (n === close - 1 && (cls(n) & Cls.Terminal) !== 0))) return -1;
  }
  return close;
}

/** A word that would make a long tail a clause: a verb-like word, a subject pronoun, a cue verb. */
function opensClauseInTail(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j]!;
  if (t.kind !== TokenKind.Word) return t.kind !== TokenKind.Number && !(t.kind === TokenKind.Punct && (cls(j) & Cls.Dash) === 0 && isAbbreviationPeriod(ctx.tokens, j));
  const c = cls(j);
  if ((c & (Cls.Be | Cls.Auxiliary | Cls.SubjectOnly | Cls.Relative)) !== 0 || CLAUSE_VERBS.has(t.lower) || isClauseBreakerInPhrase(j)) return true;
  // a past form is a verb, unless a determiner makes it an adjective ("a recorded message")
  if ((c & Cls.EndsEd) !== 0 && (cls(j - 1) & (Cls.Determiner | Cls.PossessiveDeterminer | Cls.Possessive)) === 0) return true;
  return opensClauseInAdjunct(ctx, j);
}

/**
 * The phrase after a cue that opens with a preposition or a time word ("during a town hall in
 * Lyon", "in a statement released Friday by her office"), read from `from` on: where the
 * content starts when "that" or ", “" ends it within MAX_ADJUNCT_TOKENS of `k`, else -1. An aside
 * between dashes inside it is passed over; a clause of its own ends it.
 */
function contentAfterPhrase(ctx: Context, from: number, k: number, l: number): number {
  const tokens = ctx.tokens;
  const bound = Math.min(l, k + MAX_ADJUNCT_TOKENS + 1);
  let aside = false; // past a comma: "said on CNN, where he is a commentator, that ..."
  for (let m = from; m < bound; m++) {
    const u = tokens[m]!;
    if (u.kind === TokenKind.Word) {
      if (u.lower === 'that') return m;
      // "in a letter to the council", "in an email to supporters", not "in an effort to show"
      if (u.lower === 'to' && (m + 1 >= l || !(tokens[m + 1]!.upper || tokens[m + 1]!.kind === TokenKind.Number || (cls(m + 1) & (Cls.Determiner | Cls.PossessiveDeterminer)) !== 0 || pluralNoun(tokens[m + 1]!.lower)))) return -1;
      // a verb ("vetoed on Friday was much like a bill that"), a participle ("in an article
      // stating that"), a cue verb after a name ("at the rally he claimed")
      if ((!aside && ((cls(m) & Cls.Be) !== 0 || CLAUSE_VERBS.has(u.lower))) || isClauseBreakerInPhrase(m) || opensClauseInAdjunct(ctx, m)) return -1;
      continue;
    }
    if ((cls(m) & Cls.Comma) !== 0) aside = true;
    // ("says of the mayor, “…”", "said of Congress: “…”")
    if ((isPunct(u, ',') || isPunct(u, ':')) && m + 1 < l && isOpeningQuote(ctx, m + 1)) return m + 1;
    if (u.kind === TokenKind.Quote) {
      // "said on the radio show “Morning Edition” that ..."
      const close = titleQuoteClose(ctx, m, bound);
      if (close < 0) return -1;
      m = close;
      continue;
    }
    if ((cls(m) & (Cls.Terminal | Cls.Semicolon)) !== 0) return -1;
    if ((cls(m) & Cls.Dash) !== 0) {
      // "at a rally in Lyon — a city she lost in May — that ...": skip to the closing dash; an
      // unclosed dash ("— a sharp turn from ...") ends the phrase
      let n = m + 1;
      while (n < bound && (cls(n) & (Cls.Dash | Cls.Terminal | Cls.Semicolon)) === 0 && tokens[n]!.kind !== TokenKind.Quote) n++;
      if (n >= bound || (cls(n) & Cls.Dash) === 0) return -1;
      m = n;
    }
  }
  return -1;
}

/**
 * "after the vote he would", "in Lyon she was": within six words after `from`, a subject pronoun
 * and a finite verb, with no verb, quote or punctuation before them; the pronoun, or -1.
 */
function pronounClauseAfterPhrase(ctx: Context, from: number, l: number): number {
  const tokens = ctx.tokens;
  for (let m = from; m + 1 < l && m - from <= 6; m++) {
    const u = tokens[m]!;
    if (u.kind !== TokenKind.Word && u.kind !== TokenKind.Number) return -1;
    if (m > from && (u.lower === 'she' || u.lower === 'he' || u.lower === 'they' || u.lower === 'we' || u.lower === 'it') && CLAUSE_VERBS.has(tokens[m + 1]!.lower)) return m;
    if (u.lower === 'that' || u.lower === 'to' || WH_WORDS.has(u.lower) || (cls(m) & (Cls.Be | Cls.EndsEd | Cls.Relative)) !== 0 || CLAUSE_VERBS.has(u.lower)) return -1;
  }
  return -1;
}

/**
 * Does a clause with a subject of its own start at token m: "the" and up to three words, or a
 * capitalised word and up to two more, then a finite verb ("the talks had", "Smith was")?
 */
function subjectClauseAt(tokens: readonly Token[], m: number, l: number): boolean {
  const t = tokens[m]!;
  let j = m + 1;
  if (t.lower === 'the') {
    // (a past tense after a noun is the verb: "the plane crashed", "the guards left", but "the armed men")
    while (j < l && j - m <= 3 && tokens[j]!.kind === TokenKind.Word && !CLAUSE_VERBS.has(tokens[j]!.lower) && (cls(j) & (Cls.Stop | Cls.Preposition | Cls.Personal | Cls.Determiner)) === 0 && !(j > m + 1 && ((cls(j) & Cls.EndsEd) !== 0 || IRREGULAR_PASTS.has(tokens[j]!.lower)))) j++;
    if (j === m + 1) return false;
  } else if (t.upper) {
    while (j < l && j - m <= 2 && tokens[j]!.kind === TokenKind.Word && tokens[j]!.upper) j++;
  } else return false;
  const v = tokens[j];
  if (j >= l || v === undefined || v.kind !== TokenKind.Word || v.upper) return false;
  if (CLAUSE_VERBS.has(v.lower) || IRREGULAR_PASTS.has(v.lower)) return true;
  return (cls(j) & Cls.EndsEd) !== 0 && (cls(j) & (Cls.Preposition | Cls.Stop)) === 0 && tokens[j + 1]?.lower !== 'by';
}

/**
 * Are tokens [k, m) (the cue's last word and what follows it) a cue and its addressee and nothing
 * more: no preposition ("reminded the audience of comments Okafor made", "asked about her record,
 * they ..."), no "if", "whether" or question word ("asked how the board could ...")?
 */
function bareAddressee(tokens: readonly Token[], k: number, m: number): boolean {
  for (let n = k; n < m; n++) {
    const u = tokens[n]!;
    if (u.kind === TokenKind.Word && ((cls(n) & Cls.Preposition) !== 0 || u.lower === 'if' || u.lower === 'whether' || WH_WORDS.has(u.lower))) return false;
  }
  return true;
}

/** Where content to the right of the cue starts, or -1. */
function contentStartRight(ctx: Context, k: number, l: number, frame: CueFrame, colon: boolean, tailed = false): number {
  const tokens = ctx.tokens;
  if (k >= l) return -1;
  if (colon) return k < l ? k : -1;
  // "said Friday that", "said on Tuesday that"
  let j = k;
  let steps = 0;
  while (j < l && steps < 4 && tokens[j]!.kind === TokenKind.Word && (cls(j) & Cls.Timeish) !== 0) {
    j++;
    steps++;
  }
  if (j > k && j < l && tokens[j]!.lower === 'that') return j;
  // "said on Tuesday he would resign", "reported last week the plant had closed": a clause without "that"
  if (j > k && j + 1 < l && frame !== 'object' && frame !== 'stance' && tokens[j]!.kind === TokenKind.Word && tokens[j + 1]!.kind === TokenKind.Word && (SUBJECT_ONLY_PRONOUNS.has(tokens[j]!.lower) || (tokens[j]!.lower === 'it' && CLAUSE_VERBS.has(tokens[j + 1]!.lower)) || ((tokens[j]!.lower === 'the' || tokens[j]!.upper) && clauseAfterNounPhrase(tokens, j + 1, l)))) return j;
  const t = tokens[k]!;
  // "said at a town hall in Lyon that ...", "said in her closing remarks that ...", "says of the mayor, “...”"
  // ("said late Tuesday, in a statement, that ...")
  const lateOrEarly = (t.lower === 'late' || t.lower === 'early') && k + 1 < l && WEEKDAYS.has(tokens[k + 1]!.lower);
  // (a question's "if" or "whether" opens the content itself: "asked if the cuts in May meant that ...")
  if (t.kind === TokenKind.Word && (((cls(k) & (Cls.Preposition | Cls.Timeish)) !== 0 && t.lower !== 'to' && t.lower !== 'if' && t.lower !== 'whether') || tailed || lateOrEarly)) {
    // "said on Monday the ferry would run", "said in May she would stay": a date, then a clause
    if (!tailed && (t.lower === 'on' || t.lower === 'in') && k + 2 < l) {
      let j = k + 1;
      const d = tokens[j]!;
      if ((d.flags & (WordFlag.Weekday | WordFlag.Month)) !== 0) {
        j++;
        if (j < l && (DAY_PARTS.has(tokens[j]!.lower) || tokens[j]!.kind === TokenKind.Number)) j++;
        const v = tokens[j];
        if (v !== undefined && j + 1 < l && v.kind === TokenKind.Word && ((SUBJECT_ONLY_PRONOUNS.has(v.lower) && tokens[j + 1]!.kind === TokenKind.Word) || (v.lower === 'the' && clauseAfterNounPhrase(tokens, j + 1, l)))) return j;
        // "agreed on Tuesday to restart the talks": the date, then what "agreed to" would take
        // (not "said on Friday to reporters that ...": an addressee)
        if (v !== undefined && v.lower === 'to' && frame !== 'weak' && frame !== 'object' && j + 1 < l && tokens[j + 1]!.kind === TokenKind.Word && !tokens[j + 1]!.upper && tokens[j + 2]?.lower !== 'that') return j;
      }
    }
    const m = contentAfterPhrase(ctx, tailed ? k : k + 1, k, l);
    if (m >= 0) return m;
    // "said after the vote he would resign": a short phrase, then a pronoun and a finite verb
    if (frame === 'speech' && !tailed) {
      const p = pronounClauseAfterPhrase(ctx, k + 1, l);
      if (p >= 0) return p;
    }
  }
  // "said, however, that ...", "said — on the radio, as it happens — that ...", "said (on the
  // radio) that ...": an aside set off by commas, dashes (a spaced hyphen too) or brackets, then "that"
  const opener = isPunct(t, ',') ? ',' : isDash(t) || isPunct(t, '-') ? '—' : isPunct(t, '(') ? ')' : '';
  if (opener !== '' && k + 2 < l && tokens[k + 1]!.kind === TokenKind.Word) {
    const dash = opener !== ',';
    for (let m = k + 2; m < l && m - k <= MAX_ADJUNCT_TOKENS; m++) {
      const u = tokens[m]!;
      if (opener === ',' ? isPunct(u, ',') : opener === ')' ? isPunct(u, ')') : isDash(u) || isPunct(u, t.lower)) {
        const v = tokens[m + 1];
        if (m + 1 >= l || v === undefined || v.kind !== TokenKind.Word || m === k + 1 || ctx.quoteOf[m + 1]! >= 0) return -1;
        // "said, once elected, she would ...": a subject pronoun opens the clause as "that" would
        return v.lower === 'that' || (SUBJECT_ONLY_PRONOUNS.has(v.lower) && m + 2 < l && tokens[m + 2]!.kind === TokenKind.Word) || CONTRACTIONS.has(v.lower) ? m + 1 : -1;
      }
      if (u.kind === TokenKind.Quote || (cls(m) & (Cls.Terminal | Cls.Semicolon | Cls.Colon)) !== 0) break;
      if (u.kind === TokenKind.Word && (u.lower === 'that' || opensClauseInAdjunct(ctx, m))) break;
      if (!dash && u.kind !== TokenKind.Word && u.kind !== TokenKind.Number && !(u.kind === TokenKind.Punct && isAbbreviationPeriod(tokens, m))) break;
    }
  }
  if (isPunct(t, ',') || isPunct(t, ':')) {
    // "He added, “...”"
    if (k + 1 < l && tokens[k + 1]!.kind === TokenKind.Quote) return k + 1;
    return -1;
  }
  if (isTerminalPunct(t) || t.kind === TokenKind.Punct) return -1;
  if (frame === 'object') {
    // skip the addressee up to "to" or "that"
    for (let m = k; m < l && m - k <= MAX_OBJECT_TOKENS; m++) {
      const u = tokens[m]!;
      if (u.kind === TokenKind.Word && (u.lower === 'to' || u.lower === 'that' || WH_WORDS.has(u.lower)) && m > k) return m;
      if (u.kind === TokenKind.Word && u.lower === 'that' && m === k) return m;
      // "asked if the cuts in May meant that ...": no addressee, the question is the content
      if (m === k && (u.lower === 'if' || u.lower === 'whether')) return m;
      // "told reporters he would run", "told me she was leaving": a subject pronoun after the addressee
      if (u.kind === TokenKind.Word && m > k && (SUBJECT_ONLY_PRONOUNS.has(u.lower) || (u.lower === 'it' && m + 1 < l && CLAUSE_VERBS.has(tokens[m + 1]!.lower))) && m + 1 < l && tokens[m + 1]!.kind === TokenKind.Word) return m;
      // "told reporters on Tuesday at a news conference in Lyon that ...": a phrase after the addressee
      if (u.kind === TokenKind.Word && m > k && (cls(m) & (Cls.Adjunct | Cls.Timeish)) !== 0 && !WH_WORDS.has(tokens[k]!.lower)) {
        const r = contentAfterPhrase(ctx, m + 1, m, l);
        if (r >= 0) return r;
      }
      // "told Valmere Radio the talks had stalled", "told reporters Okafor was lying": a clause with a
      // subject of its own after the addressee
      if (u.kind === TokenKind.Word && m > k && (cls(m) & Cls.Timeish) === 0 && subjectClauseAt(tokens, m, l) && bareAddressee(tokens, k - 1, m)) return m;
      // "told Channel 9 that ...", "told Valmere Radio’s “Morning Tide” that ...": a number or a quoted title in the addressee
      if (u.kind === TokenKind.Number && m > k) continue;
      if (u.kind === TokenKind.Quote && m > k) {
        const close = titleQuoteClose(ctx, m, l);
        if (close > m) {
          m = close;
          continue;
        }
      }
      if (u.kind !== TokenKind.Word && !(u.kind === TokenKind.Punct && u.lower === '.' && isAbbreviationPeriod(tokens, m))) {
        if (u.kind === TokenKind.Quote && m === k) return m;
        // "told reporters: “...”", "told the BBC, “...”"
        if (m > k && (isPunct(u, ':') || isPunct(u, ',')) && m + 1 < l && isOpeningQuote(ctx, m + 1)) return m + 1;
        // "told the crowd, she would not resign"
        if (m > k && isPunct(u, ',') && m + 2 < l && SUBJECT_ONLY_PRONOUNS.has(tokens[m + 1]!.lower) && tokens[m + 2]!.kind === TokenKind.Word && bareAddressee(tokens, k - 1, m)) return m + 1;
        break;
      }
    }
    return k;
  }
  if (frame === 'weak') {
    if (t.lower === 'that' || t.kind === TokenKind.Quote || WEAK_COMPLEMENTS.has(t.lower)) return k;
    // "added he would stay", "noted they had voted": a subject pronoun opens a clause, not an object
    if (SUBJECT_ONLY_PRONOUNS.has(t.lower) && k + 1 < l && tokens[k + 1]!.kind === TokenKind.Word) return k;
    // "reported the letter arrived a day late": a short noun phrase, then a finite verb
    // ("reported its profit had fallen", "noted Lyon has grown": any determiner or a name too)
    if (t.kind === TokenKind.Word && (t.lower === 'the' || (cls(k) & Cls.Determiner) !== 0 || t.upper) && clauseAfterNounPhrase(tokens, k + 1, l)) return k;
    // "The dairy reported a loss of $2 million", "reported raising $9 million": what was reported
    // (not "all reported contributions", "nine reported leaks": an adjective there)
    if (k >= 2 && tokens[k - 1]!.lower === 'reported' && tokens[k - 2]!.kind === TokenKind.Word && (cls(k - 2) & Cls.Determiner) === 0 && !QUANTITY_WORDS.has(tokens[k - 2]!.lower) && (t.kind === TokenKind.Number || (t.kind === TokenKind.Word && (cls(k) & (Cls.Preposition | Cls.Stop | Cls.Personal)) === 0 && !t.lower.endsWith('ly') && !t.upper))) return k;
    return -1;
  }
  if (t.kind !== TokenKind.Word) return k;
  const w = t.lower;
  if ((cls(k) & Cls.Preposition) !== 0 && w !== 'about' && w !== 'of' && w !== 'to' && w !== 'for' && w !== 'like') return -1;
  if (w.length > 4) return k;
  // "who said and wrote the same words": a second verb, not content
  if (w === 'and' || w === 'or' || w === 'nor') return -1;
  // "showed up", "backed off": a phrasal verb, not a cue
  if (w === 'up' || w === 'off' || w === 'down' || w === 'away') return -1;
  return k;
}

/** Titles that mark a reported official inside a quoted release ("Minister Cho called for ..."). */
const QUOTED_OFFICIAL_TITLES = new Set(words(`
secretary minister president spokesperson spokesman spokeswoman ambassador chairman chairwoman director
governor chancellor premier envoy commissioner mayor vice deputy foreign defense prime general admiral
chief
`));

/**
 * Does the quotation whose closing mark is token `close` end a clause: punctuation before its
 * closing mark ("“We will win,” said ..."), or nothing but punctuation before its opening mark
 * in the sentence from `f` (“We will win” said ...)?
 */
function quoteClosesClause(ctx: Context, close: number, f: number): boolean {
  const tokens = ctx.tokens;
  const open = ctx.quotes[ctx.quoteOf[close]!]!.openToken;
  if (close - 1 > open && tokens[close - 1]!.kind === TokenKind.Punct) return true;
  return open <= f || tokens[open - 1]!.kind === TokenKind.Punct;
}

/** Cue verb forms that are never a noun or an adjective after a possessive. */
const NEVER_NOUN_CUES = new Set(words('said says told tells wrote writes added adds warned warns insisted insists argued argues explained explains'));

/** Cue forms that are just as often nouns ("support", "calls", "fears"). */
const AMBIGUOUS_NOUN_VERBS = new Set(words(`
support supports call calls attack attacks question fear fears point points credit plan plans claim claims
hope hopes report reports demand demands request requests comment comments promise promises pledge pledges
vow vows estimate estimates forecast forecasts show shows find finds doubt doubts praise blame reply
replies quote quotes post tweet tweets note notes remark challenge challenges concern want wants need needs
worry worries release releases reference detail details outline rule rules highlight highlights echo echoes
attack defend back request order record protest protests vote votes tweet plan plans
`));

/** Words that open the content of a weak cue verb ("explained how ...", "noted why ..."). */
const CATENATIVES = new Set(words(`
trying tried tries try continuing continued continues continue struggling struggled began begins beginning
begin started starts starting attempted attempting attempts went goes going rushed rushing moved moving
used
`));

const WEAK_COMPLEMENTS = new Set(words('how why what whether where when who'));

const WH_WORDS = new Set(words('how what why whether if when where who which about'));

/** "..., he said, harbour crews should stay alert": the rest of the sentence is content too. */
function addParentheticalRest(ctx: Context, c: Candidate, after: number, l: number): void {
  const tokens = ctx.tokens;
  const dash = isDash(tokens[after]);
  if ((!dash && !isPunct(tokens[after], ',')) || after + 1 >= l) return;
  const next = tokens[after + 1]!;
  if (next.kind !== TokenKind.Word || ctx.quoteOf[after + 1]! >= 0) return;
  // (after a dash only a clause of the speaker's condition or reason: "— unless …", not the reporter's "— and she meant it")
  if (dash && !CONTENT_SUBORDINATORS.has(next.lower)) return;
  // (a subordinate clause goes on with the content: "The plan worked, she said, until the money ran out")
  if ((next.lower.endsWith('ing') && next.lower !== 'including') || next.lower === 'according' || next.lower === 'who' || next.lower === 'which' || (PREPOSITIONS.has(next.lower) && !CONTENT_SUBORDINATORS.has(next.lower))) return;
  if (isClosingQuote(ctx, c.contentLast - 1)) return;
  const e = contentEndRight(ctx, after + 1, l);
  if (e > after + 1) addPiece(c, { start: tokens[after + 1]!.start, end: tokens[e - 1]!.end });
}

/** Content to the right runs to the sentence end, or past it while a quote it opened is still open. */
function contentEndRight(ctx: Context, cs: number, l: number): number {
  let last = l;
  const q = ctx.quoteOf[cs]!;
  if (q >= 0 && ctx.quotes[q]!.openToken === cs) {
    const quote = ctx.quotes[q]!;
    if (quote.closeToken >= l) last = quote.closeToken + 1;
    else if (quote.closeToken < 0) last = ctx.tokens.length;
  }
  // a following clause is not part of the content: ", saying ...", ", who ...", ", but ...", "; ...", "and said ..."
  const tokens = ctx.tokens;
  const quoteOf = ctx.quoteOf;
  const custom = ctx.custom;
  let listIntroduced = false; // after "three pillars --" or "three goals:", semicolons separate items
  for (let m = cs + 1; m < last - 1; m++) {
    if (!custom) {
      // a word inside a quote, or one before no cue word, ends nothing: passed over in a loop of its own
      while (m < last - 1 && tokens[m]!.kind === TokenKind.Word && (quoteOf[m]! >= 0 || (tokens[m + 1]!.flags & WordFlag.CueStart) === 0)) m++;
      if (m >= last - 1) break;
    }
    if (quoteOf[m]! >= 0) {
      // "... was maniacal,” adding, ...": the quote's comma ends the content too
      if (isClosingQuote(ctx, m) && isPunct(tokens[m - 1], ',') && quoteOf[m + 1]! < 0) {
        const v = tokens[m + 1]!;
        if (v.kind === TokenKind.Word && !v.upper && (cls(m + 1) & Cls.ClauseBreaker) !== 0) {
          last = m + 1;
          break;
        }
      }
      continue;
    }
    const u = tokens[m]!;
    if (u.kind === TokenKind.Punct) {
      const c = cls(m);
      if ((c & (Cls.Dash | Cls.Colon)) !== 0) listIntroduced = true;
      if ((c & Cls.Semicolon) !== 0 && !listIntroduced) {
        last = m;
        break;
      }
      if ((c & Cls.Comma) !== 0) {
        const v = tokens[m + 1]!;
        if (v.kind === TokenKind.Word && !v.upper && quoteOf[m + 1]! < 0 && (cls(m + 1) & Cls.ClauseBreaker) !== 0) {
          last = m;
          break;
        }
      }
    } else if (u.kind === TokenKind.Word && m + 1 < last) {
      // "and said": the next word's cue bit first (it is read next anyway), then this word's text
      const v = tokens[m + 1]!;
      if (v.kind === TokenKind.Word && (custom || (v.flags & WordFlag.CueStart) !== 0) && u.lower.length === 3 && (u.lower === 'and' || u.lower === 'but')) {
        const cw = cueWordAt(ctx, m + 1);
        if (cw !== undefined && cw.finite && !(tokens[m - 1] && tokens[m - 1]!.kind === TokenKind.Word && (cls(m - 1) & Cls.NounMarker) !== 0)) {
          last = m;
          break;
        }
      }
    }
  }
  return trimContentEnd(ctx, cs, last);
}

/** Nouns of the occasion or the medium of a statement ("in an interview", "in a tweet", "during the debate"). */
const MEDIUM_NOUNS = new Set(words(`
interview interviews statement statements email emails tweet tweets post posts speech speeches address remarks
letter letters op-ed column essay memo message release video appearance broadcast podcast briefing hearing
debate rally conversation call
`));

/**
 * Content that ends with the occasion of the statement ("praised the crews in a statement on
 * Monday", "called it a mistake in an interview with the Gazette"): the occasion is no part of
 * what was said, so the content ends before it. Looks back over a few tokens only.
 */
function mediumPhraseStart(ctx: Context, cs: number, e: number): number {
  const tokens = ctx.tokens;
  const floor = Math.max(cs + 1, e - 12);
  for (let m = e - 2; m >= floor; m--) {
    const t = tokens[m]!;
    if (t.kind === TokenKind.Quote || ctx.quoteOf[m]! >= 0 || (cls(m) & (Cls.Terminal | Cls.Semicolon | Cls.Colon | Cls.Dash)) !== 0) return e;
    if (t.kind !== TokenKind.Word) continue;
    const w = t.lower;
    if (w !== 'in' && w !== 'during' && w !== 'on' && w !== 'at') continue;
    // a determiner or a possessive, a modifier or two, then the noun
    for (let n = m + 1; n < e && n - m <= 4; n++) {
      const u = tokens[n]!;
      if (u.kind !== TokenKind.Word) break;
      if (MEDIUM_NOUNS.has(u.lower)) return n > m + 1 && (tokens[m - 1]!.kind === TokenKind.Word || (cls(m - 1) & Cls.Comma) !== 0) ? trimContentEnd(ctx, cs, m) : e;
    }
  }
  return e;
}

const SUBORDINATORS = new Set(words('when while after before because as although though since whereas until'));

/** Subordinators that go on with what was said rather than with the saying ("..., she said, until the money ran out"). */
const CONTENT_SUBORDINATORS = new Set(words('because although though since whereas until unless'));

const CLAUSE_BREAKERS = new Set(words('who but though although while whereas adding saying noting'));
const NOT_GERUNDS = new Set(words(`
during including according regarding concerning following something nothing anything everything morning
evening building meeting spending funding housing training beijing thing things
`));

/** Nouns of closeness that take "to" inside a source: "an adviser to the mayor", "a source close to him". */
const RELATION_TO_NOUNS = new Set(words(`
  close closest adviser advisers advisor advisors aide aides ambassador ambassadors envoy privy loyal
  assistant assistants counselor counsellor consultant consultants deputy successor heir
  donor donors contributor contributors loyalist loyalists
`));

/** Is the "to" at `k` part of a source ("adviser to the mayor") rather than the start of a new phrase? */
function isRelationTo(tokens: Token[], k: number, last: number): boolean {
  const prev = tokens[k - 1]!;
  const next = tokens[k + 1];
  if (prev.kind !== TokenKind.Word || !RELATION_TO_NOUNS.has(prev.lower) || !next || k + 1 >= last || next.kind !== TokenKind.Word) return false;
  const w = next.lower;
  return next.upper || w === 'the' || w === 'both' || w === 'his' || w === 'her' || w === 'their' || w === 'him' || w === 'them' || w === 'a' || w === 'an';
}

/** "Reyes — who is listed as the owner — told ...": the subject before an aside set off by dashes. */
function dashAsideSource(ctx: Context, dash: number, f: number): [number, number] | null {
  const tokens = ctx.tokens;
  for (let k = dash - 1; k > f && dash - k <= 30; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Quote || (isTerminalPunct(t) && !isAbbreviationPeriod(tokens, k)) || isPunct(t, ';')) return null;
    if (isDash(t)) {
      if (k === dash - 1) return null;
      const head = sourceEndingAt(ctx, k - 1, f);
      if (!head) return null;
      const h = tokens[head[0]]!;
      return h.upper || h.lower === 'the' || PERSONAL_PRONOUNS.has(h.lower) ? head : null;
    }
  }
  return null;
}

/**
 * The quote closing at token `close` runs on from a word of its clause ("a host of “The Morning
 * Hour,”", "calls the plan a “fiasco,”") after a comma that opens an aside: a title or a phrase
 * inside the aside, not a quotation a cue after it reports.
 */
function quoteInAside(ctx: Context, close: number, f: number): boolean {
  const tokens = ctx.tokens;
  const open = ctx.quotes[ctx.quoteOf[close]!]!.openToken;
  if (open - 1 <= f || close - open > 12) return false;
  const lead = tokens[open - 1]!;
  if (lead.kind !== TokenKind.Word || lead.upper) return false;
  for (let k = open - 2; k > f && open - k <= 30; k--) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Quote || (isTerminalPunct(t) && !isAbbreviationPeriod(tokens, k)) || isPunct(t, ';') || isPunct(t, ':')) return false;
    if (isPunct(t, ',')) return true;
  }
  return false;
}

/**
 * "Ana Ortiz, at a law firm in Lyon, argues" / "Omar Haddad, president of the union, which
 * represents teachers, said": the source runs from a name at the clause start through the
 * appositive(s) and the comma before the cue.
 */
function appositiveSource(ctx: Context, comma: number, f: number): [number, number] | null {
  const tokens = ctx.tokens;
  let best: [number, number] | null = null;
  let bestAppositive = -1;
  let k = comma - 1;
  let steps = 0;
  let commas = 0;
  while (k >= f && steps < 45 && commas < 4) {
    const t = tokens[k]!;
    if (t.kind === TokenKind.Quote && isClosingQuote(ctx, k)) {
      // "Ruiz, who calls the plan a “fiasco,” said": skip the quoted words
      const q = ctx.quotes[ctx.quoteOf[k]!]!;
      if (q.openToken <= f || k - q.openToken > 12) break;
      steps += k - q.openToken;
      k = q.openToken - 1;
      continue;
    }
    if (t.kind === TokenKind.Quote || (isTerminalPunct(t) && !isAbbreviationPeriod(tokens, k)) || isPunct(t, ';')) break;
    if (isPunct(t, ',')) {
      commas++;
      const head = sourceEndingAt(ctx, k - 1, f);
      if (head && k + 1 < comma) {
        const h = tokens[head[0]]!;
        const startsClause =
          head[0] === f ||
          isPunct(tokens[head[0] - 1], ',') ||
          isDash(tokens[head[0] - 1]) ||
          isClosingQuote(ctx, head[0] - 1) ||
          (tokens[head[0] - 1]!.kind === TokenKind.Word && SOURCE_STOP_WORDS.has(tokens[head[0] - 1]!.lower)) ||
          // "Even Reyes, a longtime ally, said": a leading word trimmed off the name
          (tokens[head[0] - 1]!.kind === TokenKind.Word && (cls(head[0] - 1) & Cls.LeadingTrim) !== 0 && (head[0] - 1 === f || isPunct(tokens[head[0] - 2], ',')));
        if ((h.upper || h.lower === 'the' || PERSONAL_PRONOUNS.has(h.lower) || (best === null && head[1] - head[0] >= 2 && (cls(head[0]) & Cls.Determiner) !== 0 && h.lower !== 'that' && (tokens[k + 1]!.upper || tokens[k + 1]!.lower === 'who'))) && startsClause) {
          best = head;
          bestAppositive = k + 1;
        }
      }
    }
    k--;
    steps++;
  }
  if (!best) return null;
  const a = tokens[bestAppositive]!;
  if (a.kind === TokenKind.Word && a.lower.endsWith('ing') && !a.upper) {
    // a participle clause ("Trump, speaking in Ohio, said") is not part of the source
    return best;
  }
  // nor is an aside about the saying: "Ruiz, meanwhile, said", "Ruiz, for her part, said",
  // "Ruiz, in a short phone call on Friday, said" (but "Ruiz, of the Harbour Institute, said")
  if (isSayingAside(tokens, bestAppositive)) return best;
  return [best[0], comma + 1];
}

/** Words that open an aside about the saying rather than about the speaker. */
const SAYING_ASIDE_OPENERS = new Set(words('however meanwhile though too instead likewise nonetheless also again once in on after before during'));

/** Whether the aside starting at token k is about the saying: "meanwhile", "for her part", "for example", "by contrast", "in an interview". */
function isSayingAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== TokenKind.Word || t.upper) return false;
  const w = t.lower;
  if (SAYING_ASIDE_OPENERS.has(w)) return true;
  const next = tokens[k + 1];
  if (!next) return false;
  if (w === 'for') return next.lower === 'instance' || next.lower === 'example' || (POSSESSIVE_DETERMINERS.has(next.lower) && tokens[k + 2]?.lower === 'part');
  return w === 'by' && next.lower === 'contrast';
}

/** Bound each sentence's contents so nested and sibling attributions do not overrun each other. */
function settleSentence(ctx: Context, out: Candidate[], start: number): void {
  const tokens = ctx.tokens;
  for (let a = start; a < out.length; a++) {
    const x = out[a]!;
    if (x.contentLeft || x.kind === 'no-source') continue;
    for (let b = a + 1; b < out.length; b++) {
      const y = out[b]!;
      // a later left-content attribution whose source starts after our cue ends our content at its comma
      if (y.contentLeft && y.sourceFirst > x.cueLast && y.contentFirst <= x.cueFirst && y.sourceFirst <= x.contentLast) {
        const boundary = y.kind === 'according-to' ? y.cueFirst : Math.min(y.sourceFirst, y.cueFirst);
        x.contentLast = Math.min(x.contentLast, trimContentEnd(ctx, x.contentFirst, boundary));
        if (isClosingQuote(ctx, boundary - 2) && isPunct(tokens[boundary - 1], ',')) x.contentLast = boundary - 1;
      }
      // a cue inside another's source ("Cruz, who says A, said B"): its content ends with that source
      if (!y.contentLeft && y.sourceFirst <= x.cueFirst && y.sourceLast > x.cueFirst && y.sourceLast <= x.contentLast) {
        x.contentLast = Math.min(x.contentLast, trimContentEnd(ctx, x.contentFirst, y.sourceLast));
      }
      // "..., in which he said ...": a relative clause with its own speaker starts a new content
      if (!y.contentLeft && y.sourceFirst > x.cueLast && y.sourceFirst < x.contentLast && y.sourceFirst >= 2) {
        const rel = tokens[y.sourceFirst - 1]!;
        if ((rel.lower === 'which' || rel.lower === 'who' || rel.lower === 'whom') && ctx.quoteOf[y.sourceFirst]! < 0) {
          let cut = y.sourceFirst - 1;
          if (PREPOSITIONS.has(tokens[cut - 1]!.lower)) cut--;
          if (isPunct(tokens[cut - 1], ',')) x.contentLast = Math.min(x.contentLast, trimContentEnd(ctx, x.contentFirst, cut - 1));
        }
      }
      // "..., “That is just good sense,” when the mayor mocked him": a subordinate clause with its own speaker
      if (!y.contentLeft && y.sourceFirst > x.cueLast && y.sourceFirst < x.contentLast && y.sourceFirst >= 2) {
        const sub = tokens[y.sourceFirst - 1]!;
        const lead = tokens[y.sourceFirst - 2]!;
        if (sub.kind === TokenKind.Word && SUBORDINATORS.has(sub.lower) && (isPunct(lead, ',') || isClosingQuote(ctx, y.sourceFirst - 2)) && ctx.quoteOf[y.sourceFirst]! < 0) {
          x.contentLast = Math.min(x.contentLast, isClosingQuote(ctx, y.sourceFirst - 2) ? y.sourceFirst - 1 : trimContentEnd(ctx, x.contentFirst, y.sourceFirst - 2));
        }
      }
      // a sibling clause "X said A, and Y said B" / "when X signaled A, Y said, ...": cut before it
      if (!y.contentLeft && y.kind !== 'no-source' && y.sourceLast > y.sourceFirst && y.sourceFirst > x.cueLast && y.sourceFirst > x.contentFirst && y.sourceFirst < x.contentLast) {
        const p = tokens[y.sourceFirst - 1];
        const pp = tokens[y.sourceFirst - 2];
        // (", with 40 percent saying ...": a participle's source after "with" too)
        if (p && (isPunct(p, ';') || isPunct(p, ',') || isDash(p) || ((p.lower === 'and' || p.lower === 'but') && pp && (isPunct(pp, ',') || isDash(pp) || shortNameBeforeCue(tokens, y))) || (p.lower === 'with' && pp && (isPunct(pp, ',') || isDash(pp) || isPunct(pp, '-'))))) {
          if (ctx.quoteOf[y.sourceFirst]! < 0) x.contentLast = trimContentEnd(ctx, x.contentFirst, y.sourceFirst - 1);
        }
      }
    }
    // "The governor, who opposes the tax, vetoed ...": a relative clause set off by commas ends at its closing comma
    // (only when the main clause's verb follows the comma, so the next cue is no longer swallowed)
    if (!x.contentLeft && x.sourceLast - x.sourceFirst === 1 && x.sourceFirst >= 1 && isPunct(tokens[x.sourceFirst - 1], ',') && (tokens[x.sourceFirst]!.lower === 'who' || tokens[x.sourceFirst]!.lower === 'which')) {
      const comma = commaBeforeMainVerb(ctx, x.contentFirst, x.contentLast, true);
      if (comma >= 0) x.contentLast = comma;
    }
    if (x.contentLast <= x.contentFirst) x.contentLast = x.contentFirst;
  }
}

/**
 * The closing comma of a relative clause set off by commas in the content (from, last): the first
 * comma, before any quotation, that a lower-case finite verb of the main clause follows ("The
 * governor, who opposes the tax, vetoed"), or -1. With `cues`, a cue verb counts as that verb too.
 */
function commaBeforeMainVerb(ctx: Context, from: number, last: number, cues: boolean): number {
  const tokens = ctx.tokens;
  for (let m = from + 1; m + 1 < last; m++) {
    if (ctx.quoteOf[m]! >= 0) break;
    const v = tokens[m + 1]!;
    if (isPunct(tokens[m], ',') && v.kind === TokenKind.Word && !v.upper && (isClauseVerb(m + 1) || (cues && cueWordAt(ctx, m + 1) !== undefined))) return m;
  }
  return -1;
}

/** "... and Reyes said", "... and she said": a name of up to three words or a subject pronoun right before the cue (a new speaker after "and" with no comma). */
function shortNameBeforeCue(tokens: Token[], y: Candidate): boolean {
  return y.cueFirst === y.sourceLast && y.sourceLast - y.sourceFirst <= 3 && (tokens[y.sourceFirst]!.upper || (y.sourceLast - y.sourceFirst === 1 && SUBJECT_ONLY_PRONOUNS.has(tokens[y.sourceFirst]!.lower)));
}

/** "“...” ― Sonya Herridge": a dash after a quotation, then the speaker's name. */
function dashSignatures(ctx: Context, sentences: TokenSentence[], cands: Candidate[]): void {
  const tokens = ctx.tokens;
  // a dash right after a closing mark: look only after the closing marks
  let anyDash = false;
  for (let q = 0; q < ctx.quotes.length && !anyDash; q++) {
    const c = ctx.quotes[q]!.closeToken;
    if (c < 0 || !isClosingQuote(ctx, c)) continue;
    const t = tokens[c + 1];
    anyDash = t !== undefined && t.kind === TokenKind.Punct && (isDash(t) || t.lower === '―');
  }
  if (!anyDash) return;
  let s = 0;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(isDash(t) || (t.kind === TokenKind.Punct && t.lower === '―')) || !isClosingQuote(ctx, k - 1)) continue;
    let m = k + 1;
    while (m < tokens.length && m - k <= 5 && tokens[m]!.kind === TokenKind.Word && tokens[m]!.upper) m++;
    if (m === k + 1) continue;
    const after = tokens[m];
    if (after && !isTerminalPunct(after) && !isPunct(after, ',') && after.kind !== TokenKind.Quote) continue;
    while (s + 1 < sentences.length && sentences[s + 1]!.first <= k) s++;
    const q = ctx.quotes[ctx.quoteOf[k - 1]!]!;
    const c = blankCandidate(k, k + 1, 'direct', s);
    c.sourceFirst = k + 1;
    c.sourceLast = m;
    c.contentFirst = q.openToken;
    c.contentLast = k;
    c.contentLeft = true;
    cands.push(c);
  }
}

/** Quotes that continue a speaker's words in following sentences ("“A,” she said. “B.”"). */
function attachContinuations(ctx: Context, sentences: TokenSentence[], cands: Candidate[]): void {
  const tokens = ctx.tokens;
  let ci = 0;
  const bySentence = scratch(2, sentences.length, -1);
  for (; ci < cands.length; ci++) bySentence[cands[ci]!.sentence] = ci;
  for (let s = 0; s < sentences.length; s++) {
    let a = bySentence[s]!;
    if (a < 0) continue;
    let cand = cands[a]!;
    let quoted = isOpeningQuote(ctx, cand.contentFirst) || (cand.contentLeft && isClosingQuote(ctx, cand.contentLast - 1));
    // "“A,” Ortiz said, pointing to the docks. “B.”", "“A,” said Ortiz, who runs the docks. “B.”":
    // a clause after the quote's own cue leaves the speaker of the quotation
    while (!quoted && a > 0 && cands[a - 1]!.sentence === s) {
      cand = cands[--a]!;
      quoted = isOpeningQuote(ctx, cand.contentFirst) || (cand.contentLeft && isClosingQuote(ctx, cand.contentLast - 1));
    }
    if (!quoted || cand.kind === 'no-source' || cand.sourceLast <= cand.sourceFirst) continue;
    // a quote right after the cue in the same sentence: "“A,” she said, “B.”"
    const sent = sentences[s]!;
    const after = cand.contentLeft ? Math.max(cand.cueLast, cand.sourceLast) : -1;
    if (after > 0) {
      let k = after;
      // past the addressee or an aside on the speaker: "“A,” Lind told the Gazette, “B.”", "“A,” said Lind, a ferry pilot, “B.”"
      for (let m = k; m < sent.last && m - after <= MAX_ADJUNCT_TOKENS; m++) {
        const u = tokens[m]!;
        if (u.kind === TokenKind.Quote || ctx.quoteOf[m]! >= 0 || (cls(m) & (Cls.Terminal | Cls.Semicolon | Cls.Colon)) !== 0) break;
        if ((cls(m) & Cls.Comma) !== 0 && m + 1 < sent.last && isOpeningQuote(ctx, m + 1)) {
          k = m;
          break;
        }
      }
      if (isPunct(tokens[k], ',') || isPunct(tokens[k], ':')) k++;
      if (k < sent.last && isOpeningQuote(ctx, k)) {
        const q = ctx.quotes[ctx.quoteOf[k]!]!;
        const endTok = q.closeToken >= 0 ? q.closeToken + 1 : tokens.length;
        addPiece(cand, { start: tokens[k]!.start, end: tokens[endTok - 1]!.end });
      }
    }
    // following sentences that are nothing but a quotation, with no cue of their own
    for (let n = s + 1; n < sentences.length; n++) {
      if (bySentence[n]! >= 0) break;
      const ns = sentences[n]!;
      if (!isOpeningQuote(ctx, ns.first)) {
        // a sentence of the reporter's own with no quotation in it does not change the speaker
        // ("“A,” Ortiz said. The docks close at six. “B.”")
        let quoteIn = false;
        for (let k = ns.first; k < ns.last && !quoteIn; k++) quoteIn = ctx.quoteOf[k]! >= 0;
        if (!quoteIn) continue;
        break;
      }
      const q = ctx.quotes[ctx.quoteOf[ns.first]!]!;
      if (q.closeToken >= 0 && q.closeToken < ns.last - 2) break;
      const endTok = q.closeToken >= 0 ? q.closeToken + 1 : tokens.length;
      const piece = { start: tokens[ns.first]!.start, end: tokens[endTok - 1]!.end };
      const lastPiece = cand.extraPieces[cand.extraPieces.length - 1];
      if (lastPiece && lastPiece.end >= piece.start) continue;
      addPiece(cand, piece);
      if (q.closeToken < 0 || q.closeToken >= ns.last) {
        // the quote runs on through later sentences: covered by this piece
        while (n + 1 < sentences.length && sentences[n + 1]!.first <= endTok - 1) n++;
      }
    }
  }
}

export interface AttributionScan {
  attributions: LocalAttribution[];
}

// Word classes. The rules ask the same few questions of the same tokens many times ("a
// preposition?", "a stop word?", "an abbreviation's period?"): the answers are bits, a word's
// worked out once and kept by its number, a mark's (a few comparisons) each time.

const enum Cls {
  Determiner = 1 << 0,
  NonFinal = 1 << 1,
  NounMarker = 1 << 2,
  Personal = 1 << 3,
  Preposition = 1 << 4,
  Relative = 1 << 5,
  LeadingTrim = 1 << 6,
  Stop = 1 << 7,
  Auxiliary = 1 << 8,
  /** Longer than four letters, ends in -ly and is no NOT_ADVERBS word. */
  LyAdverb = 1 << 9,
  PossessiveDeterminer = 1 << 10,
  SubjectOnly = 1 << 11,
  /** Longer than four letters, ends in -ing and is no SOURCE_ING_WORDS word. */
  IngNotSource = 1 << 12,
  Adjunct = 1 << 13,
  Timeish = 1 << 14,
  /** A known abbreviation (NEVER_FINAL_ABBREVIATIONS or MAYBE_FINAL_ABBREVIATIONS). */
  Abbreviation = 1 << 15,
  /** isPossessive */
  Possessive = 1 << 16,
  /** A CLAUSE_BREAKERS word or a gerund longer than five letters that is no NOT_GERUNDS word. */
  ClauseBreaker = 1 << 17,
  Be = 1 << 18,
  EndsEd = 1 << 19,
  ParentheticalAdverb = 1 << 20,
  // punctuation tokens only
  Comma = 1 << 21,
  Terminal = 1 << 22,
  Dash = 1 << 23,
  Semicolon = 1 << 24,
  Colon = 1 << 25,
  Period = 1 << 26,
  CloseParen = 1 << 27,
  /** Terminal punctuation for which isAbbreviationPeriod holds. */
  AbbreviationPeriod = 1 << 28,
  OpenParen = 1 << 29,
  /** A word that may open a time phrase after the verb (see timeTail). */
  TimeTailStart = 1 << 30,
}

const TIMEISH_WORDS = words(`
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight on last this week earlier later night morning afternoon evening recently repeatedly privately publicly again also separately
`);

// Word tokens never carry punctuation bits, so in the word table those bits mark the exceptions
// the suffix rules need; classify turns them into the bits above.
const IN_SOURCE_ING_WORDS = Cls.Comma;
const IN_NOT_GERUNDS = Cls.Terminal;
const IN_NOT_ADVERBS = Cls.Dash;
const EXCEPTION_MARKS = IN_SOURCE_ING_WORDS | IN_NOT_GERUNDS | IN_NOT_ADVERBS;

let wordClasses: Map<string, number> | null = null;

/** A 4096-slot filter over the word table: most words are in no class and skip the lookup. */
const wordFilter = new Uint8Array(4096);

function filterSlot(w: string, n: number): number {
  return (n * 977 + w.charCodeAt(0) * 31 + w.charCodeAt(n - 1) * 7) & 4095;
}

function buildWordClasses(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(DETERMINERS, Cls.Determiner);
  add(NON_FINAL_SOURCE_WORDS, Cls.NonFinal);
  add(NOUN_MARKERS, Cls.NounMarker);
  add(PERSONAL_PRONOUNS, Cls.Personal);
  add(PREPOSITIONS, Cls.Preposition);
  add(RELATIVE_PRONOUNS, Cls.Relative);
  add(SOURCE_LEADING_TRIM, Cls.LeadingTrim);
  add(SOURCE_STOP_WORDS, Cls.Stop);
  add(CUE_AUXILIARIES, Cls.Auxiliary);
  add(POSSESSIVE_DETERMINERS, Cls.PossessiveDeterminer);
  add(SUBJECT_ONLY_PRONOUNS, Cls.SubjectOnly);
  add(ADJUNCT_PREPOSITIONS, Cls.Adjunct);
  add(TIMEISH_WORDS, Cls.Timeish);
  add(CLAUSE_BREAKERS, Cls.ClauseBreaker);
  add(BE_FORMS, Cls.Be);
  add(NEVER_FINAL_ABBREVIATIONS, Cls.Abbreviation);
  add(MAYBE_FINAL_ABBREVIATIONS, Cls.Abbreviation);
  add(PARENTHETICAL_ADVERBS, Cls.ParentheticalAdverb);
  add(SOURCE_ING_WORDS, IN_SOURCE_ING_WORDS);
  add(NOT_GERUNDS, IN_NOT_GERUNDS);
  add(NOT_ADVERBS, IN_NOT_ADVERBS);
  for (const w of map.keys()) if (w.length > 0) wordFilter[filterSlot(w, w.length)] = 1;
  add(WEEKDAYS, Cls.TimeTailStart);
  add(SINGLE_TIME_WORDS, Cls.TimeTailStart);
  return map;
}

/** The tokens of the paragraph being scanned. */
let clsTokens: Token[] = [];
let clsCount = 0;

/**
 * The class bits of each word of text.ts's table, by word number less firstWordNumber() (-1: not
 * worked out yet): a word's bits depend only on its characters, so they are worked out once per
 * word instead of once per paragraph it occurs in, and without reading the word's text again.
 * Read straight from here, they need no list per paragraph to be filled and looked up first.
 */
let byWordBase = 0;
let byWord = new Int32Array(1024).fill(-1);
/** byWord's mark for a word written as two tokens ("he’s" → "he" "’s"): each token's bits come from its own text. */
const SPLIT_WORD = -2;

/**
 * Both tokens of a split contraction ("he" "’s") carry the whole word's number: is token k the
 * second (it starts where the first ends)? Its answers are worked out from its text.
 */
function isContractionTail(tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const prev = tokens[k - 1]!;
  const t = tokens[k]!;
  return prev.word === t.word && prev.end === t.start;
}

function startClasses(tokens: Token[]): void {
  wordClasses ??= buildWordClasses();
  const base = firstWordNumber();
  if (base !== byWordBase) {
    // the table started afresh: its numbers now name other words
    byWord.fill(-1);
    cueByWord.fill(undefined);
    byWordBase = base;
  }
  clsTokens = tokens;
  clsCount = tokens.length;
}

/** The class bits of token k (0 outside the paragraph). */
function cls(k: number): number {
  if (k < 0 || k >= clsCount) return 0;
  // a word seen before: its bits by its number (a mark's number, -1, is below every slot)
  const slot = clsTokens[k]!.word - byWordBase;
  if (slot >= 0 && slot < byWord.length) {
    const c = byWord[slot]!;
    if (c >= 0) return c;
  }
  return classify(k);
}

function classify(k: number): number {
  const t = clsTokens[k]!;
  const w = t.lower;
  let c = 0;
  if (t.kind === TokenKind.Punct) {
    // told apart by character code: a mark's text is no interned string, so each comparison with
    // one would be a call
    if (w.length === 1) {
      switch (w.charCodeAt(0)) {
        case 44: // ,
          c = Cls.Comma;
          break;
        case 46: // .
          c = Cls.Period | Cls.Terminal;
          break;
        case 59: // ;
          c = Cls.Semicolon;
          break;
        case 58: // :
          c = Cls.Colon;
          break;
        case 41: // )
          c = Cls.CloseParen;
          break;
        case 40: // (
        case 91: // [ (a Markdown link's: "..., [according to the minutes](...)")
          c = Cls.OpenParen;
          break;
        case 33: // !
        case 63: // ?
        case 0x2026: // …
          c = Cls.Terminal;
          break;
        case 0x2014: // —
        case 0x2013: // –
          c = Cls.Dash;
          break;
      }
    } else if (w === '...') c = Cls.Terminal;
    else if (w === '--') c = Cls.Dash;
    if ((c & Cls.Terminal) !== 0 && isAbbreviationPeriod(clsTokens, k)) c |= Cls.AbbreviationPeriod;
  } else if (t.kind === TokenKind.Word || t.kind === TokenKind.Number) {
    c = wordClassBits(w);
    const slot = t.word - byWordBase;
    if (slot < 0) return c;
    if (slot >= byWord.length) {
      let len = byWord.length;
      while (len <= slot) len *= 2;
      const grown = new Int32Array(len).fill(-1);
      grown.set(byWord);
      byWord = grown;
    }
    // (a split word's two tokens, both with its number, are told apart by their texts every time)
    const next = k + 1 < clsCount ? clsTokens[k + 1]! : undefined;
    byWord[slot] = isContractionTail(clsTokens, k) || (next !== undefined && next.word === t.word && next.start === t.end) ? SPLIT_WORD : c;
  }
  return c;
}

/** The class bits of a word or number written `w` (lowercased). */
function wordClassBits(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const m = wordFilter[filterSlot(w, n)] !== 0 ? wordClasses!.get(w) ?? 0 : 0;
  let c = m & ~EXCEPTION_MARKS;
  const last = w.charCodeAt(n - 1);
  if (last === 100 && w.charCodeAt(n - 2) === 101) c |= Cls.EndsEd; // -ed
  if (last === 103 && n >= 3 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105) {
    // -ing
    if (n > 4 && (m & IN_SOURCE_ING_WORDS) === 0) c |= Cls.IngNotSource;
    if (n > 5 && (m & IN_NOT_GERUNDS) === 0) c |= Cls.ClauseBreaker;
  }
  if (last === 121 && n > 4 && w.charCodeAt(n - 2) === 108 && (m & IN_NOT_ADVERBS) === 0) c |= Cls.LyAdverb; // -ly
  if ((last === 115 || last === 39 || last === 0x2019) && isPossessive(w)) c |= Cls.Possessive;
  return c;
}

/** The candidates of the paragraph being scanned (emptied, not replaced, for each paragraph). */
const candidateList: Candidate[] = [];

/** A candidate with a subject, content or pieces, or whose content is the next paragraph. */
function hasAnyContent(c: Candidate): boolean {
  return c.subjectLast > c.subjectFirst || c.contentLast > c.contentFirst || c.extraPieces.length > 0 || c.nextParagraph;
}

/** The context of the paragraph being scanned: one object, refilled for each paragraph. */
const sharedContext: Context = { text: '', tokens: [], quoteOf: new Int32Array(0), quotes: [], lexicon: DEFAULT_LEXICON, cueWords: new Map(), custom: false };

/** The list of a paragraph without attributions: shared, never written to. */
export const NO_ATTRIBUTIONS: LocalAttribution[] = [];

/** The quote of each token in a paragraph without quotes: -1 throughout. */
let noQuotes = new Int32Array(1024).fill(-1);

/** Find the attributions of one paragraph. */
export function findAttributions(
  text: string,
  tokens: Token[],
  sentences: TokenSentence[],
  quotes: QuoteRange[],
  lexicon: Map<string, CueForm[]>,
): LocalAttribution[] {
  let quoteOf: Int32Array;
  if (quotes.length === 0) {
    // most paragraphs quote nobody: one list of -1s, never written, serves them all
    if (noQuotes.length < tokens.length) noQuotes = new Int32Array(tokens.length * 2).fill(-1);
    quoteOf = noQuotes;
  } else quoteOf = scratch(1, tokens.length, -1);
  for (let q = 0; q < quotes.length; q++) {
    const r = quotes[q]!;
    const end = r.closeToken >= 0 ? r.closeToken : tokens.length - 1;
    for (let k = r.openToken; k <= end; k++) quoteOf[k] = q;
  }
  startClasses(tokens);
  candidatePoolNext = 0;
  const ctx = sharedContext;
  ctx.text = text;
  ctx.tokens = tokens;
  ctx.quoteOf = quoteOf;
  ctx.quotes = quotes;
  ctx.lexicon = lexicon;
  ctx.cueWords = cueWordsFor(lexicon);
  ctx.custom = lexicon !== DEFAULT_LEXICON;
  const cands = candidateList;
  while (cands.length > 0) cands.pop(); // keeps the list's storage, unlike setting the length
  for (let s = 0; s < sentences.length; s++) scanSentence(ctx, s, sentences[s]!, cands);
  // both look for quotation marks only
  if (quotes.length > 0) {
    dashSignatures(ctx, sentences, cands);
    attachContinuations(ctx, sentences, cands);
  }

  // the list is made at its final size: grown by pushes, a list of one would hold room for seventeen
  let count = 0;
  for (let ci = 0; ci < cands.length; ci++) if (hasAnyContent(cands[ci]!)) count++;
  if (count === 0) return NO_ATTRIBUTIONS;
  const out = new Array<LocalAttribution>(count);
  let next = 0;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci]!;
    if (!hasAnyContent(c)) continue;
    const hasSubject = c.subjectLast > c.subjectFirst;
    const hasContent = c.contentLast > c.contentFirst;
    const pieces = c.extraPieces;
    let content: LocalSpan[];
    if (pieces.length === 0 && hasSubject !== hasContent) {
      // one piece, the usual case: a list of exactly that size
      content = [hasSubject ? { start: tokens[c.subjectFirst]!.start, end: tokens[c.subjectLast - 1]!.end } : { start: tokens[c.contentFirst]!.start, end: tokens[c.contentLast - 1]!.end }];
    } else {
      // made at its final size too
      const n = (hasSubject ? 1 : 0) + (hasContent ? 1 : 0) + pieces.length;
      content = n === 0 ? [] : new Array<LocalSpan>(n);
      let k = 0;
      if (hasSubject) content[k++] = { start: tokens[c.subjectFirst]!.start, end: tokens[c.subjectLast - 1]!.end };
      if (hasContent) content[k++] = { start: tokens[c.contentFirst]!.start, end: tokens[c.contentLast - 1]!.end };
      for (let p = 0; p < pieces.length; p++) content[k++] = pieces[p]!;
      if (n > 1) sortInOrder(content, byStart);
    }
    const cue = { start: tokens[c.cueFirst]!.start, end: tokens[c.cueLast - 1]!.end };
    const source = c.sourceLast > c.sourceFirst ? { start: tokens[c.sourceFirst]!.start, end: tokens[c.sourceLast - 1]!.end } : null;
    let kind = c.kind;
    if (kind === 'indirect' && content.length > 0) kind = quotedKind(ctx, c);
    // the optional mark is written in the literal: added later, it would give the object a
    // separate property store
    out[next++] = c.nextParagraph ? { kind, source, cue, content, parent: -1, contentInNextParagraph: true } : { kind, source, cue, content, parent: -1 };
  }
  sortInOrder(out, byCueStart);
  linkNesting(out);
  // Reported speech inside reported speech is kept only where news copy attributes a whole
  // report to its teller ("Rubio reiterated that ..., the ministry said"; "Rubio reiterated ...,
  // according to Bruce"). A cue inside the content after another cue ("Bruce said that Cho and
  // Rubio agreed ...") is part of that attribution's content, not a claim of its own (PolNeAR
  // annotates it as such far more often than not).
  let dropped = 0;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.parent < 0) continue;
    const p = out[a.parent]!;
    // (a hedge such as "seemed to" or "reportedly" is no report that holds the cue, unlike a question)
    if (p.cue.start < a.cue.start && !(p.kind === 'no-source' && !QUESTION_OR_PASSIVE_START.test(text.slice(p.cue.start, p.cue.end)))) {
      a.kind = 'drop' as AttributionKind;
      dropped++;
    }
  }
  if (dropped === 0) return out;
  const kept = new Array<LocalAttribution>(out.length - dropped);
  let k = 0;
  for (let i = 0; i < out.length; i++) if (out[i]!.kind !== ('drop' as AttributionKind)) kept[k++] = out[i]!;
  linkNesting(kept);
  return kept;
}

/** No-source cues that frame a question or a passive ("asked whether", "is expected to"): a cue inside their content is theirs. */
const QUESTION_OR_PASSIVE_START = /^(?:asked|pressed|questioned|when|if|was|were|is|be)/i;

function byStart(a: LocalSpan, b: LocalSpan): number {
  return a.start - b.start;
}

function byCueStart(a: LocalAttribution, b: LocalAttribution): number {
  return a.cue.start - b.cue.start;
}

/** direct when the content is nothing but quotation(s), partial when it contains one. */
function quotedKind(ctx: Context, c: Candidate): AttributionKind {
  const first = c.contentFirst;
  const last = c.contentLast - 1;
  if (last < first || ctx.quotes.length === 0) return 'indirect';
  const qFirst = ctx.quoteOf[first]!;
  const qLast = ctx.quoteOf[last]!;
  if (qFirst >= 0 && qFirst === qLast && ctx.quotes[qFirst]!.openToken === first) return 'direct';
  if (qFirst >= 0 && ctx.quotes[qFirst]!.openToken === first && qLast >= 0 && ctx.quotes[qLast]!.closeToken === last) {
    // several quotes glued only by punctuation
    let onlyQuotes = true;
    for (let k = first; k <= last; k++) {
      if (ctx.quoteOf[k]! < 0 && ctx.tokens[k]!.kind !== TokenKind.Punct) {
        onlyQuotes = false;
        break;
      }
    }
    if (onlyQuotes) return 'direct';
  }
  // a quote's tokens are exactly those from its opening mark to its end: overlap, not a token walk
  const quotes = ctx.quotes;
  const lastToken = ctx.tokens.length - 1;
  for (let q = 0; q < quotes.length; q++) {
    const r = quotes[q]!;
    const end = r.closeToken >= 0 ? r.closeToken : lastToken;
    if (r.openToken <= end && r.openToken <= last && end >= first) return 'partial';
  }
  return 'indirect';
}

/** parent = the closest earlier-or-later attribution whose content contains this cue (bounded window). */
function linkNesting(list: LocalAttribution[]): void {
  const WINDOW = 12;
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const a = list[i]!;
    const cueStart = a.cue.start;
    const cueEnd = a.cue.end;
    let best = -1;
    let bestSize = Infinity;
    const lo = Math.max(0, i - WINDOW);
    const hi = Math.min(n, i + WINDOW + 1);
    for (let j = lo; j < hi; j++) {
      if (j === i) continue;
      const content = list[j]!.content;
      for (let p = 0; p < content.length; p++) {
        const piece = content[p]!;
        if (piece.start <= cueStart && cueEnd <= piece.end) {
          const size = piece.end - piece.start;
          if (size < bestSize) {
            bestSize = size;
            best = j;
          }
        }
      }
    }
    a.parent = best;
  }
  // break accidental cycles (a inside b inside a): keep the larger as the parent
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!.parent;
    if (p >= 0 && list[p]!.parent === i) list[p]!.parent = -1;
  }
}
