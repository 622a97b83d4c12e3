// The Claims view and the document symbols (Outline, breadcrumbs, Go to Symbol).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { buildClaimOutline } from '../../src/extension/model/claimOutline';
import { openArticle, sourcelight, treeLabels, treeShows, waitFor } from './editorHelpers';

describe('Document symbols', () => {
  it('lists each source with its claims as children', async () => {
    await sourcelight();
    const { document } = await openArticle('bridge.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const wendt = symbols.find((s) => s.name === 'Clara Wendt');
    assert.ok(wendt, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    assert.strictEqual(wendt.children.length, 2);
    assert.match(wendt.detail, /Mayor/);
    assert.ok(wendt.children.every((claim) => wendt.range.contains(claim.range)));
    assert.match(document.getText(wendt.children[1].range), /crews have worked through the winter/);
    const analysis = await (await sourcelight()).getAnalysis(document);
    const office = analysis.sources.find((s) => s.id === analysis.attributions.find((a) => a.kind === 'according-to')?.sourceId);
    assert.ok(office, 'the source of "according to the city transport office"');
    assert.ok(symbols.some((s) => s.name === office.name && s.children.length === 1), `symbols: ${symbols.map((s) => s.name).join(', ')}`);
  });
});

describe('The Claims view', () => {
  it('shows the sources and claims of the active article, as the analysis has them', async () => {
    const api = await sourcelight();
    const { document } = await openArticle('harbour.article');
    await treeShows(api, document);
    const analysis = await api.getAnalysis(document);
    const expected = buildClaimOutline(analysis);
    const roots = api.claimTree.getRoots();
    assert.strictEqual(roots.length, expected.length);
    const labels = treeLabels(api);
    assert.ok(labels.some((root) => root.label === 'Ines Talbot'));
    const claimCount = roots.reduce((n, root) => n + api.claimTree.getChildren(root).length, 0);
    assert.strictEqual(claimCount, analysis.claims.length);
    const talbot = roots.find((root) => api.claimTree.getTreeItem(root).label === 'Ines Talbot')!;
    const item = api.claimTree.getTreeItem(talbot);
    assert.strictEqual(item.contextValue, 'source');
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'person');
    const claimItem = api.claimTree.getTreeItem(api.claimTree.getChildren(talbot)[0]);
    assert.strictEqual(claimItem.contextValue, 'claim');
    assert.strictEqual(claimItem.command?.command, 'sourcelight.revealClaim');
  });

  it('follows a switch of editor', async () => {
    const api = await sourcelight();
    const harbour = await openArticle('harbour.article');
    await treeShows(api, harbour.document);
    const bridge = await openArticle('bridge.txt');
    await treeShows(api, bridge.document);
    assert.deepStrictEqual(treeLabels(api).map((root) => root.label).filter((l) => l === 'Clara Wendt'), ['Clara Wendt']);
    assert.ok(!treeLabels(api).some((root) => root.label === 'Ines Talbot'));
  });

  it('empties (and shows its welcome) when the active editor is not an article', async () => {
    const api = await sourcelight();
    await openArticle('bridge.txt');
    const emptied = waitFor(api.claimTree.onDidChange, (change) => change.document === undefined, 'the Claims view to empty');
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{}' });
    await vscode.window.showTextDocument(json);
    await emptied;
    assert.strictEqual(api.claimTree.getRoots().length, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('selects the claim under the cursor', async () => {
    const api = await sourcelight();
    const editor = await openArticle('bridge.txt');
    await treeShows(api, editor.document);
    await vscode.commands.executeCommand('sourcelight.focusClaims');
    if (!api.claimTree.visible) await waitFor(api.claimTree.onDidChangeVisibility, (e) => e.visible, 'the Claims view to show');
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const offset = editor.document.getText().indexOf('crews have worked');
    const selected = waitFor(
      api.claimTree.onDidChangeSelection,
      (e) => e.selection.some((node) => node.type === 'claim' && /crews have worked/.test(node.claim.span.text)),
      'the quote under the cursor to be selected in the Claims view',
    );
    editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset));
    await selected;
  });

    it('updates when a new attributed sentence is typed', async () => {
    const api = await sourcelight();
    const editor = await openArticle('notes.md');
    const { document } = editor;
    await treeShows(api, document);
    assert.ok(!treeLabels(api).some((root) => root.label === 'Mara Lind'));
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\nBoard chair Mara Lind said the budget vote would come in June.\n'));
    await treeShows(api, document);
    const lind = treeLabels(api).find((root) => root.label === 'Mara Lind');
    assert.ok(lind, `tree: ${JSON.stringify(treeLabels(api))}`);
    assert.strictEqual(lind.children.length, 1);
    assert.match(lind.children[0], /budget vote would come in June/);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
