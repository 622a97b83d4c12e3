// The benchmark's texts: the seed article when the shared corpus is beside the project, and
// ~100 KB, ~1 MB and ~10 MB texts generated from articles the team wrote (test fixtures and the
// sample newsroom), varied copy by copy and interleaved with generated wire copy. Nothing here
// is written into the project; the corpus is never used to build the large texts.
import * as fs from 'fs';
import * as path from 'path';
import { rng, wireText } from './wire';

export interface BenchText {
  name: string;
  /** Where the text came from, for the report. */
  origin: string;
  text: string;
  bytes: number;
}

const ARTICLE_FILE = /\.(txt|article|md)$/i;

/** Articles the team wrote: test/fixtures/articles and samples/newsroom (recursively). */
export function ownArticles(repo: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 3 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (ARTICLE_FILE.test(entry.name) && !/readme/i.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
        if (text.trim().length > 200) found.push({ file: path.relative(repo, full), text });
      }
    }
  };
  walk(path.join(repo, 'test', 'fixtures', 'articles'), 0);
  walk(path.join(repo, 'samples', 'newsroom'), 0);
  return found;
}

/** Digits re-drawn at random, so that every copy of an article has paragraphs of its own. */
function vary(text: string, random: () => number): string {
  return text.replace(/\d/g, () => String(Math.floor(random() * 10)));
}

/** About `chars` characters: our articles (varied) alternating with generated wire copy. */
export function largeText(chars: number, articles: readonly { text: string }[], seed: number): string {
  const random = rng(seed);
  const parts: string[] = [];
  let length = 0;
  let copy = 0;
  while (length < chars) {
    const wire = wireText(Math.min(6000, chars - length), { seed: seed * 7919 + copy });
    parts.push(wire);
    length += wire.length + 2;
    if (articles.length > 0 && length < chars) {
      const article = vary(articles[copy % articles.length]!.text.trim(), random);
      parts.push(article);
      length += article.length + 2;
    }
    copy++;
  }
  return parts.join('\n\n').slice(0, Math.max(chars, 0)) + '\n';
}

export function benchTexts(repo: string, sizes: { name: string; chars: number }[]): BenchText[] {
  const texts: BenchText[] = [];
  const articles = ownArticles(repo);
  const seedFile = path.resolve(repo, '..', 'shared', 'corpus', 'seed', 'korea-us-call.txt');
  if (fs.existsSync(seedFile)) {
    texts.push(make('seed', `../shared/corpus/seed/korea-us-call.txt`, fs.readFileSync(seedFile, 'utf8').replace(/^\uFEFF/, '')));
  } else if (articles.length > 0) {
    texts.push(make('seed', `${articles[0]!.file} (the seed article is not beside the project)`, articles[0]!.text));
  } else {
    texts.push(make('seed', 'generated wire article (no seed article or fixtures found)', wireText(3200, { seed: 99 })));
  }
  const origin =
    articles.length > 0
      ? `${articles.length} team-written articles (varied) + generated wire copy`
      : 'generated wire copy (no team-written articles found)';
  for (const size of sizes) texts.push(make(size.name, origin, largeText(size.chars, articles, size.chars % 1000 + 1)));
  return texts;
}

function make(name: string, origin: string, text: string): BenchText {
  return { name, origin, text, bytes: Buffer.byteLength(text, 'utf8') };
}
