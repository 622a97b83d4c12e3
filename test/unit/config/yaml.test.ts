import * as assert from 'assert';
import { addSourceToRegistry, parseConfig } from '../../../src/engine/config/index';
import { parseYamlSafely } from '../../../src/engine/config/yamlSafety';
import { parseSidecar, updateClaimAnnotation } from '../../../src/engine/annotations/index';

const A = { text: 'the pier would reopen in May', context: '' };
const write = (text: string, patch: Parameters<typeof updateClaimAnnotation>[2], claim = A): string => {
  const result = updateClaimAnnotation(text, claim, patch);
  assert.ok('text' in result, 'error' in result ? result.error : '');
  return result.text;
};

/** Awkward strings: each must come back exactly as written, whatever quoting it needs. */
const AWKWARD = [
  'plain words',
  'a: b',
  'ends with colon:',
  'a # not a comment',
  '#hash first',
  '- dash first',
  '-5 degrees',
  '? question',
  ': colon first',
  '* star',
  '& amp',
  '! bang',
  '% percent',
  '@ at',
  '`tick',
  '| pipe',
  '> fold',
  '[bracket]',
  '{brace}',
  'comma, here',
  'it\'s',
  'say "hi"',
  '\'single\' and "double"',
  'line\nbreak',
  'two\n\nbreaks',
  'trailing newline\n',
  'tab\there',
  ' padded ',
  'café ☕ 𝄞',
  '\u0007bell \u0000nul \u2028sep \ufeffbom',
  'lone \ud800 surrogate',
  'yes',
  'no',
  'on',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  '123',
  '0x1F',
  '0o17',
  '1.50',
  '1e3',
  '.inf',
  '.nan',
  '2026-03-04',
  '---',
  '...',
  'back\\slash',
];

