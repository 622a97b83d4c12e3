// `sourcelight check FILE... [--format text|json|sarif]`: the claim checks from the command
// line, for a newsroom's CI. For each article it reads the nearest `.sourcelight.yaml` (from
// the article's folder up), the sidecar `ARTICLE.sources.yaml` beside it, and the evidence
// files the sidecar names (relative to the sidecar's folder). Exit 0 clean, 1 when an
// error-level finding exists, a YAML file is malformed or a file cannot be read, 2 on usage errors.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../engine/analyze';
import { anchorAnnotations, isSidecarPath, orphanProblems, parseSidecar, sidecarPathFor, type Sidecar } from '../engine/annotations/index';
import { ruleDocsUrl, rules, runChecks, type Finding, type FindingSeverity } from '../engine/checks/index';
import { RULE_DESCRIPTIONS } from '../engine/checks/ruleDocs';
import { analyzeOptionsFromConfig, CONFIG_FILE_NAME, defaultConfig, parseConfig, type SourcelightConfig, type YamlProblem } from '../engine/config/index';
import type { Command } from './commands';
import { decodeText, describeReadError, type CliIo } from './io';
import { positionIndex } from './positions';

const USAGE = 'sourcelight check FILE... [--format text|json|sarif]   (FILE "-" reads standard input)';
const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

const TOOL_VERSION = '0.1.0';
/** Evidence files larger than this are not read (a transcript is a few hundred kilobytes). */
const MAX_EVIDENCE_LENGTH = 5_000_000;
const INFORMATION_URI = 'https://github.com/sourcelight/sourcelight';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LocatedProblem extends YamlProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CheckedFile {
  file: string;
  /** The `.sourcelight.yaml` used, if any. */
  config: string | null;
  /** The sidecar read, if any. */
  sidecar: string | null;
  findings: LocatedFinding[];
  /** Problems in `.sourcelight.yaml` and the sidecar (malformed YAML, wrong types, orphaned annotations). */
  problems: LocatedProblem[];
}

const tryRead = (io: CliIo, file: string): { text: string } | { error: unknown } => {
  try {
    return { text: decodeText(io.readFile(file)) };
  } catch (error) {
    return { error };
  }
};

const isMissing = (error: unknown): boolean => {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

const locateProblems = (file: string, text: string, problems: readonly YamlProblem[]): LocatedProblem[] => {
  const at = positionIndex(text);
  return problems.map((p) => {
    const s = at(p.start);
    const e = at(p.end);
    return { ...p, file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
};

/** Finds and reads the nearest `.sourcelight.yaml`, caching by folder. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, { path: string | null; config: SourcelightConfig; problems: LocatedProblem[] }>();
  constructor(private readonly io: CliIo) {}

  find(folder: string): { path: string | null; config: SourcelightConfig; problems: LocatedProblem[] } {
    const visited: string[] = [];
    let dir = path.resolve(folder);
    let found: { path: string | null; config: SourcelightConfig; problems: LocatedProblem[] } | undefined;
    for (;;) {
      const cached = this.byFolder.get(dir);
      if (cached) {
        found = cached;
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      const read = tryRead(this.io, candidate);
      if ('text' in read) {
        const parsed = parseConfig(read.text);
        found = { path: candidate, config: parsed.config, problems: locateProblems(candidate, read.text, parsed.errors) };
        break;
      }
      if (!isMissing(read.error)) {
        found = {
          path: candidate,
          config: defaultConfig(),
          problems: [{ file: candidate, message: `cannot read ${CONFIG_FILE_NAME}: ${describeReadError(read.error)}; defaults used`, start: 0, end: 0, severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1 }],
        };
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    const result = found ?? { path: null, config: defaultConfig(), problems: [] };
    for (const d of visited) this.byFolder.set(d, result);
    return result;
  }
}

/** Checks one article's text. `file` is the path as given ('-' for standard input). */
export const checkText = (file: string, text: string, io: CliIo, configs: ConfigFinder = new ConfigFinder(io)): CheckedFile => {
  const folder = file === '-' ? process.cwd() : path.dirname(file);
  const { path: configPath, config, problems: configProblems } = configs.find(folder);
  const analysis = analyze(text, analyzeOptionsFromConfig(config));
  const problems: LocatedProblem[] = [];
  let sidecar: Sidecar | null = null;
  let sidecarFile: string | null = null;
  let sidecarText = '';
  let ranges: { start: number; end: number }[] = [];
  if (file !== '-') {
    const candidate = sidecarPathFor(file);
    const read = tryRead(io, candidate);
    if ('text' in read) {
      const parsed = parseSidecar(read.text);
      sidecar = parsed.sidecar;
      sidecarFile = candidate;
      sidecarText = read.text;
      ranges = parsed.ranges;
      problems.push(...locateProblems(candidate, read.text, parsed.errors));
    } else if (!isMissing(read.error)) {
      problems.push({ file: candidate, message: `cannot read the sidecar: ${describeReadError(read.error)}`, start: 0, end: 0, severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1 });
    }
  }
  const anchors = sidecar ? anchorAnnotations(text, analysis, sidecar) : [];
  if (sidecarFile) problems.push(...locateProblems(sidecarFile, sidecarText, orphanProblems(anchors, ranges)));
  const evidenceFolder = sidecarFile ? path.dirname(sidecarFile) : folder;
  // Evidence is read only inside the newsroom's folder (the one holding .sourcelight.yaml, or
  // the sidecar's): a sidecar from elsewhere cannot make CI print passages of other files.
  const roots = [path.resolve(evidenceFolder), ...(configPath ? [path.resolve(path.dirname(configPath))] : [])];
  const readEvidence = (evidence: string): string | undefined => {
    const resolved = path.resolve(evidenceFolder, evidence);
    if (!roots.some((root) => resolved === root || resolved.startsWith(root + path.sep))) return undefined;
    const read = tryRead(io, resolved);
    if (!('text' in read) || read.text.length > MAX_EVIDENCE_LENGTH) return undefined;
    return read.text;
  };
  const findings = runChecks({ text, analysis, config, sidecar, anchors, readEvidence });
  const at = positionIndex(text);
  const located = findings.map((f) => {
    const s = at(f.start);
    const e = at(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  });
  return { file, config: configPath, sidecar: sidecarFile, findings: located, problems: [...configProblems, ...problems] };
};

const SARIF_LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A SARIF artifact URI: a file: URI for absolute paths, a relative reference otherwise. */
const toUri = (file: string): string => {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return encodeURI(file.split(path.sep).join('/'));
};

/** A SARIF 2.1.0 log of the findings (one run; rule metadata with links to the rule pages). */
export const toSarif = (results: readonly CheckedFile[]): unknown => {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const seenProblems = new Set<string>();
  const notifications: unknown[] = [];
  for (const r of results) {
    for (const p of r.problems) {
      const key = `${p.file}:${p.start}:${p.message}`;
      if (seenProblems.has(key)) continue;
      seenProblems.add(key);
      notifications.push({
        level: p.severity,
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.file) }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } }],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sourcelight',
            version: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^[a-z]/, (c) => c.toUpperCase()),
              shortDescription: { text: RULE_DESCRIPTIONS[rule.id] },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.file) },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start },
                },
              },
            ],
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: f.fix.title },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: toUri(r.file) },
                          replacements: f.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.newText } })),
                        },
                      ],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
};

