// The engine cannot be broken: thousands of generated documents, from random Unicode to
// megabyte lines and quote storms, must give a well-formed, deterministic Analysis, with
// no exception anywhere inside the engine (not even one it catches itself), and the work
// done must grow linearly with the text — counted in steps, not measured in wall time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rng, wireText } from '../../scripts/bench/wire';
import { analyze } from '../../src/engine/analyze';
import type { Analysis } from '../../src/engine/types';

// ---------------------------------------------------------------------------------------
// Instrumentation. Engine modules call each other through their CommonJS exports objects,
// so wrapping those exports lets the test see every cross-module call and every exception
// the engine throws (and perhaps swallows) without touching the engine. Steps are counted as
// calls between engine modules + characters read with charCodeAt + token-array elements read
// (the tokenizer's result is handed out behind a counting Proxy).

interface Probe {
  steps: number;
  exceptions: string[];
  counting: boolean;
}

const probe: Probe = { steps: 0, exceptions: [], counting: false };
const restore: (() => void)[] = [];

function engineModules(): string[] {
  const root = path.join(__dirname, '../../src/engine');
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js') && !/^(index|types|incremental)\.js$/.test(entry.name)) found.push(full);
    }
  };
  walk(root);
  return found;
}

function countingTokens<T extends object>(tokens: T[]): T[] {
  return new Proxy(tokens, {
    get(target, key, receiver) {
      if (probe.counting && typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) probe.steps++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function instrumentEngine(): void {
  for (const file of engineModules()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exportsObject = require(file) as Record<string, unknown>;
    for (const name of Object.keys(exportsObject)) {
      const descriptor = Object.getOwnPropertyDescriptor(exportsObject, name);
      const original = descriptor?.value as unknown;
      if (typeof original !== 'function' || !descriptor?.writable || /^[A-Z]/.test(name)) continue;
      const where = `${path.relative(path.join(__dirname, '../../src/engine'), file)}:${name}`;
      const isTokenizer = name === 'tokenize';
      const wrapped = function (this: unknown, ...args: unknown[]): unknown {
        if (probe.counting) probe.steps++;
        try {
          const result = (original as (...a: unknown[]) => unknown).apply(this, args);
          return isTokenizer && probe.counting && Array.isArray(result) ? countingTokens(result as object[]) : result;
        } catch (error) {
          probe.exceptions.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
          throw error;
        }
      };
      exportsObject[name] = wrapped;
      restore.push(() => void (exportsObject[name] = original));
    }
  }
}

/** Steps taken by one analysis of `text`. Counting characters slows every string read, so only here. */
function stepsFor(text: string): number {
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const charCodeAt = String.prototype.charCodeAt;
  String.prototype.charCodeAt = function (this: string, index: number): number {
    probe.steps++;
    return charCodeAt.call(this, index);
  };
  probe.steps = 0;
  probe.counting = true;
  try {
    analyze(text);
  } finally {
    probe.counting = false;
    String.prototype.charCodeAt = charCodeAt;
  }
  return probe.steps;
}

// ---------------------------------------------------------------------------------------
// Documents.

const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」', '``', "''"];
const WORDS = ['said', 'told', 'according to', 'Mr.', 'U.S.', 'Rubio', 'Cho Tae-yul', 'the ministry', 'he', 'she', 'officials', 'reportedly', ':', '--', '—', '(', ')', '[', ']', '{', '}', '3.5', '40%', '$1 million', 'Feb.', 'a.m.', 'Inc.', 'St.', 'J.', 'that', 'added', 'warned'];
const ODD = ['\0', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u00a0', '\u200b', '\ufeff', '\ufffd', '\ud800', '\udc00', '\udbff\udfff', '😀', '\u0301', '\u202e', 'é', 'ß', 'İ', '中文', '한국', 'العربية', '\u0085'];

function randomUnicode(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = random();
    if (roll < 0.5) out += String.fromCharCode(Math.floor(random() * 0x10000)); // any UTF-16 unit, lone surrogates included
    else if (roll < 0.7) out += String.fromCharCode(32 + Math.floor(random() * 95));
    else if (roll < 0.85) out += QUOTE_MARKS[Math.floor(random() * QUOTE_MARKS.length)]!;
    else out += ODD[Math.floor(random() * ODD.length)]!;
  }
  return out;
}

function quoteStorm(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    const roll = random();
    out += roll < 0.45 ? QUOTE_MARKS[Math.floor(random() * QUOTE_MARKS.length)]! : roll < 0.9 ? WORDS[Math.floor(random() * WORDS.length)]! : ODD[Math.floor(random() * ODD.length)]!;
    out += random() < 0.7 ? ' ' : random() < 0.5 ? '\n' : '';
  }
  return out;
}

/** Wire copy with random damage: deletions, duplications, stray marks. */
function mangledWire(random: () => number, length: number): string {
  let text = wireText(length, { seed: Math.floor(random() * 1e9), separator: random() < 0.5 ? '\n\n' : '\n' });
  for (let i = 0; i < 6; i++) {
    const at = Math.floor(random() * text.length);
    const roll = random();
    if (roll < 0.3) text = text.slice(0, at) + text.slice(at + Math.floor(random() * 40));
    else if (roll < 0.6) text = text.slice(0, at) + QUOTE_MARKS[Math.floor(random() * QUOTE_MARKS.length)]! + text.slice(at);
    else if (roll < 0.8) text = text.slice(0, at) + ODD[Math.floor(random() * ODD.length)]! + text.slice(at);
    else text = text.slice(0, at) + text.slice(Math.floor(random() * text.length)).slice(0, 80) + text.slice(at);
  }
  return text;
}

function nestedBrackets(random: () => number, depth: number): string {
  const open = ['(', '[', '{', '“', '"', '‘'];
  const close: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '"': '"', '‘': '’' };
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < depth; i++) {
    const o = open[Math.floor(random() * open.length)]!;
    stack.push(o);
    out += o + (random() < 0.3 ? 'he said ' : '');
  }
  out += 'Rubio said.';
  while (stack.length) out += close[stack.pop()!]!;
  return out;
}

// ---------------------------------------------------------------------------------------
// What must hold for every document.

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function spansIn(value: unknown, found: SpanLike[] = []): SpanLike[] {
  if (Array.isArray(value)) for (const v of value) spansIn(v, found);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') found.push(o as unknown as SpanLike);
    for (const v of Object.values(o)) if (v && typeof v === 'object') spansIn(v, found);
  }
  return found;
}

