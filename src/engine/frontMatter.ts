// A Markdown article's front matter: the block of metadata some newsrooms' files open with
// (Jekyll, Hugo, Astro), between "---" lines (YAML; "..." may close it) or "+++" lines (TOML):
//
//   ---
//   title: "Port fees to rise, ministry says"
//   author: Dana Okafor
//   ---
//
// It is no part of the copy: its byline is no source and its date no claim. The engine reads the
// text with the block's characters turned into spaces (line breaks kept), so every offset stays
// the article's.

/** How far into a text its front matter may close (characters). */
const FRONT_MATTER_LIMIT = 20_000;

/** The end of the front matter's closing line (its line break excluded), or 0 when the text has none. */
export function frontMatterEnd(text: string): number {
  const c = text.charCodeAt(0);
  if (c !== 45 && c !== 43) return 0; // '-' or '+'
  const fence = c === 45 ? '---' : '+++';
  const separator = c === 45 ? ':' : '=';
  let lineStart = 0;
  let keys = 0;
  const limit = Math.min(text.length, FRONT_MATTER_LIMIT);
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let end = lineEnd;
    while (end > lineStart && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const line = text.slice(lineStart, end);
    if (lineStart === 0) {
      if (line !== fence) return 0;
    } else if (line === fence || (fence === '---' && line === '...')) {
      return keys > 0 ? end : 0;
    } else if (line !== '') {
      // a key and its value; a value's continuation (indented), a list item or a comment
      const first = line.charCodeAt(0);
      if (first === 32 || first === 9 || first === 45 || first === 35) {
        // (nothing to check)
      } else {
        const at = line.indexOf(separator);
        const key = at > 0 ? line.slice(0, at).trimEnd() : '';
        if (key === '' || key.indexOf(' ') >= 0) return 0;
        keys++;
      }
    }
    lineStart = lineEnd + 1;
  }
  return 0;
}

/** `text` with its front matter (see frontMatterEnd) turned into spaces, line breaks kept; `text` itself when it has none. */
export function withoutFrontMatter(text: string): string {
  const end = frontMatterEnd(text);
  if (end === 0) return text;
  let blank = '';
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k);
    blank += c === 10 || c === 13 ? text[k] : ' ';
  }
  return blank + text.slice(end);
}
