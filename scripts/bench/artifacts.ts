// What ships: bundle sizes from a production build made in a scratch folder (dist/ is left
// alone), the VSIX if one has been packaged, and the activation time the integration run recorded.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface Artifacts {
  bundles: BundleSize[] | null;
  bundleError?: string;
  vsix: { file: string; bytes: number; modified: string } | null;
  vsixNote: string;
  activation: { file: string; data: unknown; firstDecorationsMs: number | null } | null;
}

const BUNDLES = ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js'];

/** Runs the project's own esbuild.js with --production in a scratch folder linked to src/. */
export function productionBundleSizes(repo: string): { bundles: BundleSize[] | null; error?: string } {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-bundle-'));
  try {
    for (const entry of ['src', 'node_modules', 'package.json', 'tsconfig.json', 'media', 'syntaxes']) {
      if (fs.existsSync(path.join(repo, entry))) fs.symlinkSync(path.join(repo, entry), path.join(scratch, entry));
    }
    fs.mkdirSync(path.join(scratch, 'dist', 'web'), { recursive: true });
    const build = spawnSync(process.execPath, [path.join(repo, 'esbuild.js'), '--production'], { cwd: scratch, encoding: 'utf8' });
    if (build.status !== 0) return { bundles: null, error: (build.stderr || build.stdout || 'build failed').trim().split('\n').slice(0, 5).join('\n') };
    return {
      bundles: BUNDLES.filter((file) => fs.existsSync(path.join(scratch, file))).map((file) => {
        const content = fs.readFileSync(path.join(scratch, file));
        return { file, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
      }),
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

export function findVsix(repo: string, packageIfMissing: boolean): { vsix: Artifacts['vsix']; note: string } {
  const newest = (): Artifacts['vsix'] => {
    const files = fs
      .readdirSync(repo)
      .filter((f) => f.endsWith('.vsix'))
      .map((f) => ({ f, stat: fs.statSync(path.join(repo, f)) }))
      .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
    return files.length > 0 ? { file: files[0]!.f, bytes: files[0]!.stat.size, modified: files[0]!.stat.mtime.toISOString() } : null;
  };
  let vsix = newest();
  const scripts = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (packageIfMissing && scripts.package) {
    const result = spawnSync('npm', ['run', '-s', 'package'], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) return { vsix, note: `npm run package failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}` };
    vsix = newest();
    return { vsix, note: 'packaged by this run (npm run package)' };
  }
  if (vsix) return { vsix, note: `the newest *.vsix in the project (built ${vsix.modified}); --package rebuilds it` };
  return { vsix: null, note: scripts.package ? 'no *.vsix yet: run with --package (npm run package) to measure it' : 'not measured: no *.vsix and no `npm run package` script' };
}

/** test-results/activation.json, written by the integration run inside the real VS Code. */
export function readActivation(repo: string): Artifacts['activation'] {
  const file = path.join(repo, 'test-results', 'activation.json');
  if (!fs.existsSync(file)) return null;
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return { file: 'test-results/activation.json', data, firstDecorationsMs: findFirstDecorationsMs(data) };
  } catch {
    return { file: 'test-results/activation.json', data: 'unreadable JSON', firstDecorationsMs: null };
  }
}

/** The activation-to-first-decorations figure, whatever the integration run called it. */
function findFirstDecorationsMs(data: unknown): number | null {
  const numbers: [string, number][] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'number') numbers.push([key, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  walk(data, '');
  const preferred = numbers.find(([k]) => /decoration/i.test(k) && /ms|millis|time|duration/i.test(k)) ?? numbers.find(([k]) => /decoration/i.test(k)) ?? numbers.find(([k]) => /total|activat/i.test(k) && /ms/i.test(k));
  return preferred ? preferred[1] : null;
}