describe('YAML on the parser tree', () => {
  describe('reading scalars as the YAML 1.2 core schema does', () => {
    const cue = (value: string) => parseConfig(`cueVerbs:\n  - ${value}\n`).config.cueVerbs;
    it('numbers and booleans read as the text yaml gave them; null and empty are nothing', () => {
      assert.deepStrictEqual(cue('0x1F'), ['31']);
      assert.deepStrictEqual(cue('1.50'), ['1.5']);
      assert.deepStrictEqual(cue('0o17'), ['15']);
      assert.deepStrictEqual(cue('+12'), ['12']);
      assert.deepStrictEqual(cue('1e3'), ['1000']);
      assert.deepStrictEqual(cue('.inf'), ['Infinity']);
      assert.deepStrictEqual(cue('True'), ['true']);
      assert.deepStrictEqual(cue('yes'), ['yes']);
      for (const empty of ['~', 'null', 'Null', 'NULL', '']) assert.deepStrictEqual(cue(empty), [], empty);
    });

    it('quoted, folded and literal scalars, escapes included', () => {
      assert.deepStrictEqual(cue('"a\\tb \\u00e9 \\x41"'), ['a\tb é A']);
      assert.deepStrictEqual(cue("'it''s'"), ["it's"]);
      assert.deepStrictEqual(parseConfig('cueVerbs:\n  - |\n    one\n    two\n  - >-\n    folded\n    line\n').config.cueVerbs, ['one\ntwo', 'folded line']);
      assert.deepStrictEqual(parseConfig('cueVerbs: [plain\n  continued]\n').config.cueVerbs, ['plain continued']);
    });

    it('tags: !!str keeps the text, unknown tags are a warning and read as text', () => {
      assert.deepStrictEqual(cue('!!str 12'), ['12']);
      const { config, errors } = parseConfig('cueVerbs:\n  - !shout briefed\n');
      assert.deepStrictEqual(config.cueVerbs, ['briefed']);
      assert.strictEqual(errors.length, 1);
      assert.strictEqual(errors[0].severity, 'warning');
      assert.match(errors[0].message, /Unresolved tag: !shout/);
    });

    it('aliases stand for the node they name', () => {
      const { config, errors } = parseConfig('cueVerbs: &verbs [briefed, wrote]\nloadedVerbs: *verbs\n');
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(config.loadedVerbs, ['briefed', 'wrote']);
    });
  });

  describe('malformed YAML is an error with a position, and is never rewritten', () => {
    const CASES: [string, RegExp][] = [
      ['a: 1\n---\nb: 2\n', /multiple documents/],
      ['registry:\n\t- name: Ana\n', /Tabs|tab/],
      ['registry:\n  - name: Ana\n   title: x\n', /indicator|indent|column/i],
      ['"key\n  over lines": 1\n', /single line/],
      ['claims:\n  - text: a\n  - text: "b\n', /quote/],
      ['claims: [a, b\n', /\]/],
      ['claims: *nowhere\n', /Unresolved alias/],
      ['claims:\n  - text: "bad \\q escape"\n', /escape/],
    ];
    for (const [text, message] of CASES) {
      it(JSON.stringify(text), () => {
        const safe = parseYamlSafely(text, 'The sidecar');
        assert.strictEqual(safe.refused, true);
        const error = safe.problems.find((p) => p.severity === 'error');
        assert.ok(error, 'an error');
        assert.match(error.message, message);
        assert.ok(error.start >= 0 && error.end <= text.length + 1 && error.start <= error.end);
        assert.ok('error' in updateClaimAnnotation(text, A, { status: 'verified' }));
        assert.ok('error' in addSourceToRegistry(text, { name: 'Ana Lopes' }));
      });
    }

    it('an alias bomb is refused without being expanded', () => {
      let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
      for (let i = 1; i < 40; i++) bomb += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
      const safe = parseYamlSafely(bomb, 'The sidecar');
      assert.strictEqual(safe.refused, true);
      assert.match(safe.problems.at(-1)!.message, /Refused: .*alias/);
    });
  });

  describe('writing changes only the bytes it must', () => {
    const SIDECAR = [
      '# Fact-check of the pier story',
      'claims:',
      '  # the lede',
      '  - text: the pier would reopen in May   # as said on Monday',
      '    status: verified # called the port office',
      "    date: '2026-03-04'",
      '',
      '    # why it is disputed',
      '    note: "The budget says 2.8 million."',
      '    reviewer: J. Park',
      '  - {text: repairs would cost 3 million euros, status: disputed}',
      '',
    ].join('\n');

    it('a no-op write returns the file byte for byte', () => {
      assert.strictEqual(write(SIDECAR, {}), SIDECAR);
    });

    it('a changed scalar keeps its quoting when it can, and nothing else moves', () => {
      const text = write(SIDECAR, { date: '2026-03-05', note: 'Budget says 2.9 million.' });
      assert.strictEqual(text, SIDECAR.replace("'2026-03-04'", "'2026-03-05'").replace('"The budget says 2.8 million."', '"Budget says 2.9 million."'));
    });

    it('a removed field takes its own comment lines and inline comment with it', () => {
      const text = write(SIDECAR, { note: null, status: null });
      assert.strictEqual(text, SIDECAR.replace('    status: verified # called the port office\n', '').replace('    # why it is disputed\n    note: "The budget says 2.8 million."\n', ''));
    });

    it('a new field goes where the documented order puts it, at the entry\'s indentation', () => {
      const text = write(SIDECAR, { claimant: 'Ana Lopes', evidence: 'transcripts/briefing.txt' });
      assert.strictEqual(text, SIDECAR.replace('    status: verified', '    claimant: Ana Lopes\n    status: verified').replace("    date: '2026", "    evidence: transcripts/briefing.txt\n    date: '2026"));
    });

    it('a flow entry is edited in flow syntax', () => {
      const text = write(SIDECAR, { status: 'false', note: 'Was 2.8.' }, { text: 'repairs would cost 3 million euros', context: '' });
      assert.ok(text.endsWith('  - {text: repairs would cost 3 million euros, status: "false", note: Was 2.8.}\n'), text);
      assert.strictEqual(parseSidecar(text).sidecar.annotations[1].status, 'false');
    });

    it('a list that grows gets the new items appended, in its own style', () => {
      const flow = write('claims:\n  - text: the pier would reopen in May\n    ignore: [loaded-verb] # ok\n', { ignore: ['loaded-verb', 'first-reference'] });
      assert.strictEqual(flow, 'claims:\n  - text: the pier would reopen in May\n    ignore: [loaded-verb, first-reference] # ok\n');
      const block = write('claims:\n  - text: the pier would reopen in May\n    ignore:\n    - loaded-verb\n', { ignore: ['loaded-verb', 'first-reference'] });
      assert.strictEqual(block, 'claims:\n  - text: the pier would reopen in May\n    ignore:\n    - loaded-verb\n    - first-reference\n');
    });

    it('new entries follow the indentation of the list they join', () => {
      for (const indent of ['', '  ', '    ']) {
        const text = `claims:\n${indent}- text: a\n`;
        assert.strictEqual(write(text, {}), `${text}${indent}- text: the pier would reopen in May\n${indent}  status: unverified\n`);
      }
      assert.strictEqual(write('claims: [] # none yet\n', {}), 'claims: [{ text: the pier would reopen in May, status: unverified }] # none yet\n');
    });

    it('an empty or missing list key, a file of comments, CRLF line ends and no final line break', () => {
      const entry = '  - text: the pier would reopen in May\n    status: unverified\n';
      assert.strictEqual(write('claims:\narticle: x.txt\n', {}), `claims:\n${entry}article: x.txt\n`);
      assert.strictEqual(write('claims: ~ # later\n', {}), `claims: # later\n${entry}`);
      assert.strictEqual(write('article: x.txt', {}), `article: x.txt\nclaims:\n${entry.slice(0, -1)}`);
      assert.strictEqual(write('# notes to come\n', {}), `# notes to come\nclaims:\n${entry}`);
      assert.strictEqual(write('claims:\r\n  - text: a\r\n', {}), `claims:\r\n  - text: a\r\n${entry.replace(/\n/g, '\r\n')}`);
    });

    it('every awkward string round-trips, plain only where it reads back the same', () => {
      for (const value of AWKWARD) {
        const text = write('claims:\n  - text: the pier would reopen in May\n', { note: value });
        const { sidecar, errors } = parseSidecar(text);
        assert.deepStrictEqual(errors, [], `${JSON.stringify(value)} → ${text}`);
        assert.strictEqual(sidecar.annotations[0].note, value, `${JSON.stringify(value)} → ${text}`);
        const flow = write('claims: [{text: the pier would reopen in May}]\n', { note: value });
        assert.strictEqual(parseSidecar(flow).sidecar.annotations[0].note, value, `${JSON.stringify(value)} → ${flow}`);
        const single = write("claims:\n  - text: the pier would reopen in May\n    note: 'x'\n", { note: value });
        assert.strictEqual(parseSidecar(single).sidecar.annotations[0].note, value, `${JSON.stringify(value)} → ${single}`);
        const block = write('claims:\n  - text: the pier would reopen in May\n    note: |\n      x\n    status: verified\n', { note: value });
        assert.strictEqual(parseSidecar(block).sidecar.annotations[0].note, value, `${JSON.stringify(value)} → ${block}`);
      }
      assert.match(write('claims:\n  - text: the pier would reopen in May\n', { note: 'plain words' }), /note: plain words\n/);
      assert.match(write('claims:\n  - text: the pier would reopen in May\n', { note: 'yes' }), /note: "yes"\n/);
    });

    it('adds a source with its aliases as a block list, keeping the registry\'s indentation', () => {
      const result = addSourceToRegistry('registry:\n- name: Ana Lopes # harbour\n', { name: 'Ben Ortiz', aliases: ['Ortiz'], title: 'City engineer: roads' });
      assert.ok('text' in result);
      assert.strictEqual(result.text, 'registry:\n- name: Ana Lopes # harbour\n- name: Ben Ortiz\n  aliases:\n    - Ortiz\n  title: "City engineer: roads"\n');
    });
  });
});
