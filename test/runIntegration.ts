// `npm run test:integration`: runs test/integration/ inside a real VS Code through the standard
// `@vscode/test-electron` runTests entry point. Without VSCODE_EXECUTABLE_PATH it uses
// test/harness/code-server-runner.js (code-server + headless chromium, nothing downloaded);
// set SOURCELIGHT_DOWNLOAD_VSCODE=1 on a desktop with internet to let runTests download VS Code.
// The workspace is a fresh copy of test/fixtures/workspace/, so tests may write into it.
// SOURCELIGHT_KEEP_RUN=1 keeps the workspace and the profile (with the extension host's logs).
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..');
  const runDir = fs.mkdtempSync(path.join(fs.existsSync('/tmp') ? '/tmp' : require('os').tmpdir(), 'sli-'));
  const workspace = path.join(runDir, 'workspace');
  const fixtures = path.join(repo, 'test', 'fixtures', 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  if (fs.existsSync(fixtures)) {
    fs.cpSync(fixtures, workspace, { recursive: true });
  }
  const vscodeExecutablePath = process.env.SOURCELIGHT_DOWNLOAD_VSCODE === '1'
    ? undefined
    : process.env.VSCODE_EXECUTABLE_PATH ?? path.join(repo, 'test', 'harness', 'code-server-runner.js');
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index'),
      launchArgs: [
        workspace,
        `--user-data-dir=${path.join(runDir, 'ud')}`,
        `--extensions-dir=${path.join(runDir, 'ext')}`,
        '--disable-extensions',
      ],
    });
  } finally {
    if (process.env.SOURCELIGHT_KEEP_RUN === '1') {
      console.log(`workspace and profile kept in ${runDir}`);
    } else {
      fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
