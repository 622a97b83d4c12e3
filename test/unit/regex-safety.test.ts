// Every regular expression in the engine is safe from catastrophic backtracking.
//
// The test finds every regex literal (and any RegExp construction) in src/engine/** with the
// TypeScript parser, so a new one cannot escape review, and then, for each:
//   1. by construction: no unbounded quantifier is nested inside another repeated group,
//      unless the pattern is listed in NESTED_BUT_UNAMBIGUOUS with the reason it is linear;
//   2. on adversarial input: it is run (searching from every position, as test/replace/split
//      do) over strings built from its own characters, at 2k and 16k characters; 8× the input
//      must cost well under the 64× of quadratic backtracking (CPU time, best of three). A pattern that is only linear
//      because of what the engine feeds it is listed in BOUNDED_INPUT with that reason, and is
//      attacked with input shaped the same way.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { analyze } from '../../src/engine/analyze';

const ENGINE = path.resolve(__dirname, '../../../src/engine');

interface FoundRegex {
  where: string;
  /** The literal as written, e.g. /\s+/g; for a RegExp call, the call's source. */
  literal: string;
  dynamic: boolean;
}

function findEngineRegexes(): FoundRegex[] {
  const found: FoundRegex[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
        const where = (node: ts.Node): string => `${path.relative(ENGINE, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ where: where(node), literal: node.getText(), dynamic: false });
          if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
            found.push({ where: where(node), literal: node.getText(), dynamic: true });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(ENGINE);
  return found;
}

function compile(literal: string): RegExp {
  const slash = literal.lastIndexOf('/');
  return new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
}

// ---------------------------------------------------------------------------------------
// By construction: quantifiers nested in repeated groups.

/** Repeated groups ((...)*, (...)+, (...){2,}) that contain an unbounded quantifier. */
export function nestedQuantifiers(pattern: string): string[] {
  const findings: string[] = [];
  let i = 0;

  /** Skips one atom starting at i; returns whether it contains an unbounded quantifier. */
  const atom = (): boolean => {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if ((next === 'u' || next === 'p' || next === 'P') && pattern[i + 2] === '{') i = pattern.indexOf('}', i) + 1;
      else if (next === 'u') i += 6;
      else if (next === 'x') i += 4;
      else i += 2;
      return false;
    }
    if (c === '[') {
      i++;
      if (pattern[i] === '^') i++;
      if (pattern[i] === ']') i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
      return false;
    }
    if (c === '(') {
      i++;
      if (pattern[i] === '?') {
        if (pattern[i + 1] === '<' && pattern[i + 2] !== '=' && pattern[i + 2] !== '!') i = pattern.indexOf('>', i) + 1;
        else i += pattern[i + 1] === '<' ? 3 : 2;
      }
      const inner = alternation();
      i++; // ')'
      return inner;
    }
    i++;
    return false;
  };

  /** A quantifier at i, if any: whether it repeats (max > 1) and whether it is unbounded. */
  const quantifier = (): { repeats: boolean; unbounded: boolean } | null => {
    const c = pattern[i];
    let q: { repeats: boolean; unbounded: boolean } | null = null;
    if (c === '*' || c === '+') {
      q = { repeats: true, unbounded: true };
      i++;
    } else if (c === '?') {
      q = { repeats: false, unbounded: false };
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
      if (m) {
        const unbounded = m[2] !== undefined && m[3] === '';
        q = { unbounded, repeats: unbounded || Number(m[2] !== undefined ? m[3] : m[1]) > 1 };
        i += m[0].length;
      }
    }
    if (q && pattern[i] === '?') i++; // lazy
    return q;
  };

  const alternation = (): boolean => {
    let unbounded = false;
    while (i < pattern.length && pattern[i] !== ')') {
      if (pattern[i] === '|') {
        i++;
        continue;
      }
      const at = i;
      const inner = atom();
      const q = quantifier();
      if (q?.repeats && inner) findings.push(`${pattern.slice(at, i)} repeats a part that has an unbounded quantifier`);
      unbounded = unbounded || inner || !!q?.unbounded;
    }
    return unbounded;
  };

  while (i < pattern.length) {
    alternation();
    i++; // a stray ')'
  }
  return findings;
}

/** Patterns with a quantifier inside a repeated group, and why they cannot backtrack badly. */
const NESTED_BUT_UNAMBIGUOUS: Record<string, string> = {
  "/[\\p{L}\\p{N}]+(?:['\\u2019-][\\p{L}\\p{N}]+)*/gu":
    'each repetition of the group must start with an apostrophe or hyphen, which the letter class cannot match: there is only one way to split any input, so a failed match backtracks at most one group',
};

/** Patterns that backtrack quadratically on some strings, but never see such strings. */
const BOUNDED_INPUT: Record<string, { reason: string; shape: (attack: string) => string }> = {
  '/\\s*(?:photo|handout)$/i': {
    reason:
      'credits.ts stripPhotoWords: the input is a credit name inside parentheses, at most MAX_CREDIT_TOKENS tokens long, with every run of whitespace collapsed to one space (creditName), so \\s* never has a run of spaces to retry',
    shape: (attack) => attack.replace(/\s+/g, ' ').slice(0, 400),
  },
};

// ---------------------------------------------------------------------------------------
// On adversarial input.

const DEFAULT_ALPHABET = ['a', 'A', ' ', '1', '.', '-', "'", '\n'];

/** Characters the pattern can match, and its literal runs (e.g. "photo"), to build attacks from. */
function attackMaterial(pattern: string): { alphabet: string[]; words: string[] } {
  const chars = new Set<string>();
  const words: string[] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length >= 2) words.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1]!;
      endRun();
      const classChars: Record<string, string[]> = { s: [' ', '\t'], S: ['a'], d: ['1'], D: ['a'], w: ['a', '_'], W: [' '], n: ['\n'], t: ['\t'], r: ['\r'], p: ['a', 'é', '1'], P: [' ', '.'] };
      if (classChars[e]) classChars[e]!.forEach((x) => chars.add(x));
      else if (e === 'u' && pattern[i + 2] !== '{') chars.add(String.fromCharCode(parseInt(pattern.slice(i + 2, i + 6), 16)));
      else if (e !== 'b' && e !== 'B') chars.add(e);
      i += e === 'p' || e === 'P' ? pattern.indexOf('}', i) - i : e === 'u' ? 5 : 1;
    } else if (/[A-Za-z0-9 ,.;:!?'’"-]/.test(c) && !/[(|)[\]{}*+?^$]/.test(c)) {
      chars.add(c);
      run += c;
    } else endRun();
  }
  endRun();
  const alphabet = [...new Set([...chars, ...DEFAULT_ALPHABET])].slice(0, 10);
  return { alphabet, words: [...new Set(words)].slice(0, 8) };
}

function attacks(pattern: string, n: number): string[] {
  const { alphabet, words } = attackMaterial(pattern);
  const out: string[] = [];
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  for (const c of alphabet) for (const d of alphabet) out.push(fill(c === d ? c : c + d) + '\u0000');
  for (const w of words) for (const sep of ['', ' ', '  ', '.', '-']) out.push(fill(w + sep) + '\u0000', ' '.repeat(n) + w + '\u0000');
  return out;
}

/** Runs `re` the expensive way: every match over the whole input, and a search from every position. */
function exhaust(re: RegExp, input: string): void {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let match: RegExpExecArray | null;
  while ((match = global.exec(input)) !== null) if (match[0].length === 0) global.lastIndex++;
  re.lastIndex = 0;
  re.test(input);
}

/** CPU milliseconds (not wall time: the machine may be shared) for the inputs, best of three. */
function costOf(re: RegExp, inputs: string[]): number {
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    const started = process.cpuUsage();
    for (const input of inputs) exhaust(re, input);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// ---------------------------------------------------------------------------------------

describe('regular expressions in the engine', function () {
  this.timeout(60_000);
  const regexes = findEngineRegexes();
  const distinct = [...new Map(regexes.filter((r) => !r.dynamic).map((r) => [r.literal, r])).values()];

  it('are all literals written in the engine (no RegExp built from strings, so no user patterns)', () => {
    assert.ok(regexes.length > 0, 'the engine sources were found');
    assert.deepStrictEqual(regexes.filter((r) => r.dynamic).map((r) => `${r.where}: ${r.literal}`), []);
  });

  it('nest no unbounded quantifier in a repeated group, except unambiguous ones reviewed here', () => {
    const unreviewed: string[] = [];
    for (const r of distinct) {
      const findings = nestedQuantifiers(compile(r.literal).source);
      if (findings.length > 0 && !NESTED_BUT_UNAMBIGUOUS[r.literal]) unreviewed.push(`${r.where} ${r.literal}: ${findings.join('; ')}`);
    }
    assert.deepStrictEqual(unreviewed, []);
    for (const literal of Object.keys(NESTED_BUT_UNAMBIGUOUS)) {
      if (distinct.some((r) => r.literal === literal)) assert.notDeepStrictEqual(nestedQuantifiers(compile(literal).source), [], `${literal} is listed but has no nesting`);
    }
  });

  it('detects nesting in the classic catastrophic patterns (the check itself works)', () => {
    for (const bad of ['(a+)+$', '(\\w*)*x', '(?:\\s*,)+;', '(a|b+){2,}', '((ab)*c)+']) assert.notDeepStrictEqual(nestedQuantifiers(bad), [], bad);
    for (const good of ['\\s+', '^(?:photo|handout)\\s*(?:by|:)?\\s*', '(ab)+', '[a-z]+(?:-x)?', '\\[[^\\]]{0,200}\\]']) assert.deepStrictEqual(nestedQuantifiers(good), [], good);
  });

  it('detects super-linear backtracking on adversarial input (the measurement itself works)', () => {
    // the sizes the engine's patterns are attacked at: there the small run costs milliseconds,
    // well above the noise of a CPU clock on a shared machine
    const quadratic = /\s*x$/;
    const small = costOf(quadratic, [' '.repeat(2000) + 'y']);
    const large = costOf(quadratic, [' '.repeat(16000) + 'y']);
    assert.ok(large / small > 24, `a known quadratic pattern grew only ${(large / small).toFixed(1)}× for 8× the input`);
  });

  for (const r of distinct) {
    it(`${r.literal} (${r.where}) runs in linear time on adversarial input`, () => {
      const re = compile(r.literal);
      const bounded = BOUNDED_INPUT[r.literal];
      const shape = bounded ? bounded.shape : (s: string): string => s;
      const small = attacks(re.source, 2000).map(shape);
      const large = attacks(re.source, 16000).map(shape);
      const smallCost = costOf(re, small);
      const largeCost = costOf(re, large);
      const ratio = largeCost / Math.max(smallCost, 0.05);
      // Linear work grows 8× for 8× the input, quadratic 64×; below 3 ms of CPU there is nothing to fear.
      assert.ok(largeCost < 3 || ratio < 24, `${r.literal}: ${smallCost.toFixed(2)} ms → ${largeCost.toFixed(2)} ms (${ratio.toFixed(1)}×) for 8× the input${bounded ? ` (bounded: ${bounded.reason})` : ''}`);
    });
  }

  it('keeps the credit-name pattern on short, collapsed input: a credit with huge gaps costs linear time', () => {
    const credit = (gap: number): string => `"We agree," Park said. (Photo ${' '.repeat(gap)} by ${' \t'.repeat(gap)} Staff photo ${' '.repeat(gap)})`;
    const cpu = (text: string): number => {
      let best = Infinity;
      for (let rep = 0; rep < 3; rep++) {
        const started = process.cpuUsage();
        analyze(text);
        const used = process.cpuUsage(started);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const small = cpu(credit(5_000));
    const large = cpu(credit(40_000));
    assert.ok(large < 3 || large / Math.max(small, 0.05) < 24, `${small.toFixed(2)} ms → ${large.toFixed(2)} ms for 8× the gaps`);
  });

  it('lists only patterns that are still in the engine', () => {
    const literals = new Set(distinct.map((r) => r.literal));
    assert.deepStrictEqual(
      [...Object.keys(NESTED_BUT_UNAMBIGUOUS), ...Object.keys(BOUNDED_INPUT)].filter((l) => !literals.has(l)),
      [],
    );
  });
});
