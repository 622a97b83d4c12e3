// The shapes every part of Sourcelight shares: the engine produces an Analysis,
// the CLI prints it, the extension's adapters read it. Offsets are UTF-16 indices
// into the analysed text (what VS Code and JavaScript strings use); `end` is exclusive.

/** A stretch of the text. `text` is always `fullText.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** How content is attributed (PolNeAR's relation, with the kind of reporting). */
export type AttributionKind =
  | 'direct' // a full quotation: "We will cooperate," she said.
  | 'partial' // a quoted fragment inside paraphrase: agreed to make progress on "modernizing" ...
  | 'indirect' // reported speech: the ministry said (that) ...
  | 'according-to' // ..., according to Bruce.
  | 'no-source'; // reportedly, is expected to, is said to

export type SourceType = 'person' | 'organization' | 'anonymous' | 'document';

/** How a mention refers to its source. */
export type MentionKind =
  | 'name' // "Cho Tae-yul", "Marco Rubio", "the State Department"
  | 'alias' // "Cho", "Rubio", a registry alias
  | 'title' // "Minister Cho", "Secretary Rubio"
  | 'role' // "the minister", "the secretary", "the ministry"
  | 'pronoun' // "he", "she", "they"
  | 'anonymous' // "officials", "a source familiar with the talks"
  | 'document'; // "a new poll", "the report"

export interface SourceMention extends Span {
  kind: MentionKind;
  sourceId: string;
}

export interface Source {
  /** Stable within one analysis: "s1", "s2", ... in order of first mention. */
  id: string;
  /** Canonical name: the fullest form seen ("Cho Tae-yul", "Ministry of Foreign Affairs"). */
  name: string;
  type: SourceType;
  /** "Foreign Minister", "State Department spokesperson"; absent when unknown. */
  title?: string;
  /** "South Korea", "State Department", "Ministry of Foreign Affairs"; absent when unknown. */
  affiliation?: string;
  /** Every mention in text order; the first is the first reference. */
  mentions: SourceMention[];
  /** True when the newsroom's registry (options.registry) supplied or confirmed this source. */
  fromRegistry?: boolean;
}

export interface Attribution {
  /** "a1", "a2", ... in text order of the cue. */
  id: string;
  kind: AttributionKind;
  /** The source mention as written in this attribution; null for `no-source`. */
  source: Span | null;
  cue: Span;
  /** One or more pieces (discontinuous content, e.g. a quote split by its attribution). */
  content: Span[];
  /** The resolved Source, or null when there is none. */
  sourceId: string | null;
  /** For nested attributions: the attribution whose content contains this one. */
  parentId: string | null;
}

export type QuoteKind = 'full' | 'partial' | 'scare';

export interface Quote extends Span {
  /** The text between the marks (excludes the quotation marks themselves). */
  inner: Span;
  kind: QuoteKind;
  /** True when the quote runs over more than one paragraph (news convention). */
  multiParagraph: boolean;
  /** The attribution that covers this quote, if any. */
  attributionId: string | null;
}

export type ClaimKind = AttributionKind | 'unattributed';
export type ClaimReason = 'figure' | 'percentage' | 'date' | 'superlative' | 'money' | 'causal';

export interface Claim {
  /** "c1", "c2", ... in text order. */
  id: string;
  kind: ClaimKind;
  /** The claim's text: the attribution's content (pieces joined) or the unattributed sentence. */
  span: Span;
  attributionId: string | null;
  sourceId: string | null;
  /** For unattributed claims: why the sentence is checkable. */
  reasons?: ClaimReason[];
}

export type CreditKind = 'photo' | 'wire' | 'dateline' | 'byline';

export interface Credit extends Span {
  kind: CreditKind;
  /** "Ministry of Foreign Affairs", "Yonhap", "SEOUL". */
  name: string;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export type ProblemCode = 'unbalanced-quote-open' | 'unbalanced-quote-close';

/** Structural problems the engine notices while analysing (the checks report them). */
export interface Problem extends Span {
  code: ProblemCode;
  message: string;
}

export interface Analysis {
  /** Length of the analysed text, in UTF-16 units. */
  length: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  attributions: Attribution[];
  sources: Source[];
  claims: Claim[];
  credits: Credit[];
  problems: Problem[];
}

/** A source the newsroom has registered in `.sourcelight.yaml`. */
export interface RegistrySource {
  name: string;
  aliases?: string[];
  title?: string;
  affiliation?: string;
  type?: SourceType;
  contact?: string;
  notes?: string;
}

export interface AnalyzeOptions {
  /** Extra cue verbs or phrases from the house style (literal words, any inflection given). */
  cueVerbs?: string[];
  /** The newsroom's source registry: names, aliases and titles resolve to these sources. */
  registry?: RegistrySource[];
}
