// One analysis per document version, shared by every feature, as the engine sees the
// fixture articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openArticle, sourcelight, waitFor, workspaceFile } from './editorHelpers';

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

  it('re-analyses only the paragraph an edit touches', async () => {
    const api = await sourcelight();
    const editor = await openArticle('harbour.article');
    const document = editor.document;
    await api.getAnalysis(document);
    const offset = document.getText().indexOf('The fishing cooperatives remain opposed.');
    const analysed = waitFor(api.onDidAnalyze, (r) => r.document === document && r.version === document.version, 'the edited harbour.article to be analysed');
    await editor.edit((edit) => edit.insert(document.positionAt(offset), 'Meanwhile, '));
    const result = await analysed;
    assert.ok(result.stats, 'an incremental run');
    assert.ok(result.stats.analyzed <= 2, `analysed ${result.stats.analyzed} paragraphs`);
    assert.ok(result.stats.reused >= result.stats.paragraphs - 2, `reused ${result.stats.reused} of ${result.stats.paragraphs}`);
    assert.ok(result.analysis.sources.some((s) => s.name === 'Dario Menotti'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('analyses a window of a file past sourcelight.largeFile.maxSize and says so in the status bar', async () => {
    const api = await sourcelight();
    const config = vscode.workspace.getConfiguration('sourcelight');
    const paragraph = 'Mayor Clara Wendt said the bridge will reopen in May, according to the city.\n\n';
    const uri = workspaceFile('long-archive.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(paragraph.repeat(800)));
    await config.update('largeFile.maxSize', 20_000, vscode.ConfigurationTarget.Global);
    try {
      const editor = await openArticle('long-archive.txt');
      const result = await api.getAnalysisResult(editor.document);
      assert.ok(result.window, 'only a window was analysed');
      assert.ok(result.window.end - result.window.start <= 20_000);
      assert.strictEqual(result.analysis.length, editor.document.getText().length);
      for (const attribution of result.analysis.attributions) {
        assert.ok(attribution.cue.start >= result.window.start && attribution.cue.end <= result.window.end);
        assert.strictEqual(editor.document.getText(new vscode.Range(editor.document.positionAt(attribution.cue.start), editor.document.positionAt(attribution.cue.end))), attribution.cue.text);
      }
      assert.match(api.statusBarText ?? '', /partial/);

      // Typing inside the window re-analyses only what the edit reaches.
      const document = editor.document;
      const analysed = waitFor(api.onDidAnalyze, (r) => r.document === document && r.version === document.version, 'the edited large file to be analysed');
      await editor.edit((edit) => edit.insert(document.positionAt(result.window!.start + paragraph.length + 6), 'Deputy '));
      const edited = await analysed;
      assert.strictEqual(edited.window?.start, result.window.start);
      assert.ok(edited.stats && edited.stats.analyzed <= 2 && edited.stats.reused > 0, JSON.stringify(edited.stats));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await config.update('largeFile.maxSize', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
