// Claim checks inside a real VS Code: Check Claims reports diagnostics with rule codes, quick
// fixes apply, annotations are written to the sidecar (comments kept) and clear
// `unverified-claim`, and a malformed `.sourcelight.yaml` is reported while the article is
// still analysed. Every wait is on an event (diagnostics, analysis), never a sleep.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClaimChecksApi } from '../../src/extension/checks/index';
import { sourcelight, waitFor, workspaceFile } from './editorHelpers';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const BRIDGE = [
  'Bridge to reopen in May',
  '',
  'Mayor Clara Wendt said on Monday that the Hale Street bridge will reopen in May.',
  '',
  '"We will not cut corners on safety," Wendt insisted.',
  '',
  'The repairs cost 3 million dollars.',
  '',
  // no speaker: not right after Wendt's quotation, which a quotation paragraph would go on
  '"The money ran out in March and nobody told the council."',
  '',
].join('\n');

const CHECKS_CONFIG = [
  '# House settings for the checks tests.',
  '# This comment must survive every write.',
  'registry:',
  '  - name: Ines Talbot # the harbour commissioner',
  '    title: Harbour Commissioner',
  '',
  '# Severities for this folder.',
  'severities:',
  '  loaded-verb: warning',
  '',
].join('\n');

const SIDECAR = [
  '# Fact-check record for bridge-check.article.',
  '# Keep this comment: the desk relies on it.',
  'claims:',
  '  # Checked with the city transport office.',
  '  - text: The repairs cost 3 million dollars',
  '    status: unverified',
  '    note: Waiting for the invoice.',
  '',
].join('\n');

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

async function read(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

function rulesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.source === 'Sourcelight').map((d) => codeOf(d) ?? '');
}

/** Waits until VS Code's diagnostics for `uri` satisfy `accept` (checked now, then on each change). */
function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const current = () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  };
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    (event) => event === undefined || (event.uris.some((u) => u.toString() === uri.toString()) && current() !== undefined),
    what,
    () => (current() ? ({ uris: [uri] } as vscode.DiagnosticChangeEvent) : undefined),
  ).then(() => vscode.languages.getDiagnostics(uri));
}

async function checksApi(): Promise<ClaimChecksApi> {
  const api = await sourcelight();
  assert.ok(api.checks, 'the claim checks registered their API');
  return api.checks;
}

