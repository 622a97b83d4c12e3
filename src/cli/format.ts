// The readable account printed by `sourcelight analyze`: source by source, what each said.
import type { Analysis, Attribution, Source, Span } from '../engine/types';
import { positionIndex } from './positions';

const MAX_CONTENT = 160;

/** 1-based `line:column` of UTF-16 offsets, from one scan of the text. */
export const lineIndex = (text: string): (offset: number) => string => {
  const at = positionIndex(text);
  return (offset) => {
    const { line, column } = at(offset);
    return `${line}:${column}`;
  };
};

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const clip = (s: string, max = MAX_CONTENT): string => {
  const flat = squash(s);
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
};

const contentOf = (pieces: readonly Span[]): string => clip(pieces.map((p) => squash(p.text)).join(' … '));

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const describeSource = (source: Source): string => {
  const facts = [source.type, source.title, source.affiliation].filter((f): f is string => !!f && f !== source.name);
  const forms = [...new Set(source.mentions.map((m) => squash(m.text)))];
  const registry = source.fromRegistry ? ', in the registry' : '';
  return `${source.name} (${facts.join(', ')}${registry}) — ${plural(source.mentions.length, 'mention')}: ${forms.join(', ')}`;
};

export const formatAccount = (file: string, text: string, analysis: Analysis): string => {
  const at = lineIndex(text);
  const describe = (a: Attribution): string => {
    const by = a.source && !a.sourceId ? `${clip(a.source.text, 40)} ` : '';
    return `  ${at(a.cue.start).padEnd(8)} ${by}${squash(a.cue.text)} (${a.kind}): “${contentOf(a.content)}”`;
  };
  const unattributed = analysis.claims.filter((c) => c.kind === 'unattributed');
  const lines: string[] = [
    `== ${file}: ${plural(analysis.attributions.length, 'attribution')} from ${plural(analysis.sources.length, 'source')}, ` +
      `${plural(analysis.quotes.length, 'quote')}, ${plural(analysis.claims.length, 'claim')} (${unattributed.length} unattributed)`,
  ];

  const bySource = new Map<string, Attribution[]>();
  const withoutSource: Attribution[] = [];
  for (const a of analysis.attributions) {
    if (a.sourceId) bySource.set(a.sourceId, [...(bySource.get(a.sourceId) ?? []), a]);
    else withoutSource.push(a);
  }
  for (const source of analysis.sources) {
    const said = bySource.get(source.id) ?? [];
    lines.push('', describeSource(source));
    if (said.length === 0) lines.push('  (mentioned, nothing attributed)');
    for (const a of said) lines.push(describe(a));
  }
  if (withoutSource.length > 0) {
    lines.push('', 'Without a resolved source');
    for (const a of withoutSource) lines.push(describe(a));
  }
  if (unattributed.length > 0) {
    lines.push('', 'Unattributed claims (checkable statements nobody is cited for)');
    for (const c of unattributed) lines.push(`  ${at(c.span.start).padEnd(8)} [${(c.reasons ?? []).join(', ')}] ${clip(c.span.text)}`);
  }
  if (analysis.credits.length > 0) {
    lines.push('', 'Credits: ' + analysis.credits.map((c) => `${c.kind} ${c.name} (${at(c.start)})`).join('; '));
  }
  if (analysis.problems.length > 0) {
    lines.push('', 'Problems');
    for (const p of analysis.problems) lines.push(`  ${at(p.start).padEnd(8)} ${p.message}`);
  }
  if (analysis.attributions.length === 0 && analysis.sources.length === 0) lines.push('', 'No attributions found.');
  return lines.join('\n') + '\n';
};
