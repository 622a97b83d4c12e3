// Sourcelight's benchmark: engine speed at every size, an edit through the incremental
// analyzer, memory, what ships (bundles, VSIX, activation), and the peers on the same texts.
//
//   npm run bench [-- --json] [--quick] [--no-peers] [--package] [--machine-node]
//
//   --json          one JSON object on stdout (progress goes to stderr either way)
//   --quick         fewer runs and no 10 MB text: a smoke run while others use the CPU
//   --no-peers      skip write-good, alex and proselint
//   --package       run `npm run package` first when the project has it, to measure a fresh VSIX
//   --machine-node  run everything on the Node that started the bench, not the extension host's
//
// The engine runs in VS Code's extension host, on the Node that VS Code brings, not on the
// machine's own: so the bench runs on the Node of the real VS Code the tests install
// (code-server's Node 24, `bash test/harness/install-vscode.sh`) when it is there, the peers
// with it, and also times the 1 MB text, its edits and write-good once more on the machine's
// Node, reported beside them; the 1 MB targets are judged on the slower of the two.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { analyze } from '../src/engine/analyze';
import { createIncrementalAnalyzer } from '../src/engine/incremental';
import { analyzeParagraph, assembleAnalysis, NO_CARRY, splitParagraphs, type ParagraphResult } from '../src/engine/paragraph';
import { findVsix, productionBundleSizes, readActivation, type BundleSize } from './bench/artifacts';
import { loadPeers } from './bench/peers';
import { fmtBytes, fmtMs, MB, mbPerSecond, median, percentile, summarize, timeRuns, timeRunsWithCpu, type Timing } from './bench/stats';
import { benchTexts, type BenchText } from './bench/texts';
import { installation } from '../test/harness/codeServer';
import { rng } from './bench/wire';

const REPO = path.resolve(__dirname, '..', '..'); // the bundle runs from out/scripts/

interface Options {
  json: boolean;
  quick: boolean;
  peers: boolean;
  package: boolean;
  machineNode: boolean;
}

interface AnalyzeResult extends Timing {
  /** Median process CPU time per run: less inflated than wall time when the machine is shared. */
  cpuMedianMs: number;
  text: string;
  bytes: number;
  mbPerS: number;
  msPerMB: number;
  attributions: number;
  sources: number;
}

interface EditResult {
  text: string;
  edits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  firstUpdateMs: number;
  meanParagraphsAnalyzed: number;
  paragraphs: number;
  equalToFullAnalysis: boolean;
  /** Edits after which coreference ran again over the document, and their p50 / the others' p50. */
  resolvedEdits: number;
  resolvedP50Ms: number | null;
  keptSourcesP50Ms: number | null;
  meanParagraphsAssembled: number;
  /**
   * The same edits once more, by a new analyzer in the same process: the incremental analyzer's
   * code is compiled by then, so the difference from p50/p95 is the cost of the first edits'
   * compiling (reported only; p50/p95 above judge the target).
   */
  again: { p50Ms: number; p95Ms: number };
  /** Where a full analysis of this text spends its time (medians): the floor of an edit is assembly. */
  breakdown: { splitParagraphsMs: number; analyzeParagraphsMs: number; assembleAnalysisMs: number };
}

interface MemoryResult {
  text: string;
  bytes: number;
  peakRssIncreaseMB: number;
  retainedHeapMB: number;
  analyzeMs: number;
}

interface PeerResult {
  peer: string;
  version: string;
  text: string;
  bytes: number;
  runs: number;
  medianMs: number;
  mbPerS: number;
  /** Sourcelight MB/s on the same text divided by the peer's. */
  sourcelightTimesFaster: number;
}

interface Target {
  target: string;
  measured: string;
  status: 'PASS' | 'FAIL' | 'not measured';
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, quick: false, peers: true, package: false, machineNode: false };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--no-peers') options.peers = false;
    else if (arg === '--package') options.package = true;
    else if (arg === '--machine-node') options.machineNode = true;
    else {
      process.stderr.write(`bench: unknown option ${arg}\nusage: npm run bench [-- --json] [--quick] [--no-peers] [--package] [--machine-node]\n`);
      process.exit(2);
    }
  }
  return options;
}

const progress = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

