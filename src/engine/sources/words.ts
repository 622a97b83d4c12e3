// What the lexicons say about one lower-case word, as bits. The tokenizer works the bits out
// once per distinct word (it keeps a table of the words it has seen), so the mention finder
// tests a bit where it would otherwise look the word up in a dozen sets, token after token.
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, ELECTION_MODIFIERS, QUALIFIER_OBJECTS } from './lexicon/anonymous';
import {
  CALENDAR_WORDS,
  CHINESE_FAMILY_NAMES,
  FEMALE_GIVEN_NAMES,
  KOREAN_FAMILY_NAMES,
  MALE_GIVEN_NAMES,
  NATIONALITIES,
  NOT_NAMES,
  PARTY_WORDS,
  PLACES,
} from './lexicon/names';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEAD_WORDS, ORGANIZATION_ROLE_HEADS, ORGANIZATION_ROLE_MODIFIERS } from './lexicon/organizations';
import { TITLE_BY_PHRASE } from './lexicon/titles';
import { words } from '../lexicon/table';
import { detached } from '../text';

/** Lower-case words allowed inside a proper name when a capitalised word follows. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(words(`
of for on de del della di da dos du van von der den bin al la le y
`));

export const ORGANIZATION_SUFFIX_NOUNS: ReadonlySet<string> = new Set(['administration', 'campaign', 'government']);

/** Ranks that belong to the title that follows ("Deputy Attorney General", "Vice Foreign Minister"). */
export const TITLE_RANKS: ReadonlySet<string> = new Set(words(`
deputy vice assistant associate acting senior chief executive principal first under interim special
`));

/** Words before a title that say when, not who: never part of an affiliation. */
export const AFFILIATION_SKIP: ReadonlySet<string> = new Set(words(`
former interim acting then incoming outgoing current longtime veteran new first the
`));

/** Last words that make a capitalised phrase a thing, not a person ("Clean Air Act", "Election Day"). */
export const NOT_PERSON_LAST_WORDS: ReadonlySet<string> = new Set(words(`
act amendment street avenue road river island square bridge airport station plaza tower building program
programme treaty accord agreement doctrine award prize cup summit conference forum festival museum stadium
arena hotel
`));

/** Known organisations by lower-case name or alias. */
export const KNOWN_ORG_BY_KEY: ReadonlyMap<string, string> = new Map(
  KNOWN_ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases].map((a) => [a.toLowerCase(), o.name] as const)),
);

export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLE_BY_PHRASE.keys()].map((p) => p.split(' ')[0]));

/** The plural of a title (lower case): "ministers", "senators", "governors" — people, unnamed. */
export const isPluralTitle = (w: string): boolean => w.length > 3 && w.endsWith('s') && TITLE_BY_PHRASE.has(w.slice(0, -1));
export const ORG_ROLE_FIRST_WORDS: ReadonlySet<string> = new Set([...ORGANIZATION_ROLE_HEADS].map((p) => p.split(' ')[0]));

/** Bits for Token.bits: the sets a word belongs to. */
export const enum WordBit {
  NotNames = 1 << 0,
  OrganizationHead = 1 << 1,
  Connector = 1 << 2,
  Calendar = 1 << 3,
  /** A place, or a place before a hyphen ("Seoul-based"). */
  PlaceToken = 1 << 4,
  DocumentHead = 1 << 5,
  OrganizationRoleModifier = 1 << 6,
  OrganizationRoleFirstWord = 1 << 7,
  OrganizationRoleHead = 1 << 8,
  ElectionModifier = 1 << 9,
  OrganizationSuffix = 1 << 10,
  Party = 1 << 11,
  Nationality = 1 << 12,
  MaleGiven = 1 << 13,
  FemaleGiven = 1 << 14,
  KoreanFamily = 1 << 15,
  ChineseFamily = 1 << 16,
  TitleRank = 1 << 17,
  AffiliationSkip = 1 << 18,
  QualifierObject = 1 << 19,
  NotPersonLast = 1 << 20,
  Digit = 1 << 21,
  /** A one-word title ("minister", "gov."). */
  TitleWord = 1 << 22,
  TitleFirstWord = 1 << 23,
  AnonymousHead = 1 << 24,
  PluralAnonymousHead = 1 << 25,
  /** The first word of a document noun of more than one word ("exit" in "exit poll"). */
  DocumentFirstWord = 1 << 26,
  /** Exactly a place ("seoul"; not "seoul-based"). */
  Place = 1 << 27,
  KnownOrganization = 1 << 28,
  /** A plural of a nationality or party word ("americans", "democrats"). */
  GroupPlural = 1 << 29,
  /** No period and no curly apostrophe: the word is its own lookup key. */
  PlainKey = 1 << 30,
}

