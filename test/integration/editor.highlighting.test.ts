// Attribution highlighting: drawn in every visible editor of an article, toggled off and on.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeStatus } from '../../src/extension/model/statusText';
import { decorationsOf, openArticle, sourcelight, totalHighlights } from './editorHelpers';

describe('Attribution highlighting', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('sourcelight').update('highlighting.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('draws sources, cues, quotes and paraphrase as the analysis finds them', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    const counts = await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in bridge.txt');
    const analysis = await api.getAnalysis(editor.document);
    assert.strictEqual(counts.cue, analysis.attributions.length);
    assert.strictEqual(counts.quote, 1);
    assert.strictEqual(counts.paraphrase, 2);
    assert.strictEqual(counts.source, analysis.sources.filter((s) => s.type !== 'anonymous').reduce((n, s) => n + s.mentions.length, 0));
  });

  it('marks anonymous sources apart', async () => {
    const api = await sourcelight();
    const editor = await openArticle('harbour.article');
    const counts = await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in harbour.article');
    assert.ok(counts.anonymousSource > 0);
  });

  it('is cleared and restored by Toggle Attribution Highlighting', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    const before = await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in bridge.txt');

    await vscode.commands.executeCommand('sourcelight.toggleHighlighting');
    const off = await decorationsOf(api, editor, (_counts, enabled) => !enabled, 'highlighting to be turned off');
    assert.strictEqual(totalHighlights(off), 0);

    await vscode.commands.executeCommand('sourcelight.toggleHighlighting');
    const on = await decorationsOf(api, editor, (_counts, enabled) => enabled, 'highlighting to be turned back on');
    assert.deepStrictEqual(on, before);
  });

  it('draws in every visible editor of the article', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in bridge.txt');
    const beside = await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.Beside });
    assert.notStrictEqual(beside, editor);
    await decorationsOf(api, beside, (c) => totalHighlights(c) > 0, 'highlights in the second editor');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('The status bar', () => {
  it('counts the sources and claims of the active article', async () => {
    const api = await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const analysis = await api.getAnalysis(document);
    assert.strictEqual(api.statusBarText, describeStatus(analysis).text);
    assert.match(api.statusBarText ?? '', /^\$\(quote\) \d+ sources? · \d+ claims?$/);
  });
});