/** Child mode: read a text, analyse it once (or not, for the baseline), report memory. */
function memoryProbe(file: string, analyseIt: boolean): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const text = fs.readFileSync(file, 'utf8');
  gc?.();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const analysis = analyseIt ? analyze(text) : null;
  const analyzeMs = performance.now() - started;
  gc?.();
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, retained: heapAfter - heapBefore, analyzeMs, attributions: analysis?.attributions.length ?? 0 }));
}

/**
 * Child mode: analyse a text `runs` times after `warmup` untimed runs and report the wall times,
 * then time `edits` one-character edits in it as the bench does; then, if asked, write-good once
 * on it (after a run on its first 3 KB), as the bench times the peers.
 */
async function analyzeProbe(file: string, runs: number, warmup: number, edits: number, withWriteGood: boolean): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  const times = timeRuns(() => analyze(text), runs, warmup);
  const editTimes = edits > 0 ? runEdits(text, edits).times : [];
  const writeGood = withWriteGood ? (await loadPeers()).peers.find((p) => p.name === 'write-good') : undefined;
  let writeGoodMs: number | null = null;
  if (writeGood) {
    await writeGood.run(text.slice(0, 3000), file);
    const started = performance.now();
    await writeGood.run(text, file);
    writeGoodMs = performance.now() - started;
  }
  process.stdout.write(JSON.stringify({ node: process.version, times, editTimes, writeGoodMs }));
}

interface OtherNodeTiming extends Timing {
  node: string;
  text: string;
  /** The bench's one-character edits in the text, in the same process (first run). */
  edits: { p50Ms: number; p95Ms: number } | null;
  /** write-good's time on the same text in the same process, and how many times faster Sourcelight's median is. */
  writeGoodMs: number | null;
  sourcelightTimesFasterThanWriteGood: number | null;
}

/** The same text timed on another Node (the machine's own), in a fresh process. */
function timeOnNode(node: string, text: BenchText, file: string, [runs, warmup]: [number, number], edits: number, withWriteGood: boolean): OtherNodeTiming | null {
  const result = spawnSync(node, [process.argv[1]!, '--analyze-probe', file, String(runs), String(warmup), String(edits), withWriteGood ? 'write-good' : ''], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) {
    progress(`timing ${text.name} on ${node} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return null;
  }
  const { node: version, times, editTimes, writeGoodMs } = JSON.parse(result.stdout) as { node: string; times: number[]; editTimes: number[]; writeGoodMs: number | null };
  const timing = summarize(times);
  const edited = editTimes.length > 0 ? { p50Ms: percentile(editTimes, 50), p95Ms: percentile(editTimes, 95) } : null;
  return { node: version, text: text.name, ...timing, edits: edited, writeGoodMs, sourcelightTimesFasterThanWriteGood: writeGoodMs === null ? null : writeGoodMs / timing.medianMs };
}

/**
 * The Node of the VS Code the tests install, when the bench was started on another one (the
 * machine's own): the engine runs in VS Code's extension host, so that is the Node to time it on.
 */
function extensionHostNode(options: Options): string | null {
  if (options.machineNode || process.env.SOURCELIGHT_BENCH_MACHINE_NODE !== undefined) return null;
  const host = installation().node;
  if (!fs.existsSync(host) || fs.realpathSync(host) === fs.realpathSync(process.execPath)) return null;
  return host;
}

function measureMemory(text: BenchText, file: string): MemoryResult | null {
  const probe = (mode: string): { maxRssKB: number; retained: number; analyzeMs: number } | null => {
    const result = spawnSync(process.execPath, ['--expose-gc', process.argv[1]!, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (result.status !== 0) {
      progress(`memory probe failed for ${text.name}: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
      return null;
    }
    return JSON.parse(result.stdout) as { maxRssKB: number; retained: number; analyzeMs: number };
  };
  const baseline = probe('--memory-baseline');
  const analysed = probe('--memory-probe');
  if (!baseline || !analysed) return null;
  return {
    text: text.name,
    bytes: text.bytes,
    peakRssIncreaseMB: (analysed.maxRssKB - baseline.maxRssKB) / 1024,
    retainedHeapMB: analysed.retained / MB,
    analyzeMs: analysed.analyzeMs,
  };
}

/**
 * Edits made before the measured ones: the incremental analyzer's own code is compiled while
 * they run (as in an editor after the first minute of typing; analyze() is timed warm too).
 */
const WARM_UP_EDITS = 20;

