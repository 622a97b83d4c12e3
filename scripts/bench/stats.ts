// Small statistics helpers for the benchmark.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Timing {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function summarize(times: readonly number[]): Timing {
  return { runs: times.length, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

/** Times `fn` `runs` times after `warmup` untimed runs (milliseconds, performance.now()). */
export function timeRuns(fn: () => unknown, runs: number, warmup: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}

/** Like timeRuns, also returning the process CPU time of each run (user + system, all threads). */
export function timeRunsWithCpu(fn: () => unknown, runs: number, warmup: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    fn();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export const MB = 1024 * 1024;

/** Megabytes (2^20 bytes of UTF-8) per second. */
export const mbPerSecond = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);

export const fmtMs = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
export const fmtBytes = (bytes: number): string => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
