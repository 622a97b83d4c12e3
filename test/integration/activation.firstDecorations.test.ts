// Runs first (file order): opening the sample article is what activates Sourcelight, so the
// time from `activate` to the first highlights is measured on it, inside the real VS Code,
// and written to test-results/activation.json (or $SOURCELIGHT_RESULTS_DIR) for the benchmark.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, decorationsOf, openArticle, sourcelight, totalHighlights } from './editorHelpers';

describe('Activation', () => {
  it('activates on a news article, draws its first highlights and records how long that took', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const wasActive = extension.isActive;
    const testStart = performance.now();
    const editor = await openArticle('harbour.article');
    assert.strictEqual(editor.document.languageId, 'news-article');
    const api = await sourcelight();
    const firstDecorationsMs = await api.activationTiming.whenFirstDecorations;
    await decorationsOf(api, editor, (counts) => totalHighlights(counts) > 0, 'highlights in harbour.article');

    const result = {
      firstDecorationsMs: round(firstDecorationsMs),
      activateMs: round(api.activationTiming.activateMs ?? NaN),
      untilFirstDecorationsMs: round(api.activationTiming.untilFirstDecorationsMs ?? NaN),
      waitForEditorMs: round(api.activationTiming.waitForEditorMs ?? NaN),
      firstDecoratedDocument: path.basename(api.activationTiming.firstDecoratedDocument ?? ''),
      activatedByThisArticle: !wasActive,
      activatedBeforeThisTestMs: wasActive ? round(testStart - api.activationTiming.activateStart) : 0,
      steps: api.activationTiming.steps,
      vscodeVersion: vscode.version,
      uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
      measuredAt: new Date().toISOString(),
    };
    const directory = process.env.SOURCELIGHT_RESULTS_DIR ?? path.join(extension.extensionPath, 'test-results');
    fs.mkdirSync(directory, { recursive: true });
    fs.writeFileSync(path.join(directory, 'activation.json'), JSON.stringify(result, null, 2) + '\n');
    console.log(`activation: ${result.firstDecorationsMs} ms from activate to first decorations on ${result.firstDecoratedDocument} (activate itself ${result.activateMs} ms; ${result.untilFirstDecorationsMs} ms wall clock, of which ${result.waitForEditorMs} ms waiting for the workbench to show the editor; steps ${JSON.stringify(result.steps)})`);

    // The figure is judged by `npm run bench` (target: under 100 ms), not by a timed test.
    assert.strictEqual(result.firstDecoratedDocument, 'harbour.article');
    assert.ok(Number.isFinite(firstDecorationsMs) && firstDecorationsMs > 0);
  });

  it('declares activation on plain text, Markdown and news articles', () => {
    const events: string[] = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.activationEvents;
    for (const language of ['plaintext', 'markdown', 'news-article']) assert.ok(events.includes(`onLanguage:${language}`), language);
  });

  it('analyses and highlights a .txt article', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    const counts = await decorationsOf(api, editor, (c) => c.source > 0 && c.cue > 0, 'highlights in bridge.txt');
    assert.ok(counts.quote > 0, 'the direct quote is highlighted');
  });

  it('analyses and highlights an untitled document', async () => {
    const api = await sourcelight();
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Mayor Clara Wendt said on Monday that the bridge will reopen in May.\n',
    });
    assert.strictEqual(document.uri.scheme, 'untitled');
    const editor = await vscode.window.showTextDocument(document);
    await decorationsOf(api, editor, (c) => c.source > 0 && c.cue > 0, 'highlights in an untitled document');
    const analysis = await api.getAnalysis(document);
    assert.deepStrictEqual(analysis.sources.map((s) => s.name), ['Clara Wendt']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves documents in other languages alone', async () => {
    const api = await sourcelight();
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "said": "Mayor Clara Wendt" }' });
    assert.strictEqual(api.isArticle(document), false);
  });
});

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
