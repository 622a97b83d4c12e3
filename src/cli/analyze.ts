// `sourcelight analyze FILE... [--json]`: who said what in each file.
import { analyze } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import type { Command } from './commands';
import { formatAccount } from './format';
import { decodeText, describeReadError, type CliIo } from './io';

const USAGE = 'sourcelight analyze FILE... [--json]   (FILE "-" reads standard input)';

/** One file's entry in the `--json` array: the path as given, then the analysis. */
export interface AnalyzedFile {
  file: string;
  length: number;
  attributions: Analysis['attributions'];
  sources: Analysis['sources'];
  quotes: Analysis['quotes'];
  claims: Analysis['claims'];
  credits: Analysis['credits'];
  problems: Analysis['problems'];
}

export const toJsonEntry = (file: string, analysis: Analysis): AnalyzedFile => ({
  file,
  length: analysis.length,
  attributions: analysis.attributions,
  sources: analysis.sources,
  quotes: analysis.quotes,
  claims: analysis.claims,
  credits: analysis.credits,
  problems: analysis.problems,
});

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'show who said what in news articles (--json for machine-readable spans)',
  usage: USAGE,
  run(args: string[], io: CliIo): number {
    let json = false;
    const files: string[] = [];
    let optionsEnded = false;
    for (const arg of args) {
      if (!optionsEnded && arg === '--') optionsEnded = true;
      else if (!optionsEnded && arg === '--json') json = true;
      else if (!optionsEnded && (arg === '--help' || arg === '-h')) {
        io.stdout(`usage: ${USAGE}\n`);
        return 0;
      } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
        io.stderr(`sourcelight analyze: unknown option '${arg}'\nusage: ${USAGE}\n`);
        return 2;
      } else files.push(arg);
    }
    if (files.length === 0) {
      io.stderr(`sourcelight analyze: no files given\nusage: ${USAGE}\n`);
      return 2;
    }

    let failed = false;
    const entries: AnalyzedFile[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = decodeText(io.readFile(file));
      } catch (error) {
        io.stderr(`sourcelight analyze: cannot read ${file}: ${describeReadError(error)}\n`);
        failed = true;
        continue;
      }
      const analysis = analyze(text);
      if (json) entries.push(toJsonEntry(file, analysis));
      else io.stdout(formatAccount(file, text, analysis) + '\n');
    }
    if (json) io.stdout(JSON.stringify(entries, null, 2) + '\n');
    return failed ? 1 : 0;
  },
};
