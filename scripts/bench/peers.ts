// The tools a journalist might run instead, timed on the same texts: write-good and alex (npm
// dev dependencies) and proselint (a Python program, when the machine has it).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

export interface Peer {
  name: string;
  version: string;
  /** Runs the peer on a text once. For a separate program, returns its own measured milliseconds. */
  run(text: string, file: string): Promise<number | void> | number | void;
  /** Largest text (characters) it is timed on: slow peers are capped, and the report says so. */
  maxChars: number;
  /** Smallest text it is timed on (for a separate program whose start-up would swamp small texts). */
  minChars?: number;
  note?: string;
}

function packageVersion(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    try {
      let dir = path.dirname(require.resolve(name));
      while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
      return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  }
}

/** Loads the peers that are present; returns why the others are missing. */
export async function loadPeers(): Promise<{ peers: Peer[]; missing: string[] }> {
  const peers: Peer[] = [];
  const missing: string[] = [];

  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const writeGood = require('write-good') as (text: string) => unknown[];
    peers.push({ name: 'write-good', version: packageVersion('write-good'), run: (text) => void writeGood(text), maxChars: 1_100_000, note: 'not run on 10 MB (about 10 s per run); compared per MB' });
  } catch (error) {
    missing.push(`write-good: ${String(error)}`);
  }

  try {
    // alex is an ES module: a dynamic import of its file URL (kept as import() in the bundle).
    const url = pathToFileURL(require.resolve('alex')).href;
    const alex = (await import(url)) as { text: (value: string) => unknown };
    peers.push({ name: 'alex', version: packageVersion('alex'), run: (text) => void alex.text(text), maxChars: 1_100_000, note: 'plain-text mode (alex.text)' });
  } catch (error) {
    missing.push(`alex: ${String(error)}`);
  }

  const proselint = findProselint();
  if (proselint) {
    peers.push({
      name: 'proselint',
      version: proselint.version,
      maxChars: 110_000,
      minChars: 50_000,
      note: 'a separate Python process: time of `proselint --json FILE` minus the same on an empty file (start-up), each with an empty cache (fresh XDG_CACHE_HOME, proselint memoises results); not timed under 50 KB, where start-up dominates, nor over 100 KB (about 1 min per MB)',
      run: (_text, file) => {
        const once = (target: string): number => {
          const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-proselint-'));
          try {
            const started = performance.now();
            spawnSync(proselint.command[0]!, [...proselint.command.slice(1), '--json', target], { stdio: 'ignore', env: { ...process.env, XDG_CACHE_HOME: cache } });
            return performance.now() - started;
          } finally {
            fs.rmSync(cache, { recursive: true, force: true });
          }
        };
        const empty = path.join(path.dirname(file), 'empty.txt');
        fs.writeFileSync(empty, '\n');
        const startup = once(empty);
        return Math.max(0, once(file) - startup);
      },
    });
  } else {
    missing.push('proselint: not installed (Debian package python3-proselint)');
  }
  return { peers, missing };
}

function findProselint(): { command: string[]; version: string } | null {
  for (const command of [['proselint'], ['/usr/bin/python3', '-m', 'proselint'], ['python3', '-m', 'proselint']]) {
    const result = spawnSync(command[0]!, [...command.slice(1), '--version'], { encoding: 'utf8' });
    if (result.status === 0) return { command, version: (result.stdout || result.stderr).trim().split(/\s+/).pop() ?? '?' };
  }
  return null;
}