const formatText = (results: readonly CheckedFile[]): string => {
  const lines: string[] = [];
  const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const printed = new Set<string>();
  for (const r of results) {
    for (const p of r.problems) {
      const line = `${p.file}:${p.line}:${p.column} ${p.severity} yaml ${p.message}`;
      if (printed.has(line)) continue;
      printed.add(line);
      lines.push(line);
    }
    for (const f of r.findings) {
      counts[f.severity]++;
      lines.push(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  lines.push(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.information} information, ${counts.hint} hint)`);
  return lines.join('\n') + '\n';
};

const parseArgs = (args: readonly string[]): { files: string[]; format: Format } | { help: true } | { usageError: string } => {
  let format: Format = 'text';
  const files: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return { help: true };
    else if (!optionsEnded && (arg === '--format' || arg.startsWith('--format='))) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value === undefined || !(FORMATS as readonly string[]).includes(value)) return { usageError: `--format must be one of ${FORMATS.join(', ')}` };
      format = value as Format;
    } else if (!optionsEnded && arg === '--json') format = 'json';
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') return { usageError: `unknown option '${arg}'` };
    else files.push(arg);
  }
  if (files.length === 0) return { usageError: 'no files given' };
  return { files, format };
};

export const checkCommand: Command = {
  name: 'check',
  summary: 'run the claim checks on news articles (text, JSON or SARIF; exit 1 on errors)',
  usage: USAGE,
  run(args: string[], io: CliIo): number {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      io.stdout(`usage: ${USAGE}\n`);
      return 0;
    }
    if ('usageError' in parsed) {
      io.stderr(`sourcelight check: ${parsed.usageError}\nusage: ${USAGE}\n`);
      return 2;
    }
    const configs = new ConfigFinder(io);
    const results: CheckedFile[] = [];
    let failed = false;
    for (const file of parsed.files) {
      if (isSidecarPath(file) || path.basename(file) === CONFIG_FILE_NAME) {
        io.stderr(`sourcelight check: skipping ${file} (a Sourcelight YAML file, not an article)\n`);
        continue;
      }
      const read = tryRead(io, file);
      if ('error' in read) {
        io.stderr(`sourcelight check: cannot read ${file}: ${describeReadError(read.error)}\n`);
        failed = true;
        continue;
      }
      results.push(checkText(file, read.text, io, configs));
    }
    if (parsed.format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
    else if (parsed.format === 'sarif') io.stdout(JSON.stringify(toSarif(results), null, 2) + '\n');
    else io.stdout(formatText(results));
    const hasError = results.some((r) => r.findings.some((f) => f.severity === 'error') || r.problems.some((p) => p.severity === 'error'));
    return failed || hasError ? 1 : 0;
  },
};
