// Scores Sourcelight's attribution engine against brat-standoff gold (PolNeAR layout).
//
//   npm run eval -- DIR [--json] [--article NAME] [--role source|cue|content]
//                       [--worst N] [--limit N] [--gold-as-prediction]
//
// DIR holds text/NAME.txt and attributions/NAME_XXXX.ann (several annotators: the first
// file in sorted order is used). Nothing here is part of `npm test`; the corpus is read
// from wherever DIR points and nothing derived from it is written into the project.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { analyze } from '../src/engine/analyze';
import type { Analysis } from '../src/engine/types';
import { parseBrat, ROLES, type GoldDocument, type Piece, type Role } from './eval/brat';
import { addCounts, compareRole, DEFINITIONS, emptyCounts, scoresOf, type Counts, type PRF, type RoleComparison, type RoleScores, type RoleSpans } from './eval/score';

interface Options {
  dir: string;
  json: boolean;
  article?: string;
  roles: Role[];
  worst: number;
  limit: number;
  goldAsPrediction: boolean;
}

const USAGE = 'usage: npm run eval -- DIR [--json] [--article NAME] [--role source|cue|content] [--worst N] [--limit N] [--gold-as-prediction]';

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: '', json: false, roles: [...ROLES], worst: 10, limit: Infinity, goldAsPrediction: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--article' || arg === '--verbose') options.article = value();
    else if (arg === '--role') {
      const role = value() as Role;
      if (!ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      options.roles = [role];
    } else if (arg === '--worst') options.worst = Number(value());
    else if (arg === '--limit') options.limit = Number(value());
    else if (arg === '--gold-as-prediction') options.goldAsPrediction = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else options.dir = arg;
  }
  if (!options.dir) fail('no corpus directory given');
  return options;
}

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface ArticleResult {
  name: string;
  annotationFile: string;
  goldAttributions: number;
  predictedAttributions: number;
  roles: Record<Role, RoleComparison>;
  textMismatches: string[];
}

function readArticles(dir: string): { name: string; textFile: string; annFile: string }[] {
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  if (!fs.existsSync(textDir) || !fs.existsSync(annDir)) fail(`${dir} must contain text/ and attributions/`);
  const annFiles = fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const firstAnnotation = new Map<string, string>();
  for (const file of annFiles) {
    const name = file.replace(/_[^_]+\.ann$/, '');
    if (!firstAnnotation.has(name)) firstAnnotation.set(name, file);
  }
  return fs
    .readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => f.slice(0, -4))
    .filter((name) => firstAnnotation.has(name))
    .map((name) => ({ name, textFile: path.join(textDir, name + '.txt'), annFile: path.join(annDir, firstAnnotation.get(name)!) }));
}

function goldSpans(gold: GoldDocument): RoleSpans {
  const spans: RoleSpans = { source: [], cue: [], content: [] };
  for (const a of gold.attributions) for (const role of ROLES) if (a[role]) spans[role].push(a[role]!);
  return spans;
}

