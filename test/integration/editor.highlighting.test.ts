// Attribution highlighting: drawn in every visible editor of an article, toggled off and on.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { computeHighlightRanges, countHighlights } from '../../src/extension/model/decorationRanges';
import { describeStatus } from '../../src/extension/model/statusText';
import { decorationsOf, hoverText, openArticle, sourcelight, totalHighlights } from './editorHelpers';

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
    assert.deepStrictEqual(counts, countHighlights(computeHighlightRanges(analysis)));
    assert.ok(counts.quote >= 1, 'the direct quote');
    assert.ok(counts.paraphrase >= 2, 'the reported speech and the according-to');
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

describe('The sourcelight.languages setting', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('sourcelight').update('languages', undefined, vscode.ConfigurationTarget.Global);
  });

  it('stops and restarts the analysis of a language as it is removed and added back', async () => {
    const api = await sourcelight();
    const editor = await openArticle('notes.md');
    await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in notes.md');
    const languages = vscode.workspace.getConfiguration('sourcelight');

    await languages.update('languages', ['plaintext', 'news-article'], vscode.ConfigurationTarget.Global);
    await decorationsOf(api, editor, (c) => totalHighlights(c) === 0, 'highlights in notes.md to be cleared');
    assert.strictEqual(api.isArticle(editor.document), false);
    const offset = editor.document.getText().indexOf('Reyes told');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 1));
    assert.doesNotMatch(hoverText(hovers), /claims? in this article/);

    await languages.update('languages', undefined, vscode.ConfigurationTarget.Global);
    await decorationsOf(api, editor, (c) => totalHighlights(c) > 0, 'highlights in notes.md to come back');
    const restored = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 1));
    assert.match(hoverText(restored), /Alan Reyes/);
  });
});
