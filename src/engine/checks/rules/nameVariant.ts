// `name-variant`: one person spelled two ways ("Cho Tae-yul" / "Cho Tae-yeol"). Compares
// the names of person sources that share a word prefix (buckets, not all pairs), and each
// full-name mention with its source's canonical name, by a bounded edit distance.
import type { Source, SourceMention } from '../../types';
import { claimContaining, replaceWith } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export const boundedEditDistance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
};

/** How many edits still look like the same name: none for short names, two for long ones. */
const allowedEdits = (name: string): number => {
  if (name.length >= 10) return 2;
  if (name.length >= 5) return 1;
  return 0;
};

const words = (name: string): string[] => name
  .toLowerCase()
  .replace(/['\u2019]s$/, '')
  .split(/\s+/)
  .filter((w) => w !== '');

const nearlySame = (a: string, b: string): boolean => {
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  if (x === y || x.length === 0 || y.length === 0) return false;
  const limit = Math.min(allowedEdits(x), allowedEdits(y));
  return limit > 0 && boundedEditDistance(x, y, limit) <= limit;
};

/** Where `name` is written inside a mention (its last words), for the fix. */
const nameRange = (mention: SourceMention, wordsInName: number): { start: number; end: number; text: string } => {
  const parts: { start: number; end: number }[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(mention.text)) !== null) parts.push({ start: m.index, end: m.index + m[0].length });
  const from = parts[Math.max(0, parts.length - wordsInName)];
  const to = parts[parts.length - 1];
  let end = to.end;
  const tail = mention.text.slice(from.start, end);
  const possessive = /['\u2019]s$/.exec(tail);
  if (possessive) end -= possessive[0].length;
  return { start: mention.start + from.start, end: mention.start + end, text: mention.text.slice(from.start, end) };
};

const finding = (ctx: RuleContext, mention: SourceMention, variant: string, preferred: string, preferredAt: SourceMention | undefined, source: Source, uses: number): RuleFinding => {
  const range = nameRange(mention, words(variant).length);
  const claim = claimContaining(ctx.analysis, mention.start, mention.end);
  return {
    message: `"${range.text}" looks like a variant spelling of "${preferred}" (${uses === 1 ? 'used once' : `used ${uses} times`}). Use one spelling.`,
    start: range.start,
    end: range.end,
    sourceId: source.id,
    claimId: claim?.id,
    related: preferredAt ? [{ start: preferredAt.start, end: preferredAt.end, message: `"${preferred}"` }] : undefined,
    fix: replaceWith(`Spell it "${preferred}"`, range.start, range.end, preferred),
    data: { variant: range.text, preferred },
  };
};

const nameMentions = (source: Source, name: string): SourceMention[] => {
  const n = words(name).join(' ');
  return source.mentions.filter((m) => (m.kind === 'name' || m.kind === 'alias') && words(m.text).slice(-words(name).length).join(' ') === n);
};

const check = (ctx: RuleContext): RuleFinding[] => {
  const findings: RuleFinding[] = [];
  const people = ctx.analysis.sources.filter((s) => s.type === 'person' && s.name.trim() !== '');

  // 1. Within one source: a full-name mention whose name part differs slightly from the canonical name.
  for (const source of people) {
    const canonical = words(source.name).join(' ');
    const nameWords = words(source.name).length;
    if (nameWords < 2) continue;
    let canonicalUses: SourceMention[] | undefined;
    for (const mention of source.mentions) {
      if (mention.kind !== 'name') continue;
      // Most full-name mentions end with the canonical name: a cheap test before any edit distance.
      if (mention.text.toLowerCase().replace(/['\u2019]s$/, '').endsWith(canonical)) continue;
      const tail = words(mention.text).slice(-nameWords).join(' ');
      if (!nearlySame(tail, source.name)) continue;
      canonicalUses ??= nameMentions(source, source.name);
      findings.push(finding(ctx, mention, tail, source.name, canonicalUses[0], source, canonicalUses.length));
    }
  }

  // 2. Across sources: two people whose names nearly match (bucketed by each word's first three letters).
  const buckets = new Map<string, number[]>();
  people.forEach((source, i) => {
    for (const w of new Set(words(source.name).map((word) => word.slice(0, 3)))) {
      if (w.length < 2) continue;
      const list = buckets.get(w) ?? [];
      if (list.length < 50) list.push(i);
      buckets.set(w, list);
    }
  });
  const compared = new Set<string>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]}:${list[y]}`;
        if (compared.has(key)) continue;
        compared.add(key);
        const a = people[list[x]];
        const b = people[list[y]];
        if (words(a.name).length !== words(b.name).length || !nearlySame(a.name, b.name)) continue;
        // Two different titles ("leader", "former leader") mean two people with similar names.
        if (a.title && b.title && a.title.toLowerCase() !== b.title.toLowerCase()) continue;
        const aUses = nameMentions(a, a.name);
        const bUses = nameMentions(b, b.name);
        // The spelling used more often (or first) is taken as the intended one.
        const [major, majorUses, minor, minorUses] = bUses.length > aUses.length ? [b, bUses, a, aUses] : [a, aUses, b, bUses];
        for (const mention of minorUses) findings.push(finding(ctx, mention, minor.name, major.name, majorUses[0], minor, majorUses.length));
      }
    }
  }
  return findings;
};

export const nameVariantRule = rule('name-variant', 'warning', check);