function predictedSpans(analysis: Analysis): RoleSpans {
  const spans: RoleSpans = { source: [], cue: [], content: [] };
  const piece = (s: { start: number; end: number }): Piece => ({ start: s.start, end: s.end });
  for (const a of analysis.attributions) {
    if (a.source) spans.source.push([piece(a.source)]);
    spans.cue.push([piece(a.cue)]);
    if (a.content.length > 0) spans.content.push(a.content.map(piece));
  }
  return spans;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const f1Sum = (r: ArticleResult): number => ROLES.reduce((sum, role) => sum + scoresOf(r.roles[role].counts).exact.f1, 0);

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const articles = readArticles(options.dir).slice(0, options.limit);
  if (articles.length === 0) fail(`no annotated articles found in ${options.dir}`);
  if (options.article && !articles.some((a) => a.name.includes(options.article!))) fail(`no article matching ${options.article}`);

  const results: ArticleResult[] = [];
  let engineMs = 0;
  let characters = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  for (const article of articles) {
    const text = fs.readFileSync(article.textFile, 'utf8').replace(/^\uFEFF/, '');
    const gold = parseBrat(fs.readFileSync(article.annFile, 'utf8'), text);
    let predicted: RoleSpans;
    let predictedCount: number;
    if (options.goldAsPrediction) {
      predicted = goldSpans(gold);
      predictedCount = gold.attributions.length;
    } else {
      const started = performance.now();
      const analysis = analyze(text);
      engineMs += performance.now() - started;
      predicted = predictedSpans(analysis);
      predictedCount = analysis.attributions.length;
    }
    characters += text.length;
    const expected = goldSpans(gold);
    const roles = {} as Record<Role, RoleComparison>;
    for (const role of ROLES) roles[role] = compareRole(text, expected[role], predicted[role]);
    results.push({ name: article.name, annotationFile: path.basename(article.annFile), goldAttributions: gold.attributions.length, predictedAttributions: predictedCount, roles, textMismatches: gold.textMismatches });
    goldTotal += gold.attributions.length;
    predictedTotal += predictedCount;

    if (options.article && article.name.includes(options.article) && !options.json) printArticle(text, results[results.length - 1], options.roles);
  }

  const totals = {} as Record<Role, RoleScores>;
  for (const role of ROLES) {
    const counts: Counts = emptyCounts();
    for (const r of results) addCounts(counts, r.roles[role].counts);
    totals[role] = scoresOf(counts);
  }
  const worst = [...results].sort((a, b) => f1Sum(a) - f1Sum(b) || b.goldAttributions - a.goldAttributions).slice(0, options.worst);
  const mismatches = results.flatMap((r) => r.textMismatches.map((m) => `${r.name}: ${m}`));

  if (options.json) {
    const round = (p: PRF): PRF => ({ precision: +(100 * p.precision).toFixed(2), recall: +(100 * p.recall).toFixed(2), f1: +(100 * p.f1).toFixed(2) });
    const out = {
      dir: options.dir,
      articles: results.length,
      goldAttributions: goldTotal,
      predictedAttributions: predictedTotal,
      goldAsPrediction: options.goldAsPrediction,
      engineMs: +engineMs.toFixed(1),
      characters,
      definitions: DEFINITIONS.join('\n'),
      scores: Object.fromEntries(ROLES.map((role) => [role, { exact: round(totals[role].exact), partial: round(totals[role].partial), chars: round(totals[role].chars), counts: totals[role].counts }])),
      worst: worst.map((r) => ({ name: r.name, gold: r.goldAttributions, predicted: r.predictedAttributions, exactF1: Object.fromEntries(ROLES.map((role) => [role, +(100 * scoresOf(r.roles[role].counts).exact.f1).toFixed(1)])) })),
      goldTextMismatches: mismatches.length,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }

  const lines: string[] = [];
  lines.push(`Sourcelight eval on ${options.dir}: ${results.length} articles, ${goldTotal} gold attributions, ${predictedTotal} predicted` + (options.goldAsPrediction ? ' (GOLD AS PREDICTION: self-check of the reader, expect 100)' : ` (engine ${engineMs.toFixed(0)} ms for ${(characters / 1024).toFixed(0)} K chars)`));
  lines.push('');
  lines.push('          |       exact match      |   partial (overlap)    |   character overlap    |   spans');
  lines.push('role      |    P      R     F1     |    P      R     F1     |    P      R     F1     |  gold  pred');
  lines.push('----------+------------------------+------------------------+------------------------+------------');
  for (const role of ROLES) {
    const s = totals[role];
    const cell = (p: PRF): string => `${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}   `;
    lines.push(`${role.padEnd(9)} | ${cell(s.exact)}| ${cell(s.partial)}| ${cell(s.chars)}| ${String(s.counts.gold).padStart(5)} ${String(s.counts.predicted).padStart(5)}`);
  }
  lines.push('');
  lines.push(...DEFINITIONS);
  lines.push('');
  lines.push(`The ${worst.length} articles where the engine does worst (lowest sum of exact F1 over the three roles):`);
  lines.push('  source   cue  content  gold pred  article');
  for (const r of worst) {
    const f = (role: Role): string => pct(scoresOf(r.roles[role].counts).exact.f1);
    lines.push(`  ${f('source')}  ${f('cue')}  ${f('content')}  ${String(r.goldAttributions).padStart(4)} ${String(r.predictedAttributions).padStart(4)}  ${r.name}`);
  }
  if (mismatches.length > 0) {
    lines.push('');
    lines.push(`warning: ${mismatches.length} gold spans whose offsets do not reproduce their recorded text, e.g.`);
    for (const m of mismatches.slice(0, 3)) lines.push(`  ${m}`);
  }
  lines.push('');
  lines.push('Details for one article: --article NAME [--role cue]; machine-readable: --json.');
  process.stdout.write(lines.join('\n') + '\n');
}

function printArticle(text: string, result: ArticleResult, roles: Role[]): void {
  const show = (pieces: Piece[]): string => {
    const body = pieces.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ')).join(' … ');
    const where = pieces.map((p) => `${p.start}-${p.end}`).join(',');
    return `[${where}] ${body.length > 140 ? body.slice(0, 137) + '...' : body}`;
  };
  const lines = [`== ${result.name} (${result.annotationFile}): ${result.goldAttributions} gold, ${result.predictedAttributions} predicted attributions`];
  for (const role of roles) {
    const cmp = result.roles[role];
    const s = scoresOf(cmp.counts).exact;
    lines.push(`-- ${role}: exact P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}  (gold ${cmp.counts.gold}, predicted ${cmp.counts.predicted}, exact ${cmp.counts.exactHits})`);
    for (const m of cmp.missed) lines.push(`   missed   ${m.partial ? '~' : ' '} ${show(m.pieces)}`);
    for (const m of cmp.spurious) lines.push(`   spurious ${m.partial ? '~' : ' '} ${show(m.pieces)}`);
  }
  lines.push('   (~ = overlaps a span of the other side: a boundary error rather than a miss)', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main();
