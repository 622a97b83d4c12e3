import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AnalyzedFile } from '../../src/cli/analyze';
import { lineIndex } from '../../src/cli/format';
import type { CliIo } from '../../src/cli/io';
import { run } from '../../src/cli/run';

/** An in-memory terminal and file system for `run`. */
function fakeIo(files: Record<string, string | Uint8Array>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: (file: string): Uint8Array => {
      const content = files[file];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
  return io;
}

const WIRE = [
  'SEOUL, April 15 (Yonhap) -- Foreign Minister Cho Tae-yul spoke with Secretary of State Marco Rubio on Tuesday, the ministry said.',
  '',
  '"We will cooperate closely," Rubio said.',
  '',
].join('\n');

/** Every span-shaped object (start, end, text) anywhere in a JSON value. */
function spansIn(value: unknown, found: { start: number; end: number; text: string }[] = []): typeof found {
  if (Array.isArray(value)) value.forEach((v) => spansIn(v, found));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') found.push(o as (typeof found)[number]);
    Object.values(o).forEach((v) => spansIn(v, found));
  }
  return found;
}

describe('sourcelight analyze', () => {
  it('prints one JSON object per file, in the order given, with the path as given', async () => {
    const io = fakeIo({ 'a.txt': WIRE, 'dir/b.article': 'No one said anything here.\n' });
    const code = await run(['analyze', '--json', 'a.txt', 'dir/b.article'], io);
    assert.strictEqual(code, 0);
    assert.strictEqual(io.err, '');
    const result = JSON.parse(io.out) as AnalyzedFile[];
    assert.deepStrictEqual(result.map((r) => r.file), ['a.txt', 'dir/b.article']);
    for (const key of ['attributions', 'sources', 'quotes', 'claims'] as const) assert.ok(Array.isArray(result[0][key]), key);
  });

  it('reports who said what, with the cue, content, kind and resolved source of each attribution', async () => {
    const io = fakeIo({ 'a.txt': WIRE });
    await run(['analyze', '--json', 'a.txt'], io);
    const [entry] = JSON.parse(io.out) as AnalyzedFile[];
    const rubio = entry.attributions.find((a) => a.source?.text === 'Rubio');
    assert.ok(rubio, 'the quote is attributed to Rubio');
    assert.strictEqual(rubio.cue.text, 'said');
    assert.strictEqual(rubio.kind, 'direct');
    assert.ok(rubio.content.some((c) => c.text.includes('We will cooperate closely')));
    const source = entry.sources.find((s) => s.id === rubio.sourceId);
    assert.ok(source, 'the attribution names a source listed in sources');
    assert.ok(source.mentions.some((m) => m.start === rubio.source!.start && m.text === 'Rubio'), 'the source lists the mention');
  });

  it('gives UTF-16 offsets into the UTF-8 text with the byte-order mark removed', async () => {
    const text = '“Ça va très bien 😀,” said Zoë Müller, the mayor.\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const io = fakeIo({ 'bom.txt': bytes });
    assert.strictEqual(await run(['analyze', '--json', 'bom.txt'], io), 0);
    const [entry] = JSON.parse(io.out) as AnalyzedFile[];
    assert.strictEqual(entry.length, text.length);
    const spans = spansIn(entry);
    assert.ok(spans.length > 0);
    for (const span of spans) assert.strictEqual(text.slice(span.start, span.end), span.text);
  });

  it('analyses text that is not valid UTF-8 (bad bytes become U+FFFD) instead of failing', async () => {
    const io = fakeIo({ 'bad.txt': new Uint8Array([0x22, 0xff, 0xfe, 0x22, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x68, 0x65, 0x2e]) });
    assert.strictEqual(await run(['analyze', '--json', 'bad.txt'], io), 0);
    assert.strictEqual((JSON.parse(io.out) as AnalyzedFile[])[0].length, 7 + 4 + 2);
  });

  it('says clearly which file it cannot read, exits non-zero, and still analyses the others', async () => {
    const io = fakeIo({ 'a.txt': WIRE });
    const code = await run(['analyze', '--json', 'missing.txt', 'a.txt'], io);
    assert.strictEqual(code, 1);
    assert.match(io.err, /cannot read missing\.txt: no such file/);
    assert.deepStrictEqual((JSON.parse(io.out) as AnalyzedFile[]).map((r) => r.file), ['a.txt']);
  });

  it('without --json, prints a readable account source by source, with line:column of each cue', async () => {
    const io = fakeIo({ 'a.txt': WIRE });
    assert.strictEqual(await run(['analyze', 'a.txt'], io), 0);
    assert.match(io.out, /^== a\.txt: \d+ attributions? from \d+ sources?/);
    assert.match(io.out, /^.*Rubio.* \(person.*\) — \d+ mentions?: .*Rubio/m);
    assert.match(io.out, /^ {2}3:\d+ +said \(direct\): “"We will cooperate closely,?"?/m);
  });

  it('rejects no files, unknown options and unknown commands with usage and exit code 2', async () => {
    for (const argv of [['analyze'], ['analyze', '--jsn', 'a.txt'], ['frobnicate'], []]) {
      const io = fakeIo({ 'a.txt': WIRE });
      assert.strictEqual(await run(argv, io), 2, argv.join(' '));
      assert.match(io.err, /usage: sourcelight/);
      assert.strictEqual(io.out, '');
    }
  });

  it('lists its commands on --help', async () => {
    const io = fakeIo({});
    assert.strictEqual(await run(['--help'], io), 0);
    assert.match(io.out, /analyze +show who said what/);
  });

  it('runs as a program: real files, stderr for the unreadable one, exit code 1', function () {
    const main = path.join(__dirname, '../../src/cli/main.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'story.txt'), WIRE);
      const result = spawnSync(process.execPath, [main, 'analyze', '--json', path.join(dir, 'story.txt'), path.join(dir, 'nope.txt')], { encoding: 'utf8' });
      assert.strictEqual(result.status, 1);
      assert.match(result.stderr, /cannot read .*nope\.txt: no such file/);
      assert.strictEqual((JSON.parse(result.stdout) as AnalyzedFile[]).length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('lineIndex', () => {
  it('turns UTF-16 offsets into 1-based line:column', () => {
    const at = lineIndex('ab\ncd\n\nef');
    assert.deepStrictEqual([0, 2, 3, 4, 6, 7, 9].map(at), ['1:1', '1:3', '2:1', '2:2', '3:1', '4:1', '4:3']);
  });
});
