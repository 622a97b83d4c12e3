// Coreference: every mention in the document resolved to one canonical Source ("Cho",
// "Minister Cho", "The minister", "He" → Cho Tae-yul). One pass over the mentions in text
// order with hash lookups and a short recency list, so the cost follows the number of
// mentions, not the length of the text.
import { countBefore, replaceRange, sortIndicesInOrder, sortInOrder } from '../order';
import type { AnalyzeOptions, MentionKind, RegistrySource, Source, SourceMention, SourceType, Span } from '../types';
import { ANONYMOUS_HEADS, ANONYMOUS_MODIFIERS, DOCUMENT_HEADS, QUANTIFIERS } from './lexicon/anonymous';
import { COMPANY_SUFFIXES, KNOWN_ORGANIZATIONS, ORGANIZATION_ROLE_HEADS } from './lexicon/organizations';
import { CHINESE_FAMILY_NAMES, FEMALE_GIVEN_NAMES, KOREAN_FAMILY_NAMES, MALE_GIVEN_NAMES, NOT_NAMES, PLACES, STATE_ABBREVIATIONS } from './lexicon/names';
import { PRONOUNS } from './lexicon/pronouns';
import { TITLE_MODIFIERS } from './lexicon/titles';
import { findMentionsInParagraph, shiftMention, type EntityMention, type MentionGender } from './mentions';
import { detached, isPluralTitle, isSpelledNumber } from './words';
import { words } from '../lexicon/table';
import { isDigitCode } from '../text';

/** The document's text, or anything that slices it the same way (the incremental analyzer's edited text). */
export interface TextLike {
  readonly length: number;
  slice(start: number, end: number): string;
}

interface Entity {
  /** Stable across the resumed runs of one document (see ResumableCoreference). */
  id: number;
  type: SourceType | undefined;
  name: string;
  nameRank: number;
  title?: string;
  affiliation?: string;
  gender?: MentionGender;
  strong: boolean;
  /** Its first mention, by id (see resolveMentions), and how many it has. */
  firstMention: number;
  mentionCount: number;
  /** The source id given by finish(), or null. */
  sourceId: string | null;
  lastPos: number;
  registry?: RegistrySource;
  /** Known only by one word so far ("Cho"): a later full name ("Cho Tae-yul") upgrades it. */
  oneWord: boolean;
  /** The head and title last registered for role nouns (so a repeated mention registers nothing). */
  lastHead?: string;
  lastTitle?: string;
  /** An anonymous source described by a person noun ("a senior official"), so "he"/"she" can refer to it. */
  personNoun?: boolean;
  /** Resumable runs: the checkpoint generation in which it last changed (see Resolver.snapshot). */
  changedIn?: number;
}

/** Pronouns look this far back (UTF-16 units) for their antecedent. */
export const PRONOUN_REACH = 2500;
export const PLURAL_PRONOUN_REACH = 600;
/** A relative pronoun ("who") joins the mention just before it when at most this far apart … */
export const RELATIVE_GAP = 3;
/** … and otherwise the latest person mentioned at most this far back. */
export const RELATIVE_REACH = 200;
/** A source span is searched for its mention among at most this many mentions. */
export const SPAN_MENTION_WINDOW = 32;
/** A source span with no mention gets one of its own only when at most this long. */
export const MAX_SYNTHETIC_SPAN = 300;
const RECENT_LIMIT = 40;

/** How far back a pronoun looks for its antecedent. */
export function pronounReach(m: { relative?: boolean; gender?: string }): number {
  return m.relative ? RELATIVE_REACH : m.gender === 'plural' ? PLURAL_PRONOUN_REACH : PRONOUN_REACH;
}
/** At most this many recency entries (current or stale) are read per pronoun. */
const RECENT_SCAN_LIMIT = 200;

const NAME_SUFFIXES: ReadonlySet<string> = new Set(words('jr sr ii iii iv'));
const DETERMINERS: ReadonlySet<string> = new Set(words('the a an this that these those'));

/** Role keys by kind of source: person, organisation, anonymous, document. */
type RolePrefix = 'p' | 'o' | 'a' | 'd';

/** The resolver's lists of entities by key: names, role nouns by kind of source, descriptions, registry entries. */
const BY_KEY = 0;
const ROLE: Record<RolePrefix, number> = { p: 1, o: 2, a: 3, d: 4 };
const DESCRIBED_A = 5;
const DESCRIBED_D = 6;
const REGISTRY = 7;
const LIST_MAPS = 8;

/**
 * A lookup form, interned: one record per distinct key, on which the resolver files the entities
 * listed under it (per kind of list: see BY_KEY, ROLE, ...). A mention's key found once leads
 * straight to its lists, where a map per kind of list would be looked up by the key string again.
 */
class Key {
  readonly text: string;
  /** A space after its first character: a name of more than one word (see #resolvePerson). */
  readonly innerSpace: boolean;
  /** The resolver run whose lists this holds (see Resolver): lists left by an earlier run are stale. */
  run = 0;
  readonly lists: (Entity[] | undefined)[] = new Array<Entity[] | undefined>(LIST_MAPS).fill(undefined);
  constructor(text: string) {
    this.text = text;
    this.innerSpace = text.indexOf(' ') > 0;
  }
}

/**
 * Every key interned, by its text. Never cleared during a run (a key's lists must be found again);
 * a run that starts with it too large clears it with the caches that hold keys (see startRun).
 */
const KEY_TABLE_LIMIT = 65536;
const keyTable = new Map<string, Key>();

/** The interned record of a key (the lookup form itself: nothing is normalised). */
function internKey(text: string): Key {
  let key = keyTable.get(text);
  if (key === undefined) {
    // The table outlives the analysis: it keeps copies, not slices of the article.
    const copy = detached(text);
    key = new Key(copy);
    keyTable.set(copy, key);
  }
  return key;
}

/** Numbers the resolver runs (see Key.run). */
let runCount = 0;

/** A resolver run begins: its number; the key table starts afresh when too large. */
function startRun(): number {
  if (keyTable.size > KEY_TABLE_LIMIT) {
    keyTable.clear();
    nameKeyCache.clear();
    unnamedCache.clear();
  }
  return ++runCount;
}

/**
 * Keys already worked out, by name: a document names the same people again and again, and
 * lower-casing text sliced from an article (two-byte when it has curly quotes) is slow.
 * Bounded: cleared when full.
 */
const NAME_KEY_CACHE_LIMIT = 8192;
const nameKeyCache = new Map<string, Key>();

/** The lookup form of a name: lower case, no periods, single spaces, no leading "the". */
export function nameKey(name: string): string {
  return nameKeyOf(name).text;
}

/** The interned lookup form of a name (see nameKey). */
function nameKeyOf(name: string): Key {
  const cached = nameKeyCache.get(name);
  if (cached !== undefined) return cached;
  const key = internKey(computeNameKey(name));
  if (nameKeyCache.size >= NAME_KEY_CACHE_LIMIT) nameKeyCache.clear();
  // The cache outlives the analysis: it keeps copies, not slices of the article.
  nameKeyCache.set(detached(name), key);
  return key;
}

function computeNameKey(name: string): string {
  let plain = true;
  let previous = 32;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 46 || c === 0x2019 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c === 32 && previous === 32)) {
      plain = false;
      break;
    }
    previous = c;
  }
  let key = plain && previous !== 32 ? name.toLowerCase() : normalizeSlowly(name);
  if (key.startsWith('the ')) key = key.slice(4);
  return key;
}

function normalizeSlowly(name: string): string {
  const parts: string[] = [];
  for (const piece of name.replace(/\u2019/g, "'").replace(/\./g, '').split(/[ \t\n\r\u00a0]/)) if (piece) parts.push(piece);
  return parts.join(' ').toLowerCase();
}

/** What resolving an unnamed source reads from its words ("a senior official", "The poll"). */
interface UnnamedWords {
  /** The lookup form of the words. */
  key: Key;
  /** They start with "the", "this", "that", "these" or "those". */
  definite: boolean;
  /** Definite or with no determiner ("officials"): the same words again may be the same source. */
  mayRepeat: boolean;
  /** A capitalised word follows the first ("the Harbour Institute estimates"). */
  capitalisedLater: boolean;
  /** The words as the source's name: "A senior official" at a sentence start is "a senior official"; "People briefed ..." stays. */
  name: string;
}

/**
 * The words of unnamed sources already read: an article describes its unnamed sources in the same
 * few words again and again, and reading them anew (lower-casing, set look-ups, patterns) per
 * mention costs far more than one look-up. Bounded: cleared when full.
 */
const UNNAMED_CACHE_LIMIT = 4096;
const unnamedCache = new Map<string, UnnamedWords>();

function unnamedWords(written: string): UnnamedWords {
  const cached = unnamedCache.get(written);
  if (cached !== undefined) return cached;
  const space = written.indexOf(' ');
  const firstWord = (space < 0 ? written : written.slice(0, space)).toLowerCase();
  const definite = firstWord === 'the' || firstWord === 'this' || firstWord === 'that' || firstWord === 'these' || firstWord === 'those';
  // The cache outlives the analysis: it keeps copies, not slices of the article.
  const copy = detached(written);
  const lowered = (DETERMINERS.has(firstWord) || QUANTIFIERS.has(firstWord)) && /^[A-Z][a-z]*\s/.test(written);
  const words: UnnamedWords = {
    key: nameKeyOf(written),
    definite,
    mayRepeat: definite || !DETERMINERS.has(firstWord),
    capitalisedLater: /\s[A-Z]/.test(written),
    name: lowered ? detached(written[0].toLowerCase() + written.slice(1)) : copy,
  };
  if (unnamedCache.size >= UNNAMED_CACHE_LIMIT) unnamedCache.clear();
  unnamedCache.set(copy, words);
  return words;
}

function wordCount(name: string): number {
  let count = 1;
  for (let k = 0; k < name.length; k++) if (name.charCodeAt(k) === 32) count++;
  return count;
}

function isInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && (w.length === 1 || (w.length === 2 && w.charCodeAt(1) === 46));
}

/** The words of a name, without initials and suffixes ("Donald J. Trump Jr." → Donald, Trump). */
function nameWords(name: string): string[] {
  if (name.indexOf(' ') < 0) return [name];
  const words: string[] = [];
  for (const w of name.split(' ')) {
    if (w.length === 0 || isInitial(w)) continue;
    if (w.length <= 4 && NAME_SUFFIXES.has(nameKey(w).replace(',', ''))) continue;
    words.push(w);
  }
  return words;
}

function looksFamilyNameFirst(words: string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0].toLowerCase();
  const second = words[1];
  if (KOREAN_FAMILY_NAMES.has(first) && second.indexOf('-') > 0) return true;
  if (KOREAN_FAMILY_NAMES.has(first) && words.length === 3 && second.length <= 4 && words[2].length <= 4) return true;
  return CHINESE_FAMILY_NAMES.has(first) && words.length === 2 && second.indexOf('-') < 0 && !MALE_GIVEN_NAMES.has(second.toLowerCase()) && !FEMALE_GIVEN_NAMES.has(second.toLowerCase());
}

/** Keys a person can be called by: full name, surname (family name first for Korean/Chinese), given + surname. */
function personKeys(name: string, familyFirst: boolean | undefined): string[] {
  const keys = [nameKey(name)];
  const words = nameWords(name);
  if (words.length >= 2) {
    const family = familyFirst || looksFamilyNameFirst(words) ? words[0] : words[words.length - 1];
    keys.push(nameKey(family));
    if (words.length >= 3 && !familyFirst) keys.push(nameKey(`${words[0]} ${words[words.length - 1]}`));
  }
  return keys;
}

const KNOWN_ORG_KEYS: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const org of KNOWN_ORGANIZATIONS) {
    const keys = [org.name, ...org.aliases].map(nameKey);
    for (const k of keys) map.set(k, keys);
  }
  return map;
})();

/** Keys an organisation can be called by: its name, known aliases, "foreign ministry" for "Ministry of Foreign Affairs". */
function organizationKeys(name: string): string[] {
  const key = nameKey(name);
  const keys = [key, ...(KNOWN_ORG_KEYS.get(key) ?? [])];
  const words = key.split(' ');
  // "Ministry of Foreign Affairs" → "foreign affairs ministry", "foreign ministry";
  // "Department of State" → "state department".
  if (words.length >= 3 && words[1] === 'of') {
    const head = words[0];
    let rest = words.slice(2);
    if (rest[0] === 'the') rest = rest.slice(1);
    if (rest.length > 0) {
      keys.push(`${rest.join(' ')} ${head}`);
      if (rest.length >= 2 && rest[rest.length - 1] === 'affairs') keys.push(`${rest.slice(0, -1).join(' ')} ${head}`);
    }
  }
  // "State Department" → "department of state".
  if (words.length === 2 && (words[1] === 'department' || words[1] === 'ministry')) keys.push(`${words[1]} of ${words[0]}`);
  // "Walmart Inc." → "walmart"
  if (words.length >= 2 && COMPANY_SUFFIXES.has(words[words.length - 1]!)) keys.push(words.slice(0, -1).join(' '));
  return keys;
}

function compatibleGender(entity: Entity, gender: MentionGender | undefined): boolean {
  if (!gender) return true;
  if (gender === 'male' || gender === 'female') {
    if (entity.type !== 'person' && entity.type !== undefined && !(entity.type === 'anonymous' && entity.gender !== 'plural')) return false;
    return entity.gender === undefined || entity.gender === gender;
  }
  if (gender === 'plural') return entity.gender === 'plural' || entity.type === 'organization';
  return entity.type === 'organization' || entity.type === 'document';
}

/**
 * What the acceptors below compare with: set just before a lookup, so a lookup allocates no
 * closure (the resolver is not re-entrant).
 */
let wantedType: SourceType | undefined;
let wantedGender: MentionGender | undefined;
let aliasMayBeOrganization = false;

