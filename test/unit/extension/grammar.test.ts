// The news-article TextMate grammar and the manifest that wires it, checked without VS Code:
// each rule's regular expression is compiled as JavaScript (Oniguruma's `\A` becomes `^`)
// and run on the lines it is written for.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const repository = grammar.repository;

function regex(source: string): RegExp {
  return new RegExp(source.replace(/\\A/g, '^'));
}

describe('the news-article grammar', () => {
  it('compiles every pattern', () => {
    const sources: string[] = [];
    const collect = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') sources.push(value);
          else collect(value);
        }
      }
    };
    collect(grammar);
    assert.ok(sources.length >= 8);
    for (const source of sources) assert.doesNotThrow(() => regex(source), source);
  });

  it('reads the first line as the headline', () => {
    assert.strictEqual(regex(repository.headline.match).exec('Port authority approves dredging')?.[1], 'Port authority approves dredging');
  });

  it('reads datelines with place, date and wire credit', () => {
    const dateline = regex(repository.dateline.begin);
    const wire = dateline.exec('SEOUL, May 20 (Yonhap) -- South Korea said ...')!;
    assert.deepStrictEqual([wire[1], wire[3], wire[4], wire[5]], ['SEOUL', 'May 20', '(Yonhap)', '--']);
    const dash = dateline.exec('NORTHFIELD, Oct. 14 — The council voted')!;
    assert.deepStrictEqual([dash[1], dash[3], dash[5]], ['NORTHFIELD', 'Oct. 14', '—']);
    const noDate = dateline.exec('WASHINGTON (AP) -- The Senate')!;
    assert.deepStrictEqual([noDate[1], noDate[4]], ['WASHINGTON', '(AP)']);
    assert.strictEqual(dateline.exec('NEW YORK, March 3 (Coastline News) -- x')?.[1], 'NEW YORK');
  });

  it('does not mistake an ordinary sentence for a dateline', () => {
    const dateline = regex(repository.dateline.begin);
    assert.strictEqual(dateline.exec('The minister said -- and meant it -- that talks would resume.'), null);
    assert.strictEqual(dateline.exec('Officials, May 20, said'), null);
  });

  it('reads bylines', () => {
    assert.strictEqual(regex(repository.byline.match).exec('By Nadia Ferrante')?.[2], 'Nadia Ferrante');
    assert.strictEqual(regex(repository.byline.match).exec('Bystanders said'), null);
  });

  it('marks cue words and phrases, whole words only', () => {
    const cue = new RegExp(regex(repository.cue.match).source, 'g');
    const found = 'Talbot told reporters that, according to the office, he said so; saidx and unsaid are not cues.'.match(cue);
    assert.deepStrictEqual(found, ['told reporters', 'according to', 'said']);
  });

  it('marks credits in parentheses', () => {
    const [named, trailing] = repository.credit.patterns.map((p: { match: string }) => regex(p.match));
    assert.ok(named.test('SEOUL (Yonhap) --'));
    assert.ok(trailing.test('A dredger waits at the entrance. (Valmere Port Authority)'));
    assert.ok(!trailing.test('The authority (which met on Monday) agreed.'));
    assert.ok(!trailing.test('(END)'));
    assert.ok(!trailing.test('The council meets again in May. (2nd LD)'));
    assert.ok(trailing.test('The council met on Monday. (Endeavour Press)'));
  });

  it('opens a straight quotation only where a quote can start', () => {
    const straight = regex(repository.quote.patterns[1].begin);
    assert.ok(straight.test('"We waited," she said.'));
    assert.ok(!straight.test('a 12" pipe'));
  });
});

describe('the manifest', () => {
  it('maps .article files to the news-article language and its grammar', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news-article');
    assert.deepStrictEqual(language.extensions, ['.article']);
    assert.ok(fs.existsSync(path.join(ROOT, language.configuration)));
    const entry = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'news-article');
    assert.strictEqual(entry.scopeName, grammar.scopeName);
    assert.ok(fs.existsSync(path.join(ROOT, entry.path)));
  });

  it('puts every command in the Sourcelight category', () => {
    for (const command of manifest.contributes.commands) {
      assert.strictEqual(command.category, 'Sourcelight', command.command);
      assert.match(command.command, /^sourcelight\.[a-z][A-Za-z]+$/);
    }
  });

  it('gives every setting a default, a markdown description and a scope', () => {
    const properties = manifest.contributes.configuration.properties ?? {};
    for (const [name, setting] of Object.entries<Record<string, unknown>>(properties)) {
      assert.match(name, /^sourcelight\./);
      assert.ok('default' in setting, `${name} has a default`);
      assert.ok(typeof setting.markdownDescription === 'string', `${name} has a markdown description`);
      assert.ok(typeof setting.scope === 'string', `${name} has a scope`);
    }
  });

  it('defines every colour for light, dark and both high-contrast themes', () => {
    for (const color of manifest.contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.match(color.defaults[theme], /^#[0-9A-Fa-f]{6,8}$/, `${color.id} ${theme}`);
    }
  });

  it('ships a 128x128 PNG icon and the activity bar icon', () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.strictEqual(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(fs.existsSync(path.join(ROOT, manifest.contributes.viewsContainers.activitybar[0].icon)));
  });

  it('declares limited support in untrusted workspaces and support for virtual workspaces', () => {
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(manifest.capabilities.untrustedWorkspaces.description);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, true);
  });
});