describe('Claim checks', function () {
  const folder = () => workspaceFile('checks-tests');
  const article = () => vscode.Uri.joinPath(folder(), 'bridge-check.article');
  const sidecar = () => vscode.Uri.joinPath(folder(), 'bridge-check.sources.yaml');
  const config = () => vscode.Uri.joinPath(folder(), '.sourcelight.yaml');

  before(async () => {
    await write(config(), CHECKS_CONFIG);
    await write(article(), BRIDGE);
    await write(sidecar(), SIDECAR);
    // Only Check Claims checks: what appears below is the command's work.
    await vscode.workspace.getConfiguration('sourcelight').update('checks.frequency', 'manual', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('sourcelight').update('checks.frequency', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Check Claims reports the article\'s problems with rule codes that link to the rule pages', async () => {
    const checks = await checksApi();
    const document = await vscode.workspace.openTextDocument(article());
    await vscode.window.showTextDocument(document);
    const reported = diagnosticsWhere(document.uri, (d) => rulesOf(d).includes('loaded-verb'), 'Check Claims diagnostics on bridge-check.article');
    await vscode.commands.executeCommand('sourcelight.checkClaims');
    const diagnostics = await reported;
    const rules = rulesOf(diagnostics);
    assert.ok(rules.includes('loaded-verb'), `loaded-verb in ${rules}`);
    assert.ok(rules.includes('unattributed-quote'), `unattributed-quote in ${rules}`);
    assert.ok(rules.includes('unverified-claim'), `unverified-claim in ${rules}`);

    const loaded = diagnostics.find((d) => codeOf(d) === 'loaded-verb')!;
    assert.strictEqual(document.getText(loaded.range), 'insisted');
    assert.strictEqual(loaded.severity, vscode.DiagnosticSeverity.Warning);
    const target = (loaded.code as { target: vscode.Uri }).target;
    assert.match(target.toString(), /docs\/rules\/loaded-verb\.md$/);

    const quote = diagnostics.find((d) => codeOf(d) === 'unattributed-quote')!;
    assert.match(document.getText(quote.range), /money ran out/);
    assert.deepStrictEqual(rulesOf(await checks.checkDocument(document)).sort(), rules.sort(), 'the API check agrees with the command');
  });

  it('a quick fix changes a loaded verb to "said"', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    await vscode.window.showTextDocument(document);
    await (await checksApi()).checkDocument(document);
    const diagnostics = await diagnosticsWhere(document.uri, (d) => rulesOf(d).includes('loaded-verb'), 'the loaded-verb diagnostic');
    const loaded = diagnostics.find((d) => codeOf(d) === 'loaded-verb')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, loaded.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred && a.edit && /said/.test(a.title));
    assert.ok(fix, `a preferred fix to "said" among ${actions.map((a) => a.title).join(' | ')}`);
    const cleared = diagnosticsWhere(document.uri, (d) => !rulesOf(d).includes('loaded-verb') && rulesOf(d).length > 0, 'the re-check after the fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(document.getText(), /"We will not cut corners on safety," Wendt said\./);
    await cleared; // the article was checked by command, so its problems follow the edit
    await document.save();
  });

  it('offers no fix for a diagnostic of an older version of the article', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    const editor = await vscode.window.showTextDocument(document);
    await (await checksApi()).checkDocument(document);
    const diagnostics = await diagnosticsWhere(document.uri, (d) => rulesOf(d).includes('unattributed-quote'), 'the unattributed-quote diagnostic');
    const quote = diagnostics.find((d) => codeOf(d) === 'unattributed-quote')!;
    const versionBefore = document.version;
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'UPDATED: '));
    assert.ok(document.version > versionBefore);
    // The diagnostics still listed belong to the old text (the re-check waits for typing to
    // pause): no Sourcelight fix may act on them.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, quote.range, vscode.CodeActionKind.QuickFix.value);
    const ours = actions.filter((a) => a.diagnostics?.some((d) => d.source === 'Sourcelight'));
    assert.deepStrictEqual(ours.map((a) => a.title), []);
    await vscode.commands.executeCommand('undo');
    await document.save();
    assert.ok(!document.getText().startsWith('UPDATED: '));
  });

  it('Mark Claim Verified writes the sidecar, keeps its comments, and clears unverified-claim', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    const editor = await vscode.window.showTextDocument(document);
    await (await checksApi()).checkDocument(document);
    const before = await diagnosticsWhere(document.uri, (d) => rulesOf(d).includes('unverified-claim'), 'unverified-claim diagnostics');
    const offset = document.getText().indexOf('the Hale Street bridge');
    const bridgeClaim = before.find((d) => codeOf(d) === 'unverified-claim' && d.range.contains(document.positionAt(offset)));
    assert.ok(bridgeClaim, 'the bridge claim is unverified before');
    const unverifiedBefore = rulesOf(before).filter((r) => r === 'unverified-claim').length;

    editor.selection = new vscode.Selection(document.positionAt(offset + 5), document.positionAt(offset + 5));
    const cleared = diagnosticsWhere(
      document.uri,
      (d) => rulesOf(d).filter((r) => r === 'unverified-claim').length === unverifiedBefore - 1,
      'one unverified-claim fewer',
    );
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markVerified');
    assert.ok(result?.ok, `marked verified (${result?.error})`);
    const after = await cleared;
    assert.ok(
      !after.some((d) => codeOf(d) === 'unverified-claim' && d.range.contains(document.positionAt(offset))),
      'the bridge claim is no longer reported',
    );

    const yaml = await read(sidecar());
    for (const line of SIDECAR.split('\n').filter((l) => l.trimStart().startsWith('#'))) {
      assert.ok(yaml.includes(line), `comment kept: ${line}`);
    }
    assert.ok(yaml.includes('note: Waiting for the invoice.'), 'the existing entry is kept');
    assert.match(yaml, /- text: (that )?the Hale Street bridge will reopen in May[\s\S]*?status: verified/, yaml);
    assert.match(yaml, /date: \d{4}-\d{2}-\d{2}/);

    // The edit went through a WorkspaceEdit on the sidecar's document: it can be undone there.
    const sidecarDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sidecar().toString());
    assert.ok(sidecarDocument, 'the sidecar was edited as a document');
    assert.strictEqual(sidecarDocument.getText(), yaml);
    assert.ok(!sidecarDocument.isDirty, 'and saved');
  });

  it('Add Note to Claim records the note without a prompt when given one', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    await vscode.window.showTextDocument(document);
    const api = await sourcelight();
    const analysis = await api.getAnalysis(document);
    const claim = analysis.claims.find((c) => /3 million dollars/.test(c.span.text));
    assert.ok(claim, 'the repairs claim');
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('sourcelight.addNote', {
      uri: document.uri.toString(),
      claimId: claim.id,
      version: document.version,
      note: 'Invoice received: 2.96 million.',
    });
    assert.ok(result.ok);
    const yaml = await read(sidecar());
    assert.match(yaml, /note: "?Invoice received: 2\.96 million\."?/);
    assert.ok(yaml.includes('# Checked with the city transport office.'));
  });

  it('refuses a claim command whose article changed since it was offered', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('sourcelight.markFalse', {
      uri: document.uri.toString(),
      claimId: 'c1',
      version: document.version - 1,
    });
    assert.strictEqual(result.ok, false);
    assert.ok(!(await read(sidecar())).includes('status: false'));
  });

  it('Go to Next Unverified Claim selects the next claim not marked verified', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const claim = await vscode.commands.executeCommand<{ span: { start: number; end: number; text: string } }>('sourcelight.nextUnverifiedClaim');
    assert.ok(claim, 'a claim was found');
    assert.ok(!/Hale Street bridge/.test(claim.span.text), 'the verified claim is skipped');
    assert.strictEqual(document.offsetAt(editor.selection.start), claim.span.start);
    assert.strictEqual(document.offsetAt(editor.selection.end), claim.span.end);
  });

  it('Add Source to Registry writes the source into .sourcelight.yaml, keeping its comments', async () => {
    const document = await vscode.workspace.openTextDocument(article());
    const editor = await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf('Clara Wendt');
    editor.selection = new vscode.Selection(document.positionAt(offset + 2), document.positionAt(offset + 2));
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.addSourceToRegistry');
    assert.ok(result.ok, result.error);
    const yaml = await read(config());
    assert.match(yaml, /- name: Clara Wendt/);
    for (const line of CHECKS_CONFIG.split('\n').filter((l) => l.includes('#'))) assert.ok(yaml.includes(line), `kept: ${line}`);
    const again = await vscode.commands.executeCommand<{ ok: boolean }>('sourcelight.addSourceToRegistry');
    assert.strictEqual(again.ok, false, 'a registered source is not added twice');
  });

  it('a malformed .sourcelight.yaml gets a diagnostic where the error is, and the article is still analysed', async () => {
    const checks = await checksApi();
    const api = await sourcelight();
    const broken = workspaceFile('checks-malformed');
    const brokenConfig = vscode.Uri.joinPath(broken, '.sourcelight.yaml');
    const text = ['# Broken on purpose.', 'registry:', '  - name: Clara Wendt', '    aliases: [Wendt', 'severities:', '  loaded-verb: error', ''].join('\n');
    await write(brokenConfig, text);
    const brokenArticle = vscode.Uri.joinPath(broken, 'story.article');
    await write(brokenArticle, BRIDGE);
    const reported = diagnosticsWhere(brokenConfig, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'a diagnostic on the malformed .sourcelight.yaml');
    const document = await vscode.workspace.openTextDocument(brokenArticle);
    await vscode.window.showTextDocument(document);
    const [problem] = (await reported).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(problem.range.start.line >= 3, `at or after the unclosed flow sequence (line ${problem.range.start.line + 1}: ${problem.message})`);
    assert.deepStrictEqual(checks.yamlDiagnostics(brokenConfig).length > 0, true);

    const analysis = await api.getAnalysis(document);
    assert.ok(analysis.sources.some((s) => s.name === 'Clara Wendt'), 'the article is analysed with the defaults');
    const diagnostics = await checks.checkDocument(document);
    const loaded = diagnostics.find((d) => codeOf(d) === 'loaded-verb');
    assert.ok(loaded, 'checks still run');
    assert.strictEqual(loaded.severity, vscode.DiagnosticSeverity.Warning, 'the broken file\'s severities are not used');
    assert.strictEqual(await read(brokenConfig), text, 'the malformed file is never rewritten');
  });

  it('Check Claims in Workspace checks every article file, opened or not', async () => {
    const result = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('sourcelight.checkWorkspace');
    assert.strictEqual(result.cancelled, false);
    assert.ok(result.files >= 4, `${result.files} files checked`);
    const bridge = workspaceFile('bridge.txt');
    assert.ok(rulesOf(vscode.languages.getDiagnostics(bridge)).length > 0, 'bridge.txt has its problems listed');
    const transcript = workspaceFile('evidence/harbour-press-conference.txt');
    assert.strictEqual(rulesOf(vscode.languages.getDiagnostics(transcript)).length, 0, 'evidence files are not checked as articles');
  });

  it('Show Source Audit draws the sourcing of the article under a strict CSP', async () => {
    const checks = await checksApi();
    const document = await vscode.workspace.openTextDocument(article());
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('sourcelight.showSourceAudit');
    const html = checks.sourceAuditHtml ?? '';
    assert.match(html, /Source Audit: bridge-check\.article/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /Clara Wendt/);
    assert.doesNotMatch(html, /https?:\/\//);
  });
});

