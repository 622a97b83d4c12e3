// A stand-in for the VS Code executable that `@vscode/test-electron`'s runTests spawns, for
// machines where no desktop VS Code can be downloaded. It accepts the Electron-style arguments
// runTests passes (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir,
// --extensions-dir, a folder; the rest is ignored), runs the tests in code-server's real
// extension host through a headless chromium, relays the extension host's console (mocha's
// report) to stdout and exits with the test run's exit code.
//
// Environment: SOURCELIGHT_TEST_TIMEOUT (ms, default 600000), SOURCELIGHT_KEEP_RUN=1 keeps the
// run folder (logs), SOURCELIGHT_VERBOSE=1 relays every browser console message. Every other
// variable reaches the extension host, so tests may read their own.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import type { ConsoleMessage } from 'playwright-core';
import {
  CodeServer, launchBrowser, makeRunFolder, newContext, remoteUri, removeFolder, startCodeServer, tail, workbenchUrl,
} from './codeServer';

export interface RunnerArguments {
  extensionDevelopmentPaths: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

/** Parses `--name=value` and `--name value` forms; a bare path is the folder to open. */
export function parseArguments(argv: string[]): RunnerArguments {
  const result: RunnerArguments = { extensionDevelopmentPaths: [] };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      result.folder ??= path.resolve(arg);
      continue;
    }
    let [name, value] = arg.slice(2).split(/=(.*)/s, 2);
    if (value === undefined && valued.has(name) && i + 1 < argv.length) {
      value = argv[++i];
    }
    if (value === undefined) {
      continue;
    }
    switch (name) {
      case 'extensionDevelopmentPath': result.extensionDevelopmentPaths.push(path.resolve(value)); break;
      case 'extensionTestsPath': result.extensionTestsPath = path.resolve(value); break;
      case 'user-data-dir': result.userDataDir = path.resolve(value); break;
      case 'extensions-dir': result.extensionsDir = path.resolve(value); break;
    }
  }
  return result;
}

/** The extension host's console.log arrives as `%c INFO` messages whose real arguments start at 2. */
export async function extensionHostLine(message: ConsoleMessage): Promise<{ level: string; text: string } | undefined> {
  const match = /^%c (INFO|WARN|ERR|DEBUG|TRACE)\b/.exec(message.text());
  if (!match) {
    return undefined;
  }
  const values = await Promise.all(message.args().slice(2).map((arg) => arg.jsonValue().catch(() => '<unserializable>')));
  return { level: match[1], text: format(...values) };
}

/** Resolves the test index the way VS Code does: a folder means its index.js. */
function testsModule(testsPath: string): string {
  return fs.existsSync(testsPath) && fs.statSync(testsPath).isDirectory() ? path.join(testsPath, 'index') : testsPath;
}

export async function runExtensionTests(args: RunnerArguments): Promise<number> {
  if (!args.extensionTestsPath) {
    console.error('code-server-runner: --extensionTestsPath is required');
    return 2;
  }
  const timeoutMs = Number(process.env.SOURCELIGHT_TEST_TIMEOUT ?? 600_000);
  const verbose = process.env.SOURCELIGHT_VERBOSE === '1';
  const runDir = makeRunFolder('slt-');
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let exitCode = 1;
  const cleanup = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (process.env.SOURCELIGHT_KEEP_RUN === '1') {
      console.log(`code-server-runner: run folder kept at ${runDir}`);
    } else {
      removeFolder(runDir);
    }
  };
  const interrupted = async (): Promise<void> => {
    await cleanup();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    server = await startCodeServer({ runDir, userDataDir: args.userDataDir, extensionsDir: args.extensionsDir });
    browser = await launchBrowser(runDir);
    const page = await (await newContext(browser)).newPage();
    let finish!: (code: number) => void;
    const finished = new Promise<number>((resolve) => (finish = resolve));
    // The workbench calls this when the extension tests end (0 = all passed).
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(Number(code)));
    let relay = Promise.resolve();
    page.on('console', (message) => {
      relay = relay.then(async () => {
        const line = await extensionHostLine(message).catch(() => undefined);
        if (line && line.level === 'INFO') {
          process.stdout.write(line.text + '\n');
        } else if (verbose) {
          process.stderr.write(`[browser ${message.type()}] ${line?.text ?? message.text()}\n`);
        }
      });
    });
    page.on('crash', () => finish(3));
    const payload: Array<[string, string]> = [
      ...args.extensionDevelopmentPaths.map((p): [string, string] => ['extensionDevelopmentPath', remoteUri(server!, p)]),
      ['extensionTestsPath', remoteUri(server, testsModule(args.extensionTestsPath))],
    ];
    const folder = args.folder ?? path.join(runDir, 'empty');
    fs.mkdirSync(folder, { recursive: true });
    await page.goto(workbenchUrl(server, folder, payload));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`code-server-runner: the tests did not finish within ${timeoutMs} ms`);
        resolve(124);
      }, timeoutMs);
    });
    let settled = false;
    const serverDied = server.exited.then((code) => {
      if (!settled) {
        console.error(`code-server-runner: code-server exited before the tests ended (${code})`);
      }
      return 4;
    });
    exitCode = await Promise.race([finished, timedOut, serverDied]);
    settled = true;
    clearTimeout(timer);
    await relay;
    if (exitCode !== 0) {
      console.error(`code-server-runner: tests exited with ${exitCode}; code-server log tail:\n${tail(server.logFile, 20)}`);
    }
  } catch (error) {
    console.error(`code-server-runner: ${(error as Error).stack ?? error}`);
    exitCode = 1;
  } finally {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await cleanup();
  }
  return exitCode;
}

/** The command line: exits with the test run's exit code. */
export function main(argv: string[]): void {
  runExtensionTests(parseArguments(argv)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