const KINDS = new Set(['direct', 'partial', 'indirect', 'according-to', 'no-source']);

/** Returns what is wrong with `analysis` as an analysis of `text` (empty when all is well). */
function violations(text: string, analysis: Analysis): string[] {
  const wrong: string[] = [];
  const fail = (message: string): void => void (wrong.length < 5 && wrong.push(message));
  if (analysis.length !== text.length) fail(`length ${analysis.length} != ${text.length}`);
  for (const s of spansIn(analysis)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length)) fail(`span ${s.start}-${s.end} outside the text`);
    else if (text.slice(s.start, s.end) !== s.text) fail(`span ${s.start}-${s.end} text is not the slice`);
  }
  for (const list of [analysis.paragraphs, analysis.sentences]) {
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      if (!(0 <= p.start && p.start < p.end && p.end <= text.length)) fail(`empty or outside extent ${p.start}-${p.end}`);
      if (i > 0 && list[i - 1]!.end > p.start) fail(`overlapping extents at ${p.start}`);
    }
  }
  const sourceIds = new Set(analysis.sources.map((s) => s.id));
  const attributionIds = new Set(analysis.attributions.map((a) => a.id));
  if (sourceIds.size !== analysis.sources.length) fail('duplicate source ids');
  if (attributionIds.size !== analysis.attributions.length) fail('duplicate attribution ids');
  for (const a of analysis.attributions) {
    if (!KINDS.has(a.kind)) fail(`${a.id}: unknown kind ${a.kind}`);
    if (a.cue.end <= a.cue.start) fail(`${a.id}: empty cue`);
    if (a.content.length === 0 || a.content.some((c) => c.end <= c.start)) fail(`${a.id}: empty content`);
    if (a.sourceId !== null && !sourceIds.has(a.sourceId)) fail(`${a.id}: sourceId ${a.sourceId} does not resolve`);
    if (a.parentId !== null && (!attributionIds.has(a.parentId) || a.parentId === a.id)) fail(`${a.id}: parentId ${a.parentId} does not resolve`);
    if (a.source && a.source.end <= a.source.start) fail(`${a.id}: empty source`);
  }
  for (const s of analysis.sources) {
    if (s.mentions.length === 0) fail(`${s.id}: no mentions`);
    if (s.mentions.some((m) => m.sourceId !== s.id || m.end <= m.start)) fail(`${s.id}: a mention of another source or empty`);
  }
  for (const q of analysis.quotes) {
    if (q.attributionId !== null && !attributionIds.has(q.attributionId)) fail(`quote at ${q.start}: attributionId does not resolve`);
    if (q.inner.start < q.start || q.inner.end > q.end) fail(`quote at ${q.start}: inner outside the quote`);
  }
  const claimIds = new Set(analysis.claims.map((c) => c.id));
  if (claimIds.size !== analysis.claims.length) fail('duplicate claim ids');
  for (const c of analysis.claims) {
    if (c.attributionId !== null && !attributionIds.has(c.attributionId)) fail(`${c.id}: attributionId does not resolve`);
    if (c.sourceId !== null && !sourceIds.has(c.sourceId)) fail(`${c.id}: sourceId does not resolve`);
  }
  return wrong;
}

function check(label: string, text: string, deterministic = true): void {
  const before = probe.exceptions.length;
  const analysis = analyze(text);
  const wrong = violations(text, analysis);
  assert.deepStrictEqual(wrong, [], `${label}: ${JSON.stringify(text.slice(0, 120))}`);
  assert.deepStrictEqual(probe.exceptions.slice(before), [], `${label}: the engine threw inside (and caught it) on ${JSON.stringify(text.slice(0, 120))}`);
  if (deterministic) assert.deepStrictEqual(analyze(text), analysis, `${label}: not deterministic`);
}