const acceptType = (e: Entity): boolean => e.type === wantedType;
const acceptOrganization = (e: Entity): boolean => e.type === 'organization';
const acceptOrganizationOrOneWord = (e: Entity): boolean => e.type !== 'person' || e.oneWord;
const acceptPerson = (e: Entity): boolean => (e.type === 'person' || e.type === undefined || (aliasMayBeOrganization && e.type === 'organization')) && compatibleGender(e, wantedGender);
const acceptOneWordPerson = (e: Entity): boolean => acceptPerson(e) && e.oneWord;
const acceptRolePerson = (e: Entity): boolean => (e.type === 'person' || e.type === undefined) && compatibleGender(e, wantedGender);
const acceptKnownPerson = (e: Entity): boolean => e.type === 'person';
/** An organisation named with a company's legal suffix ("Walmart Inc."). */
const isCompany = (e: Entity): boolean => {
  if (e.type !== 'organization') return false;
  const key = nameKey(e.name);
  return COMPANY_SUFFIXES.has(key.slice(key.lastIndexOf(' ') + 1));
};
/** A name ending in 's ("Moody's"). */
const POSSESSIVE_END = /['\u2019]s$/;

/**
 * What a resumable run records of a step's use of a list (with the id of the entity found or
 * written, see readsAgree): a lookup (FOUND_RECENTLY: what it found was mentioned after the
 * checkpoint before it), a write that added the entity or found it there, and a use that
 * readsAgree cannot check.
 */
const FOUND = 0;
const FOUND_RECENTLY = 1;
const WROTE_NOTHING = 2;
const WROTE = 3;
const UNCHECKED = 4;

function mostRecent(candidates: Entity[] | undefined, accept: (e: Entity) => boolean): Entity | null {
  if (!candidates) return null;
  let best: Entity | null = null;
  for (let k = 0; k < candidates.length; k++) {
    const e = candidates[k];
    if ((best === null || e.lastPos > best.lastPos) && accept(e)) best = e;
  }
  return best;
}

/**
 * Entities per key are capped so a key shared by thousands of entities ("an official" said
 * 10,000 times) keeps every lookup constant-time; the least recently mentioned one goes.
 */
const MAX_ENTITIES_PER_KEY = 16;

function titleCaseFirst(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

/** An edit, as the checkpoints after it see it (one object, shared by all of them). */
type EditChange = { readonly prefix: number; readonly oldSuffixStart: number; readonly delta: number };
/**
 * A change to a checkpoint's entity positions not yet applied (see positionIn and materialize):
 * an edit, which moves the positions after it, or entities' positions set (in the coordinates of
 * the time).
 */
type PendingChange = EditChange | { lastPos: ReadonlyMap<number, number> };
/**
 * A checkpoint brings its positions up to date once this many edits are pending: each time costs
 * a pass over all its positions, and a resumed run brings up to date only the checkpoint it
 * resumes from (at 32, the checkpoints after an edit spent more on this than on moving their
 * recency entries).
 */
const MAX_PENDING = 256;

/** The resolver's state at a paragraph start (see ResumableCoreference); entities by id, lists of entity ids. */
interface Snapshot {
  /** The paragraph start it was taken at: the state after every mention before it. */
  pos: number;
  /** How many mentions (steps) come before it. */
  step: number;
  /** Entity records by id (never changed once in a snapshot: snapshots share them; their lastPos is in the field below). */
  entities: (Entity | undefined)[];
  /** Each entity's lastPos, by id, before the pending changes (see positionIn). */
  lastPos: Float64Array;
  /** Per map (BY_KEY, ROLE, ...): the ids of the entities under each key (a map may be the checkpoint before's: copied to be changed). */
  lists: Map<string, number[]>[];
  /** The recency entries a pronoun after pos can read: entity ids and where their mentions ended (moved at once by an edit). */
  recent: number[];
  recentAt: number[];
  /** The entity of the mention just before pos, or -1. */
  previous: number;
  /** Changes not yet applied to the positions above, in order. */
  pending: PendingChange[];
  /**
   * Per map: the keys read or written by the steps from here to the next checkpoint (or the end),
   * each with what the steps did, in pairs: FOUND, FOUND_RECENTLY, WROTE, WROTE_NOTHING or
   * UNCHECKED, and the id of the entity found (-1: none) or written (see readsAgree).
   */
  touched: Map<string, number[]>[];
  /**
   * The entities whose record or position may differ from the checkpoint before this one (those
   * the steps between changed): where two resolutions can differ at a checkpoint (see #settled).
   */
  changed: number[];
}

/**
 * A new entity record. Every record has every field, in this order (absent ones undefined): all
 * entities share one object shape, so the resolver's reads of them stay fast, where fields added
 * as they become known would give each entity a shape of its own.
 */
function newEntityRecord(id: number, type: SourceType | undefined, name: string, nameRank: number, oneWord: boolean): Entity {
  return {
    id,
    type,
    name,
    nameRank,
    title: undefined,
    affiliation: undefined,
    gender: undefined,
    strong: false,
    firstMention: -1,
    mentionCount: 0,
    sourceId: null,
    lastPos: -1,
    registry: undefined,
    oneWord,
    lastHead: undefined,
    lastTitle: undefined,
    personNoun: undefined,
    changedIn: -1,
  };
}

function copyEntity(e: Entity): Entity {
  const copy = newEntityRecord(e.id, e.type, e.name, e.nameRank, e.oneWord);
  copy.title = e.title;
  copy.affiliation = e.affiliation;
  copy.gender = e.gender;
  copy.strong = e.strong;
  copy.firstMention = e.firstMention;
  copy.mentionCount = e.mentionCount;
  copy.lastPos = e.lastPos;
  copy.registry = e.registry;
  copy.lastHead = e.lastHead;
  copy.lastTitle = e.lastTitle;
  copy.personNoun = e.personNoun;
  return copy;
}

/**
 * Whether two states of one entity make every later decision the same: all but its name, title
 * and affiliation, which only ever decide themselves (see finalOutput), its mentions and its
 * lastPos are the same. (Field by field: the bundler renames most of these fields, see esbuild.js.)
 */
const sameDecisions = (a: Entity, b: Entity): boolean =>
  a.type === b.type && a.nameRank === b.nameRank && a.gender === b.gender && a.strong === b.strong && a.registry === b.registry &&
  a.oneWord === b.oneWord && a.lastHead === b.lastHead && a.lastTitle === b.lastTitle && a.personNoun === b.personNoun;

/** Whether two states of one entity are the same (its mentions and lastPos aside). */
const sameEntity = (a: Entity, b: Entity): boolean => a.name === b.name && a.title === b.title && a.affiliation === b.affiliation && sameDecisions(a, b);

class Resolver {
  readonly #entities: Entity[] = [];
  /**
   * Entities by key live on the interned keys (Key.lists), one list per kind of key (BY_KEY,
   * ROLE, DESCRIBED_A/D, REGISTRY): names, role nouns and titles by kind of source, unnamed
   * sources by the words that describe them ("a senior official"), the entity made for each
   * registry entry. `#run` tells this run's lists from those an earlier run left; `#used` holds
   * the keys this run filed entities under, emptied by release().
   */
  readonly #run: number;
  readonly #used: Key[] = [];
  /** When resuming is wanted: per map, the keys read or written since the last checkpoint, and how (see Snapshot.touched). */
  #touches: Map<string, number[]>[] | null;
  /** The id of the mention being resolved. */
  /** Resumable runs: the last checkpoint (taken or resumed from), this run's entities by id, what changed since. */
  #base: Snapshot | null = null;
  readonly #byId: Entity[] = [];
  readonly #changed: Entity[] = [];
  readonly #dirtyKeys: Set<Key>[] | null;
  #generation = 0;
  #step = 0;
  /** Gives the entity made at a mention id its id (default: in order of creation). */
  readonly #idAt: ((step: number) => number) | null;
  /**
   * The ids of the entities in the order of their mentions (append-only; an entry is stale once
   * the entity is mentioned again). This and the other per-mention lists hold entity ids, not
   * entities: typed arrays, which the garbage collector neither scans nor records stores into.
   */
  #recent: Int32Array;
  /** Where each recent entry's mention ended. */
  #recentAt: Int32Array;
  /** How many recent entries there are (at most one per mention). */
  #recentCount = 0;
  readonly #registryByKey = new Map<string, RegistrySource>();
  readonly #registryByTitle = new Map<string, RegistrySource>();
  /** Registry entries by their index in the registry (the REGISTRY lists' keys). */
  readonly #registryKeys = new Map<RegistrySource, Key>();
  /** The id of the mention added last, or -1, and its entity. */
  #previous = -1;
  #previousEntity: Entity | null = null;
  /**
   * Per mention id from `offset` on (a resumed run starts at a checkpoint): the id of the entity
   * it resolved to, or -1 (see entityAt).
   */
  #entityOf: Int32Array;
  readonly #offset: number;
  /** A resumable run: its entities are found by id in #byId (in #entities, made in id order, otherwise). */
  readonly #resumable: boolean;

  /**
   * `all` holds the mentions by id, in the order they are added (see buildSteps); bit 1 of
   * `confirmed[id]` is set when an attribution names the mention as its source.
   */
  readonly #text: TextLike;
  readonly #all: readonly EntityMention[];
  readonly #confirmed: Uint8Array;

  constructor(
    text: TextLike,
    registry: RegistrySource[] | undefined,
    all: readonly EntityMention[],
    confirmed: Uint8Array,
    resumable: { idAt: ((step: number) => number) | null; from: Snapshot | null } | null = null,
  ) {
    this.#run = startRun();
    this.#text = text;
    this.#all = all;
    this.#confirmed = confirmed;
    this.#resumable = resumable !== null;
    this.#touches = resumable ? newMaps() : null;
    this.#dirtyKeys = resumable ? Array.from({ length: LIST_MAPS }, () => new Set<Key>()) : null;
    this.#idAt = resumable ? resumable.idAt : null;
    const from = resumable?.from;
    const tail = from ? from.recent.length : 0;
    if (from) {
      // a resumed run adds a stretch of the mentions: its lists grow as it goes
      this.#offset = from.step;
      this.#entityOf = new Int32Array(256).fill(-1);
      this.#recent = new Int32Array(tail + 256);
      this.#recentAt = new Int32Array(tail + 256);
    } else {
      this.#offset = 0;
      const count = all.length;
      this.#entityOf = new Int32Array(count).fill(-1);
      this.#recent = new Int32Array(count);
      this.#recentAt = new Int32Array(count);
    }
    if (Array.isArray(registry)) {
      for (let index = 0; index < registry.length; index++) {
        const r = registry[index];
        if (!r || typeof r.name !== 'string' || r.name.trim() === '') continue;
        if (!this.#registryKeys.has(r)) this.#registryKeys.set(r, internKey(String(index)));
        const isPerson = r.type === undefined || r.type === 'person';
        const keys = isPerson ? personKeys(r.name, undefined) : organizationKeys(r.name);
        for (const alias of Array.isArray(r.aliases) ? r.aliases : []) if (typeof alias === 'string') keys.push(nameKey(alias));
        for (const k of keys) if (k && !this.#registryByKey.has(k)) this.#registryByKey.set(k, r);
        if (typeof r.title === 'string' && r.title.trim() !== '') {
          const t = nameKey(r.title);
          if (!this.#registryByTitle.has(t)) this.#registryByTitle.set(t, r);
        }
      }
    }
    if (from) this.#restore(from);
  }

  /** This run's lists on `key` (emptied when an earlier run's). */
  #listsOf(key: Key): (Entity[] | undefined)[] {
    const lists = key.lists;
    if (key.run !== this.#run) {
      key.run = this.#run;
      lists.fill(undefined);
      this.#used.push(key);
    }
    return lists;
  }

  /** The entities listed under `key` in list `map` (in a resumed run, first as the checkpoint has them). */
  #get(map: number, key: Key): Entity[] | undefined {
    const lists = this.#listsOf(key);
    const list = lists[map];
    if (this.#touches === null) return list;
    if (list !== undefined || this.#base === null) return list;
    // resumed: the list as the checkpoint has it, made of this run's entities
    const ids = this.#base.lists[map].get(key.text);
    if (ids === undefined) return undefined;
    // (grown by push, as the lists of a run from the start are: a list made at its full length
    // has another array shape, and the lookups that read both would be compiled again)
    const made: Entity[] = [];
    for (let k = 0; k < ids.length; k++) made.push(this.#entity(ids[k]));
    lists[map] = made;
    return made;
  }

  /** The most recent entity in list `map` under `key` that `accept` takes (the lookup recorded when resuming is wanted). */
  #find(map: number, key: Key, accept: (e: Entity) => boolean): Entity | null {
    const found = mostRecent(this.#get(map, key), accept);
    if (this.#touches) this.#touch(map, key, found && found.lastPos >= this.#base!.pos ? FOUND_RECENTLY : FOUND, found?.id ?? -1);
    return found;
  }

  /** Records what a step did with a list (see Snapshot.touched). */
  #touch(map: number, key: Key, code: number, id: number): void {
    const log = this.#touches![map];
    const entries = log.get(key.text);
    if (entries === undefined) log.set(key.text, [code, id]);
    else entries.push(code, id);
  }

  /** The keys' records stop holding this run's entities (they outlive the run). */
  release(): void {
    const used = this.#used;
    for (let k = 0; k < used.length; k++) {
      used[k].run = 0;
      used[k].lists.fill(undefined);
    }
    used.length = 0;
  }

  #push(map: number, key: Key, entity: Entity): void {
    if (!key.text) return;
    const list = this.#get(map, key);
    const added = !list || !list.includes(entity);
    if (this.#touches) {
      this.#touch(map, key, added ? WROTE : WROTE_NOTHING, entity.id);
      if (added) this.#dirtyKeys![map].add(key);
    }
    if (!list) key.lists[map] = [entity];
    else if (!added) return;
    else if (list.length >= MAX_ENTITIES_PER_KEY) {
      let stalest = 0;
      for (let k = 1; k < list.length; k++) if (list[k].lastPos < list[stalest].lastPos) stalest = k;
      // the stalest goes and the rest move up (splice would make an array of the removed one)
      for (let k = stalest + 1; k < list.length; k++) list[k - 1] = list[k];
      list[list.length - 1] = entity;
    } else list.push(entity);
  }

  /** This run's entity with this id (resumed: made from the checkpoint's record when first needed). */
  #entity(id: number): Entity {
    let e = this.#byId[id];
    if (e === undefined) {
      e = copyEntity(this.#base!.entities[id]!);
      e.lastPos = positionIn(this.#base!, id);
      e.changedIn = -1;
      this.#byId[id] = e;
    }
    return e;
  }

  /**
   * What a resumed run needs to go on from paragraph start `pos`, before mention id `step`.
   * Shares the records and lists that did not change since the last checkpoint.
   */
  snapshot(pos: number, step: number): Snapshot {
    const base = this.#base;
    const entities = base ? base.entities.slice() : [];
    let size = entities.length;
    for (const e of this.#changed) if (e.id >= size) size = e.id + 1;
    // room for the entities a later edit adds (see patchSnapshot)
    const lastPos = new Float64Array(size + 64);
    if (base) {
      materialize(base); // (a resumed run's first checkpoint is brought up to date before it starts)
      lastPos.set(base.lastPos.length <= lastPos.length ? base.lastPos : base.lastPos.subarray(0, lastPos.length));
    }
    const changed = new Array<number>(this.#changed.length);
    for (let k = 0; k < changed.length; k++) {
      const e = this.#changed[k];
      changed[k] = e.id;
      entities[e.id] = copyEntity(e);
      lastPos[e.id] = e.lastPos;
    }
    this.#changed.length = 0;
    const lists: Map<string, number[]>[] = [];
    for (let m = 0; m < LIST_MAPS; m++) {
      // a map no list of which changed is the checkpoint before's (shared: see patchSnapshot)
      if (base && this.#dirtyKeys![m].size === 0) {
        lists.push(base.lists[m]);
        continue;
      }
      const out = base ? new Map<string, number[]>(base.lists[m]) : new Map<string, number[]>();
      for (const key of this.#dirtyKeys![m]) {
        const list = key.lists[m]!;
        const ids = new Array<number>(list.length);
        for (let k = 0; k < list.length; k++) ids[k] = list[k].id;
        out.set(key.text, ids);
      }
      this.#dirtyKeys![m].clear();
      lists.push(out);
    }
    // the recency entries a pronoun after pos can read
    let first = this.#recentCount;
    while (first > 0 && this.#recentAt[first - 1] >= pos - PRONOUN_REACH - 2) first--;
    const recent: number[] = [];
    const recentAt: number[] = [];
    for (let k = first; k < this.#recentCount; k++) {
      recent.push(this.#recent[k]);
      recentAt.push(this.#recentAt[k]);
    }
    const previous = this.#previousEntity ? this.#previousEntity.id : -1;
    const snapshot: Snapshot = { pos, step, entities, lastPos, lists, recent, recentAt, previous, pending: [], touched: [], changed };
    this.closeInterval();
    this.#base = snapshot;
    this.#generation++;
    return snapshot;
  }

  /** Every entity this run made or used (by a run from the start: every entity, as it ends). */
  entityRecords(): readonly Entity[] {
    return this.#entities;
  }

  /** A run from the start: `s` (empty) is its first checkpoint. */
  track(s: Snapshot): void {
    this.#base = s;
  }

  /** The keys read since the last checkpoint are those of its interval (up to the next one, or the end). */
  closeInterval(): void {
    if (this.#base) this.#base.touched = this.#touches!;
    this.#touches = newMaps();
  }

  #restore(s: Snapshot): void {
    this.#base = s;
    let count = 0;
    for (let k = 0; k < s.recent.length; k++) {
      if (s.entities[s.recent[k]] === undefined) continue;
      this.#recent[count] = this.#entity(s.recent[k]).id;
      this.#recentAt[count] = s.recentAt[k];
      count++;
    }
    this.#recentCount = count;
    if (s.step > 0) {
      this.#previous = s.step - 1;
      this.#previousEntity = s.previous >= 0 && s.entities[s.previous] !== undefined ? this.#entity(s.previous) : null;
    }
  }

  #mentionText(m: EntityMention): string {
    return this.#text.slice(m.start, m.end);
  }

  #newEntity(type: SourceType | undefined, name: string, rank: number): Entity {
    const id = this.#idAt ? this.#idAt(this.#step) : this.#entities.length;
    const entity = newEntityRecord(id, type, name, rank, name.indexOf(' ') < 0);
    this.#entities.push(entity);
    if (this.#touches) this.#byId[id] = entity;
    return entity;
  }

  #registerPerson(entity: Entity, name: string, familyFirst: boolean | undefined): void {
    for (const k of personKeys(name, familyFirst)) this.#push(BY_KEY, internKey(k), entity);
  }

  #registerOrganization(entity: Entity, name: string): void {
    for (const k of organizationKeys(name)) this.#push(BY_KEY, internKey(k), entity);
  }

  #registerRole(entity: Entity, prefix: RolePrefix, role: string | undefined): void {
    if (role) this.#push(ROLE[prefix], nameKeyOf(role), entity);
  }

  #fromRegistry(r: RegistrySource, fallbackType: SourceType | undefined): Entity {
    const registryKey = this.#registryKeys.get(r) ?? internKey('');
    const existing = this.#get(REGISTRY, registryKey);
    if (this.#touches) this.#touch(REGISTRY, registryKey, UNCHECKED, -1);
    if (existing) return existing[0];
    const type = r.type ?? fallbackType ?? 'person';
    const entity = this.#newEntity(type, r.name, 1000);
    entity.registry = r;
    entity.strong = true;
    entity.oneWord = false;
    if (typeof r.title === 'string' && r.title) entity.title = r.title;
    if (typeof r.affiliation === 'string' && r.affiliation) entity.affiliation = r.affiliation;
    if (type === 'person') this.#registerPerson(entity, r.name, undefined);
    else this.#registerOrganization(entity, r.name);
    for (const alias of Array.isArray(r.aliases) ? r.aliases : []) if (typeof alias === 'string') this.#push(BY_KEY, nameKeyOf(alias), entity);
    if (entity.title) {
      this.#registerRole(entity, 'p', entity.title);
      const words = nameKey(entity.title).split(' ');
      this.#registerRole(entity, 'p', words[words.length - 1]);
    }
    this.#listsOf(registryKey)[REGISTRY] = [entity];
    if (this.#dirtyKeys) this.#dirtyKeys[REGISTRY].add(registryKey);
    return entity;
  }

  #registryFor(m: EntityMention): RegistrySource | undefined {
    if (this.#registryByKey.size === 0) return undefined;
    if (m.name) {
      const hit = this.#registryByKey.get(nameKey(m.name));
      if (hit) return hit;
    }
    return this.#registryByKey.get(nameKey(this.#mentionText(m)));
  }

  /** A full or partial name ("Cho Tae-yul", "Cho", "Mr. Smith", "Minister Cho"). */
  #resolvePerson(m: EntityMention): Entity {
    const name = m.name ?? this.#mentionText(m);
    const found = m.key !== undefined && m.key !== null;
    const key = found ? internKey(m.key!) : nameKeyOf(name);
    aliasMayBeOrganization = m.kind === 'alias';
    wantedGender = m.gender;
    // (the finder's key is the name lower-cased, so its spaces are the name's: read once per key,
    // not in the name sliced from the article again per mention)
    const multiWord = found ? key.innerSpace : name.indexOf(' ') > 0;
    if (multiWord) {
      const same = this.#find(BY_KEY, key, acceptPerson);
      if (same) return same;
    }
    const words = multiWord ? nameWords(name) : null;
    if (words && words.length >= 2) {
      // A first reference by surname ("Cho") upgraded by the full name found later; a guess
      // ("Did Trump" at the start of a headline) upgrades nothing.
      const family = personKeys(name, m.familyNameFirst)[1];
      const bySurname = m.candidate ? null : this.#find(BY_KEY, internKey(family), acceptOneWordPerson);
      const entity = bySurname ?? this.#newEntity('person', name, 0);
      this.#upgradeName(entity, name, 10 * words.length + (m.candidate ? 0 : 5));
      entity.type = 'person';
      entity.oneWord = false;
      this.#registerPerson(entity, name, m.familyNameFirst);
      return entity;
    }
    // (a company named in full before: "Walmart Inc. said …  Walmart said")
    const known = this.#find(BY_KEY, key, acceptPerson) ?? (m.kind === 'name' ? this.#find(BY_KEY, key, isCompany) : null);
    if (known) return known;
    const entity = this.#newEntity(m.type ?? 'person', name, 10);
    if (entity.type === 'organization') this.#registerOrganization(entity, name);
    else this.#push(BY_KEY, key, entity);
    return entity;
  }

  #resolveOrganization(m: EntityMention): Entity {
    const name = m.name ?? this.#mentionText(m);
    // The same name again: nothing new to register.
    const again = this.#find(BY_KEY, nameKeyOf(name), acceptOrganization);
    if (again && again.nameRank >= 10 * wordCount(name) + 5) return again;
    const keys = organizationKeys(name);
    let entity: Entity | null = null;
    for (const k of keys) {
      entity = this.#find(BY_KEY, internKey(k), acceptOrganizationOrOneWord);
      if (entity) break;
    }
    if (!entity) {
      // "Trump's said": a person already named, and "has" (a company is "Moody's said" with nobody before)
      const possessor = POSSESSIVE_END.test(name) ? this.#find(BY_KEY, nameKeyOf(name.slice(0, -2)), acceptKnownPerson) : null;
      if (possessor) return possessor;
      entity = this.#newEntity('organization', name, 0);
    }
    entity.type = 'organization';
    entity.oneWord = false;
    this.#upgradeName(entity, name, 10 * wordCount(name) + 5);
    this.#registerOrganization(entity, name);
    if (isCompany(entity)) {
      this.#registerRole(entity, 'o', 'company');
      this.#registerRole(entity, 'o', 'firm');
    }
    return entity;
  }

  #upgradeName(entity: Entity, name: string, rank: number): void {
    if (rank > entity.nameRank) {
      entity.name = name;
      entity.nameRank = rank;
    }
  }

  /** "the minister", "the secretary", "the foreign ministry", "the official". */
  #resolveRole(m: EntityMention, confirmed: boolean): Entity | null {
    const phrase = m.type === 'organization' ? (m.name ?? m.head ?? '') : (m.title ?? m.head ?? '');
    const phraseKey = nameKeyOf(phrase);
    const headKey = m.head !== undefined && m.head !== null ? internKey(m.head) : phraseKey;
    const modified = phraseKey !== headKey;
    if (m.type === 'organization') {
      const found = this.#find(BY_KEY, phraseKey, acceptOrganization) ?? this.#find(ROLE.o, phraseKey, acceptOrganization) ?? (modified ? null : this.#find(ROLE.o, headKey, acceptOrganization));
      if (found) return found;
      const reg = this.#registryByKey.get(phraseKey.text);
      if (reg) return this.#fromRegistry(reg, 'organization');
      const written = this.#mentionText(m);
      const entity = this.#newEntity('organization', modified ? titleCaseWords(phrase) : written.replace(/^the\s+/i, ''), modified ? 2 : 1);
      this.#registerOrganization(entity, phrase);
      this.#registerRole(entity, 'o', headKey.text);
      return entity;
    }
    wantedGender = m.gender === 'plural' ? undefined : m.gender;
    const found = this.#find(ROLE.p, phraseKey, acceptRolePerson) ?? (modified ? null : this.#find(ROLE.p, headKey, acceptRolePerson));
    if (found) return found;
    const reg = this.#registryByTitle.get(phraseKey.text);
    if (reg) return this.#fromRegistry(reg, 'person');
    if (!confirmed) return null;
    // Quoted, but nothing earlier to refer to: the source is "the minister" as written.
    const written = this.#mentionText(m);
    const entity = this.#newEntity(m.type ?? 'person', /^The\s/.test(written) ? 't' + written.slice(1) : written, 1);
    this.#registerRole(entity, 'p', phraseKey.text);
    this.#registerRole(entity, 'p', headKey.text);
    return entity;
  }

  /** "officials", "a senior official", "the official"; "a new poll", "the poll". */
  #resolveUnnamed(m: EntityMention, type: 'anonymous' | 'document'): Entity {
    const words = unnamedWords(this.#mentionText(m));
    const prefix = type === 'anonymous' ? 'a' : 'd';
    const textKey = words.key;
    const described = type === 'anonymous' ? DESCRIBED_A : DESCRIBED_D;
    wantedType = type;
    let found: Entity | null = null;
    if (words.mayRepeat) found = this.#find(described, textKey, acceptType);
    // "the poll" refers back to the latest poll; "the Harbour Institute estimates" names its own.
    if (!found && words.definite && m.head && !words.capitalisedLater) found = this.#find(ROLE[prefix], nameKeyOf(m.head), acceptType);
    const name = words.name;
    const entity = found ?? this.#newEntity(type, name, 0);
    if (m.gender === 'plural') entity.gender = 'plural';
    if (type === 'anonymous' && m.head && m.gender !== 'plural') entity.personNoun = true;
    this.#upgradeName(entity, name, name.length);
    // ("a new poll", "an official": words nothing looks up again, as each such mention is new)
    if (words.mayRepeat) this.#push(described, textKey, entity);
    if (m.head) this.#registerRole(entity, prefix, m.head);
    return entity;
  }

  /**
   * "Officials at the port authority, who …", "Maria Varga of the ministry, who …": "who" is the
   * people, not the organization named after them. The person or group whose latest mention ends
   * just before the organization's (starting at `orgStart`) with a link between, or null.
   */
  #whoseOrganization(orgStart: number): Entity | null {
    const k = this.#recentCount - 2;
    if (k < 0) return null;
    const at = this.#recentAt[k];
    if (orgStart - at > 6 || orgStart <= at) return null;
    const e = this.#withId(this.#recent[k]);
    if (e.lastPos !== at || !(e.type === 'person' || (e.type === 'anonymous' && (e.personNoun || e.gender === 'plural')))) return null;
    return GROUP_LINKS.has(this.#text.slice(at, orgStart).trim().toLowerCase()) ? e : null;
  }

  #resolvePronoun(m: EntityMention, confirmed: boolean): Entity | null {
    if (m.relative) {
      const prevEntity = this.#previousEntity;
      if (prevEntity) {
        const prev = this.#mention(this.#previous);
        if (m.start - prev.end <= RELATIVE_GAP) {
          const gap = this.#text.slice(prev.end, m.start).trim();
          if (gap === '' || gap === ',') return prevEntity.type === 'organization' && m.gender !== 'neuter' ? this.#whoseOrganization(prev.start) ?? prevEntity : prevEntity;
        }
      }
      // A quoted "who" further from its noun ("Fowler, a former chairman, who said"): the latest person.
      if (!confirmed || m.gender === 'neuter') return null;
      for (let k = this.#recentCount - 1; k >= 0 && k >= this.#recentCount - 8; k--) {
        const e = this.#withId(this.#recent[k]);
        const at = this.#recentAt[k];
        if (m.start - at > RELATIVE_REACH) break;
        if (e.lastPos === at && e.strong && (e.type === 'person' || e.type === 'anonymous')) return e;
      }
      return null;
    }
    if (m.firstPerson && !confirmed) return null;
    if (m.gender === 'neuter' && !confirmed) return null;
    const reach = pronounReach(m);
    let candidates = 0;
    const stop = Math.max(0, this.#recentCount - RECENT_SCAN_LIMIT);
    for (let k = this.#recentCount - 1; k >= stop && candidates < RECENT_LIMIT; k--) {
      const e = this.#withId(this.#recent[k]);
      const at = this.#recentAt[k];
      if (m.start - at > reach) break;
      if (e.lastPos !== at) continue;
      candidates++;
      if (m.firstPerson) {
        if (m.gender === 'plural' ? e.type !== 'person' : e.type === 'person') return e;
        continue;
      }
      if (m.gender === 'plural') {
        if (e.gender === 'plural' && e.type === 'anonymous') return e;
        if (confirmed && e.type === 'organization') return e;
        continue;
      }
      // A capitalised guess nobody quotes ("Medicare") is no antecedent for "he" or "she".
      if (!e.strong && e.gender === undefined && e.type !== 'organization' && e.type !== 'document' && e.type !== 'anonymous') continue;
      if (compatibleGender(e, m.gender) && (m.gender === 'neuter' || e.type === 'person' || (e.type === 'anonymous' && e.personNoun))) {
        // "she" told us something: a later "he" will look elsewhere.
        if ((m.gender === 'male' || m.gender === 'female') && e.type === 'person' && e.gender === undefined && !e.registry) e.gender = m.gender;
        return e;
      }
    }
    return null;
  }

  #resolveOne(m: EntityMention, confirmed: boolean): Entity | null {
    const reg = m.kind === 'pronoun' ? undefined : this.#registryFor(m);
    if (reg) return this.#fromRegistry(reg, m.type === 'anonymous' || m.type === 'document' ? undefined : m.type);
    switch (m.kind) {
      case 'pronoun':
        return this.#resolvePronoun(m, confirmed);
      case 'role':
        if (m.type === 'anonymous') return this.#resolveUnnamed(m, 'anonymous');
        return this.#resolveRole(m, confirmed);
      case 'anonymous':
        return this.#resolveUnnamed(m, 'anonymous');
      case 'document':
        return this.#resolveUnnamed(m, 'document');
      default:
        return m.type === 'organization' && m.kind === 'name' ? this.#resolveOrganization(m) : this.#resolvePerson(m);
    }
  }

  /** Resolves the mention with this id; mentions are added in text order. */
  add(id: number): void {
    const m = this.#mention(id);
    const confirmed = (this.#confirmed[id] & 1) === 1;
    this.#step = id;
    let entity = this.#resolveOne(m, confirmed);
    if (!entity && confirmed && m.kind !== 'pronoun') {
      // The attribution engine says this is a speaker even though nothing it refers to is known.
      const written = this.#mentionText(m);
      entity = this.#newEntity(m.type ?? 'person', written, 1);
    }
    const slot = id - this.#offset;
    if (slot >= this.#entityOf.length) this.#growEntityOf(slot);
    this.#entityOf[slot] = entity ? entity.id : -1;
    this.#previous = id;
    this.#previousEntity = entity;
    if (!entity) return;
    if (entity.mentionCount === 0) entity.firstMention = id;
    entity.mentionCount++;
    entity.lastPos = m.end;
    if (this.#touches && entity.changedIn !== this.#generation) {
      entity.changedIn = this.#generation;
      this.#changed.push(entity);
    }
    if (confirmed) entity.strong = true;
    else if (!m.candidate && (m.kind === 'name' || m.kind === 'title' || (m.kind === 'anonymous' && m.type === 'anonymous'))) entity.strong = true;
    if (entity.type === undefined && m.type) entity.type = m.type;
    if (!entity.registry) {
      if ((m.gender === 'male' || m.gender === 'female') && entity.type === 'person' && m.kind !== 'pronoun' && entity.gender === undefined) entity.gender = m.gender;
      if (titleFits(m, entity.title)) entity.title = m.title;
      if (m.affiliation && !entity.affiliation) entity.affiliation = m.affiliation;
    }
    // Titles and heads a later role noun can use ("the minister"); each registered once.
    if ((m.head || m.title) && m.kind !== 'pronoun' && m.kind !== 'role' && (m.head !== entity.lastHead || m.title !== entity.lastTitle)) {
      entity.lastHead = m.head;
      entity.lastTitle = m.title;
      if (entity.type === 'person') {
        this.#registerRole(entity, 'p', m.head);
        this.#registerRole(entity, 'p', m.title);
      } else if (entity.type === 'organization' && m.kind === 'name') this.#registerRole(entity, 'o', m.head);
    }
    const last = this.#recentCount - 1;
    if (last >= 0 && this.#recent[last] === entity.id) this.#recentAt[last] = m.end;
    else {
      if (this.#recentCount === this.#recentAt.length) this.#growRecent();
      this.#recent[this.#recentCount] = entity.id;
      this.#recentAt[this.#recentCount] = m.end;
      this.#recentCount++;
    }
  }

  /** The entity ids of the sources finish() made, in their order. */
  keptIds: number[] = [];

  #growRecent(): void {
    this.#recentAt = grown(this.#recentAt, this.#recentAt.length * 2, 0);
    this.#recent = grown(this.#recent, this.#recentAt.length, 0);
  }

  #growEntityOf(slot: number): void {
    this.#entityOf = grown(this.#entityOf, Math.max(slot + 1, this.#entityOf.length * 2), -1);
  }

  /** The mention with this id. */
  #mention(id: number): EntityMention {
    return this.#all[id];
  }

  /** This run's entity with this id. */
  #withId(id: number): Entity {
    return this.#resumable ? this.#byId[id] : this.#entities[id];
  }

  /** The entity the mention with this id resolved to (null: none, or not resolved by this run). */
  entityAt(id: number): Entity | null {
    const slot = id - this.#offset;
    const e = slot >= 0 && slot < this.#entityOf.length ? this.#entityOf[slot] : -1;
    return e >= 0 ? this.#withId(e) : null;
  }

  /**
   * A run from the start: the sources, in order of their first mention; gives each kept entity
   * its `sourceId`.
   */
  finish(): Source[] {
    const entities = this.#entities;
    const kept: Entity[] = [];
    let size = 0;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k];
      if (!e.strong || e.mentionCount === 0) continue;
      kept.push(e);
      if (e.id >= size) size = e.id + 1;
    }
    sortInOrder(kept, (a, b) => this.#mention(a.firstMention).start - this.#mention(b.firstMention).start);
    const sources = new Array<Source>(kept.length);
    const keptIds = new Array<number>(kept.length);
    /** Per entity id: its source's mentions, and how many of them are made. */
    const lists = new Array<SourceMention[]>(size);
    const filled = new Int32Array(size);
    for (let index = 0; index < kept.length; index++) {
      const e = kept[index];
      const id = `s${index + 1}`;
      e.sourceId = id;
      const mentions = new Array<SourceMention>(e.mentionCount);
      lists[e.id] = mentions;
      keptIds[index] = e.id;
      sources[index] = sourceFrom(e, id, mentions);
    }
    this.keptIds = keptIds;
    // The mentions are made in one pass in text order: reading them source by source would jump
    // all over the mention list and the text.
    const text = this.#text;
    const entityOf = this.#entityOf;
    for (let at = 0; at < this.#all.length; at++) {
      const id = entityOf[at];
      if (id < 0) continue;
      const e = this.#withId(id);
      if (e.sourceId === null) continue;
      const m = this.#mention(at);
      lists[e.id][filled[e.id]++] = { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind, sourceId: e.sourceId };
    }
    return sources;
  }
}

function titleCaseWords(phrase: string): string {
  return phrase.split(' ').map(titleCaseFirst).join(' ');
}

/** A copy of `list`, `length` long, its new entries `fill`. */
function grown(list: Int32Array, length: number, fill: number): Int32Array {
  const out = new Int32Array(length).fill(fill);
  out.set(list);
  return out;
}

function validSpan(s: unknown, length: number): s is { start: number; end: number } {
  if (!s || typeof s !== 'object') return false;
  const start = (s as { start: unknown }).start;
  const end = (s as { end: unknown }).end;
  return typeof start === 'number' && typeof end === 'number' && start >= 0 && end <= length && start < end && (start | 0) === start && (end | 0) === end;
}


function byPosition(a: EntityMention, b: EntityMention): number {
  return a.start - b.start || b.end - a.end;
}

function inOrder(mentions: readonly EntityMention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (byPosition(mentions[k - 1], mentions[k]) > 0) return false;
  return true;
}

/**
 * Whether mention m's title replaces an entity's title `title`: when it has none yet, or when m's
 * says more of it ("Foreign Minister" after "Minister"). A role's title only when it says whose
 * it is ("Norway's trade minister", see possessedTitle): "the minister" says nothing new.
 */
function titleFits(m: EntityMention, title: string | undefined): m is EntityMention & { title: string } {
  return !!m.title && (m.kind !== 'role' || !!m.affiliation) && (!title || (m.title.length > title.length && m.title.toLowerCase().endsWith(title.toLowerCase())));
}

/**
 * Which of the mentions inside an attribution's source span names the speaker: a real name
 * over a guess or a pronoun ("Republican Senate nominee Gov. Ann Hale" is Hale),
 * then the one the span starts with ("Cho and Rubio" is Cho), then the one it ends with.
 */
function spanChoiceScore(text: TextLike, m: EntityMention, start: number, end: number): number {
  let rank: number;
  if ((m.kind === 'name' || m.kind === 'title') && !m.candidate) rank = 4;
  else if (m.kind === 'pronoun') rank = 1;
  // (a name opening the span before an aside is the speaker: "Lena Marsh, a professor at Valmere University,")
  else if (m.candidate && m.kind === 'name') rank = m.start === start && text.slice(m.end, m.end + 1) === ',' ? 4 : 3;
  else rank = 2;
  return rank * 10 + (m.start === start ? 4 : 0) + (m.end === end ? 2 : 0) + (m.start >= start && m.end <= end ? 1 : 0);
}

/** Words that stand for unnamed people on their own ("others said"). */
const PRONOUN_LIKE_SOURCES: ReadonlySet<string> = new Set(['others', 'everyone', 'everybody', 'nobody', 'no one', 'someone', 'somebody', 'anyone', 'both', 'all']);
/** First words of a source that is some of a group ("Neither side", "Each of the candidates"). */
const GROUP_OPENERS: ReadonlySet<string> = new Set(words('none neither either each most half some many'));

/** Words that tie a group to whom it belongs ("aides to", "supporters of", "people close to"). */
const GROUP_LINKS: ReadonlySet<string> = new Set(words('of for to at in with from close familiar near'));
/** Titles that name someone acting for another only when tied to them ("lawyers for the family"). */
const TIED_HEADS: ReadonlySet<string> = new Set(words('lawyer lawyers attorney attorneys'));

/**
 * Whether the source span's words from `start` (before `limit`) open with a group or an unnamed
 * person tied to someone: "Supporters of Maria Varga", "a spokesman for the mayor", "Aides to
 * Governor Varga", "Others in the party". The speaker is the group, not the name after the link,
 * so such a span is a source of its own (its syntheticMention). Asked of a span whose best mention
 * starts after the span does, and of the words of a span syntheticMention reads; the incremental
 * analyzer asks it of every span near an edit that has a mention (a superset: it then counts a
 * few more spans as made-up mentions, which can only make it resolve more).
 */
export function groupSpan(text: TextLike, start: number, limit: number): boolean {
  const words = text.slice(start, Math.min(limit, start + 80)).toLowerCase().split(/\s+/);
  for (let k = 0; k < words.length - 1 && k < 5; k++) {
    const w = words[k];
    // ("two of the companies named in the indictment"; a share, "Two-thirds of Republicans", is the group's)
    const head = ANONYMOUS_HEADS.has(w) || PRONOUN_LIKE_SOURCES.has(w) || GROUP_OPENERS.has(w) || TIED_HEADS.has(w) || isPluralTitle(w) || (isSpelledNumber(w) && w.indexOf('-') < 0);
    if (head && GROUP_LINKS.has(words[k + 1])) return true;
    // ("some aides to", "two senior officials at", "1,409 teachers in")
    if (!(head || DETERMINERS.has(w) || QUANTIFIERS.has(w) || ANONYMOUS_MODIFIERS.has(w) || isSpelledNumber(w) || isDigitCode(w.charCodeAt(0)))) return false;
  }
  return false;
}

/**
 * Whether a source span opening with a possessive pronoun goes on with more words ("her
 * spokesperson", "their lawyers"): the speaker is the phrase, not whom the pronoun refers to.
 */
export function possessivePhrase(text: TextLike, start: number, end: number): boolean {
  const written = text.slice(start, Math.min(end, start + 40)).trimStart();
  const space = written.indexOf(' ');
  return space > 0 && written.length > space + 1 && PRONOUNS.get(written.slice(0, space).toLowerCase())?.possessive === true;
}

/**
 * The mention coreference makes for a source span in which it finds none, or one that is a group
 * (see groupSpan); null when the span does not look like a source at all ("send a strong",
 * "sometimes"). The incremental analyzer asks the same question to know whether an edit can
 * change coreference.
 */
export function syntheticMention(text: TextLike, start: number, end: number): EntityMention | null {
  const written = text.slice(start, end);
  // The answer depends only on the words of the span, and an article quotes the same unnamed
  // speakers ("importers", "the electoral commission") again and again: looking the span up is
  // far cheaper than finding mentions in it once more.
  let made = syntheticCache.get(written);
  if (made === undefined) {
    made = spanMention(written);
    if (made !== null) {
      // its words too are copies (a mention found in the span has slices of it)
      for (const k of ['name', 'title', 'affiliation', 'head', 'key'] as const) if (made[k] !== undefined) made[k] = detached(made[k]!);
    }
    if (syntheticCache.size >= SYNTHETIC_CACHE_LIMIT) syntheticCache.clear();
    // The cache outlives the analysis: it keeps a copy of the words, not a slice of the article.
    syntheticCache.set(detached(written), made);
  }
  // a new mention each time: a resumable resolution moves its own synthetic mentions with the text
  return made === null ? null : shiftMention(made, start);
}

/** Synthetic mentions already made, by the words of their span (offsets from the span's start). */
const SYNTHETIC_CACHE_LIMIT = 4096;
const syntheticCache = new Map<string, EntityMention | null>();

/** The mention syntheticMention makes for a span written so, with offsets from the span's start. */
function spanMention(written: string): EntityMention | null {
  const start = 0;
  const end = written.length;
  // "Ore.", "N.Y.": the end of a place ("Portland, Ore."), whoever the speaker before it is.
  if (end <= 6 && written.endsWith('.') && STATE_ABBREVIATIONS.has(written.slice(0, -1).toLowerCase())) return null;
  const grouped = groupSpan(written, 0, end);
  if (written.length <= MAX_SYNTHETIC_SPAN && !grouped) {
    const found = findMentionsInParagraph(written, [{ start: 0, end: written.length }]);
    if (found.length > 0 && !(found[0].kind === 'pronoun' && possessivePhrase(written, 0, end))) {
      return { ...found[0], candidate: false };
    }
  }
  const trimmed = written.trim();
  const lower = trimmed.toLowerCase();
  const pronoun = PRONOUNS.get(lower);
  if (pronoun) {
    return {
      start,
      end,
      kind: 'pronoun',
      gender: pronoun.gender === 'any' ? undefined : pronoun.gender,
      ...(pronoun.relative ? { relative: true } : {}),
      ...(pronoun.firstPerson ? { firstPerson: true } : {}),
    };
  }
  // "Britain and France", "Seoul": places quoted as speakers stand for their governments;
  // "Another slide", "19 percent of voters": unnamed; capitalised words: a person.
  const words = lower.split(/\s+/);
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  const place = PLACES.has(lower) || PLACES.has(firstWord);
  // (a number written out or a group noun opening a sentence is capitalised, and no name:
  // "Sixty percent of voters", "Supporters", "Others")
  const counted = /^[0-9]/.test(firstWord) || isSpelledNumber(firstWord);
  // "Foreign ministers agree", "Republican senators said": people by the plural of their title
  const titled = isPluralTitle(lastWord) && (words.length === 1 || TITLE_MODIFIERS.has(firstWord) || ANONYMOUS_MODIFIERS.has(firstWord) || QUANTIFIERS.has(firstWord));
  const group = grouped || titled || PRONOUN_LIKE_SOURCES.has(lower) || PRONOUN_LIKE_SOURCES.has(firstWord) || GROUP_OPENERS.has(firstWord) || ANONYMOUS_HEADS.get(firstWord)?.plural === true;
  const capitalised = /^[A-Z]/.test(trimmed) && !group && !counted && !QUANTIFIERS.has(firstWord) && !DETERMINERS.has(firstWord) && !NOT_NAMES.has(firstWord) && !ANONYMOUS_MODIFIERS.has(firstWord);
  // (not a group that the document only describes: "two of the companies named in the indictment")
  const document = DOCUMENT_HEADS.has(lastWord) && !grouped;
  const describesSomeone = group || counted || PRONOUNS.get(firstWord)?.possessive === true || QUANTIFIERS.has(firstWord) || DETERMINERS.has(firstWord) || ANONYMOUS_HEADS.has(lastWord) || ORGANIZATION_ROLE_HEADS.has(lastWord);
  if (!place && !document && !capitalised && !describesSomeone) return null;
  const kind: MentionKind = place ? 'name' : document ? 'document' : capitalised ? (words.length > 1 ? 'name' : 'alias') : 'anonymous';
  const type: SourceType = place ? 'organization' : document ? 'document' : capitalised ? 'person' : 'anonymous';
  if (kind !== 'anonymous') return { start, end, kind, type, name: trimmed };
  // an unnamed group is named, and mentioned, without what the span says after it
  const lead = written.length - written.trimStart().length;
  const name = trimmed.slice(0, groupNameLength(trimmed));
  return { start, end: lead + name.length, kind, type, name };
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(words('who whom whose which that'));

/** The first comma in `written` that is not inside a figure ("1,409 teachers"), or -1. */
function firstComma(written: string): number {
  let comma = written.indexOf(',');
  while (comma > 0 && isDigitCode(written.charCodeAt(comma - 1)) && isDigitCode(written.charCodeAt(comma + 1))) comma = written.indexOf(',', comma + 1);
  return comma;
}

/** How much of an unnamed group's span names it: "Officials at the port" of "Officials at the port, who met on Monday,". */
function groupNameLength(written: string): number {
  const comma = firstComma(written);
  let length = comma > 0 ? comma : written.length;
  for (let k = written.indexOf(' ') + 1; k > 0 && k < length; k = written.indexOf(' ', k) + 1) {
    const next = written.indexOf(' ', k);
    if (RELATIVE_WORDS.has(written.slice(k, next < 0 ? written.length : next).toLowerCase())) {
      length = k;
      break;
    }
  }
  while (length > 1 && written.charCodeAt(length - 1) <= 32) length--;
  return length;
}

/**
 * The first of mentions[from, to) whose span is not valid (`to` if none). A function of its own:
 * a whole document's list runs this loop long enough to be compiled while it runs, and that
 * compiled loop is kept for the next calls; as part of validInOrder it took along the code after
 * the loop, compiled before any call had copied a paragraph's mentions, and every call for a
 * paragraph (the incremental analyzer's) fell out of it there: 800 to 1,400 times on opening a 1 MB
 * document, and a few times on each edit.
 */
function firstInvalid(mentions: readonly EntityMention[], from: number, to: number, length: number): number {
  let valid = from;
  while (valid < to && validSpan(mentions[valid], length)) valid++;
  return valid;
}

/**
 * The mentions[from, to) with a valid span, in text order: `mentions` itself when that is the
 * whole list (the caller only reads it), else a copy.
 */
function validInOrder(text: TextLike, mentions: readonly EntityMention[], from: number, to: number): readonly EntityMention[] {
  const length = text.length;
  // Usually every span is valid: then the list is one copy of its exact size, not grown by pushes.
  const valid = firstInvalid(mentions, from, to, length);
  if (from === 0 && valid === mentions.length && inOrder(mentions)) return mentions;
  const all = mentions.slice(from, valid);
  for (let k = valid + 1; k < to; k++) if (validSpan(mentions[k], length)) all.push(mentions[k]);
  for (let k = 1; k < all.length; k++) {
    if (byPosition(all[k - 1], all[k]) > 0) {
      all.sort(byPosition);
      break;
    }
  }
  return all;
}

/**
 * tieSourceSpans' scratch lists (it is not re-entrant): the valid spans in order, and each span's
 * start and end by attribution index; they grow when a document has more attributions.
 */
let spanOrder = new Int32Array(64);
let spanStarts = new Int32Array(64);
let spanEnds = new Int32Array(64);
const bySpanStart = (a: number, b: number): number => spanStarts[a] - spanStarts[b];

/**
 * Ties each of `count` attribution source spans (`spanAt(i)`, skipped unless a valid span) to the
 * mention of `all` (`found` of them) that it overlaps best, or to a synthetic mention made for it
 * and appended to `made`, whose mentions come after all's: `chosen[i]` is that mention's index
 * (`found` + its index in `made` for a synthetic one), and `confirmed` marks it.
 */
function tieSourceSpans(
  text: TextLike,
  all: readonly EntityMention[],
  found: number,
  made: EntityMention[],
  count: number,
  spanAt: (i: number) => unknown,
  chosen: { [i: number]: number },
  confirmed: { [i: number]: number },
): void {
  if (count === 0) return;
  const length = text.length;
  // The valid spans, read once: their indices (in order of start) and where they start and end.
  if (spanStarts.length < count) {
    spanOrder = new Int32Array(count * 2);
    spanStarts = new Int32Array(count * 2);
    spanEnds = new Int32Array(count * 2);
  }
  const order = spanOrder;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const span = spanAt(i);
    if (!validSpan(span, length)) continue;
    order[n++] = i;
    spanStarts[i] = span.start;
    spanEnds[i] = span.end;
  }
  if (n > 1) sortIndicesInOrder(order, n, bySpanStart);
  let p = 0;
  for (let o = 0; o < n; o++) {
    const index = order[o];
    const start = spanStarts[index];
    const end = spanEnds[index];
    while (p < found && all[p].end <= start) p++;
    let best = -1;
    let bestScore = -1;
    // A source span holds a few mentions; reading at most SPAN_MENTION_WINDOW keeps a pathological span cheap.
    for (let q = p; q < found && q < p + SPAN_MENTION_WINDOW && all[q].start < end; q++) {
      const m = all[q];
      // (nor a possessor, whose the speaker is: "Ana Ruiz's lawyer", see possessedTitle; coreference
      // reads the longer of two mentions that start together first)
      if (m.end <= start || (q > 0 && all[q - 1].start === m.start && (all[q - 1].kind === 'role' || all[q - 1].kind === 'anonymous') && all[q - 1].end > m.end)) continue;
      const score = spanChoiceScore(text, m, start, end);
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    // "Supporters of Maria Varga said": the group speaks, not the name after the link (unless a
    // clause comes between: "many residents of the port agree, but the harbour board said")
    if (best >= 0 && all[best].start > start && groupSpan(text, start, all[best].start) && firstComma(text.slice(start, all[best].start)) < 0) best = -1;
    // "her spokesperson said": the spokesperson speaks, not whom "her" refers to
    if (best >= 0 && all[best].kind === 'pronoun' && possessivePhrase(text, start, end)) best = -1;
    if (best < 0) {
      // Spans come in order of start, so only the latest synthetic mention can overlap this one.
      const latest = made.length > 0 ? made[made.length - 1] : null;
      if (latest !== null && latest.start < end && latest.end > start) best = found + made.length - 1;
      else {
        const m = syntheticMention(text, start, end);
        if (!m) continue;
        best = found + made.length;
        made.push(m);
      }
    }
    confirmed[best] = 1;
    chosen[index] = best;
  }
}

export function resolveMentions(
  text: string,
  mentions: EntityMention[],
  attributionSources: (Span | null)[],
  options: AnalyzeOptions,
): { sources: Source[]; attributionSourceIds: (string | null)[] } {
  const input = Array.isArray(mentions) ? mentions : [];
  const spans = Array.isArray(attributionSources) ? attributionSources : [];
  const steps: EntityMention[] = [];
  const flags: number[] = [];
  const attributionStep = new Array<number>(spans.length);
  buildSteps(text, input, 0, input.length, spans.length, (i) => spans[i], steps, flags, attributionStep, 0, 0);
  const resolver = new Resolver(text, options?.registry, steps, Uint8Array.from(flags));
  for (let step = 0; step < steps.length; step++) resolver.add(step);
  resolver.release();
  const sources = resolver.finish();
  return { sources, attributionSourceIds: attributionStep.map((step) => resolver.entityAt(step)?.sourceId ?? null) };
}

// ---------------------------------------------------------------------------------------------
// Resumable coreference: the same resolution, kept between versions of one document so that an
// edit resolves again only from a checkpoint before it to where the resolution is the old one.
//
// The mentions are resolved in "steps": per paragraph, its mentions (in text order) and the
// mentions made for attribution source spans that name none, merged as resolveMentions merges
// them (a span and the mentions it is matched with lie in one paragraph, so this is that order).
// Every CHECKPOINT_STEPS steps, at a paragraph start, the resolver's state is copied (entities
// by id, its lists of entity ids by key, the recency entries within a pronoun's reach). After
// an edit, resolution resumes from the last checkpoint before the paragraphs that changed and
// runs on until, at a later checkpoint at least a pronoun's reach past them, the state is the
// one the previous resolution had there, except for entities and lists that nothing after that
// checkpoint reads again (every lookup by key records where it happened; an entity nothing
// reads can no longer change, and no later pronoun reaches back to it). From there on every
// decision is the previous one, so the previous sources are kept, their mentions in the
// resumed stretch replaced.

/**
 * Steps between checkpoints (at least; checkpoints are at paragraph starts). An edit resolves
 * from the checkpoint before it to one past a pronoun's reach after it: with checkpoints closer
 * together, half as many steps for a typical edit, for twice as many (each a copy of the lists).
 */
const CHECKPOINT_STEPS = 128;

/** An attribution as coreference reads it (its source span) and writes it (its source id). */
interface AttributionLike {
  source: Span | null;
  sourceId: string | null;
}

export interface CoreferenceEdit {
  /** The new text, its paragraphs, mentions and attributions (document offsets, in text order). */
  text: TextLike;
  paragraphs: readonly { start: number; end: number }[];
  mentions: readonly EntityMention[];
  /** Where each paragraph's mentions and attributions begin (one more entry for the end). */
  mentionMarks: readonly number[];
  attributions: readonly AttributionLike[];
  attributionMarks: readonly number[];
  /** Old paragraphs [from, oldTo) became new paragraphs [from, newTo); oldRunEnd is where old paragraph oldTo started. */
  from: number;
  oldTo: number;
  newTo: number;
  oldRunEnd: number;
  /** The changed stretch: old [prefix, oldSuffixStart) became new [prefix, oldSuffixStart + delta). */
  prefix: number;
  oldSuffixStart: number;
  delta: number;
  /**
   * Whether the caller knows the resolution is unchanged: the run's mentions and source spans
   * are the old ones, moved, and no distance coreference measures crossed a limit.
   */
  same: boolean;
}

export interface CoreferenceStats {
  /** Steps resolved again by the last update (0 when the sources were kept as they were). */
  steps: number;
  /** Whether the last update kept every decision as it was (only moved). */
  kept: boolean;
  /**
   * The attributions (by index) whose source id the last update changed, apart from those of
   * the edited paragraphs; null when it may have changed any.
   */
  changedAttributions: number[] | null;
}

/**
 * The order in which resolution reads the mentions [mentionFrom, mentionTo) of a paragraph (or
 * of the whole text) and those it makes for the `count` attribution source spans (`spanAt`) that
 * name none: the valid mentions in text order and the made ones, each list in order, merged. Each
 * is appended to `steps` with its flags (1: an attribution names it, 2: made), and span i's step
 * (or -1) goes to attributionStep[attributionBase + i].
 */
function buildSteps(
  text: TextLike,
  mentions: readonly EntityMention[],
  mentionFrom: number,
  mentionTo: number,
  count: number,
  spanAt: (i: number) => unknown,
  steps: EntityMention[],
  flags: number[],
  attributionStep: number[],
  attributionBase: number,
  stepBase: number,
): void {
  const valid = validInOrder(text, mentions, mentionFrom, mentionTo);
  const found = valid.length;
  const chosen = new Array<number>(count).fill(-1);
  const confirmed = new Array<number>(found + count).fill(0);
  const made: EntityMention[] = [];
  tieSourceSpans(text, valid, found, made, count, spanAt, chosen, confirmed);
  // the valid mentions and the made ones, each list in order, merged
  const stepOf = new Array<number>(found + made.length);
  let a = 0;
  let b = 0;
  while (a < found || b < made.length) {
    const id = b >= made.length || (a < found && byPosition(valid[a], made[b]) <= 0) ? a++ : found + b++;
    stepOf[id] = stepBase + steps.length;
    steps.push(id < found ? valid[id] : made[id - found]);
    flags.push(confirmed[id] | (id >= found ? 2 : 0));
  }
  for (let i = 0; i < count; i++) attributionStep[attributionBase + i] = chosen[i] >= 0 ? stepOf[chosen[i]] : -1;
}

function emptySnapshot(): Snapshot {
  return { pos: 0, step: 0, entities: [], lastPos: new Float64Array(0), lists: newMaps(), recent: [], recentAt: [], previous: -1, pending: [], touched: newMaps(), changed: [] };
}

/** A map per kind of list (BY_KEY, ROLE, ...), empty. */
const newMaps = (): Map<string, number[]>[] => Array.from({ length: LIST_MAPS }, () => new Map<string, number[]>());

/** The first index in `list` whose start is not before `offset` (the list is in text order). */
const firstFrom = (list: readonly { start: number }[], offset: number): number => countBefore(list.length, (i) => list[i].start < offset);

/** Sources in order of their first mention (mentions that start together: the longer first). */
function sourceBefore(a: Source, b: Source): boolean {
  const x = a.mentions[0];
  const y = b.mentions[0];
  return x.start < y.start || (x.start === y.start && x.end > y.end);
}

function sourceFrom(e: Entity, id: string, mentions: SourceMention[]): Source {
  const type: SourceType = e.type ?? 'person';
  const source: Source = { id, name: type === 'organization' && e.nameRank <= 2 ? titleCaseFirst(e.name) : e.name, type, mentions };
  if (e.title) source.title = e.title;
  if (e.affiliation) source.affiliation = e.affiliation;
  if (e.registry) source.fromRegistry = true;
  return source;
}

/**
 * The coreference of one document, kept to be resumed after an edit. `resolve` gives exactly
 * what resolveSources gives (and writes each attribution's sourceId); `update` gives the
 * sources of the edited document, or null when it could not resume (then call `resolve`).
 */
export class ResumableCoreference {
  readonly stats: CoreferenceStats = { steps: 0, kept: false, changedAttributions: null };
  readonly #options: AnalyzeOptions;
  #steps: EntityMention[] = [];
  /** Per step: 1 when an attribution names it as its source, 2 when it was made for a source span. */
  #flags = new Uint8Array(0);
  /** Per step: the id of the entity it resolved to, or -1; the id of the entity made at it, or -1. */
  #stepEntity = new Int32Array(0);
  #created = new Int32Array(0);
  /** The steps made for source spans (see buildSteps), in order: their mentions are this object's to move. */
  #synthetic: number[] = [];
  /** Per paragraph (and one more for the end): its first step. */
  #paragraphStep: number[] = [];
  /** Per attribution: the step of its source, or -1. */
  #attributionStep: number[] = [];
  #snapshots: Snapshot[] = [];
  #nextId = 0;
  #sources: Source[] = [];
  /** Per entity id: its source, if it has one. */
  #sourceOf: (Source | undefined)[] = [];
  /** Per entity id: the entity as resolution leaves it at the end of the text. */
  #final: (Entity | undefined)[] = [];

  /** Steps between checkpoints. */
  readonly #interval: number;

  private constructor(options: AnalyzeOptions, interval: number) {
    this.#options = options ?? {};
    this.#interval = interval;
  }

  static resolve(
    text: TextLike,
    paragraphs: readonly { start: number; end: number }[],
    mentions: readonly EntityMention[],
    mentionMarks: readonly number[],
    attributions: readonly AttributionLike[],
    attributionMarks: readonly number[],
    options: AnalyzeOptions,
    checkpointSteps = CHECKPOINT_STEPS,
  ): { coreference: ResumableCoreference; sources: Source[] } {
    const c = new ResumableCoreference(options, Math.max(1, Math.floor(checkpointSteps) || CHECKPOINT_STEPS));
    const steps: EntityMention[] = [];
    const flags: number[] = [];
    const attributionStep = new Array<number>(attributions.length).fill(-1);
    const paragraphStep: number[] = [];
    for (let k = 0; k < paragraphs.length; k++) {
      paragraphStep.push(steps.length);
      const first = attributionMarks[k];
      buildSteps(text, mentions, mentionMarks[k], mentionMarks[k + 1], attributionMarks[k + 1] - first, (i) => attributions[first + i].source, steps, flags, attributionStep, first, 0);
    }
    paragraphStep.push(steps.length);
    c.#steps = steps;
    c.#flags = Uint8Array.from(flags);
    for (let i = 0; i < flags.length; i++) if ((flags[i] & 2) !== 0) c.#synthetic.push(i);
    c.#paragraphStep = paragraphStep;
    c.#attributionStep = attributionStep;
    const created = new Int32Array(steps.length).fill(-1);
    const snapshots: Snapshot[] = [emptySnapshot()];
    const resolver = new Resolver(text, options?.registry, steps, c.#flags, {
      idAt: (step) => (created[step] = c.#nextId++),
      from: null,
    });
    resolver.track(snapshots[0]);
    let last = 0;
    for (let k = 0; k < paragraphs.length; k++) {
      const first = paragraphStep[k];
      if (first - last >= c.#interval) {
        snapshots.push(resolver.snapshot(paragraphs[k].start, first));
        last = first;
      }
      for (let s = first; s < paragraphStep[k + 1]; s++) resolver.add(s);
    }
    resolver.closeInterval();
    resolver.release();
    const sources = resolver.finish();
    for (const e of resolver.entityRecords()) c.#final[e.id] = e;
    const stepEntity = new Int32Array(steps.length);
    for (let s = 0; s < steps.length; s++) stepEntity[s] = resolver.entityAt(s)?.id ?? -1;
    c.#stepEntity = stepEntity;
    c.#created = created;
    c.#snapshots = snapshots;
    c.#sources = sources;
    for (let i = 0; i < sources.length; i++) c.#sourceOf[resolver.keptIds[i]] = sources[i];
    c.#writeAttributionSources(attributions, 0, attributions.length);
    c.stats.steps = steps.length;
    return { coreference: c, sources };
  }

  /** Writes the source ids of attributions [from, to); returns the indices of those that changed. */
  #writeAttributionSources(attributions: readonly AttributionLike[], from: number, to: number): number[] {
    const steps = this.#attributionStep;
    const changed: number[] = [];
    for (let a = from; a < to; a++) {
      const step = steps[a];
      const entity = step >= 0 ? this.#stepEntity[step] : -1;
      const source = entity >= 0 ? this.#sourceOf[entity] : undefined;
      const id = source ? source.id : null;
      if (attributions[a].sourceId !== id) {
        attributions[a].sourceId = id;
        changed.push(a);
      }
    }
    return changed;
  }

  /** The sources of the edited document (a new list), or null when resolution could not resume. */
  update(edit: CoreferenceEdit): Source[] | null {
    this.stats.steps = 0;
    this.stats.kept = false;
    this.stats.changedAttributions = null;
    const { text, paragraphs, from, oldTo, newTo, prefix, oldSuffixStart, delta } = edit;
    if (paragraphs.length + 1 !== edit.mentionMarks.length || paragraphs.length + 1 !== edit.attributionMarks.length) return null;
    if (oldTo >= this.#paragraphStep.length || newTo > paragraphs.length) return null;
    // Entity ids are never reused, and the per-id lists grow with every resumed edit that makes
    // entities; once ids outnumber the mentions twice over, a whole resolution starts them afresh.
    if (this.#nextId > 2 * this.#steps.length + 1024) return null;
    const oldSteps = this.#steps;
    const oldFlags = this.#flags;
    const sFrom = this.#paragraphStep[from];
    const sTo = this.#paragraphStep[oldTo];

    // The run's steps, found again from its mentions and source spans.
    const attributionCount = edit.attributions.length;
    const attributionDelta = attributionCount - this.#attributionStep.length;
    const aFrom = edit.attributionMarks[from];
    const aTo = edit.attributionMarks[newTo];
    const runSteps: EntityMention[] = [];
    const runFlags: number[] = [];
    const runAttributionStep = new Array<number>(aTo - aFrom).fill(-1);
    const runParagraphStep: number[] = [];
    for (let k = from; k < newTo; k++) {
      runParagraphStep.push(sFrom + runSteps.length);
      const first = edit.attributionMarks[k];
      buildSteps(text, edit.mentions, edit.mentionMarks[k], edit.mentionMarks[k + 1], edit.attributionMarks[k + 1] - first, (i) => edit.attributions[first + i].source, runSteps, runFlags, runAttributionStep, first - aFrom, sFrom);
    }
    const stepDelta = runSteps.length - (sTo - sFrom);
    const runEnd = sFrom + runSteps.length;

    // Made-up mentions after the run move with the text (found ones are the caller's, moved by
    // it); the list of them has the run's replaced.
    {
      const synthetic = this.#synthetic;
      const first = countBefore(synthetic.length, (i) => synthetic[i] < sFrom);
      let end = first;
      while (end < synthetic.length && synthetic[end] < sTo) end++;
      shiftSynthetic(synthetic, oldSteps, end, delta, stepDelta);
      const made: number[] = [];
      for (let i = 0; i < runFlags.length; i++) if ((runFlags[i] & 2) !== 0) made.push(sFrom + i);
      if (made.length > 0 || end > first) replaceRange(synthetic, first, end, made);
    }

    // The per-step lists of the new text: the old ones with the run's replaced (in place).
    const sameSteps = edit.same && stepDelta === 0 && runFlags.every((f, i) => f === oldFlags[sFrom + i]);
    const steps = oldSteps;
    replaceRange(steps, sFrom, sTo, runSteps);
    let flags = oldFlags;
    if (stepDelta !== 0) {
      flags = new Uint8Array(steps.length);
      flags.set(oldFlags.subarray(0, sFrom), 0);
      flags.set(oldFlags.subarray(sTo), runEnd);
    }
    for (let i = 0; i < runFlags.length; i++) flags[sFrom + i] = runFlags[i];
    const paragraphStep = this.#paragraphStep;
    replaceRange(paragraphStep, from, oldTo, runParagraphStep);
    if (stepDelta !== 0) for (let k = from + runParagraphStep.length; k < paragraphStep.length; k++) paragraphStep[k] += stepDelta;
    const attributionStep = this.#attributionStep;
    replaceRange(attributionStep, aFrom, aTo - attributionDelta, runAttributionStep);
    if (stepDelta !== 0) {
      for (let a = aTo; a < attributionStep.length; a++) if (attributionStep[a] >= 0) attributionStep[a] += stepDelta;
    }

    // Checkpoints: those inside the run are gone; the others move with the text.
    const runStart = from < paragraphs.length ? paragraphs[from].start : text.length;
    const snapshots: Snapshot[] = [];
    /** What the steps before a checkpoint that is gone changed: the next checkpoint's to know. */
    let carried: number[] | null = null;
    const change: EditChange = { prefix, oldSuffixStart, delta };
    for (const snapshot of this.#snapshots) {
      if (snapshot.pos > runStart && snapshot.pos < edit.oldRunEnd) {
        // its interval joins the one before
        const before = snapshots[snapshots.length - 1];
        if (before) for (let m = 0; m < LIST_MAPS; m++) for (const [key, entries] of snapshot.touched[m]) before.touched[m].set(key, (before.touched[m].get(key) ?? []).concat(entries));
        carried = carried ? carried.concat(snapshot.changed) : snapshot.changed;
        continue;
      }
      if (carried) {
        snapshot.changed = snapshot.changed.concat(carried);
        carried = null;
      }
      if (snapshot.pos >= edit.oldRunEnd && snapshot.pos > runStart) {
        snapshot.step += stepDelta;
        shiftSnapshot(snapshot, change);
      }
      snapshots.push(snapshot);
    }

    // Sources' mentions after the edit move with the text.
    const oldSources = this.#sources;
    if (delta !== 0) shiftSourceMentions(oldSources, oldSuffixStart, delta);

    const oldStepEntity = this.#stepEntity;
    const oldCreated = this.#created;
    this.#flags = flags;
    this.#snapshots = snapshots;
    if (sameSteps) {
      this.#writeAttributionSources(edit.attributions, aFrom, aTo);
      this.stats.kept = true;
      return oldSources.slice();
    }

    // Resume from the last checkpoint before the run.
    let c = snapshots.length - 1;
    while (c > 0 && snapshots[c].pos > runStart) c--;
    const start = snapshots[c];
    // its positions brought up to date once, so that the checkpoints made from it have no changes pending
    materialize(start);
    /** The entities this run makes: step, id pairs. */
    const createdAt: number[] = [];
    // An entity made in the run takes the id of the one the old run made at the same mention
    // (matched from the run's start before the edit, from its end after it): typing inside a
    // paragraph leaves its other mentions as they were, and an entity with a new id would differ
    // from the old one in every later list that holds it ("a source", "a statement").
    const newSuffixStart = oldSuffixStart + delta;
    let reused: Set<number> | null = null;
    const idAt = (step: number): number => {
      let id = -1;
      if (step < sFrom) id = oldCreated[step];
      else if (step >= runEnd) id = oldCreated[step - stepDelta];
      else {
        const m = steps[step];
        const old = m.end <= prefix && step < sTo ? step : m.start >= newSuffixStart && step - stepDelta >= sFrom ? step - stepDelta : -1;
        if (old >= 0 && oldCreated[old] >= 0 && !(reused ??= new Set()).has(old)) {
          reused.add(old);
          id = oldCreated[old];
        }
      }
      if (id < 0) id = this.#nextId++;
      createdAt.push(step, id);
      return id;
    };
    const resolver = new Resolver(text, this.#options.registry, steps, flags, { idAt, from: start });
    const spread = delta < 0 ? -delta : delta;
    const runEndOffset = newTo < paragraphs.length ? paragraphs[newTo].start : text.length;
    const settled = runEndOffset + PRONOUN_REACH + spread + 4;
    const made: Snapshot[] = [];
    let next = c + 1; // the next old checkpoint to compare with
    while (next < snapshots.length && snapshots[next].pos <= runStart) next++;
    // the entities either resolution changed since the last comparison (old: up to checkpoint
    // `counted`), and those that differed then (see #settled)
    const candidates = new Set<number>();
    const differing = new Map<number, boolean>();
    let counted = c;
    let lastCheckpoint = start.step;
    let k = firstFrom(paragraphs, start.pos);
    // where resolution went as before again (old: that checkpoint; none at the end of the text)
    let converged: { at: Snapshot; old: Snapshot | null; differ: Set<number> | null; lists: [number, string, number][]; outputs: number[]; found?: Map<number, number> } | null = null;
    for (; k <= paragraphs.length; k++) {
      const pos = k < paragraphs.length ? paragraphs[k].start : text.length;
      const step = paragraphStep[k];
      if (k > 0 && step > start.step) {
        while (next < snapshots.length && snapshots[next].pos < pos) next++;
        const old = next < snapshots.length && snapshots[next].pos === pos && snapshots[next].step === step ? snapshots[next] : null;
        if (old || (step - lastCheckpoint >= this.#interval && k < paragraphs.length)) {
          const snapshot = resolver.snapshot(pos, step);
          made.push(snapshot);
          for (const id of snapshot.changed) candidates.add(id);
          lastCheckpoint = step;
          if (old && pos >= settled) {
            for (; counted < next; counted++) for (const id of snapshots[counted + 1].changed) candidates.add(id);
            const differ = this.#settled(snapshot, old, candidates, differing);
            if (differ) {
              converged = { at: snapshot, old, ...differ };
              break;
            }
          }
        }
      }
      if (k === paragraphs.length) {
        // the end of the text: whatever the stretch touched ends as it is now
        converged = { at: resolver.snapshot(text.length, step), old: null, differ: null, lists: [], outputs: [] };
        resolver.closeInterval(); // (nothing after it: a later edit finds its interval read nothing)
        break;
      }
      for (let s = step; s < paragraphStep[k + 1]; s++) resolver.add(s);
    }
    resolver.release();
    if (!converged) return null;
    this.stats.steps = converged.at.step - start.step;
    const tK = converged.at.step;
    const sK = tK - stepDelta;

    // The old stretch's mentions per entity (a count), before the per-step lists change.
    const oldCount = new Map<number, number>();
    for (let s = start.step; s < sK; s++) {
      const e = oldStepEntity[s];
      if (e >= 0) oldCount.set(e, (oldCount.get(e) ?? 0) + 1);
    }
    // Per-step lists: the resumed stretch [start.step, tK) is the new resolution's (in place
    // when the number of steps did not change).
    let stepEntity = oldStepEntity;
    let created = oldCreated;
    if (stepDelta !== 0) {
      stepEntity = new Int32Array(steps.length);
      created = new Int32Array(steps.length);
      stepEntity.set(oldStepEntity.subarray(0, start.step), 0);
      created.set(oldCreated.subarray(0, start.step), 0);
      stepEntity.set(oldStepEntity.subarray(sK), tK);
      created.set(oldCreated.subarray(sK), tK);
    }
    for (let s = start.step; s < tK; s++) {
      stepEntity[s] = resolver.entityAt(s)?.id ?? -1;
      created[s] = -1;
    }
    for (let k = 0; k < createdAt.length; k += 2) if (createdAt[k] < tK) created[createdAt[k]] = createdAt[k + 1];
    this.#stepEntity = stepEntity;
    this.#created = created;

    // Checkpoints: the old ones before the resumed stretch, the new ones in it, the old ones after it
    // (with what differs there, which nothing reads again, as it now is).
    const kept: Snapshot[] = snapshots.slice(0, c + 1);
    for (const s of made) kept.push(s);
    // what the entities that now differ end as: those in differ as they are at the checkpoint
    // (nothing changes them later), those whose name, title or affiliation alone differ as the
    // old mentions after it make them (see finalOutput); the others as they ended before
    const records = new Map<number, Entity | undefined>();
    if (converged.old) {
      // from the checkpoint on, the steps are the old ones, and so are the keys they read
      converged.at.touched = converged.old.touched;
      const later = snapshots.slice(snapshots.indexOf(converged.old) + 1);
      const lastPos = new Map<number, number>();
      for (const e of converged.differ!) if (converged.at.entities[e] !== undefined) lastPos.set(e, positionIn(converged.at, e));
      // a later checkpoint's map of lists can be patched in place unless an earlier checkpoint shares it
      const patched = new Map<Map<string, number[]>, Map<string, number[]>>();
      const shared = new Set<Map<string, number[]>>(start.lists);
      for (const s of made) for (const map of s.lists) shared.add(map);
      for (let j = 0; j < later.length; j++) {
        // a differing entity found again in an interval before this checkpoint is the old one here
        let differ = converged.differ!;
        let positions = lastPos;
        for (const [e, i] of converged.found!) {
          if (i > j) continue;
          if (differ === converged.differ) [differ, positions] = [new Set(differ), new Map(lastPos)];
          differ.delete(e);
          positions.delete(e);
        }
        patchSnapshot(later[j], converged.at, differ, positions, converged.lists, patched, shared);
        kept.push(later[j]);
      }
      // (one found again ends as it did)
      for (const e of converged.differ!) if (!(converged.found!.get(e)! < Infinity)) records.set(e, (this.#final[e] = converged.at.entities[e]));
      for (const e of converged.outputs) records.set(e, (this.#final[e] = this.#finalOutput(e, tK, converged.at.entities[e]!, converged.old.entities[e]!, later)));
    } else this.#final = converged.at.entities.slice();
    this.#snapshots = kept;

    const { sources, renumbered } = this.#splice(text, oldSources, oldCount, start, tK, converged.old ? records : null, converged.at, { from: prefix, to: oldSuffixStart + delta });
    let changed: number[];
    // renumbered sources: any attribution can have another source id
    if (renumbered) changed = this.#writeAttributionSources(edit.attributions, 0, attributionCount);
    else {
      // only the stretch's attributions can have another source (the edited paragraphs' are new)
      const first = edit.attributionMarks[firstFrom(paragraphs, start.pos)];
      const last = edit.attributionMarks[firstFrom(paragraphs, converged.at.pos)];
      changed = this.#writeAttributionSources(edit.attributions, first, last);
    }
    this.stats.changedAttributions = changed.filter((a) => a < aFrom || a >= aTo);
    return sources;
  }

  /**
   * Whether resolution from here on goes as before: the new state `now` and the old one at the
   * same checkpoint differ only in entities and lists that nothing after it reads. Returns the
   * entities and lists that differ, or null.
   */
  #settled(now: Snapshot, old: Snapshot, dirty: Set<number>, differing: Map<number, boolean>): { differ: Set<number>; lists: [number, string, number][]; outputs: number[]; found: Map<number, number> } | null {
    if (now.previous !== old.previous) return null;
    const reach = now.pos - PRONOUN_REACH - 2;
    // the recency entries a later pronoun can read
    {
      let i = now.recent.length - 1;
      let j = old.recent.length - 1;
      while (i >= 0 && now.recentAt[i] >= reach) {
        if (j < 0 || old.recent[j] !== now.recent[i] || old.recentAt[j] !== now.recentAt[i]) return null;
        i--;
        j--;
      }
      if (j >= 0 && old.recentAt[j] >= reach) return null;
    }
    const a = now.entities;
    const b = old.entities;
    // The entities either resolution changed since the last comparison (or since the checkpoint
    // resumed from) are compared again; the others differ as they did then (`differing`: true
    // when only in what they output), or are as the checkpoint resumed from has them in both.
    if (old.pending.length > 0 && dirty.size * old.pending.length > 2 * old.lastPos.length) materialize(old);
    for (const id of dirty) {
      const e = a[id];
      const o = b[id];
      const x = positionIn(now, id);
      const y = positionIn(old, id);
      if ((e === undefined && o === undefined) || (x === y && (e === o || (e !== undefined && o !== undefined && sameEntity(e, o))))) differing.delete(id);
      else differing.set(id, x === y && e !== undefined && o !== undefined && sameDecisions(e, o));
    }
    dirty.clear();
    const differ = new Set<number>();
    const outputs: number[] = [];
    /** The differing entities a later lookup may find: the interval in which one first does (see readsAgree). */
    const found = new Map<number, number>();
    for (const [id, outputOnly] of differing) {
      if (outputOnly) {
        outputs.push(id);
        continue;
      }
      if ((a[id] !== undefined && !(positionIn(now, id) < reach)) || (b[id] !== undefined && !(positionIn(old, id) < reach))) return null;
      differ.add(id);
      // as it was but for where it was last mentioned: the same again once a lookup finds it
      if (a[id] !== undefined && b[id] !== undefined && sameEntity(a[id]!, b[id]!)) found.set(id, Infinity);
    }
    /** The lists that differ: map, key and the old list's length (see patchSnapshot). */
    const lists: [number, string, number][] = [];
    // the steps after the checkpoint, by the intervals whose reads and writes they recorded
    const later = this.#snapshots.slice(this.#snapshots.indexOf(old));
    for (let m = 0; m < LIST_MAPS; m++) {
      const a = now.lists[m];
      const b = old.lists[m];
      if (a === b && differ.size === 0) continue;
      for (const [key, ids] of a) {
        const other = b.get(key);
        if (other === ids && differ.size === 0) continue;
        let equal = other !== undefined && other.length === ids.length;
        let touchesDiffering = false;
        for (let k = 0; k < ids.length; k++) {
          if (equal && other![k] !== ids[k]) equal = false;
          if (differ.has(ids[k])) touchesDiffering = true;
        }
        if (other) for (const id of other) if (differ.has(id)) touchesDiffering = true;
        if (!equal || touchesDiffering) {
          if (!readsAgree(later, m, key, ids, other ?? NO_IDS, differ, now, old, found)) return null;
          if (!equal) lists.push([m, key, other ? other.length : 0]);
        }
      }
      for (const [key, ids] of b) {
        if (a.has(key)) continue;
        if (!readsAgree(later, m, key, NO_IDS, ids, differ, now, old, found)) return null;
        lists.push([m, key, ids.length]);
      }
    }
    return { differ, lists, outputs, found };
  }

  /**
   * Entity `e` decides everything as before from checkpoint step `tK` on, but its name, title or
   * affiliation differ (`now` against `old`): what the old mentions after the checkpoint make of
   * them, in the end and at each later checkpoint (patched). A name changes only with a higher
   * rank, which the old resolution records; a title and an affiliation as in Resolver.add.
   */
  #finalOutput(e: number, tK: number, now: Entity, old: Entity, later: readonly Snapshot[]): Entity {
    const steps = this.#steps;
    const stepEntity = this.#stepEntity;
    let title = now.title;
    let affiliation = now.affiliation;
    const patch = (record: Entity): Entity => {
      const copy = copyEntity(record);
      copy.lastPos = record.lastPos;
      if (record.nameRank <= old.nameRank) copy.name = now.name;
      copy.title = title;
      copy.affiliation = affiliation;
      return copy;
    };
    let next = 0;
    for (let s = tK; s <= steps.length; s++) {
      while (next < later.length && later[next].step === s) {
        const r = later[next].entities[e];
        if (r) later[next].entities[e] = patch(r);
        next++;
      }
      if (s === steps.length || stepEntity[s] !== e || now.registry) continue;
      const m = steps[s];
      if (titleFits(m, title)) title = m.title;
      if (m.affiliation && !affiliation) affiliation = m.affiliation;
    }
    return patch(this.#final[e] ?? now);
  }

  /**
   * The sources after a resumed resolution found the old one again at checkpoint `at` (new step
   * tK, old step sK): the mentions of the stretch [start, tK) are the new resolution's, the
   * entities in differ are as they are at `at` (nothing changes them later), and every other
   * entity ends as it did. `changed` is the edited stretch of the new text: a mention outside it
   * has the text it had.
   */
  #splice(
    text: TextLike,
    oldSources: Source[],
    oldCount: ReadonlyMap<number, number>,
    start: Snapshot,
    tK: number,
    records: Map<number, Entity | undefined> | null,
    at: Snapshot,
    changed: { from: number; to: number },
  ): { sources: Source[]; renumbered: boolean } {
    const steps = this.#steps;
    const stepEntity = this.#stepEntity;
    // the stretch's steps per entity
    const fresh = new Map<number, number[]>();
    for (let s = start.step; s < tK; s++) {
      const e = stepEntity[s];
      if (e < 0) continue;
      const list = fresh.get(e);
      if (list) list.push(s);
      else fresh.set(e, [s]);
    }
    const sourceMention = (s: number): SourceMention => {
      const m = steps[s];
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end), kind: m.kind, sourceId: '' };
    };
    const affected = new Set<number>();
    for (const e of oldCount.keys()) affected.add(e);
    for (const e of fresh.keys()) affected.add(e);
    if (records) for (const e of records.keys()) affected.add(e);
    const sourceOf = this.#sourceOf;
    const removed = new Set<Source>();
    const placed: Source[] = [];
    /** Mentions made here, to be given their source's id once the sources are numbered. */
    const made: [SourceMention[], Source][] = [];
    for (const e of affected) {
      const old = sourceOf[e];
      let keep: boolean;
      let record: Entity | undefined;
      if (records === null || records.has(e)) {
        record = records === null ? at.entities[e] : records.get(e);
        keep = record !== undefined && record.strong;
      } else keep = old !== undefined;
      const count = oldCount.get(e) ?? 0;
      const steps = fresh.get(e);
      // Most of the stretch resolves as before: a source described as it was, with the mentions
      // it had there, stays as it is.
      if (keep && old && (!record || describedAs(old, record)) && sameMentions(old.mentions, firstFrom(old.mentions, start.pos), count, steps, this.#steps, text, changed)) continue;
      if (old) removed.add(old);
      if (!keep) {
        sourceOf[e] = undefined;
        continue;
      }
      let before: SourceMention[];
      if (old) before = old.mentions;
      else {
        // a source only now: its mentions before the stretch too
        before = [];
        for (let s = 0; s < start.step; s++) if (stepEntity[s] === e) before.push(sourceMention(s));
      }
      const lo = firstFrom(before, start.pos);
      const hi = Math.min(before.length, lo + count);
      const added: SourceMention[] = [];
      if (steps) for (const s of steps) added.push(sourceMention(s));
      const mentions = before.slice(0, lo);
      for (const m of added) mentions.push(m);
      for (let k = hi; k < before.length; k++) mentions.push(before[k]);
      if (mentions.length === 0) {
        sourceOf[e] = undefined;
        continue;
      }
      let source: Source;
      if (!record) source = old!;
      else if (!old) source = sourceFrom(record, '', mentions);
      else {
        // the same source, described as the entity now ends
        source = old;
        const made = sourceFrom(record, old.id, mentions);
        source.name = made.name;
        source.type = made.type;
        for (const key of ['title', 'affiliation', 'fromRegistry'] as const) {
          if (made[key] === undefined) delete source[key];
          else (source as unknown as Record<string, unknown>)[key] = made[key];
        }
      }
      source.mentions = mentions;
      sourceOf[e] = source;
      placed.push(source);
      if (added.length > 0) made.push([added, source]);
      if (!old) made.push([before, source]);
    }
    if (placed.length === 0 && removed.size === 0) {
      this.#sources = oldSources;
      return { sources: oldSources.slice(), renumbered: false };
    }
    // the sources in order of their first mention, numbered again from the first that moved
    const sources: Source[] = [];
    for (const s of oldSources) if (!removed.has(s)) sources.push(s);
    for (const s of placed) {
      let lo = 0;
      let hi = sources.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sourceBefore(sources[mid], s)) lo = mid + 1;
        else hi = mid;
      }
      sources.splice(lo, 0, s);
    }
    let renumbered = sources.length !== oldSources.length;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i];
      const id = `s${i + 1}`;
      if (s.id === id) continue;
      if (s.id !== '') renumbered = true;
      s.id = id;
      for (const m of s.mentions) m.sourceId = id;
    }
    for (const [list, source] of made) for (const m of list) m.sourceId = source.id;
    for (const s of placed) if (!removed.has(s)) renumbered = true;
    this.#sources = sources;
    return { sources: sources.slice(), renumbered };
  }
}

// The moves after an edit, each in a function of its own: written out in update, which runs once
// per edit, a loop loses its optimised code whenever a rarely taken branch there deoptimises.

/** The made-up mentions (by step) from index `from` of `synthetic` on move with the text, and their steps by stepDelta. */
function shiftSynthetic(synthetic: number[], steps: readonly EntityMention[], from: number, delta: number, stepDelta: number): void {
  for (let k = from; k < synthetic.length; k++) {
    if (delta !== 0) {
      const m = steps[synthetic[k]];
      m.start += delta;
      m.end += delta;
    }
    synthetic[k] += stepDelta;
  }
}

/** The sources' mentions that start at or after `offset` move by delta. */
function shiftSourceMentions(sources: readonly Source[], offset: number, delta: number): void {
  for (const source of sources) {
    const ms = source.mentions;
    const n = ms.length;
    // (most sources lie wholly before or after the edit: no search for those)
    if (n === 0 || ms[n - 1].start < offset) continue;
    for (let k = ms[0].start >= offset ? 0 : firstFrom(ms, offset); k < n; k++) {
      const m = ms[k];
      m.start += delta;
      m.end += delta;
    }
  }
}

/** Whether a source already says what sourceFrom would make of the entity. */
function describedAs(source: Source, e: Entity): boolean {
  const made = sourceFrom(e, source.id, source.mentions);
  return made.name === source.name && made.type === source.type && made.title === source.title && made.affiliation === source.affiliation && made.fromRegistry === source.fromRegistry;
}

/**
 * Whether `mentions[lo, lo + count)` are the mentions the steps make: the same spans and kinds,
 * and the same text (read again only for a mention that meets the edited stretch `changed`).
 */
function sameMentions(mentions: readonly SourceMention[], lo: number, count: number, stepList: readonly number[] | undefined, steps: readonly EntityMention[], text: TextLike, changed: { from: number; to: number }): boolean {
  if ((stepList ? stepList.length : 0) !== count || lo + count > mentions.length) return false;
  for (let k = 0; k < count; k++) {
    const o = mentions[lo + k];
    const m = steps[stepList![k]];
    if (o.start !== m.start || o.end !== m.end || o.kind !== m.kind) return false;
    if (m.start <= changed.to && m.end >= changed.from && o.text !== text.slice(m.start, m.end)) return false;
  }
  return true;
}

const NO_IDS: readonly number[] = [];

/**
 * Whether every step after checkpoint `old` (the `later` intervals) that reads or writes list
 * `m` under `key` does as it did, though the list there is `ids` now and was `other` in the old
 * resolution, which those steps saw. The entities in differ stay as they are at the checkpoint
 * in either resolution as long as no lookup finds them (nothing else after it reads them, see
 * #settled), which is what this checks of the lookups that meet them. A lookup finds what it
 * found when each entity the new list holds and the old one does not, or holds differing, is
 * older than what it found: where that was last mentioned at the lookup is where it was at the
 * checkpoint, or past the checkpoint (and so past every differing entity, a pronoun's reach
 * before it). A write does as it did when it writes none of those and neither list fills up to
 * evict one; the entities a list that differs gets after the checkpoint are the old list's
 * (see patchSnapshot). A typo in a name makes a new entity filed under a surname or a role that
 * later mentions look up ("Whitcombe", "secretary"), and nearly always those lookups find the
 * right entity, mentioned since: resolution goes as before from the next checkpoint on.
 */
function readsAgree(later: readonly Snapshot[], m: number, key: string, ids: readonly number[], other: readonly number[], differ: ReadonlySet<number>, now: Snapshot, old: Snapshot, found: Map<number, number>): boolean {
  if (!later.some((s) => s.touched[m].has(key))) return true;
  // the entities the new list holds and the old one does not, or holds differing: differing ones
  if (ids.some((id) => (differ.has(id) ? now.entities[id] === undefined : !other.includes(id)))) return false;
  // the entities both lists hold alike are in the same order (which decides a tie)
  const shared = (id: number): boolean => !differ.has(id) && ids.includes(id) && other.includes(id);
  if (String(ids.filter(shared)) !== String(other.filter(shared))) return false;
  let writes = 0;
  for (let i = 0; i < later.length; i++) {
    const s = later[i];
    const entries = s.touched[m].get(key);
    if (entries === undefined) continue;
    // An entity of the list at a lookup in interval s that did not find it mentioned since s began:
    // in the new resolution it is as at s (in the old one), but a differing one not found since
    // the checkpoint (where it was then) is as at the checkpoint in the new one.
    const fresh = (e: number): boolean => differ.has(e) && (s.entities[e] === undefined || positionIn(s, e) === positionIn(old, e));
    const where = (e: number): number => (fresh(e) ? positionIn(now, e) : positionIn(s, e));
    for (let k = 0; k < entries.length; k += 2) {
      const code = entries[k];
      const id = entries[k + 1];
      // what a step found or wrote is an entity both lists hold alike, or neither does
      if (code === UNCHECKED || (id >= 0 && ids.includes(id) !== other.includes(id))) return false;
      if (code === WROTE) writes++;
      if (differ.has(id)) {
        // a differing entity found (or written, after it was found) again: only one as it was but
        // for its position, the old one from then on
        if (!found.has(id)) return false;
        found.set(id, Math.min(found.get(id)!, i));
      }
      // a lookup finds what it found when no other entity whose position or record differs is
      // taken and as recent (each entity added since the checkpoint is in both lists, as it was)
      if (code !== FOUND) continue;
      const at = id < 0 ? -Infinity : where(id);
      for (const e of ids) if (e !== id && (differ.has(e) || differ.has(id)) && !(where(e) < at)) return false;
    }
  }
  return writes === 0 || Math.max(ids.length, other.length) + writes <= MAX_ENTITIES_PER_KEY;
}



/** An old position (a mention's end) in the edited text: NaN inside the changed stretch. */
function movedEnd(x: number, prefix: number, oldSuffixStart: number, delta: number): number {
  if (x <= prefix) return x;
  if (x >= oldSuffixStart) return x + delta;
  return NaN;
}

/** A checkpoint after an edit: its place and recency entries move now, its entities' positions when read (see positionIn). */
function shiftSnapshot(s: Snapshot, change: EditChange): void {
  const { prefix, oldSuffixStart, delta } = change;
  s.pos = movedEnd(s.pos, prefix, oldSuffixStart, delta);
  const recentAt = s.recentAt;
  for (let i = 0; i < recentAt.length; i++) if (recentAt[i] > prefix) recentAt[i] = movedEnd(recentAt[i], prefix, oldSuffixStart, delta);
  s.pending.push(change);
  if (s.pending.length > MAX_PENDING) materialize(s);
}

/** Entity `id`'s lastPos in checkpoint `s`, in the coordinates of the current text. */
function positionIn(s: Snapshot, id: number): number {
  let x = id < s.lastPos.length ? s.lastPos[id] : NaN;
  for (const change of s.pending) {
    if (!('prefix' in change)) {
      const set = change.lastPos.get(id);
      if (set !== undefined) x = set;
    } else if (x > change.prefix) x = movedEnd(x, change.prefix, change.oldSuffixStart, change.delta);
  }
  return x;
}

/**
 * Applies the changes a checkpoint has not seen yet to the positions inside it, in order. Every
 * later checkpoint collects one change per edit, so the edits are first composed into one map
 * of positions (a few pieces, each moved by one amount or inside an edited stretch) that every
 * position goes through once; positions set by a change are moved by the edits after it alone.
 */
function materialize(s: Snapshot): void {
  const pending = s.pending;
  if (pending.length === 0) return;
  // the last change that sets each position, and the room they need
  let setAt: Map<number, number> | null = null;
  let needed = 0;
  for (let j = 0; j < pending.length; j++) {
    const change = pending[j];
    if ('prefix' in change) continue;
    for (const id of change.lastPos.keys()) {
      (setAt ??= new Map()).set(id, j);
      if (id >= needed) needed = id + 1;
    }
  }
  if (needed > s.lastPos.length) {
    const grown = new Float64Array(needed + 64);
    grown.set(s.lastPos);
    s.lastPos = grown;
  }
  // piece k holds the old positions up to ends[k] (and past ends[k - 1]), moved by moves[k] (NaN: inside an edit)
  let ends: number[] = [Infinity];
  let moves: number[] = [0];
  for (const change of pending) {
    if (!('prefix' in change)) continue;
    const { prefix, oldSuffixStart, delta } = change;
    const afterStart = Math.max(oldSuffixStart, prefix + 1); // the first position the edit moves
    const nextEnds: number[] = [];
    const nextMoves: number[] = [];
    const piece = (end: number, move: number): void => {
      const last = nextMoves.length - 1;
      if (last >= 0 && (nextMoves[last] === move || (move !== move && nextMoves[last] !== nextMoves[last]))) nextEnds[last] = end;
      else {
        nextEnds.push(end);
        nextMoves.push(move);
      }
    };
    let low = -Infinity;
    for (let k = 0; k < ends.length; k++) {
      const high = ends[k];
      const move = moves[k];
      if (move !== move) piece(high, NaN);
      else {
        const kept = prefix - move; // old positions up to here stay where they are
        const moved = afterStart - move; // old positions from here move by delta
        if (low <= Math.min(high, kept)) piece(Math.min(high, kept), move);
        if (Math.max(low, kept + 1) <= Math.min(high, moved - 1)) piece(Math.min(high, moved - 1), NaN);
        if (Math.max(low, moved) <= high) piece(high, move + delta);
      }
      low = high + 1;
    }
    ends = nextEnds;
    moves = nextMoves;
  }
  const at = s.lastPos;
  if (ends.length > 1 || moves[0] !== 0) {
    const firstEnd = moves[0] === 0 ? ends[0] : -Infinity;
    for (let id = 0; id < at.length; id++) {
      const x = at[id];
      if (!(x > firstEnd)) continue; // before every edit (or NaN already)
      let lo = 0;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      at[id] = x + moves[lo];
    }
  }
  if (setAt) {
    for (const [id, j] of setAt) {
      let x = (pending[j] as { lastPos: ReadonlyMap<number, number> }).lastPos.get(id)!;
      for (let k = j + 1; k < pending.length; k++) {
        const change = pending[k];
        if ('prefix' in change && x > change.prefix) x = movedEnd(x, change.prefix, change.oldSuffixStart, change.delta);
      }
      at[id] = x;
    }
  }
  s.pending = [];
}

/**
 * A later checkpoint, told of the entities and lists that now differ from the old resolution
 * (no lookup after the checkpoint finds the entities, see readsAgree). A list that differs is
 * the list as it is now with the entities the old one got after the checkpoint (after the
 * old list's length: none was evicted). A map several checkpoints share is patched once
 * (`patched`: original → patched), in a copy when an earlier checkpoint shares it too (`shared`).
 */
function patchSnapshot(
  s: Snapshot,
  now: Snapshot,
  differ: Set<number>,
  lastPos: ReadonlyMap<number, number>,
  lists: readonly [number, string, number][],
  patched: Map<Map<string, number[]>, Map<string, number[]>>,
  shared: ReadonlySet<Map<string, number[]>>,
): void {
  for (const id of differ) s.entities[id] = now.entities[id];
  if (lastPos.size > 0) s.pending.push({ lastPos });
  for (const [m] of lists) {
    const original = s.lists[m];
    const copy = patched.get(original);
    if (copy) {
      s.lists[m] = copy;
      continue;
    }
    const made = shared.has(original) ? new Map(original) : original;
    for (const [n, key, oldLength] of lists) {
      if (n !== m) continue;
      const ids = (now.lists[m].get(key) ?? NO_IDS).concat((original.get(key) ?? NO_IDS).slice(oldLength));
      if (ids.length > 0) made.set(key, ids);
      else made.delete(key);
    }
    patched.set(original, made);
    patched.set(made, made);
    s.lists[m] = made;
  }
}
