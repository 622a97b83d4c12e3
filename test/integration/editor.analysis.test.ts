// One analysis per document version, shared by every feature, as the engine sees the
// fixture articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openArticle, sourcelight, waitFor } from './editorHelpers';

describe('The shared analysis', () => {
  it('finds the sources of the harbour article, with titles and types', async () => {
    const api = await sourcelight();
    const editor = await openArticle('harbour.article');
    const analysis = await api.getAnalysis(editor.document);
    const byName = new Map(analysis.sources.map((s) => [s.name, s]));
    assert.strictEqual(byName.get('Ines Talbot')?.type, 'person');
    assert.match(byName.get('Ines Talbot')?.title ?? '', /Commissioner/);
    assert.strictEqual(byName.get('Dario Menotti')?.type, 'person');
    assert.ok(analysis.sources.some((s) => s.type === 'anonymous' && /officials/i.test(s.name)), 'the anonymous officials');
    const talbot = byName.get('Ines Talbot')!;
    assert.ok(talbot.mentions.length >= 3, 'every "Talbot" resolves to Ines Talbot');
  });

  it('finds direct, according-to and unsourced attributions with their cues', async () => {
    const api = await sourcelight();
    const editor = await openArticle('harbour.article');
    const analysis = await api.getAnalysis(editor.document);
    const talbotId = analysis.sources.find((s) => s.name === 'Ines Talbot')!.id;
    const direct = analysis.attributions.find((a) => a.kind === 'direct' && a.sourceId === talbotId);
    assert.ok(direct, 'Talbot\'s direct quote');
    assert.match(direct.cue.text, /^told\b/);
    assert.match(direct.content.map((c) => c.text).join(' '), /eleven years/);
    const accordingTo = analysis.attributions.find((a) => a.kind === 'according-to');
    assert.match(accordingTo?.content[0].text ?? '', /40 million euros/);
    assert.ok(analysis.attributions.some((a) => a.kind === 'no-source' && a.cue.text === 'reportedly'));
  });

  it('reuses one analysis per document version', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    const first = await api.getAnalysisResult(editor.document);
    const second = await api.getAnalysisResult(editor.document);
    assert.strictEqual(first, second);
    assert.strictEqual(first.version, editor.document.version);
  });

  it('re-analyses after an edit, once typing pauses', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    const document = editor.document;
    const before = await api.getAnalysis(document);
    const analysed = waitFor(api.onDidAnalyze, (r) => r.document === document && r.version === document.version && r.version > 0, 'the edited bridge.txt to be analysed');
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\nCouncil member Tom Ashby said the bridge should have been closed sooner.\n'));
    const result = await analysed;
    assert.strictEqual(result.version, document.version);
    assert.ok(result.analysis.sources.some((s) => s.name === 'Tom Ashby'), 'the new source');
    assert.strictEqual(result.analysis.attributions.length, before.attributions.length + 1);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