// ---------------------------------------------------------------------------------------

describe('the engine under fuzzing', function () {
  this.timeout(120_000);
  before(instrumentEngine);
  after(() => {
    while (restore.length) restore.pop()!();
  });

  it('analyses 3,000 random documents (Unicode noise, quote storms, damaged wire copy, nested brackets) into well-formed, deterministic results', () => {
    const random = rng(20250515);
    for (let i = 0; i < 3000; i++) {
      const family = i % 4;
      const length = 1 + Math.floor(random() * (i % 50 === 0 ? 2000 : 240));
      const text =
        family === 0 ? randomUnicode(random, length) : family === 1 ? quoteStorm(random, length) : family === 2 ? mangledWire(random, length * 2) : nestedBrackets(random, 1 + Math.floor(random() * 60));
      check(`document ${i} (family ${family})`, text, i % 5 === 0);
    }
  });

  it('survives the extremes: 100k quote marks, NUL bytes, lone surrogates, 50k-deep brackets, control characters', () => {
    const cases: [string, string][] = [
      ['100k straight quotes', '"'.repeat(100_000)],
      ['100k curly quotes', '“'.repeat(50_000) + '”'.repeat(50_000)],
      ['100k quoted words', '"a '.repeat(100_000)],
      ['100k single quotes in double quotes', '"' + "'x' ".repeat(100_000) + '"'],
      ['NUL bytes', '\0'.repeat(200_000) + '"Hi," he said.\0\0'],
      ['lone surrogates', '\ud800'.repeat(50_000) + ' said ' + '\udc00'.repeat(50_000) + '"\ud83d," Mr. X said.'],
      ['deep brackets', '('.repeat(50_000) + '"Yes," Rubio said.' + ')'.repeat(50_000)],
      ['control characters', Array.from({ length: 65_536 }, (_, i) => String.fromCharCode(i % 32)).join('')],
      ['every UTF-16 unit', Array.from({ length: 65_536 }, (_, i) => String.fromCharCode(i)).join('')],
      ['cue storm in one sentence', 'he said that '.repeat(30_000)],
      ['colon storm', 'Rubio: '.repeat(30_000)],
      ['capitalised run', 'Foreign Minister Secretary General Mr. Dr. Ambassador '.repeat(5_000)],
      ['abbreviation run', 'U.S. Mr. Feb. a.m. No. St. '.repeat(20_000)],
      ['empty', ''],
      ['only whitespace', ' \n\r\n\t\u2028\u00a0'.repeat(10_000)],
    ];
    for (const [label, text] of cases) check(label, text, false);
  });

  it('analyses a 10 MB single line without failing', () => {
    // Mostly plain words (the cost of dense copy is the benchmark's business), with a quote,
    // a cue and a name every 64 KB so that every pass has something to do along the line.
    const filler = 'the budget for roads and schools was passed on a close vote, with 12 in favour; ';
    const block = filler.repeat(Math.ceil(65_536 / filler.length)) + '"We will build it," Mayor Park said, and officials agreed. ';
    const line = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    assert.ok(line.length >= 10 * 1024 * 1024 && !line.includes('\n'));
    const analysis = analyze(line);
    assert.deepStrictEqual(violations(line, analysis), []);
    assert.strictEqual(analysis.paragraphs.length, 1);
    assert.ok(analysis.quotes.length >= 150, 'the quotes along the line are found');
  });

  describe('work grows linearly with the text (steps: engine calls + characters read + tokens read)', () => {
    const families: [string, (n: number) => string][] = [
      ['wire copy', (n) => wireText(n, { seed: 8 })],
      ['wire copy on one line', (n) => wireText(n, { seed: 9, separator: ' ' }).replace(/\n/g, ' ')],
      ['straight quote storm', (n) => '"'.repeat(n)],
      ['alternating quotes and words', (n) => '" a “ b ” c \' d '.repeat(Math.ceil(n / 16)).slice(0, n)],
      ['cues in one endless sentence', (n) => 'officials said that he told reporters that '.repeat(Math.ceil(n / 43)).slice(0, n)],
      ['quotes and cues without full stops', (n) => '"We will," Cho said, '.repeat(Math.ceil(n / 21)).slice(0, n)],
      ['capitalised names without end', (n) => 'Secretary of State Marco Rubio Tae-yul '.repeat(Math.ceil(n / 39)).slice(0, n)],
      ['colons', (n) => 'Bruce: Cho: '.repeat(Math.ceil(n / 12)).slice(0, n)],
      ['nested brackets', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
      ['random Unicode', (n) => randomUnicode(rng(5), n)],
      ['quote storm with words', (n) => quoteStorm(rng(6), n)],
    ];
    for (const [name, make] of families) {
      it(`${name}: 4× the text takes at most ~4× the steps`, () => {
        const small = stepsFor(make(8_000));
        const large = stepsFor(make(32_000));
        const ratio = large / Math.max(small, 1);
        assert.ok(small > 0, 'steps are counted');
        assert.ok(ratio <= 5.2, `steps grew ${ratio.toFixed(2)}× for 4× the text (${small} → ${large})`);
      });
    }
  });
});
