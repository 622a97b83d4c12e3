// Coreference: every mention in the document resolved to one canonical Source ("Cho",
// "Minister Cho", "The minister", "He" → Cho Tae-yul). One pass over the mentions in text
// order with hash lookups and a short recency list, so the cost follows the number of
// mentions, not the length of the text.
import { sortInOrder } from '../order';
import type { AnalyzeOptions, MentionKind, RegistrySource, Source, SourceMention, SourceType, Span } from '../types';
import { ANONYMOUS_HEADS, ANONYMOUS_MODIFIERS, DOCUMENT_HEADS, QUANTIFIERS } from './lexicon/anonymous';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_ROLE_HEADS } from './lexicon/organizations';
import { CHINESE_FAMILY_NAMES, FEMALE_GIVEN_NAMES, KOREAN_FAMILY_NAMES, MALE_GIVEN_NAMES, NOT_NAMES, PLACES } from './lexicon/names';
import { PRONOUNS } from './lexicon/pronouns';
import { findMentionsInParagraph, type EntityMention, type MentionGender } from './mentions';
import { detached } from './words';
import { words } from '../lexicon/table';

interface Entity {
  type: SourceType | undefined;
  name: string;
  nameRank: number;
  title?: string;
  affiliation?: string;
  gender?: MentionGender;
  strong: boolean;
  /** Its mentions, by id (see resolveMentions): the first and last; the rest are chained by Resolver.nextMention. */
  firstMention: number;
  lastMention: number;
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

/**
 * Keys already worked out, by name: a document names the same people again and again, and
 * lower-casing text sliced from an article (two-byte when it has curly quotes) is slow.
 * Bounded: cleared when full.
 */
const NAME_KEY_CACHE_LIMIT = 8192;
const nameKeyCache = new Map<string, string>();

/** The lookup form of a name: lower case, no periods, single spaces, no leading "the". */
export function nameKey(name: string): string {
  const cached = nameKeyCache.get(name);
  if (cached !== undefined) return cached;
  // The cache outlives the analysis: it keeps copies, not slices of the article.
  const key = detached(computeNameKey(name));
  if (nameKeyCache.size >= NAME_KEY_CACHE_LIMIT) nameKeyCache.clear();
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

function mostRecent(candidates: Entity[] | undefined, accept: (e: Entity) => boolean): Entity | null {
  if (!candidates) return null;
  let best: Entity | null = null;
  for (const e of candidates) if (accept(e) && (!best || e.lastPos > best.lastPos)) best = e;
  return best;
}

/**
 * Entities per key are capped so a key shared by thousands of entities ("an official" said
 * 10,000 times) keeps every lookup constant-time; the least recently mentioned one goes.
 */
const MAX_ENTITIES_PER_KEY = 16;

/** Role keys by kind of source: person, organisation, anonymous, document. */
type RolePrefix = 'p' | 'o' | 'a' | 'd';

function pushKey(map: Map<string, Entity[]>, key: string, entity: Entity): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [entity]);
  else if (!list.includes(entity)) {
    if (list.length >= MAX_ENTITIES_PER_KEY) {
      let stalest = 0;
      for (let k = 1; k < list.length; k++) if (list[k].lastPos < list[stalest].lastPos) stalest = k;
      list.splice(stalest, 1);
    }
    list.push(entity);
  }
}