const DOCUMENT_FIRST_WORDS: ReadonlySet<string> = new Set([...DOCUMENT_HEADS].filter((p) => p.indexOf(' ') >= 0).map((p) => p.split(' ')[0]));

/** The lexicon sets a word is looked up in, each with the bits it gives its words. */
const SET_BITS: readonly [ReadonlySet<string> | ReadonlyMap<string, unknown>, number][] = [
  [NOT_NAMES, WordBit.NotNames],
  [ORGANIZATION_HEAD_WORDS, WordBit.OrganizationHead],
  [NAME_CONNECTORS, WordBit.Connector],
  [CALENDAR_WORDS, WordBit.Calendar],
  [DOCUMENT_HEADS, WordBit.DocumentHead],
  [DOCUMENT_FIRST_WORDS, WordBit.DocumentFirstWord],
  [PLACES, WordBit.Place | WordBit.PlaceToken],
  [KNOWN_ORG_BY_KEY, WordBit.KnownOrganization],
  [ORGANIZATION_ROLE_MODIFIERS, WordBit.OrganizationRoleModifier],
  [ORG_ROLE_FIRST_WORDS, WordBit.OrganizationRoleFirstWord],
  [ORGANIZATION_ROLE_HEADS, WordBit.OrganizationRoleHead],
  [ELECTION_MODIFIERS, WordBit.ElectionModifier],
  [ORGANIZATION_SUFFIX_NOUNS, WordBit.OrganizationSuffix],
  [PARTY_WORDS, WordBit.Party],
  [NATIONALITIES, WordBit.Nationality],
  [MALE_GIVEN_NAMES, WordBit.MaleGiven],
  [FEMALE_GIVEN_NAMES, WordBit.FemaleGiven],
  [KOREAN_FAMILY_NAMES, WordBit.KoreanFamily],
  [CHINESE_FAMILY_NAMES, WordBit.ChineseFamily],
  [TITLE_RANKS, WordBit.TitleRank],
  [AFFILIATION_SKIP, WordBit.AffiliationSkip],
  [QUALIFIER_OBJECTS, WordBit.QualifierObject],
  [NOT_PERSON_LAST_WORDS, WordBit.NotPersonLast],
  [TITLE_BY_PHRASE, WordBit.TitleWord],
  [TITLE_FIRST_WORDS, WordBit.TitleFirstWord],
];

/** Endings of contractions ("they’re", "we’ve", "I’ll", "he’d", "I’m", "don’t"). */
const CONTRACTION_ENDINGS: ReadonlySet<string> = new Set(['re', 've', 'll', 'd', 'm', 's', 't']);
/** Stems of "n’t" contractions that are not words on their own ("won’t", "can’t", "ain’t"). */
const NOT_STEMS: ReadonlySet<string> = new Set(['wo', 'ca', 'ai', 'sha']);

/**
 * "They’re", "We’ve", "Don’t", "Let’s": a pronoun or sentence word with a contracted ending is never
 * a name, even capitalised at a sentence's start ("O’Brien" and "D’Amato" are not contractions).
 */
export function isSentenceWordContraction(lower: string): boolean {
  let mark = lower.lastIndexOf('\u2019');
  if (mark < 0) mark = lower.lastIndexOf("'");
  if (mark <= 0 || !CONTRACTION_ENDINGS.has(lower.slice(mark + 1))) return false;
  let stem = lower.slice(0, mark);
  if (lower.length === mark + 2 && lower.charCodeAt(mark + 1) === 116) {
    // "don’t": the ending is "n’t"
    if (stem.charCodeAt(stem.length - 1) !== 110) return false;
    stem = stem.slice(0, -1);
    if (NOT_STEMS.has(stem)) return true;
  }
  return NOT_NAMES.has(stem) || stem === 'let';
}