/** The bench's edits of `text` (the same random places every run), through a new incremental analyzer. */
function runEdits(text: string, edits: number) {
  const analyzer = createIncrementalAnalyzer();
  let started = performance.now();
  analyzer.update(text);
  const firstUpdateMs = performance.now() - started;
  const random = rng(2024);
  let current = text;
  const times: number[] = [];
  let analysed = 0;
  let assembled = 0;
  const resolvedTimes: number[] = [];
  const keptTimes: number[] = [];
  for (let i = 0; i < edits + WARM_UP_EDITS; i++) {
    const at = Math.floor(random() * (current.length - 1));
    const insert = i % 2 === 0;
    const change = insert ? { rangeOffset: at, rangeLength: 0, text: 'e' } : { rangeOffset: at, rangeLength: 1, text: '' };
    current = current.slice(0, at) + change.text + current.slice(at + change.rangeLength);
    started = performance.now();
    analyzer.update(current, [change]);
    const elapsed = performance.now() - started;
    if (i >= WARM_UP_EDITS) {
      times.push(elapsed);
      analysed += analyzer.stats.analyzed;
      assembled += analyzer.stats.assembled;
      (analyzer.stats.resolved ? resolvedTimes : keptTimes).push(elapsed);
    }
  }
  return { analyzer, current, firstUpdateMs, times, analysed, assembled, resolvedTimes, keptTimes };
}

