import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckedFile } from '../../../src/cli/check';
import { nodeIo, type CliIo } from '../../../src/cli/io';
import { run } from '../../../src/cli/run';
import { RULE_IDS } from '../../../src/engine/checks/index';

const folders: string[] = [];

/** Real files in a temporary newsroom folder; captured output. */
function newsroom(files: Record<string, string>): { root: string; io: CliIo & { out: string; err: string } } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-check-'));
  folders.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    readFile: nodeIo.readFile,
  };
  return { root, io };
}

// Written for these tests: a wire story with a caption pasted twice, quotes attributed
// before, after and with "according to", and a loaded verb.
const STORY = [
  'Harbour Commissioner Ines Talbot (left) and Mayor Paolo Rinaldi tour the pier in Valmere on March 2, 2026. (Valmere Port Authority)',
  'Harbour Commissioner Ines Talbot (left) and Mayor Paolo Rinaldi tour the pier in Valmere on March 2, 2026. (Valmere Port Authority)',
  '',
  'Harbour Commissioner Ines Talbot said on Monday that the pier would reopen in May, the port authority said.',
  '',
  '"The commissioner called for the repairs to be finished before the summer season," the port authority said in a press release.',
  '',
  'Mayor Paolo Rinaldi claimed the city had paid its share.',
  '',
  'Rinaldi reiterated that the town would not raise harbour fees, "whatever the final cost of the works," according to Talbot.',
  '',
].join('\n');

const CONFIG = '# house settings\nseverities:\n  unverified-claim: off\n';