function titleCaseFirst(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

class Resolver {
  readonly #entities: Entity[] = [];
  readonly #byKey = new Map<string, Entity[]>();
  /** Role nouns and titles by kind of source: person, organisation, anonymous, document. */
  readonly #roles: Record<RolePrefix, Map<string, Entity[]>> = { p: new Map(), o: new Map(), a: new Map(), d: new Map() };
  /** Unnamed sources by the words that describe them ("a senior official"). */
  readonly #described: Record<'a' | 'd', Map<string, Entity[]>> = { a: new Map(), d: new Map() };
  /** Entities in the order of their mentions (append-only; an entry is stale once the entity is mentioned again). */
  readonly #recent: Entity[];
  /** Where each `recent` entry's mention ended. */
  readonly #recentAt: Int32Array;
  /** How many `recent` entries there are (at most one per mention). */
  #recentCount = 0;
  /** Per mention id: the next mention of the same entity, or -1. */
  readonly #nextMention: Int32Array;
  readonly #registryByKey = new Map<string, RegistrySource>();
  readonly #registryByTitle = new Map<string, RegistrySource>();
  readonly #entityByRegistry = new Map<RegistrySource, Entity>();
  /** The id of the mention added last, or -1. */
  #previous = -1;
  /** Per mention id: the entity it resolved to. */
  readonly entityOf: (Entity | null)[];

  /**
   * `all` holds every mention by id; `confirmed[id]` is 1 when an attribution names the mention
   * as its source.
   */
  readonly #text: string;
  readonly #all: EntityMention[];
  readonly #confirmed: Uint8Array;

  constructor(text: string, registry: RegistrySource[] | undefined, all: EntityMention[], confirmed: Uint8Array) {
    this.#text = text;
    this.#all = all;
    this.#confirmed = confirmed;
    this.entityOf = new Array<Entity | null>(all.length).fill(null);
    this.#recent = new Array<Entity>(all.length);
    this.#recentAt = new Int32Array(all.length);
    this.#nextMention = new Int32Array(all.length).fill(-1);
    if (Array.isArray(registry)) {
      for (const r of registry) {
        if (!r || typeof r.name !== 'string' || r.name.trim() === '') continue;
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
  }

  #mentionText(m: EntityMention): string {
    return this.#text.slice(m.start, m.end);
  }

  #newEntity(type: SourceType | undefined, name: string, rank: number): Entity {
    const entity: Entity = { type, name, nameRank: rank, strong: false, firstMention: -1, lastMention: -1, mentionCount: 0, sourceId: null, lastPos: -1, oneWord: name.indexOf(' ') < 0 };
    this.#entities.push(entity);
    return entity;
  }

  #registerPerson(entity: Entity, name: string, familyFirst: boolean | undefined): void {
    for (const k of personKeys(name, familyFirst)) pushKey(this.#byKey, k, entity);
  }

  #registerOrganization(entity: Entity, name: string): void {
    for (const k of organizationKeys(name)) pushKey(this.#byKey, k, entity);
  }

  #registerRole(entity: Entity, prefix: RolePrefix, role: string | undefined): void {
    if (role) pushKey(this.#roles[prefix], nameKey(role), entity);
  }

  #fromRegistry(r: RegistrySource, fallbackType: SourceType | undefined): Entity {
    const existing = this.#entityByRegistry.get(r);
    if (existing) return existing;
    const type = r.type ?? fallbackType ?? 'person';
    const entity = this.#newEntity(type, r.name, 1000);
    entity.registry = r;
    entity.strong = true;
    entity.oneWord = false;
    if (typeof r.title === 'string' && r.title) entity.title = r.title;
    if (typeof r.affiliation === 'string' && r.affiliation) entity.affiliation = r.affiliation;
    if (type === 'person') this.#registerPerson(entity, r.name, undefined);
    else this.#registerOrganization(entity, r.name);
    for (const alias of Array.isArray(r.aliases) ? r.aliases : []) if (typeof alias === 'string') pushKey(this.#byKey, nameKey(alias), entity);
    if (entity.title) {
      this.#registerRole(entity, 'p', entity.title);
      const words = nameKey(entity.title).split(' ');
      this.#registerRole(entity, 'p', words[words.length - 1]);
    }
    this.#entityByRegistry.set(r, entity);
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
    const key = m.key ?? nameKey(name);
    aliasMayBeOrganization = m.kind === 'alias';
    wantedGender = m.gender;
    const accept = acceptPerson;
    const multiWord = name.indexOf(' ') > 0;
    if (multiWord) {
      const same = mostRecent(this.#byKey.get(key), accept);
      if (same) return same;
    }
    const words = multiWord ? nameWords(name) : null;
    if (words && words.length >= 2) {
      // A first reference by surname ("Cho") upgraded by the full name found later; a guess
      // ("Did Trump" at the start of a headline) upgrades nothing.
      const family = personKeys(name, m.familyNameFirst)[1];
      const bySurname = m.candidate ? null : mostRecent(this.#byKey.get(family), acceptOneWordPerson);
      const entity = bySurname ?? this.#newEntity('person', name, 0);
      this.#upgradeName(entity, name, 10 * words.length + (m.candidate ? 0 : 5));
      entity.type = 'person';
      entity.oneWord = false;
      this.#registerPerson(entity, name, m.familyNameFirst);
      return entity;
    }
    const known = mostRecent(this.#byKey.get(key), accept);
    if (known) return known;
    const entity = this.#newEntity(m.type ?? 'person', name, 10);
    if (entity.type === 'organization') this.#registerOrganization(entity, name);
    else pushKey(this.#byKey, key, entity);
    return entity;
  }

  #resolveOrganization(m: EntityMention): Entity {
    const name = m.name ?? this.#mentionText(m);
    // The same name again: nothing new to register.
    const again = mostRecent(this.#byKey.get(nameKey(name)), acceptOrganization);
    if (again && again.nameRank >= 10 * wordCount(name) + 5) return again;
    const keys = organizationKeys(name);
    let entity: Entity | null = null;
    for (const k of keys) {
      entity = mostRecent(this.#byKey.get(k), acceptOrganizationOrOneWord);
      if (entity) break;
    }
    if (!entity) entity = this.#newEntity('organization', name, 0);
    entity.type = 'organization';
    entity.oneWord = false;
    this.#upgradeName(entity, name, 10 * wordCount(name) + 5);
    this.#registerOrganization(entity, name);
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
    const phraseKey = nameKey(phrase);
    const headKey = m.head ?? phraseKey;
    const modified = phraseKey !== headKey;
    if (m.type === 'organization') {
      const accept = acceptOrganization;
      const found = mostRecent(this.#byKey.get(phraseKey), accept) ?? mostRecent(this.#roles.o.get(phraseKey), accept) ?? (modified ? null : mostRecent(this.#roles.o.get(headKey), accept));
      if (found) return found;
      const reg = this.#registryByKey.get(phraseKey);
      if (reg) return this.#fromRegistry(reg, 'organization');
      const written = this.#mentionText(m);
      const entity = this.#newEntity('organization', modified ? titleCaseWords(phrase) : written.replace(/^the\s+/i, ''), modified ? 2 : 1);
      this.#registerOrganization(entity, phrase);
      this.#registerRole(entity, 'o', headKey);
      return entity;
    }
    wantedGender = m.gender === 'plural' ? undefined : m.gender;
    const accept = acceptRolePerson;
    const found = mostRecent(this.#roles.p.get(phraseKey), accept) ?? (modified ? null : mostRecent(this.#roles.p.get(headKey), accept));
    if (found) return found;
    const reg = this.#registryByTitle.get(phraseKey);
    if (reg) return this.#fromRegistry(reg, 'person');
    if (!confirmed) return null;
    // Quoted, but nothing earlier to refer to: the source is "the minister" as written.
    const written = this.#mentionText(m);
    const entity = this.#newEntity(m.type ?? 'person', /^The\s/.test(written) ? 't' + written.slice(1) : written, 1);
    this.#registerRole(entity, 'p', phraseKey);
    this.#registerRole(entity, 'p', headKey);
    return entity;
  }

  /** "officials", "a senior official", "the official"; "a new poll", "the poll". */
  #resolveUnnamed(m: EntityMention, type: 'anonymous' | 'document'): Entity {
    const written = this.#mentionText(m);
    const space = written.indexOf(' ');
    const firstWord = (space < 0 ? written : written.slice(0, space)).toLowerCase();
    const definite = firstWord === 'the' || firstWord === 'this' || firstWord === 'that' || firstWord === 'these' || firstWord === 'those';
    const bare = !DETERMINERS.has(firstWord);
    const prefix = type === 'anonymous' ? 'a' : 'd';
    const textKey = nameKey(written);
    const described = this.#described[prefix];
    wantedType = type;
    const accept = acceptType;
    let found: Entity | null = null;
    if (definite || bare) found = mostRecent(described.get(textKey), accept);
    // "the poll" refers back to the latest poll; "the Tax Foundation estimates" names its own.
    if (!found && definite && m.head && !/\s[A-Z]/.test(written)) found = mostRecent(this.#roles[prefix].get(nameKey(m.head)), accept);
    // "A senior official" at a sentence start is "a senior official"; "People briefed ..." stays.
    const name = (DETERMINERS.has(firstWord) || QUANTIFIERS.has(firstWord)) && /^[A-Z][a-z]*\s/.test(written) ? written[0].toLowerCase() + written.slice(1) : written;
    const entity = found ?? this.#newEntity(type, name, 0);
    if (m.gender === 'plural') entity.gender = 'plural';
    if (type === 'anonymous' && m.head && m.gender !== 'plural') entity.personNoun = true;
    this.#upgradeName(entity, name, name.length);
    pushKey(described, textKey, entity);
    if (m.head) this.#registerRole(entity, prefix, m.head);
    return entity;
  }

  #resolvePronoun(m: EntityMention, confirmed: boolean): Entity | null {
    if (m.relative) {
      const prevEntity = this.#previous >= 0 ? this.entityOf[this.#previous] : null;
      if (prevEntity) {
        const prevEnd = this.#all[this.#previous].end;
        if (m.start - prevEnd <= RELATIVE_GAP) {
          const gap = this.#text.slice(prevEnd, m.start).trim();
          if (gap === '' || gap === ',') return prevEntity;
        }
      }
      // A quoted "who" further from its noun ("Fowler, a former chairman, who said"): the latest person.
      if (!confirmed || m.gender === 'neuter') return null;
      for (let k = this.#recentCount - 1; k >= 0 && k >= this.#recentCount - 8; k--) {
        const e = this.#recent[k];
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
      const e = this.#recent[k];
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
    const m = this.#all[id];
    const confirmed = this.#confirmed[id] === 1;
    let entity = this.#resolveOne(m, confirmed);
    if (!entity && confirmed && m.kind !== 'pronoun') {
      // The attribution engine says this is a speaker even though nothing it refers to is known.
      const written = this.#mentionText(m);
      entity = this.#newEntity(m.type ?? 'person', written, 1);
    }
    this.entityOf[id] = entity;
    this.#previous = id;
    if (!entity) return;
    if (entity.mentionCount === 0) entity.firstMention = id;
    else this.#nextMention[entity.lastMention] = id;
    entity.lastMention = id;
    entity.mentionCount++;
    entity.lastPos = m.end;
    if (confirmed) entity.strong = true;
    else if (!m.candidate && (m.kind === 'name' || m.kind === 'title' || (m.kind === 'anonymous' && m.type === 'anonymous'))) entity.strong = true;
    if (entity.type === undefined && m.type) entity.type = m.type;
    if (!entity.registry) {
      if ((m.gender === 'male' || m.gender === 'female') && entity.type === 'person' && m.kind !== 'pronoun' && entity.gender === undefined) entity.gender = m.gender;
      if (m.title && m.kind !== 'role' && (!entity.title || (m.title.length > entity.title.length && m.title.toLowerCase().endsWith(entity.title.toLowerCase())))) entity.title = m.title;
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
    if (last >= 0 && this.#recent[last] === entity) this.#recentAt[last] = m.end;
    else {
      this.#recent[this.#recentCount] = entity;
      this.#recentAt[this.#recentCount] = m.end;
      this.#recentCount++;
    }
  }

  /** The sources, in order of their first mention; gives each kept entity its `sourceId`. */
  finish(): Source[] {
    const all = this.#all;
    const kept = this.#entities.filter((e) => e.strong && e.mentionCount > 0);
    sortInOrder(kept, (a, b) => all[a.firstMention].start - all[b.firstMention].start);
    return kept.map((e, index) => {
      const id = `s${index + 1}`;
      e.sourceId = id;
      const mentions: SourceMention[] = new Array<SourceMention>(e.mentionCount);
      for (let k = 0, at = e.firstMention; k < mentions.length; k++, at = this.#nextMention[at]) {
        const m = all[at];
        mentions[k] = { start: m.start, end: m.end, text: this.#text.slice(m.start, m.end), kind: m.kind, sourceId: id };
      }
      const type: SourceType = e.type ?? 'person';
      const source: Source = { id, name: type === 'organization' && e.nameRank <= 2 ? titleCaseFirst(e.name) : e.name, type, mentions };
      if (e.title) source.title = e.title;
      if (e.affiliation) source.affiliation = e.affiliation;
      if (e.registry) source.fromRegistry = true;
      return source;
    });
  }
}

function titleCaseWords(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => titleCaseFirst(w))
    .join(' ');
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

/**
 * Which of the mentions inside an attribution's source span names the speaker: a real name
 * over a guess or a pronoun ("Republican vice-presidential nominee Gov. Mike Pence" is Pence),
 * then the one the span starts with ("Cho and Rubio" is Cho), then the one it ends with.
 */
function spanChoiceScore(m: EntityMention, span: { start: number; end: number }): number {
  let rank: number;
  if ((m.kind === 'name' || m.kind === 'title') && !m.candidate) rank = 4;
  else if (m.kind === 'pronoun') rank = 1;
  else if (m.candidate && m.kind === 'name') rank = 3;
  else rank = 2;
  return rank * 10 + (m.start === span.start ? 4 : 0) + (m.end === span.end ? 2 : 0) + (m.start >= span.start && m.end <= span.end ? 1 : 0);
}

/** Words that stand for unnamed people on their own ("others said"). */
const PRONOUN_LIKE_SOURCES: ReadonlySet<string> = new Set(['others', 'everyone', 'everybody', 'nobody', 'no one', 'someone', 'somebody', 'anyone', 'both', 'all']);

/**
 * A mention for an attribution's source span that matched no mention found in the text, or
 * null when the span does not look like a source at all ("send a strong", "sometimes").
 */
/**
 * The mention coreference makes for a source span in which it finds none (the incremental
 * analyzer asks the same question to know whether an edit can change coreference).
 */
export function syntheticMention(text: string, start: number, end: number): EntityMention | null {
  const written = text.slice(start, end);
  if (written.length <= MAX_SYNTHETIC_SPAN) {
    const found = findMentionsInParagraph(written, [{ start: 0, end: written.length }]);
    if (found.length > 0) {
      const best = found[0];
      return { ...best, start: best.start + start, end: best.end + start, candidate: false };
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
  const capitalised = /^[A-Z]/.test(trimmed) && !QUANTIFIERS.has(firstWord) && !DETERMINERS.has(firstWord) && !NOT_NAMES.has(firstWord) && !ANONYMOUS_MODIFIERS.has(firstWord);
  const document = DOCUMENT_HEADS.has(lastWord);
  const describesSomeone = PRONOUN_LIKE_SOURCES.has(lower) || QUANTIFIERS.has(firstWord) || DETERMINERS.has(firstWord) || /^[0-9]/.test(firstWord) || ANONYMOUS_HEADS.has(lastWord) || ORGANIZATION_ROLE_HEADS.has(lastWord);
  if (!place && !document && !capitalised && !describesSomeone) return null;
  const kind: MentionKind = place ? 'name' : document ? 'document' : capitalised ? (words.length > 1 ? 'name' : 'alias') : 'anonymous';
  const type: SourceType = place ? 'organization' : document ? 'document' : capitalised ? 'person' : 'anonymous';
  return { start, end, kind, type, name: trimmed };
}

export function resolveMentions(
  text: string,
  mentions: EntityMention[],
  attributionSources: (Span | null)[],
  options: AnalyzeOptions,
): { sources: Source[]; attributionSourceIds: (string | null)[] } {
  const length = text.length;
  // Mentions get ids: the valid ones in text order, then the synthetic ones made below.
  const all: EntityMention[] = [];
  const input = Array.isArray(mentions) ? mentions : [];
  for (let k = 0; k < input.length; k++) if (validSpan(input[k], length)) all.push(input[k]);
  for (let k = 1; k < all.length; k++) {
    if (byPosition(all[k - 1], all[k]) > 0) {
      all.sort(byPosition);
      break;
    }
  }
  const found = all.length;

  // Tie each attribution's source span to the mention it overlaps, or make one for it.
  const attributions = Array.isArray(attributionSources) ? attributionSources : [];
  const chosen = new Int32Array(attributions.length).fill(-1);
  const confirmed = new Uint8Array(found + attributions.length);
  const order: number[] = [];
  for (let i = 0; i < attributions.length; i++) if (validSpan(attributions[i], length)) order.push(i);
  sortInOrder(order, (a, b) => (attributions[a] as Span).start - (attributions[b] as Span).start);
  let p = 0;
  for (let o = 0; o < order.length; o++) {
    const index = order[o];
    const span = attributions[index] as Span;
    while (p < found && all[p].end <= span.start) p++;
    let best = -1;
    let bestScore = -1;
    // A source span holds a few mentions; reading at most SPAN_MENTION_WINDOW keeps a pathological span cheap.
    for (let q = p; q < found && q < p + SPAN_MENTION_WINDOW && all[q].start < span.end; q++) {
      const m = all[q];
      if (m.end <= span.start) continue;
      const score = spanChoiceScore(m, span);
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    if (best < 0) {
      // Spans come in order of start, so only the latest synthetic mention can overlap this one.
      const latest = all.length > found ? all.length - 1 : -1;
      if (latest >= 0 && all[latest].start < span.end && all[latest].end > span.start) best = latest;
      else {
        const m = syntheticMention(text, span.start, span.end);
        if (!m) continue;
        best = all.length;
        all.push(m);
      }
    }
    confirmed[best] = 1;
    chosen[index] = best;
  }

  // Resolve in text order: the found mentions and the synthetic ones (each list in order) merged.
  const resolver = new Resolver(text, options?.registry, all, confirmed);
  let a = 0;
  let b = found;
  while (a < found || b < all.length) {
    if (b >= all.length || (a < found && byPosition(all[a], all[b]) <= 0)) resolver.add(a++);
    else resolver.add(b++);
  }
  const sources = resolver.finish();
  const attributionSourceIds: (string | null)[] = new Array<string | null>(attributions.length);
  for (let i = 0; i < attributions.length; i++) {
    const id = chosen[i];
    const entity = id >= 0 ? resolver.entityOf[id] : null;
    attributionSourceIds[i] = entity ? entity.sourceId : null;
  }
  return { sources, attributionSourceIds };
}
