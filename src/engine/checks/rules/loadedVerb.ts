// `loaded-verb`: an attribution whose verb judges the source ("claimed", "admitted",
// "insisted", "slammed") where "said" is neutral. The fix keeps the inflection and case
// ("claimed" → "said", "Claims" → "Says", "insisted that" → "said that") and is offered
// only where "said" reads correctly. House loaded verbs come from `.sourcelight.yaml`.
import { claimsByAttribution, matchCase, replaceWith, wordsIn, type WordToken } from '../helpers';
import { LOADED_VERBS, PREPOSITIONS_AFTER_VERB, type VerbFrame } from '../lexicon/loadedVerbs';
import { rule, type RuleContext, type RuleFinding } from '../types';

interface LoadedForm {
  lemma: string;
  frame: VerbFrame;
  replacement: string;
}

const BUILT_IN = new Map<string, LoadedForm>();
for (const v of LOADED_VERBS) for (const [form, replacement] of Object.entries(v.forms)) BUILT_IN.set(form, { lemma: v.lemma, frame: v.frame, replacement });

/** The neutral form for a house verb given as any one inflection (a literal word, never a pattern). */
const guessReplacement = (word: string): string => {
  if (word.endsWith('ing')) return 'saying';
  if (word.endsWith('ed')) return 'said';
  if (word.endsWith('s') && !word.endsWith('ss')) return 'says';
  return 'said';
};

const lexicon = (ctx: RuleContext): Map<string, LoadedForm> => {
  const extra = ctx.config?.loadedVerbs ?? [];
  if (extra.length === 0) return BUILT_IN;
  const map = new Map(BUILT_IN);
  for (const raw of extra) {
    if (typeof raw !== 'string') continue;
    const word = raw.trim().toLowerCase();
    if (word === '' || word.includes(' ') || map.has(word)) continue;
    map.set(word, { lemma: word, frame: 'stance', replacement: guessReplacement(word) });
  }
  return map;
};

const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', ')', '—', '–']);

/** Whether "said" reads correctly in place of the verb: before "that", a quotation, or the clause's end. */
const saidFits = (ctx: RuleContext, verb: WordToken, form: LoadedForm): boolean => {
  const { text } = ctx;
  let i = verb.end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length || text[i] === '\n' || CLAUSE_END.has(text[i])) return true;
  const next = wordsIn(text, i, Math.min(text.length, i + 40))[0];
  if (!next || next.start !== i) return true;
  const word = next.text.toLowerCase();
  if (word === 'that') return true;
  if (form.frame === 'stance') return false;
  return !PREPOSITIONS_AFTER_VERB.has(word);
};

/** "that", a quotation mark or the end of the clause right after the verb: it reports speech. */
const reportsSpeech = (ctx: RuleContext, verb: WordToken): boolean => saidFits(ctx, verb, { lemma: '', frame: 'stance', replacement: '' });

const finding = (token: WordToken, form: LoadedForm, ctx: RuleContext, claimId: string | undefined, sourceId: string | undefined): RuleFinding => {
  const replacement = matchCase(token.text, form.replacement);
  const result: RuleFinding = {
    message: `"${token.text}" judges the source; "${replacement}" is neutral.`,
    start: token.start,
    end: token.end,
    claimId,
    sourceId,
    data: { verb: token.text, lemma: form.lemma, replacement },
  };
  if (saidFits(ctx, token, form)) {
    result.fix = replaceWith(`Change "${token.text}" to "${replacement}"`, token.start, token.end, replacement);
  }
  return result;
};

const check = (ctx: RuleContext): RuleFinding[] => {
  const forms = lexicon(ctx);
  const claims = claimsByAttribution(ctx.analysis);
  const findings: RuleFinding[] = [];
  const flaggedAt = new Set<number>();
  for (const attribution of ctx.analysis.attributions) {
    const cue = attribution.cue;
    for (const token of wordsIn(ctx.text, cue.start, cue.end)) {
      const form = forms.get(token.text.toLowerCase());
      if (!form) continue;
      findings.push(finding(token, form, ctx, claims.get(attribution.id)?.id, attribution.sourceId ?? undefined));
      flaggedAt.add(token.start);
      break;
    }
  }
  // A loaded verb right after a source that the analyser does not know as a cue
  // ("the mayor gloated.", "the mayor confessed that ..."): only where it plainly reports speech.
  const text = ctx.text;
  for (const source of ctx.analysis.sources) {
    for (const mention of source.mentions) {
      let at = mention.end;
      if (text[at] !== ' ') continue;
      while (text[at] === ' ' || text[at] === '\t') at++;
      let end = at;
      while (end < text.length && end - at < 20 && /[A-Za-z]/.test(text[end])) end++;
      if (end === at || flaggedAt.has(at)) continue;
      const form = forms.get(text.slice(at, end).toLowerCase());
      if (!form) continue;
      const next: WordToken = { text: text.slice(at, end), start: at, end };
      if (!reportsSpeech(ctx, next)) continue;
      findings.push(finding(next, form, ctx, undefined, source.id));
      flaggedAt.add(next.start);
    }
  }
  return findings;
};

export const loadedVerbRule = rule('loaded-verb', 'warning', check);