describe('sourcelight check', () => {
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('prints path:line:col severity rule message, and exits 0 when nothing is an error', async () => {
    const { root, io } = newsroom({ '.sourcelight.yaml': CONFIG, 'desk/story.txt': STORY });
    const file = path.join(root, 'desk/story.txt');
    const code = await run(['check', file], io);
    assert.strictEqual(code, 0, io.err);
    const lines = io.out.trim().split('\n');
    assert.ok(lines.includes(`${file}:2:1 warning duplicate-paragraph This paragraph repeats paragraph 1 word for word: "Harbour Commissioner Ines Talbot (left) and Mayor…".`), io.out);
    assert.ok(lines.some((l) => l.startsWith(`${file}:8:21 warning loaded-verb "claimed"`)), io.out);
    assert.ok(!io.out.includes('unattributed-quote'), 'attributed quotations are not flagged');
    assert.ok(!io.out.includes('unverified-claim'), 'the rule is off in the parent folder\'s .sourcelight.yaml');
    assert.match(lines[lines.length - 1], /^\d+ findings? in 1 file \(0 error, \d+ warning/);
  });

  it('exits 1 when a finding is an error (severity from .sourcelight.yaml)', async () => {
    const { root, io } = newsroom({ '.sourcelight.yaml': 'severities:\n  duplicate-paragraph: error\n', 'story.txt': STORY });
    assert.strictEqual(await run(['check', path.join(root, 'story.txt')], io), 1);
    assert.match(io.out, /error duplicate-paragraph/);
  });

  it('reads the sidecar: verified claims are quiet, misquotes against evidence are errors, orphans are reported', async () => {
    const sidecar = [
      '# desk record',
      'claims:',
      '  - text: the pier would reopen in May',
      '    status: verified',
      '  - text: \'"The commissioner called for the repairs to be finished before the summer season,"\'',
      '    status: verified',
      '    evidence: evidence/release.txt',
      '  - text: The pier has never closed before',
      '    status: verified',
      '',
    ].join('\n');
    const { root, io } = newsroom({
      '.sourcelight.yaml': CONFIG.replace('off', 'information'),
      'story.txt': STORY,
      'story.sources.yaml': sidecar,
      'evidence/release.txt': 'VALMERE PORT AUTHORITY\nThe commissioner asked for the repairs to be finished before the summer season.\n',
    });
    const code = await run(['check', '--format', 'json', path.join(root, 'story.txt')], io);
    assert.strictEqual(code, 1);
    const [result] = JSON.parse(io.out) as CheckedFile[];
    assert.strictEqual(result.sidecar, path.join(root, 'story.sources.yaml'));
    const unverified = result.findings.filter((f) => f.rule === 'unverified-claim').map((f) => STORY.slice(f.start, f.end));
    assert.ok(!unverified.includes('that the pier would reopen in May'), 'the verified claim is not reported');
    assert.ok(unverified.some((t) => t.startsWith('Harbour Commissioner Ines Talbot said')), "the port authority's claim around it still is");
    const mismatch = result.findings.find((f) => f.rule === 'quote-mismatch');
    assert.ok(mismatch, 'the misquote is reported');
    assert.strictEqual(mismatch.severity, 'error');
    assert.strictEqual(mismatch.data?.closestPassage, 'The commissioner asked for the repairs to be finished before the summer season.');
    assert.strictEqual(mismatch.line, 6);
    const orphan = result.problems.find((p) => /Orphaned/.test(p.message));
    assert.ok(orphan && orphan.file.endsWith('story.sources.yaml') && orphan.line === 8);
  });

  it('reads evidence only inside the newsroom folder', async () => {
    const { root, io } = newsroom({
      'outside/secret.txt': 'The commissioner called for the repairs to be finished before the summer season.',
      'desk/.sourcelight.yaml': CONFIG,
      'desk/story.txt': STORY,
      'desk/story.sources.yaml': 'claims:\n  - text: \'"The commissioner called for the repairs to be finished before the summer season,"\'\n    status: verified\n    evidence: ../outside/secret.txt\n',
    });
    assert.strictEqual(await run(['check', path.join(root, 'desk/story.txt')], io), 1);
    assert.match(io.out, /quote-mismatch The evidence file "..\/outside\/secret.txt" named for this claim could not be read/);
  });

  it('writes SARIF 2.1.0 with every rule, its documentation link, and results at their lines', async () => {
    const { root, io } = newsroom({ 'story.txt': STORY });
    assert.strictEqual(await run(['check', '--format=sarif', path.join(root, 'story.txt')], io), 0);
    const log = JSON.parse(io.out);
    assert.strictEqual(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.strictEqual(driver.name, 'Sourcelight');
    assert.deepStrictEqual(driver.rules.map((r: { id: string }) => r.id).sort(), [...RULE_IDS].sort());
    for (const rule of driver.rules) assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
    const results = log.runs[0].results;
    const duplicate = results.find((r: { ruleId: string }) => r.ruleId === 'duplicate-paragraph');
    assert.strictEqual(duplicate.level, 'warning');
    assert.strictEqual(driver.rules[duplicate.ruleIndex].id, 'duplicate-paragraph');
    assert.strictEqual(duplicate.locations[0].physicalLocation.region.startLine, 2);
    assert.ok(results.every((r: { level: string }) => ['error', 'warning', 'note'].includes(r.level)));
  });

  it('reports a malformed .sourcelight.yaml at its line, still checks with defaults, and exits 1', async () => {
    const { root, io } = newsroom({ '.sourcelight.yaml': 'severities:\n  loaded-verb: [error\n', 'story.txt': STORY });
    assert.strictEqual(await run(['check', path.join(root, 'story.txt')], io), 1);
    assert.match(io.out, new RegExp(`${path.join(root, '.sourcelight.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error yaml`));
    assert.match(io.out, /warning loaded-verb/);
  });

  it('reports an unreadable file, checks the others, and exits 1', async () => {
    const { root, io } = newsroom({ 'story.txt': STORY });
    const code = await run(['check', path.join(root, 'missing.txt'), path.join(root, 'story.txt')], io);
    assert.strictEqual(code, 1);
    assert.match(io.err, /cannot read .*missing\.txt: no such file/);
    assert.match(io.out, /duplicate-paragraph/);
  });

  it('skips Sourcelight YAML files given as articles', async () => {
    const { root, io } = newsroom({ 'story.txt': STORY, 'story.sources.yaml': 'claims: []\n' });
    assert.strictEqual(await run(['check', path.join(root, 'story.sources.yaml'), path.join(root, 'story.txt')], io), 0);
    assert.match(io.err, /skipping .*story\.sources\.yaml/);
    assert.match(io.out, /in 1 file/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'a.txt'], ['check', '--loud', 'a.txt'], ['check', '--format']]) {
      const { io } = newsroom({});
      assert.strictEqual(await run(args, io), 2, args.join(' '));
      assert.match(io.err, /usage: sourcelight check/);
    }
  });
});
