// `first-reference`: news style names a source in full at first reference — full name and
// title or affiliation for a person, the full name for an organisation. Flags a first
// mention by surname, title + surname or role ("Cho", "Minister Cho", "the minister"), and a
// person's first full name with no title when one is known from a later mention or the
// registry. The fix completes the first reference with what is known.
import type { RegistrySource, Source, SourceMention } from '../../types';
import { claimContaining, matchCase, replaceWith } from '../helpers';
import { rule, type RuleContext, type RuleFinding } from '../types';

const registryEntryFor = (ctx: RuleContext, source: Source): RegistrySource | undefined => {
  const name = source.name.toLowerCase();
  return (ctx.config?.registry ?? []).find((r) => r.name.toLowerCase() === name || (r.aliases ?? []).some((a) => a.toLowerCase() === name));
};

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

const includesWord = (haystack: string, needle: string | undefined): boolean => !!needle && needle.trim() !== '' && haystack.toLowerCase().includes(needle.toLowerCase());

/** Whether the words right after a mention are an appositive naming the title (", a State Department spokesperson,"). */
const appositiveNames = (ctx: RuleContext, mention: SourceMention, source: Source, registry?: RegistrySource): boolean => {
  const after = ctx.text.slice(mention.end, Math.min(ctx.text.length, mention.end + 100));
  if (!/^\s*[,(]/.test(after)) return false;
  const stop = after.search(/[.;)]|,\s*(?:said|says|told|added)\b/);
  const apposition = stop > 0 ? after.slice(0, stop) : after;
  return (
    includesWord(apposition, source.title) ||
    includesWord(apposition, source.affiliation) ||
    includesWord(apposition, registry?.title) ||
    includesWord(apposition, registry?.affiliation) ||
    wordCount(apposition) >= 2
  );
};

/** The best complete reference known: a later name mention with a title, else title + name. */
const completeReference = (source: Source, registry: RegistrySource | undefined): string => {
  let best = '';
  for (const m of source.mentions) {
    if (m.kind !== 'name') continue;
    const text = m.text.replace(/\s+/g, ' ').trim();
    if (includesWord(text, source.name) && wordCount(text) > wordCount(best)) best = text;
  }
  const name = registry?.name ?? source.name;
  const title = registry?.title ?? source.title;
  const affiliation = registry?.affiliation ?? source.affiliation;
  if (source.type === 'person' && title && (!best || wordCount(best) <= wordCount(name))) {
    const lowerTitle = title[0] === title[0].toLowerCase();
    best = lowerTitle && affiliation ? `${affiliation} ${title} ${name}` : `${title} ${name}`;
  }
  return best || name;
};

const check = (ctx: RuleContext): RuleFinding[] => {
  const findings: RuleFinding[] = [];
  const speakers = new Set(ctx.analysis.attributions.map((a) => a.sourceId));
  for (const source of ctx.analysis.sources) {
    if (source.type !== 'person' && source.type !== 'organization') continue;
    const first = source.mentions[0];
    if (!first || first.kind === 'pronoun' || first.kind === 'anonymous' || first.kind === 'document') continue;
    const registry = registryEntryFor(ctx, source);
    const complete = completeReference(source, registry);
    const claim = claimContaining(ctx.analysis, first.start, first.end);
    let problem: string | null = null;
    let replacement = complete;

    if (first.kind === 'alias' || first.kind === 'title' || first.kind === 'role') {
      // A fuller reference must be known (a later full name, or the registry), except for a
      // person named by surname alone, which is worth a word even when nothing more is known.
      const fullerKnown = !!registry || source.mentions.some((m) => m.kind === 'name');
      const speaks = speakers.has(source.id);
      const surnameOnly = source.type === 'person' && first.kind === 'alias' && speaks;
      if (!fullerKnown && !surnameOnly) continue;
      problem = `First reference to ${source.name} is "${first.text}": give ${source.type === 'person' ? 'the full name and title' : "the organisation's full name"} at first reference.`;
      if (source.type === 'organization' && /^the\s/i.test(first.text) && !/^the\s/i.test(complete)) replacement = `${first.text.slice(0, 3)} ${complete}`;
    } else if (first.kind === 'name' && source.type === 'person') {
      const title = registry?.title ?? source.title;
      const affiliation = registry?.affiliation ?? source.affiliation;
      if (!title && !affiliation) continue; // nothing known to add
      const named =
        includesWord(first.text, title) ||
        includesWord(first.text, affiliation) ||
        wordCount(first.text) > wordCount(source.name) ||
        appositiveNames(ctx, first, source, registry);
      if (named) continue;
      problem = `First reference to ${source.name} has no title or affiliation${title ? ` (${title})` : ''}.`;
    } else continue;

    const finding: RuleFinding = { message: problem, start: first.start, end: first.end, claimId: claim?.id, sourceId: source.id, data: { suggestion: replacement } };
    const sentenceStart = /(^|[.!?]\s+|\n)$/.test(ctx.text.slice(Math.max(0, first.start - 3), first.start));
    const newText = sentenceStart ? matchCase(first.text, replacement) : replacement;
    if (replacement.toLowerCase() !== first.text.toLowerCase() && (wordCount(replacement) > wordCount(first.text) || first.kind === 'name')) {
      finding.fix = replaceWith(`Use the full reference "${newText}"`, first.start, first.end, newText);
    }
    findings.push(finding);
  }
  return findings;
};

export const firstReferenceRule = rule('first-reference', 'information', check);
