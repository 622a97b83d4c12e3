// Hover cards, through VS Code's own hover command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, openArticle, sourcelight } from './editorHelpers';

async function hoverAt(document: vscode.TextDocument, needle: string, occurrence = 1): Promise<string> {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = document.getText().indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" #${occurrence} is in the article`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
  return hoverText(hovers);
}

describe('Hover cards', () => {
  it('over a source mention: its canonical name, title and claims with links to each', async () => {
    await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const card = await hoverAt(document, 'Wendt said');
    assert.match(card, /\*\*Clara Wendt\*\*/);
    assert.match(card, /Mayor/);
    assert.match(card, /_person_/);
    assert.match(card, /2 claims in this article/);
    assert.strictEqual(card.match(/command:sourcelight\.revealClaim\?/g)?.length, 2);
    assert.match(card, /First reference: “Mayor Clara Wendt” \(line 3\)/);
  });

  it('over a cue: who said it and how', async () => {
    const api = await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const card = await hoverAt(document, 'according to');
    const analysis = await api.getAnalysis(document);
    const office = analysis.sources.find((s) => s.id === analysis.attributions.find((a) => a.kind === 'according-to')?.sourceId)!;
    assert.match(card, /Paraphrase \(according to\)/);
    assert.ok(card.includes(`said by **${office.name}**`), card);
    assert.match(card, /Cue: “according to”/);
  });

  it('links that jump to the claim', async () => {
    await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const card = await hoverAt(document, 'Wendt said');
    const args = JSON.parse(decodeURIComponent(/command:sourcelight\.revealClaim\?([^ )]+)/.exec(card)![1])) as [string, number, number];
    await vscode.commands.executeCommand('sourcelight.revealClaim', ...args);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), document.uri.toString());
    assert.match(editor.document.getText(editor.selection), /bridge will reopen in May/);
  });

  it('shows nothing over text no one is quoted in', async () => {
    await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const card = await hoverAt(document, 'Hale Street bridge to reopen');
    assert.doesNotMatch(card, /claims? in this article/);
  });
});
