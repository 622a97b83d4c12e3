// `npm run demo`: Sourcelight in a real VS Code on the sample newsroom.
// Builds the extension, installs code-server and Node 24 into .vscode-test/ if missing, and
// serves VS Code on 127.0.0.1 with Sourcelight loaded from this checkout (a symlink, so a
// rebuild plus "Developer: Reload Window" picks up changes). Ctrl-C stops everything it started.
//
// The newsroom is a copy of samples/newsroom/ in .vscode-test/demo/newsroom/: marking claims,
// adding notes and editing articles write files (sidecar YAML), and the copy keeps those edits
// from one demo to the next without touching the files the repository tracks. New samples are
// copied in at each start; files already in the copy are left as they are.
//   npm run demo -- --fresh       start again from samples/newsroom/
//   npm run demo -- --port 9000   a fixed port (default 8080, or a free one if 8080 is taken)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import {
  CodeServer, ensureInstalled, freePort, makeRunFolder, removeFolder, repoRoot, startCodeServer,
} from '../test/harness/codeServer';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  const repo = repoRoot();
  const build = spawnSync(process.execPath, [path.join(repo, 'esbuild.js')], { cwd: repo, stdio: 'inherit' });
  if (build.status !== 0) {
    throw new Error('the build failed');
  }
  const install = ensureInstalled();

  const demoDir = path.join(install.root, 'demo');
  const newsroom = path.join(demoDir, 'newsroom');
  if (process.argv.includes('--fresh')) {
    removeFolder(newsroom);
  }
  // Samples added since the last demo are copied in; files already there keep their edits.
  const samples = path.join(repo, 'samples', 'newsroom');
  fs.mkdirSync(newsroom, { recursive: true });
  if (fs.existsSync(samples)) {
    fs.cpSync(samples, newsroom, { recursive: true, force: false, errorOnExist: false });
  }
  // Sourcelight from this checkout, as an installed extension of this VS Code.
  const extensionsDir = path.join(demoDir, 'extensions');
  removeFolder(extensionsDir);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  fs.symlinkSync(repo, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));

  const requested = option('--port') ?? process.env.PORT;
  const port = requested ? Number(requested) : (await portIsFree(8080)) ? 8080 : await freePort();
  const runDir = makeRunFolder('sld-');
  let server: CodeServer | undefined;
  let stopping = false;
  const stop = async (why: string): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    console.log(`\nStopping the demo (${why})...`);
    await server?.stop();
    removeFolder(runDir);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void stop(signal));
  }
  server = await startCodeServer({
    runDir,
    port,
    userDataDir: path.join(demoDir, 'user-data'),
    extensionsDir,
    args: [newsroom],
  });
  const url = `${server.url}/?folder=${encodeURIComponent(newsroom)}`;
  console.log('');
  console.log('Sourcelight demo: VS Code with Sourcelight on the sample newsroom');
  console.log(`  ${url}`);
  console.log(`  newsroom: ${newsroom}`);
  console.log(`  code-server log: ${server.logFile}`);
  console.log('Open an article (e.g. from the Explorer), hover a source, open the Sourcelight view.');
  console.log('Press Ctrl-C to stop.');
  const code = await server.exited;
  if (!stopping) {
    console.error(`code-server exited (${code}); log:\n${fs.existsSync(server.logFile) ? fs.readFileSync(server.logFile, 'utf8').slice(-4000) : ''}`);
    removeFolder(runDir);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