describe('Claim annotations never lose the newsroom\'s work', function () {
  const folder = () => workspaceFile('checks-sidecars');
  const ARTICLE = [
    'Council member Tom Ashby said the council approved the budget on Tuesday.',
    '',
    'Ashby said the vote was 6-3.',
    '',
  ].join('\n');

  before(async () => {
    await vscode.workspace.getConfiguration('sourcelight').update('checks.frequency', 'manual', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('sourcelight').update('checks.frequency', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function claimArgs(article: vscode.Uri, pattern: RegExp) {
    const api = await sourcelight();
    const document = await vscode.workspace.openTextDocument(article);
    const analysis = await api.getAnalysis(document);
    const claim = analysis.claims.find((c) => pattern.test(c.span.text));
    assert.ok(claim, `a claim matching ${pattern}`);
    return { uri: document.uri.toString(), claimId: claim.id, version: document.version };
  }

  it('refuses to rewrite a malformed sidecar, and says why', async () => {
    const article = vscode.Uri.joinPath(folder(), 'malformed.article');
    const sidecar = vscode.Uri.joinPath(folder(), 'malformed.sources.yaml');
    const broken = '# half-edited by hand\nclaims:\n  - text: "the council approved the budget\n    status: [verified\n';
    await write(article, ARTICLE);
    await write(sidecar, broken);
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markVerified', await claimArgs(article, /approved the budget/));
    assert.strictEqual(result.ok, false);
    assert.match(result.error ?? '', /not changed/i);
    assert.strictEqual(await read(sidecar), broken, 'byte for byte as it was');
  });

  it('leaves a huge sidecar unread and unwritten, with a message', async () => {
    const checks = await checksApi();
    const article = vscode.Uri.joinPath(folder(), 'huge.article');
    const sidecar = vscode.Uri.joinPath(folder(), 'huge.sources.yaml');
    const huge = `# pasted by mistake\nclaims:\n${'  - text: filler claim text that goes on and on\n'.repeat(100_000)}`;
    await write(article, ARTICLE);
    await write(sidecar, huge);
    const reported = diagnosticsWhere(sidecar, (d) => d.some((x) => /MB/.test(x.message)), 'the too-large message on the sidecar');
    await checks.checkDocument(await vscode.workspace.openTextDocument(article));
    await reported;
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markVerified', await claimArgs(article, /approved the budget/));
    assert.strictEqual(result.ok, false);
    assert.match(result.error ?? '', /MB/);
    assert.strictEqual((await vscode.workspace.fs.stat(sidecar)).size, huge.length, 'untouched');
  });

  it('adds to a sidecar with unsaved edits instead of overwriting them, and saves nothing of the user\'s', async () => {
    const article = vscode.Uri.joinPath(folder(), 'dirty.article');
    const sidecar = vscode.Uri.joinPath(folder(), 'dirty.sources.yaml');
    const onDisk = '# desk notes\nclaims: []\n';
    await write(article, ARTICLE);
    await write(sidecar, onDisk);
    const sidecarDocument = await vscode.workspace.openTextDocument(sidecar);
    const editor = await vscode.window.showTextDocument(sidecarDocument);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# typed by the editor, not saved yet\n'));
    assert.ok(sidecarDocument.isDirty);

    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markDisputed', await claimArgs(article, /6-3/));
    assert.ok(result.ok, result.error);
    const text = sidecarDocument.getText();
    assert.ok(text.startsWith('# typed by the editor, not saved yet\n# desk notes\n'), text);
    assert.match(text, /status: disputed/);
    assert.ok(sidecarDocument.isDirty, 'still the user\'s to save');
    assert.strictEqual(await read(sidecar), onDisk, 'the file on disk is untouched');

    // Sourcelight's change is an ordinary edit of the buffer: one undo removes it.
    await vscode.window.showTextDocument(sidecarDocument);
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(sidecarDocument.getText(), /status: disputed/);
    assert.ok(sidecarDocument.getText().startsWith('# typed by the editor, not saved yet\n'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('asks to save an untitled article before annotating it', async () => {
    const api = await sourcelight();
    const document = await vscode.workspace.openTextDocument({ language: 'news-article', content: ARTICLE });
    const claim = (await api.getAnalysis(document)).claims[0];
    assert.ok(claim, 'the untitled article has a claim');
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markVerified', { uri: document.uri.toString(), claimId: claim.id, version: document.version });
    assert.strictEqual(result.ok, false);
    assert.match(result.error ?? '', /Save the article first/);
  });

  it('creates a sidecar for an article that has none', async () => {
    const article = vscode.Uri.joinPath(folder(), 'fresh.article');
    const sidecar = vscode.Uri.joinPath(folder(), 'fresh.sources.yaml');
    await write(article, ARTICLE);
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markVerified', await claimArgs(article, /approved the budget/));
    assert.ok(result.ok, result.error);
    const yaml = await read(sidecar);
    assert.match(yaml, /^#/, 'a header comment explains the file');
    assert.match(yaml, /claims:\n\s+- text: the council approved the budget on Tuesday\n[\s\S]*status: verified/);
  });

  it('reports an annotation whose claim was deleted as orphaned on the sidecar, and keeps it', async () => {
    const checks = await checksApi();
    const article = vscode.Uri.joinPath(folder(), 'orphan.article');
    const sidecar = vscode.Uri.joinPath(folder(), 'orphan.sources.yaml');
    const yaml = '# kept on purpose\nclaims:\n  - text: the mayor resigned on Friday\n    status: verified\n';
    await write(article, ARTICLE);
    await write(sidecar, yaml);
    const reported = diagnosticsWhere(sidecar, (d) => d.some((x) => /orphaned/i.test(x.message)), 'the orphaned annotation warning');
    await checks.checkDocument(await vscode.workspace.openTextDocument(article));
    const [warning] = (await reported).filter((d) => /orphaned/i.test(d.message));
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(warning.range.start.line, 2, 'on the orphaned entry');
    assert.strictEqual(await read(sidecar), yaml);
  });

  it('takes rule severities from the settings over .sourcelight.yaml', async () => {
    const checks = await checksApi();
    const article = vscode.Uri.joinPath(folder(), 'severity.article');
    await write(article, 'Council member Tom Ashby insisted the vote was fair.\n');
    const document = await vscode.workspace.openTextDocument(article);
    const before = (await checks.checkDocument(document)).find((d) => codeOf(d) === 'loaded-verb');
    assert.strictEqual(before?.severity, vscode.DiagnosticSeverity.Warning, 'the fixture .sourcelight.yaml says warning');
    const settings = vscode.workspace.getConfiguration('sourcelight');
    await settings.update('checks.severity', { 'loaded-verb': 'error', 'unverified-claim': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      const after = await checks.checkDocument(document);
      assert.strictEqual(after.find((d) => codeOf(d) === 'loaded-verb')?.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(!rulesOf(after).includes('unverified-claim'), 'a rule set to off reports nothing');
    } finally {
      await settings.update('checks.severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('Hover cards with the newsroom\'s annotations', () => {
  it('show the registry entry over a source and the verification over a cue', async () => {
    const api = await sourcelight();
    const article = workspaceFile('harbour.article');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    await api.checks!.checkDocument(document); // reads the sidecar and .sourcelight.yaml
    const text = document.getText();
    const hoverAt = async (offset: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, document.positionAt(offset));
      return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    };
    const overSource = await hoverAt(text.indexOf('Ines Talbot') + 2);
    assert.match(overSource, /Source registry/);
    assert.match(overSource, /Contact: press office/);
    assert.match(overSource, /claims? verified/);
    const cue = text.indexOf('said the dredging will begin');
    const overCue = await hoverAt(cue + 1);
    assert.match(overCue, /Verified\*\* by N\. Ferrante on 2026-03-02/);
    assert.match(overCue, /Go to evidence/);
  });
});

describe('Claim checks as the reporter works', () => {
  const folder = () => workspaceFile('checks-typing');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('check while typing by default, after a short pause', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('sourcelight').get('checks.frequency'), 'onType');
    const article = vscode.Uri.joinPath(folder(), 'typing.article');
    await write(article, 'Council member Tom Ashby said the vote was fair.\n');
    const document = await vscode.workspace.openTextDocument(article);
    const editor = await vscode.window.showTextDocument(document);
    const flagged = diagnosticsWhere(document.uri, (d) => rulesOf(d).includes('loaded-verb'), 'loaded-verb after typing');
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), 'Ashby insisted the count was right.\n'));
    const diagnostics = await flagged;
    assert.ok(!rulesOf(diagnostics).includes('unverified-claim'), 'no pre-publication flood while typing in an untracked article');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a quotation that is not in its evidence file word for word points to the closest passage there', async () => {
    const checks = await checksApi();
    const article = vscode.Uri.joinPath(folder(), 'quote.article');
    await write(article, '"Nobody in that room has ever pulled a net out of this water," Dario Menotti said.\n');
    await write(vscode.Uri.joinPath(folder(), 'evidence', 'menotti.txt'), 'Interview notes, March 2.\n\nDM: Nobody in that room has ever pulled a net from this water.\n');
    const api = await sourcelight();
    const document = await vscode.workspace.openTextDocument(article);
    const claim = (await api.getAnalysis(document)).claims.find((c) => /Nobody/.test(c.span.text));
    assert.ok(claim, 'the quote is a claim');
    await write(vscode.Uri.joinPath(folder(), 'quote.sources.yaml'), `claims:\n  - text: ${JSON.stringify(claim.span.text)}\n    status: unverified\n    evidence: evidence/menotti.txt\n`);
    const mismatch = (await checks.checkDocument(document)).find((d) => codeOf(d) === 'quote-mismatch');
    assert.ok(mismatch, 'quote-mismatch reported');
    assert.match(mismatch.message, /from this water/);
    const passage = mismatch.relatedInformation?.find((r) => r.location.uri.path.endsWith('/evidence/menotti.txt'));
    assert.ok(passage, 'a related location in the evidence file');
    assert.strictEqual(passage.location.range.start.line, 2);
  });

  it('a claim in the Claims view can be marked from its context menu, and shows its status there', async () => {
    const api = await sourcelight();
    const article = vscode.Uri.joinPath(folder(), 'tree.article');
    await write(article, 'Mayor Clara Wendt said the bridge will reopen in May.\n');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    const shown = () => api.claimTree.document === document && api.claimTree.version === document.version;
    await waitFor(api.claimTree.onDidChange, shown, 'the Claims view to show tree.article', () => (shown() ? { document, version: document.version } : undefined));
    const claimNode = api.claimTree.getRoots().flatMap((root) => api.claimTree.getChildren(root)).find((node) => node.type === 'claim');
    assert.ok(claimNode, 'a claim in the view');
    assert.strictEqual(api.claimTree.getTreeItem(claimNode).contextValue, 'claim');

    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>('sourcelight.markDisputed', claimNode);
    assert.ok(result.ok, result.error);
    assert.match(await read(vscode.Uri.joinPath(folder(), 'tree.sources.yaml')), /status: disputed/);
    const item = api.claimTree.getTreeItem(claimNode);
    assert.match(String(item.description), /disputed/);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'warning');
  });

  it('"Ignore for this claim" records the rule in the sidecar and the finding goes away', async () => {
    const checks = await checksApi();
    const article = vscode.Uri.joinPath(folder(), 'ignore.article');
    await write(article, 'Mayor Clara Wendt said on Monday that the budget is balanced.\n\nWendt insisted the audit was clean.\n');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    const loaded = (await checks.checkDocument(document)).find((d) => codeOf(d) === 'loaded-verb');
    assert.ok(loaded, 'a loaded verb to ignore');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, loaded.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => /Ignore loaded-verb for this claim/.test(a.title));
    assert.ok(ignore?.command, `an ignore action among ${actions.map((a) => a.title).join(' | ')}`);
    const gone = diagnosticsWhere(document.uri, (d) => !rulesOf(d).includes('loaded-verb') && rulesOf(d).length > 0, 'loaded-verb to be ignored');
    const result = await vscode.commands.executeCommand<{ ok: boolean; error?: string }>(ignore.command.command, ...(ignore.command.arguments ?? []));
    assert.ok(result.ok, result.error);
    await gone;
    assert.match(await read(vscode.Uri.joinPath(folder(), 'ignore.sources.yaml')), /ignore:\s*\n?\s*-?\s*\[?loaded-verb/);
  });
});
