// Proves the real-VS Code harness itself: Sourcelight is loaded into code-server's extension
// host as the extension under development, and opening a plain-text article activates it.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'sourcelight.sourcelight';

/** Resolves once `condition` holds, checking on every turn of the event loop up to a deadline. */
async function eventually(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('The real-VS Code harness', () => {
  it('runs inside VS Code with the sample workspace open', () => {
    assert.ok(vscode.version, 'vscode.version is set');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'one workspace folder is open');
  });

  it('loads Sourcelight as sourcelight.sourcelight', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.strictEqual(extension.packageJSON.displayName, 'Sourcelight');
  });

  it('activates Sourcelight when a .txt article from the workspace is opened', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const article = vscode.Uri.joinPath(folder, 'harness-smoke.txt');
    await vscode.workspace.fs.writeFile(
      article,
      Buffer.from('City officials said on Monday that the bridge will reopen in May.\n', 'utf8'),
    );
    const document = await vscode.workspace.openTextDocument(article);
    assert.strictEqual(document.languageId, 'plaintext');
    await vscode.window.showTextDocument(document);
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    await eventually(() => extension.isActive, 'Sourcelight is active');
    assert.ok(extension.isActive);
  });
});
