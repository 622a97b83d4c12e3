import * as assert from 'assert';
import { addSourceToRegistry, analyzeOptionsFromConfig, defaultConfig, MAX_YAML_LENGTH, parseConfig } from '../../../src/engine/config/index';

const HOUSE = [
  '# Sourcelight house style for the Porto Herald',
  'cueVerbs: [briefed, "wrote in a memo"]',
  'loadedVerbs:',
  '  - lamented   # our style guide, 4.2',
  'registry:',
  '  # people',
  '  - name: Ana Lopes',
  '    aliases: [Lopes]',
  '    title: Harbour Master',
  '    affiliation: Port of Porto',
  '    type: person',
  '    contact: +351 000 000 000 (desk only)',
  '    notes: Prefers email before noon.',
  'severities:',
  '  unverified-claim: off',
  '  loaded-verb: error',
  '',
].join('\n');

describe('.sourcelight.yaml', () => {
  describe('reading', () => {
    it('reads cue verbs, loaded verbs, the registry and severities', () => {
      const { config, errors } = parseConfig(HOUSE);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(config.cueVerbs, ['briefed', 'wrote in a memo']);
      assert.deepStrictEqual(config.loadedVerbs, ['lamented']);
      assert.deepStrictEqual(config.registry, [
        { name: 'Ana Lopes', aliases: ['Lopes'], title: 'Harbour Master', affiliation: 'Port of Porto', type: 'person', contact: '+351 000 000 000 (desk only)', notes: 'Prefers email before noon.' },
      ]);
      assert.deepStrictEqual(config.severities, { 'unverified-claim': 'off', 'loaded-verb': 'error' });
    });

    it('gives defaults for an empty file or one with only comments', () => {
      assert.deepStrictEqual(parseConfig(''), { config: defaultConfig(), errors: [] });
      assert.deepStrictEqual(parseConfig('# nothing yet\n'), { config: defaultConfig(), errors: [] });
    });

    it('hands the analyser the cue verbs, the loaded verbs (as cues too) and the registry', () => {
      const options = analyzeOptionsFromConfig(parseConfig(HOUSE).config);
      assert.deepStrictEqual(options.cueVerbs, ['briefed', 'wrote in a memo', 'lamented']);
      assert.strictEqual(options.registry?.[0].name, 'Ana Lopes');
    });
  });

  describe('wrong types: a message at the value, and the valid parts still used', () => {
    it('registry: 5, severities: {x: loud}, an entry without a name, an unknown type', () => {
      const text = ['cueVerbs: [briefed]', 'registry: 5', 'severities: {x: loud, loaded-verb: loud, name-variant: error}', ''].join('\n');
      const { config, errors } = parseConfig(text);
      assert.deepStrictEqual(config.cueVerbs, ['briefed']);
      assert.deepStrictEqual(config.registry, []);
      assert.deepStrictEqual(config.severities, { 'name-variant': 'error' });
      assert.strictEqual(errors.length, 3);
      assert.ok(errors.every((e) => e.severity === 'warning'));
      assert.strictEqual(text.slice(errors[0].start, errors[0].end), '5');
      assert.match(errors[0].message, /registry should be a list/);
      assert.strictEqual(text.slice(errors[1].start, errors[1].end), 'x');
      assert.strictEqual(text.slice(errors[2].start, errors[2].end), 'loud');
    });

    it('keeps good registry entries next to bad ones', () => {
      const text = ['registry:', '  - name: Ana Lopes', '  - title: Nameless', '  - just a string', '  - name: Ben Ortiz', '    type: robot', ''].join('\n');
      const { config, errors } = parseConfig(text);
      assert.deepStrictEqual(config.registry.map((r) => r.name), ['Ana Lopes', 'Ben Ortiz']);
      assert.strictEqual(config.registry[1].type, undefined);
      assert.strictEqual(errors.length, 3);
    });

    it('a top level that is not a mapping', () => {
      const { config, errors } = parseConfig('- a\n- b\n');
      assert.deepStrictEqual(config, defaultConfig());
      assert.match(errors[0].message, /should be a mapping/);
    });

    it('cue verbs are literal words, never patterns', () => {
      const { config } = parseConfig('cueVerbs: ["(a+)+$", "said.*"]\n');
      assert.deepStrictEqual(config.cueVerbs, ['(a+)+$', 'said.*']);
    });
  });

  describe('malformed YAML', () => {
    it('is an error at the position of the mistake, with defaults for everything', () => {
      const text = 'cueVerbs: [briefed\nregistry:\n  - name: Ana\n';
      const { config, errors } = parseConfig(text);
      assert.deepStrictEqual(config, defaultConfig());
      assert.ok(errors.length >= 1);
      assert.strictEqual(errors[0].severity, 'error');
      assert.ok(errors[0].start > 0 && errors[0].start <= text.length);
    });

    it('duplicate keys are an error', () => {
      assert.strictEqual(parseConfig('cueVerbs: [a]\ncueVerbs: [b]\n').errors[0].severity, 'error');
    });
  });

  describe('hostile YAML is refused with a message', () => {
    it('an alias bomb', () => {
      const bomb = [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'cueVerbs: *e',
        '',
      ].join('\n');
      const { config, errors } = parseConfig(bomb);
      assert.deepStrictEqual(config, defaultConfig());
      assert.match(errors[errors.length - 1].message, /Refused: .*alias/);
    });

    it('a huge document', () => {
      const huge = `cueVerbs: [${'said, '.repeat(MAX_YAML_LENGTH / 6)}said]\n`;
      const { config, errors } = parseConfig(huge);
      assert.deepStrictEqual(config, defaultConfig());
      assert.match(errors[0].message, /Refused: .*larger than 1 MB/);
    });

    it('deeply nested flow and block collections', () => {
      assert.match(parseConfig(`registry: ${'['.repeat(10000)}${']'.repeat(10000)}\n`).errors[0].message, /Refused: .*nested/);
      let block = '';
      for (let i = 0; i < 100; i++) block += `${' '.repeat(i)}k${i}:\n`;
      assert.match(parseConfig(block).errors[0].message, /Refused: .*nested/);
    });

    it('never throws, whatever the input', () => {
      for (const text of ['\u0000', ':', '- - - -', '{', '"\\u', '&a *a', '!!binary 0', '? [a]\n: b', '%YAML 9.9\n---\na', '\ufeffa: 1', undefined as unknown as string]) {
        assert.doesNotThrow(() => parseConfig(text));
      }
    });
  });

  describe('adding a source to the registry', () => {
    it('appends the entry and keeps comments and key order', () => {
      const result = addSourceToRegistry(HOUSE, { name: 'Ben Ortiz', title: 'city engineer', type: 'person', aliases: ['Ortiz'] });
      assert.ok('text' in result);
      const text = result.text;
      for (const comment of ['# Sourcelight house style for the Porto Herald', '# our style guide, 4.2', '# people']) assert.ok(text.includes(comment), comment);
      assert.ok(text.indexOf('cueVerbs') < text.indexOf('loadedVerbs') && text.indexOf('registry') < text.indexOf('severities'));
      const { config, errors } = parseConfig(text);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(config.registry[1], { name: 'Ben Ortiz', aliases: ['Ortiz'], title: 'city engineer', type: 'person' });
      assert.deepStrictEqual(config.severities, { 'unverified-claim': 'off', 'loaded-verb': 'error' });
    });

    it('creates the content of an empty file', () => {
      const result = addSourceToRegistry('', { name: 'Ana Lopes' });
      assert.ok('text' in result);
      assert.deepStrictEqual(parseConfig(result.text).config.registry, [{ name: 'Ana Lopes' }]);
    });

    it('adds a registry to a file that has none', () => {
      const result = addSourceToRegistry('# house\nseverities:\n  loaded-verb: error\n', { name: 'Ana Lopes' });
      assert.ok('text' in result && result.text.startsWith('# house\n'));
      assert.strictEqual(parseConfig((result as { text: string }).text).config.registry.length, 1);
    });

    it('refuses malformed or hostile YAML, a registry that is not a list, and a name already registered', () => {
      assert.ok('error' in addSourceToRegistry('registry: [\n', { name: 'Ana Lopes' }));
      assert.ok('error' in addSourceToRegistry(`a: ${'['.repeat(100)}`, { name: 'Ana Lopes' }));
      assert.ok('error' in addSourceToRegistry('registry: 5\n', { name: 'Ana Lopes' }));
      const duplicate = addSourceToRegistry(HOUSE, { name: 'ana lopes' });
      assert.ok('error' in duplicate && /already in the registry/.test(duplicate.error));
      assert.ok('error' in addSourceToRegistry(HOUSE, { name: '  ' }));
    });
  });
});