/** Ordinals that are a fraction only after a number ("one-third", "one-fifth"; "Third Avenue" is a name). */
const FRACTION_ORDINALS: ReadonlySet<string> = new Set(words('third quarter fourth fifth sixth seventh eighth ninth tenth'));
/** Cardinal number words and their plurals, and the fractions that are one on their own ("half", "thirds"). */
const NUMBER_PARTS: ReadonlySet<string> = new Set([
  ...words(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen`).flatMap((w) => [w, w + 's']),
  ...[...FRACTION_ORDINALS].map((w) => w + 's'),
  'half',
  'halves',
]);

/**
 * A number written out ("Seventy-four", "Sixty", "Half", "Two-thirds", "one-fifth"): never a
 * name, even capitalised at a sentence's start ("Seventy-four percent of voters say ...").
 */
export function isSpelledNumber(lower: string): boolean {
  const parts = lower.split('-');
  // an ordinal only as the last part after a number ("one-third")
  return parts.every((part, k) => NUMBER_PARTS.has(part) || (k > 0 && k === parts.length - 1 && FRACTION_ORDINALS.has(part)));
}

/** The WordBit bits of a lower-case word. */
export function wordBits(lower: string): number {
  let bits = 0;
  for (const [set, bit] of SET_BITS) if (set.has(lower)) bits |= bit;
  if ((bits & WordBit.NotNames) === 0 && (isSentenceWordContraction(lower) || isSpelledNumber(lower))) bits |= WordBit.NotNames;
  const dash = lower.indexOf('-');
  if (dash > 0 && PLACES.has(lower.slice(0, dash))) bits |= WordBit.PlaceToken;
  // "African-American", "Korean-American": a nationality, as its last part is
  if (dash > 0 && (bits & WordBit.Nationality) === 0 && NATIONALITIES.has(lower.slice(lower.lastIndexOf('-') + 1))) bits |= WordBit.Nationality;
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : '';
  if (NATIONALITIES.has(singular) || PARTY_WORDS.has(singular)) bits |= WordBit.GroupPlural;
  if (/[0-9]/.test(lower)) bits |= WordBit.Digit;
  if (lower.indexOf('.') < 0 && lower.indexOf('\u2019') < 0) bits |= WordBit.PlainKey;
  const anonymous = ANONYMOUS_HEADS.get(lower);
  if (anonymous) bits |= anonymous.plural ? WordBit.AnonymousHead | WordBit.PluralAnonymousHead : WordBit.AnonymousHead;
  return bits;
}

/**
 * Lower-cased phrases already seen: a document repeats its names, and lower-casing text sliced
 * from an article (two-byte when it has curly quotes) is slow. Bounded: cleared when full.
 */
const LOWER_CACHE_LIMIT = 4096;
const lowerCache = new Map<string, string>();

/** `text.toLowerCase()`, remembered. */
export function lowerCased(text: string): string {
  let lower = lowerCache.get(text);
  if (lower === undefined) {
    const key = detached(text);
    lower = text.toLowerCase();
    if (lower === text) lower = key;
    if (lowerCache.size >= LOWER_CACHE_LIMIT) lowerCache.clear();
    lowerCache.set(key, lower);
  }
  return lower;
}

/** A phrase of capitalised words as the mention finder reads it: its lower case and wordBits of that. */
export interface Phrase {
  lower: string;
  bits: number;
}

const PHRASE_CACHE_LIMIT = 4096;
const phraseCache = new Map<string, Phrase>();

/**
 * The lower case and WordBit bits of the phrase `text`, remembered: a name repeated through a
 * document is looked up in the lexicons once, not in one set after another each time it is met.
 */
export function phraseOf(text: string): Phrase {
  let phrase = phraseCache.get(text);
  if (phrase === undefined) {
    const key = detached(text);
    let lower = text.toLowerCase();
    if (lower === text) lower = key;
    phrase = { lower, bits: wordBits(lower) };
    if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
    phraseCache.set(key, phrase);
  }
  return phrase;
}

export { detached };
