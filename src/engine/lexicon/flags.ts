// One lookup per word: tokenisation tags each word with the lexicon classes it belongs to,
// so later passes test bits instead of probing several tables.
import { MAYBE_FINAL_ABBREVIATIONS, NEVER_FINAL_ABBREVIATIONS } from './abbreviations';
import { CAUSAL_WORDS, MONEY_WORDS, MONTHS, NUMBER_WORDS, PERCENT_WORDS, SUPERLATIVES, WEEKDAYS } from './claims';
import { BE_FORMS, buildCueLexicon, CUE_VERBS, NO_SOURCE_ADVERBS, NO_SOURCE_SEEM_VERBS } from './cues';

export const enum WordFlag {
  CueStart = 1,
  Be = 2,
  NoSourceAdverb = 4,
  Seem = 8,
  According = 16,
  Month = 32,
  Weekday = 64,
  NumberWord = 128,
  Money = 256,
  Percent = 512,
  Superlative = 1024,
  Causal = 2048,
  /** An abbreviation whose period never ends a sentence ("mr", "feb"). */
  NeverFinalAbbreviation = 4096,
  /** An abbreviation whose period may end a sentence ("u.s", "inc"). */
  MaybeFinalAbbreviation = 8192,
}

/** Flags that make a word worth a look when scanning for cues. */
export const CUE_TRIGGER_FLAGS = WordFlag.CueStart | WordFlag.Be | WordFlag.NoSourceAdverb | WordFlag.Seem | WordFlag.According;

/** Flags that make a sentence checkable. */
export const CLAIM_FLAGS = WordFlag.Month | WordFlag.Weekday | WordFlag.NumberWord | WordFlag.Money | WordFlag.Percent | WordFlag.Superlative | WordFlag.Causal;

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | flag);
  };
  add(buildCueLexicon(CUE_VERBS).keys(), WordFlag.CueStart);
  add(BE_FORMS, WordFlag.Be);
  add(NO_SOURCE_ADVERBS, WordFlag.NoSourceAdverb);
  add(NO_SOURCE_SEEM_VERBS, WordFlag.Seem);
  add(['according', 'per'], WordFlag.According);
  add(MONTHS, WordFlag.Month);
  add(WEEKDAYS, WordFlag.Weekday);
  add(NUMBER_WORDS, WordFlag.NumberWord);
  add(MONEY_WORDS, WordFlag.Money);
  add(PERCENT_WORDS, WordFlag.Percent);
  add(SUPERLATIVES, WordFlag.Superlative);
  add(CAUSAL_WORDS, WordFlag.Causal);
  add(NEVER_FINAL_ABBREVIATIONS, WordFlag.NeverFinalAbbreviation);
  add(MAYBE_FINAL_ABBREVIATIONS, WordFlag.MaybeFinalAbbreviation);
  return map;
}

export const WORD_FLAGS: ReadonlyMap<string, number> = build();