function benchmarkEdits(text: BenchText, edits: number): EditResult {
  const { analyzer, current, firstUpdateMs, times, analysed, assembled, resolvedTimes, keptTimes } = runEdits(text.text, edits);
  const equal = isDeepStrictEqual(analyzer.update(current), analyze(current));
  const again = runEdits(text.text, edits).times;

  const runs = edits > 20 ? 7 : 3;
  let paragraphs = splitParagraphs(current);
  const splitTimes = timeRuns(() => (paragraphs = splitParagraphs(current)), runs, 1);
  let results: ParagraphResult[] = [];
  const paragraphTimes = timeRuns(() => {
    results = [];
    let carry = NO_CARRY;
    for (const p of paragraphs) {
      const r = analyzeParagraph(current.slice(p.start, p.end), carry);
      results.push(r);
      carry = r.carryOut;
    }
  }, runs, 1);
  const assembleTimes = timeRuns(() => assembleAnalysis(current, paragraphs, results), runs, 1);
  return {
    text: text.name,
    edits,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    firstUpdateMs,
    meanParagraphsAnalyzed: analysed / edits,
    paragraphs: analyzer.stats.paragraphs,
    equalToFullAnalysis: equal,
    resolvedEdits: resolvedTimes.length,
    resolvedP50Ms: resolvedTimes.length > 0 ? percentile(resolvedTimes, 50) : null,
    keptSourcesP50Ms: keptTimes.length > 0 ? percentile(keptTimes, 50) : null,
    meanParagraphsAssembled: assembled / edits,
    again: { p50Ms: percentile(again, 50), p95Ms: percentile(again, 95) },
    breakdown: { splitParagraphsMs: percentile(splitTimes, 50), analyzeParagraphsMs: percentile(paragraphTimes, 50), assembleAnalysisMs: percentile(assembleTimes, 50) },
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--memory-probe' || argv[0] === '--memory-baseline') return memoryProbe(argv[1]!, argv[0] === '--memory-probe');
  if (argv[0] === '--analyze-probe') return await analyzeProbe(argv[1]!, Number(argv[2]), Number(argv[3]), Number(argv[4]), argv[5] === 'write-good');
  const options = parseArgs(argv);
  const hostNode = extensionHostNode(options);
  if (hostNode !== null) {
    progress(`running on the extension host's Node (${hostNode}); --machine-node runs on ${process.version}`);
    const run = spawnSync(hostNode, [process.argv[1]!, ...argv], { stdio: 'inherit', env: { ...process.env, SOURCELIGHT_BENCH_MACHINE_NODE: process.execPath } });
    process.exitCode = run.status ?? 1;
    return;
  }
  const machineNode = process.env.SOURCELIGHT_BENCH_MACHINE_NODE;
  const runtime = machineNode !== undefined
    ? 'the Node of the real VS Code the tests install, whose extension host runs the engine'
    : options.machineNode
      ? 'the Node that started the bench (--machine-node)'
      : 'the Node that started the bench: the real VS Code\'s Node is not installed (bash test/harness/install-vscode.sh)';

  const sizes = [
    { name: '100 KB', chars: 100 * 1024 },
    { name: '1 MB', chars: 1024 * 1024 },
    ...(options.quick ? [] : [{ name: '10 MB', chars: 10 * 1024 * 1024 }]),
  ];
  progress(`generating texts (${sizes.map((s) => s.name).join(', ')})`);
  const texts = benchTexts(REPO, sizes);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-bench-'));
  const files = new Map<string, string>();
  for (const t of texts) {
    const file = path.join(scratch, t.name.replace(/\s+/g, '') + '.txt');
    fs.writeFileSync(file, t.text);
    files.set(t.name, file);
  }

  try {
    // 1. Full analysis at every size.
    const runsFor = (bytes: number): [runs: number, warmup: number] =>
      options.quick ? (bytes < 50_000 ? [30, 5] : bytes < 2 * MB ? [5, 1] : [1, 0]) : bytes < 50_000 ? [200, 20] : bytes < 500_000 ? [40, 5] : bytes < 2 * MB ? [20, 3] : [5, 1];
    const analyses: AnalyzeResult[] = [];
    for (const t of texts) {
      const [runs, warmup] = runsFor(t.bytes);
      progress(`analyze ${t.name} (${fmtBytes(t.bytes)}) x${runs}`);
      const { wall, cpu } = timeRunsWithCpu(() => analyze(t.text), runs, warmup);
      const result = analyze(t.text);
      const timing = summarize(wall);
      analyses.push({ text: t.name, bytes: t.bytes, ...timing, cpuMedianMs: median(cpu), mbPerS: mbPerSecond(t.bytes, timing.medianMs), msPerMB: timing.medianMs / (t.bytes / MB), attributions: result.attributions.length, sources: result.sources.length });
    }

    // The 1 MB text once more, on the machine's own Node (the slower of the two judges the 1 MB targets).
    const oneMBRuns = runsFor(MB);
    let onMachineNode: OtherNodeTiming | null = null;
    if (machineNode !== undefined) {
      progress(`analyze 1 MB x${oneMBRuns[0]}, edits${options.peers ? ' and write-good' : ''} on the machine's Node`);
      onMachineNode = timeOnNode(machineNode, texts.find((t) => t.name === '1 MB')!, files.get('1 MB')!, oneMBRuns, options.quick ? 40 : 200, options.peers);
    }

    // 2. One-character edits in the 1 MB text through the incremental analyzer. A p95 needs
    // enough of them: a few edits in a hundred (a typo inside a name) resolve thousands of
    // mentions again, and with fifty edits the p95 is decided by which three fall where.
    const oneMB = texts.find((t) => t.name === '1 MB')!;
    progress('one-character edits in the 1 MB text');
    const edit = benchmarkEdits(oneMB, options.quick ? 40 : 200);

    // 3. Memory, each in a fresh process.
    const memory: MemoryResult[] = [];
    for (const t of texts.filter((x) => x.bytes >= MB)) {
      progress(`memory for ${t.name}`);
      const m = measureMemory(t, files.get(t.name)!);
      if (m) memory.push(m);
    }

    // 4. Peers on the same texts.
    const peerResults: PeerResult[] = [];
    const peerNotes: string[] = [];
    if (options.peers) {
      const { peers, missing } = await loadPeers();
      peerNotes.push(...missing.map((m) => `skipped ${m}`));
      for (const peer of peers) {
        if (peer.note) peerNotes.push(`${peer.name}: ${peer.note}`);
        let lastMsPerMB = 0;
        for (const t of texts) {
          if (t.text.length > peer.maxChars || t.text.length < (peer.minChars ?? 0)) continue;
          const projected = lastMsPerMB * (t.bytes / MB);
          if (projected > (options.quick ? 5000 : 30000)) {
            peerNotes.push(`${peer.name}: not run on ${t.name} (would take about ${(projected / 1000).toFixed(0)} s)`);
            continue;
          }
          const runs = t.bytes < 50_000 ? (options.quick ? 3 : 10) : t.bytes < 500_000 ? (options.quick ? 1 : 3) : 1;
          progress(`${peer.name} on ${t.name} x${runs}`);
          const times: number[] = [];
          if (t.bytes < 50_000) await peer.run(t.text, files.get(t.name)!); // warm-up
          for (let i = 0; i < runs; i++) {
            const started = performance.now();
            const own = await peer.run(t.text, files.get(t.name)!);
            times.push(typeof own === 'number' ? own : performance.now() - started);
          }
          const timing = summarize(times);
          const ours = analyses.find((a) => a.text === t.name)!;
          const peerMbPerS = mbPerSecond(t.bytes, timing.medianMs);
          lastMsPerMB = timing.medianMs / (t.bytes / MB);
          peerResults.push({ peer: peer.name, version: peer.version, text: t.name, bytes: t.bytes, runs, medianMs: timing.medianMs, mbPerS: peerMbPerS, sourcelightTimesFaster: ours.mbPerS / peerMbPerS });
        }
      }
    }

    // 5. What ships.
    progress('production bundles (in a scratch folder)');
    const bundles = productionBundleSizes(REPO);
    const vsix = findVsix(REPO, options.package);
    const activation = readActivation(REPO);

    // 6. Targets.
    const targets: Target[] = [];
    const add = (target: string, measured: string, pass: boolean | null): void => void targets.push({ target, measured, status: pass === null ? 'not measured' : pass ? 'PASS' : 'FAIL' });
    const full1 = analyses.find((a) => a.text === '1 MB')!;
    // (judged on both Nodes when the machine's was timed too: the slower one decides)
    const slowest1 = Math.max(full1.medianMs, onMachineNode?.medianMs ?? 0);
    const both1 = `${fmtMs(full1.medianMs)} ms${onMachineNode ? ` (${process.version}), ${fmtMs(onMachineNode.medianMs)} ms (${onMachineNode.node})` : ''}`;
    add('full analysis of 1 MB, median <= 30 ms', both1, slowest1 <= 30);
    add('full analysis of 1 MB, median <= 50 ms (engine issue)', both1, slowest1 <= 50);
    const editThere = onMachineNode?.edits ?? null;
    add('one-character edit in 1 MB, p95 <= 3 ms', `${fmtMs(edit.p95Ms)} ms (p50 ${fmtMs(edit.p50Ms)} ms)${editThere ? ` (${process.version}), ${fmtMs(editThere.p95Ms)} ms (p50 ${fmtMs(editThere.p50Ms)} ms) (${onMachineNode!.node})` : ''}`, Math.max(edit.p95Ms, editThere?.p95Ms ?? 0) <= 3);
    add('incremental result equal to a full analysis', edit.equalToFullAnalysis ? 'equal' : 'DIFFERENT', edit.equalToFullAnalysis);
    const full10 = analyses.find((a) => a.text === '10 MB');
    const mem10 = memory.find((m) => m.text === '10 MB');
    if (full10) {
      const ratio = full10.msPerMB / full1.msPerMB;
      add('10 MB analysed, time linear (ms per MB at 10 MB <= 1.5x that at 1 MB)', `${fmtMs(full10.medianMs)} ms, ${ratio.toFixed(2)}x per MB${mem10 ? `, peak +${mem10.peakRssIncreaseMB.toFixed(0)} MB RSS` : ''}`, ratio <= 1.5);
    } else add('10 MB analysed in linear time', 'not run (--quick)', null);
    const wg = peerResults.filter((p) => p.peer === 'write-good').sort((a, b) => b.bytes - a.bytes)[0];
    // (and on the machine's Node, when timed there: the lower ratio decides)
    const wgThere = onMachineNode?.sourcelightTimesFasterThanWriteGood ?? null;
    const wgLowest = wg ? Math.min(wg.sourcelightTimesFaster, wgThere ?? Infinity) : 0;
    add('>= 50x faster per MB than write-good (largest common text)', wg ? `${wg.sourcelightTimesFaster.toFixed(1)}x on ${wg.text}${wgThere !== null ? ` (${process.version}), ${wgThere.toFixed(1)}x on ${onMachineNode!.text} (${onMachineNode!.node})` : ''}` : 'write-good not run', wg ? wgLowest >= 50 : null);
    const extensionBundle = bundles.bundles?.find((b) => b.file === 'dist/extension.js');
    add('extension bundle < 300 KB minified', extensionBundle ? fmtBytes(extensionBundle.bytes) : bundles.error ?? 'not built', extensionBundle ? extensionBundle.bytes < 300 * 1024 : null);
    add('VSIX < 500 KB', vsix.vsix ? `${fmtBytes(vsix.vsix.bytes)} (${vsix.vsix.file})` : vsix.note, vsix.vsix ? vsix.vsix.bytes < 500 * 1024 : null);
    const activationMs = activation?.firstDecorationsMs ?? null;
    add('activation to first decorations < 100 ms (real VS Code)', activationMs !== null ? `${fmtMs(activationMs)} ms (${activation!.file})` : 'not measured in this run', activationMs !== null ? activationMs < 100 : null);

    const report = {
      date: new Date().toISOString(),
      machine: { node: process.version, runtime, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', platform: `${os.platform()} ${os.arch()}`, loadAverage: os.loadavg().map((l) => +l.toFixed(2)) },
      quick: options.quick,
      texts: texts.map((t) => ({ name: t.name, chars: t.text.length, bytes: t.bytes, origin: t.origin })),
      analyze: analyses,
      analyzeOnMachineNode: onMachineNode,
      edit,
      memory,
      memoryDefinition: 'peakRssIncreaseMB: RSS high-water mark (process.resourceUsage().maxRSS) of a fresh process that reads the text and analyses it once, minus that of one that only reads it; retainedHeapMB: V8 heap still used after forced GC (node --expose-gc) by the Analysis and what the engine keeps for the next one (its caches and the pooled mentions, about 2.6 MB after 1 MB).',
      peers: peerResults,
      peerNotes,
      bundles: bundles.bundles,
      bundleError: bundles.error,
      vsix: vsix.vsix,
      vsixNote: vsix.note,
      activation,
      targets,
    };
    if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else process.stdout.write(formatReport(report, bundles.bundles) + '\n');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function formatReport(
  r: {
    machine: { node: string; runtime: string; cpus: number; cpu: string; loadAverage: number[] };
    texts: { name: string; chars: number; bytes: number; origin: string }[];
    analyze: AnalyzeResult[];
    analyzeOnMachineNode: OtherNodeTiming | null;
    edit: EditResult;
    memory: MemoryResult[];
    memoryDefinition: string;
    peers: PeerResult[];
    peerNotes: string[];
    vsixNote: string;
    vsix: { file: string; bytes: number } | null;
    activation: { file: string; firstDecorationsMs: number | null } | null;
    targets: Target[];
    quick: boolean;
  },
  bundles: BundleSize[] | null,
): string {
  const lines: string[] = [];
  lines.push(`Sourcelight benchmark — Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpu}, load ${r.machine.loadAverage.join(' ')}${r.quick ? ' (QUICK run: fewer repetitions, no 10 MB)' : ''}`);
  lines.push(`  on ${r.machine.runtime}`);
  lines.push('');
  lines.push('Texts');
  for (const t of r.texts) lines.push(`  ${t.name.padEnd(7)} ${fmtBytes(t.bytes).padStart(10)}  ${t.origin}`);
  lines.push('');
  lines.push('Full analysis (analyze(text), warm; median/min/max are wall-clock and judge the targets, cpu med is process CPU time)');
  lines.push('  text        size    runs    median       min       max   cpu med      MB/s   ms/MB   attributions  sources');
  for (const a of r.analyze) {
    lines.push(`  ${a.text.padEnd(7)} ${fmtBytes(a.bytes).padStart(10)} ${String(a.runs).padStart(5)} ${fmtMs(a.medianMs).padStart(8)} ms ${fmtMs(a.minMs).padStart(6)} ms ${fmtMs(a.maxMs).padStart(6)} ms ${fmtMs(a.cpuMedianMs).padStart(6)} ms ${a.mbPerS.toFixed(1).padStart(8)} ${fmtMs(a.msPerMB).padStart(7)} ${String(a.attributions).padStart(13)} ${String(a.sources).padStart(8)}`);
  }
  const m = r.analyzeOnMachineNode;
  if (m) {
    const wg = (m.edits ? `; edits p50 ${fmtMs(m.edits.p50Ms)} ms, p95 ${fmtMs(m.edits.p95Ms)} ms` : '') + (m.writeGoodMs === null ? '' : `; write-good ${fmtMs(m.writeGoodMs)} ms there, Sourcelight ${m.sourcelightTimesFasterThanWriteGood!.toFixed(1)}× faster`);
    lines.push(`  ${m.text} on the machine's own Node ${m.node}, in a fresh process: median ${fmtMs(m.medianMs)} ms, min ${fmtMs(m.minMs)} ms, max ${fmtMs(m.maxMs)} ms (${m.runs} runs${wg}; the slower Node judges the 1 MB targets)`);
  }
  lines.push('');
  const e = r.edit;
  lines.push(`One-character edits in the ${e.text} text (${e.edits} random places after ${WARM_UP_EDITS} unmeasured ones, alternately typing and deleting; incremental analyzer, engine time to the updated Analysis)`);
  lines.push(`  p50 ${fmtMs(e.p50Ms)} ms   p95 ${fmtMs(e.p95Ms)} ms   max ${fmtMs(e.maxMs)} ms   first update ${fmtMs(e.firstUpdateMs)} ms   paragraphs re-analysed per edit ${e.meanParagraphsAnalyzed.toFixed(2)} of ${e.paragraphs}   equal to analyze(): ${e.equalToFullAnalysis ? 'yes' : 'NO'}`);
  const b = e.breakdown;
  lines.push(`  a full analysis of that text spends: splitParagraphs ${fmtMs(b.splitParagraphsMs)} ms, analyzeParagraph × ${e.paragraphs} ${fmtMs(b.analyzeParagraphsMs)} ms, assembleAnalysis (numbering, coreference, claims) ${fmtMs(b.assembleAnalysisMs)} ms`);
  const pathMs = (ms: number | null): string => (ms === null ? '-' : `${fmtMs(ms)} ms`);
  lines.push(`  paragraphs assembled again per edit ${e.meanParagraphsAssembled.toFixed(2)}; coreference re-run after ${e.resolvedEdits} of ${e.edits} edits (p50 ${pathMs(e.resolvedP50Ms)}), sources kept after the others (p50 ${pathMs(e.keptSourcesP50Ms)})`);
  lines.push(`  the same edits again by a new analyzer, its code compiled by then: p50 ${fmtMs(e.again.p50Ms)} ms   p95 ${fmtMs(e.again.p95Ms)} ms (reported only: the first run's p95 judges the target)`);
  lines.push('');
  lines.push('Memory');
  for (const m of r.memory) lines.push(`  ${m.text.padEnd(7)} peak RSS +${m.peakRssIncreaseMB.toFixed(1)} MB, Analysis and engine retain ${m.retainedHeapMB.toFixed(1)} MB of heap (${(m.retainedHeapMB / (m.bytes / MB)).toFixed(1)}× the text), one analysis ${fmtMs(m.analyzeMs)} ms cold`);
  if (r.memory.length === 0) lines.push('  not measured');
  lines.push('  ' + r.memoryDefinition);
  lines.push('');
  lines.push('Peers on the same texts (Sourcelight × = how many times faster per MB Sourcelight is on that text)');
  lines.push('  peer                  text        size   runs    median      MB/s   Sourcelight ×');
  for (const p of r.peers) lines.push(`  ${(p.peer + ' ' + p.version).padEnd(20)} ${p.text.padEnd(7)} ${fmtBytes(p.bytes).padStart(10)} ${String(p.runs).padStart(4)} ${fmtMs(p.medianMs).padStart(8)} ms ${p.mbPerS.toFixed(2).padStart(8)} ${p.sourcelightTimesFaster.toFixed(1).padStart(12)}×`);
  if (r.peers.length === 0) lines.push('  not run');
  for (const n of r.peerNotes) lines.push(`  note: ${n}`);
  lines.push('');
  lines.push('What ships (production build made by esbuild.js --production in a scratch folder)');
  for (const b of bundles ?? []) lines.push(`  ${b.file.padEnd(24)} ${fmtBytes(b.bytes).padStart(10)} minified, ${fmtBytes(b.gzipBytes)} gzipped`);
  if (!bundles) lines.push('  bundles: not built');
  lines.push(`  VSIX: ${r.vsix ? `${r.vsix.file} ${fmtBytes(r.vsix.bytes)}; ` : ''}${r.vsixNote}`);
  lines.push(`  activation to first decorations: ${r.activation?.firstDecorationsMs != null ? `${fmtMs(r.activation.firstDecorationsMs)} ms (from ${r.activation.file})` : 'not measured in this run (no test-results/activation.json)'}`);
  lines.push('');
  lines.push('Targets');
  for (const t of r.targets) lines.push(`  ${t.status.padEnd(12)} ${t.target}: ${t.measured}`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
