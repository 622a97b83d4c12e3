// Writing YAML by splicing text at the offsets of the nodes that change: a new list item, a
// new field, a changed scalar, a removed field. Every byte the user wrote elsewhere stays as it
// was (comments, quoting, blank lines, key order, flow collections, line endings). New text
// follows the surrounding style: the indentation of the list it joins, flow syntax inside flow
// collections, and the quoting of a scalar it replaces when the new value allows it (else
// plain when that reads back as the same string, else double-quoted with escapes).
import type { CST } from 'yaml';
import { notChanged, pairOf, type YamlDocument } from './yamlSafety';
import { readsAsString, tokenEnd, type YamlMap, type YamlNode, type YamlPair, type YamlScalar, type YamlSeq } from './yamlTree';

/** What Sourcelight writes: text, a list of text, or a mapping of those. */
export type YamlValue = string | readonly string[] | { readonly [key: string]: string | readonly string[] };

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The changes to one document, applied together by `writtenText`. */
export interface YamlWrite {
  readonly doc: YamlDocument;
  readonly splices: Splice[];
  /** The file's line break (`\r\n` when it uses them). */
  readonly nl: string;
}

export const startWrite = (doc: YamlDocument): YamlWrite => ({ doc, splices: [], nl: doc.text.includes('\r\n') ? '\r\n' : '\n' });

/** The text with every change applied (splices never overlap; inserts at one offset keep their order). */
export const writtenText = (write: YamlWrite): string => {
  const text = write.doc.text;
  const splices = write.splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of splices) {
    if (s.start < at) throw new Error('overlapping changes');
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
};

const splice = (write: YamlWrite, start: number, end: number, text: string): void => {
  write.splices.push({ start, end, text });
};

// Scalars ----------------------------------------------------------------------------------

/** Whether the UTF-16 unit at `i` can only be written as an escape: a control character, a line or paragraph separator, a byte order mark or half of a broken surrogate pair. */
const needsEscapeAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 0x20) return c !== 0x09;
  if (c >= 0x7f && c <= 0x9f) return true;
  if (c === 0x2028 || c === 0x2029 || c === 0xfeff) return true;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = i > 0 ? s.charCodeAt(i - 1) : 0;
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
};

const needsEscape = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (needsEscapeAt(s, i)) return true;
  return false;
};

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\0': '\\0', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

const doubleQuoted = (s: string): string => {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (ch === '\\' || ch === '"' || ch === '\t' || needsEscapeAt(s, i)) out += NAMED_ESCAPES[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
    else out += ch;
  }
  return `${out}"`;
};

const singleQuotable = (s: string): boolean => !needsEscape(s);

/** Words older YAML readers take for booleans: quoted, so the file means the same to them. */
const YAML_11_BOOLEAN = /^(?:[yYnN]|[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF)$/;

/** Whether `s` may be written plain and read back as the same string. */
export const plainSafe = (s: string, inFlow: boolean): boolean =>
  s !== '' &&
  s.trim() === s &&
  !needsEscape(s) &&
  !s.includes('\t') &&
  !/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) &&
  !s.includes(': ') &&
  !s.includes(' #') &&
  !s.endsWith(':') &&
  !(inFlow && /[,[\]{}]/.test(s)) &&
  !YAML_11_BOOLEAN.test(s) &&
  readsAsString(s);

/** A string as a scalar: in `style` when the string allows it, else plain when safe, else double-quoted. */
export const scalarText = (s: string, inFlow: boolean, style: YamlScalar['style'] = 'plain'): string => {
  if (style === 'double') return doubleQuoted(s);
  if (style === 'single' && singleQuotable(s)) return `'${s.replace(/'/g, "''")}'`;
  return plainSafe(s, inFlow) ? s : doubleQuoted(s);
};

// Rendering new values ---------------------------------------------------------------------

const spaces = (n: number): string => ' '.repeat(n);

/** A value in flow syntax; a mapping as `{ a: b }`, or `{a: b}` when `compact`. */
const flowText = (value: YamlValue, compact = false): string => {
  if (typeof value === 'string') return scalarText(value, true);
  if (Array.isArray(value)) return `[${(value as readonly string[]).map((v) => scalarText(v, true)).join(', ')}]`;
  const fields = Object.entries(value).map(([k, v]) => `${k}: ${flowText(v)}`).join(', ');
  return compact ? `{${fields}}` : `{ ${fields} }`;
};

/** What follows `key:` in a block mapping whose keys sit at `column`. */
const blockFieldValue = (value: string | readonly string[], column: number, nl: string): string =>
  typeof value === 'string' ? ` ${scalarText(value, false)}` : value.map((v) => `${nl}${spaces(column + 2)}- ${scalarText(v, false)}`).join('');

/** A block list item at `column` (the column of its `-`), without a final line break. */
const blockItem = (value: YamlValue, column: number, nl: string): string => {
  if (typeof value === 'string' || Array.isArray(value)) return `${spaces(column)}- ${flowText(value as YamlValue)}`;
  const fields = Object.entries(value as Record<string, string | readonly string[]>);
  if (fields.length === 0) return `${spaces(column)}- {}`;
  return fields.map(([k, v], i) => `${i === 0 ? `${spaces(column)}- ` : spaces(column + 2)}${k}:${blockFieldValue(v, column + 2, nl)}`).join(nl);
};

// Positions --------------------------------------------------------------------------------

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
/** The column of an offset (a byte order mark at the start of the file takes none). */
const columnOf = (text: string, offset: number): number => {
  const start = lineStart(text, offset);
  return offset - start - (start === 0 && text[0] === '\ufeff' && offset > 0 ? 1 : 0);
};
const onlySpacesBefore = (text: string, offset: number): boolean => /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));

/** Where a collection item's own text starts: its `?` or `-`, else its key or value. */
const itemStart = (item: CST.CollectionItem): number => {
  const own = item.start.find((t) => t.type !== 'space' && t.type !== 'newline' && t.type !== 'comment' && t.type !== 'comma');
  return own?.offset ?? item.key?.offset ?? item.sep?.[0]?.offset ?? item.value?.offset ?? item.start[item.start.length - 1]?.offset ?? 0;
};

/** Where a collection item's text ends, with its trailing comment and line break. */
const itemEnd = (item: CST.CollectionItem): number => {
  if (item.value) return tokenEnd(item.value);
  const last = item.sep?.[item.sep.length - 1] ?? (item.key ? undefined : item.start[item.start.length - 1]);
  if (last) return last.offset + last.source.length;
  return item.key ? tokenEnd(item.key) : 0;
};

/**
 * Moves `offset` (a line start) up over the comment lines directly above it, no further than
 * `floor`: a field's own comments go with it.
 */
const withCommentsAbove = (text: string, offset: number, floor: number): number => {
  let at = offset;
  while (at > floor) {
    const previous = lineStart(text, at - 1);
    if (previous < floor || !/^[ \t]*#/.test(text.slice(previous, at))) break;
    at = previous;
  }
  return at;
};

/** The end of a node's value text (before a trailing comment), and of a pair. */
const valueEnd = (node: YamlNode): number => node.range[1];

// Changes ----------------------------------------------------------------------------------

/** Sets a scalar to a string, keeping its quoting style where the string allows it. */
const setScalar = (write: YamlWrite, node: YamlScalar, value: string, inFlow: boolean): void => {
  const text = write.doc.text;
  const token = node.token;
  if (!token) {
    const at = node.range[0];
    const before = at > 0 && !/\s/.test(text[at - 1]) ? ' ' : '';
    const after = at < text.length && !/[\s,\]}]/.test(text[at]) ? ' ' : '';
    splice(write, at, at, `${before}${scalarText(value, inFlow)}${after}`);
    return;
  }
  if (token.type === 'block-scalar') {
    // A block scalar (`|`, `>`) becomes a one-line scalar; the line break after it stays.
    const end = tokenEnd(token);
    const removed = text.slice(token.offset, end);
    splice(write, token.offset, end, scalarText(value, inFlow) + (removed.endsWith('\n') ? write.nl : ''));
    return;
  }
  splice(write, token.offset, token.offset + token.source.length, scalarText(value, inFlow, node.style));
};

/** Appends items to a list, in its style: block items at its column, or flow items before `]`. */
const appendToSeq = (write: YamlWrite, seq: YamlSeq, values: readonly YamlValue[]): void => {
  if (values.length === 0) return;
  const text = write.doc.text;
  if (seq.flow) {
    // Like the items already there: `{a: b}` or `{ a: b }`, on the same line or one per line.
    const last = seq.items[seq.items.length - 1];
    const compact = last?.kind === 'map' && last.flow && text[last.range[0]] === '{' && text[last.range[0] + 1] !== ' ';
    const ownLine = last !== undefined && onlySpacesBefore(text, last.range[0]);
    const separator = ownLine ? `,${write.nl}${text.slice(lineStart(text, last.range[0]), last.range[0])}` : ', ';
    const rendered = values.map((v) => flowText(v, compact)).join(separator);
    if (last) splice(write, valueEnd(last), valueEnd(last), `${separator}${rendered}`);
    else splice(write, seq.token.offset + 1, seq.token.offset + 1, rendered);
    return;
  }
  const items = (seq.token as CST.BlockSequence).items.filter((item) => item.value || item.start.some((t) => t.type === 'seq-item-ind'));
  const first = items[0];
  const indicator = first?.start.find((t) => t.type === 'seq-item-ind');
  const column = indicator ? columnOf(text, indicator.offset) : columnOf(text, seq.token.offset);
  const at = itemEnd(items[items.length - 1] ?? first);
  const rendered = values.map((v) => blockItem(v, column, write.nl)).join(write.nl);
  if (text[at - 1] === '\n') splice(write, at, at, rendered + write.nl);
  else splice(write, at, at, write.nl + rendered);
};

/** Removes a pair from a mapping, with the comment lines directly above it. */
const deletePair = (write: YamlWrite, map: YamlMap, pair: YamlPair): void => {
  const text = write.doc.text;
  const index = map.items.indexOf(pair);
  if (map.flow) {
    const previous = map.items[index - 1];
    const next = map.items[index + 1];
    const end = valueEnd(pair.value ?? pair.key);
    if (previous) splice(write, valueEnd(previous.value ?? previous.key), end, '');
    else if (next) splice(write, itemStart(pair.item), itemStart(next.item), '');
    else splice(write, itemStart(pair.item), end, '');
    return;
  }
  const start = itemStart(pair.item);
  let end = itemEnd(pair.item);
  const next = map.items[index + 1];
  if (!onlySpacesBefore(text, start)) {
    // The first field, after `- ` or a key: the next field takes its place on that line.
    const nextFirst = next?.item.start.find((t) => t.type !== 'space' && t.type !== 'newline')?.offset ?? next?.item.key?.offset;
    if (next && nextFirst !== undefined) splice(write, start, nextFirst, '');
    else splice(write, start, text[end - 1] === '\n' ? end - (text[end - 2] === '\r' ? 2 : 1) : end, '');
    return;
  }
  let from = withCommentsAbove(text, lineStart(text, start), map.range[0]);
  if (text[end - 1] !== '\n') {
    if (text[end] === '\n') end += 1;
    else if (text.startsWith('\r\n', end)) end += 2;
    else if (from > 0) from -= text[from - 2] === '\r' ? 2 : 1; // the last line of a file without a final line break
  }
  splice(write, from, end, '');
};

const rankOf = (order: readonly string[], key: YamlNode): number => (key.kind === 'scalar' && typeof key.value === 'string' ? order.indexOf(key.value) : -1);

/** Adds a field to a mapping: before the first field that `order` puts after it, else at the end. */
const insertPair = (write: YamlWrite, map: YamlMap, key: string, value: string | readonly string[], order: readonly string[]): void => {
  const text = write.doc.text;
  const rank = order.indexOf(key);
  const before = map.items.find((pair) => rankOf(order, pair.key) > rank);
  if (map.flow) {
    const field = `${key}: ${flowText(value)}`;
    const last = map.items[map.items.length - 1];
    if (before) splice(write, itemStart(before.item), itemStart(before.item), `${field}, `);
    else if (last) splice(write, valueEnd(last.value ?? last.key), valueEnd(last.value ?? last.key), `, ${field}`);
    else splice(write, map.token.offset + 1, map.token.offset + 1, field);
    return;
  }
  const first = map.items[0];
  const column = first ? columnOf(text, itemStart(first.item)) : columnOf(text, map.token.offset);
  const field = `${key}:${blockFieldValue(value, column, write.nl)}`;
  if (before) {
    const start = itemStart(before.item);
    if (!onlySpacesBefore(text, start)) splice(write, start, start, `${field}${write.nl}${spaces(column)}`);
    else {
      const at = withCommentsAbove(text, lineStart(text, start), map.range[0]);
      splice(write, at, at, `${spaces(column)}${field}${write.nl}`);
    }
    return;
  }
  const at = itemEnd(map.items[map.items.length - 1].item);
  if (text[at - 1] === '\n') splice(write, at, at, `${spaces(column)}${field}${write.nl}`);
  else splice(write, at, at, `${write.nl}${spaces(column)}${field}`);
};

/** Replaces a pair's value with a new one (a list for a scalar, or the other way round). */
const replaceValue = (write: YamlWrite, map: YamlMap, pair: YamlPair, value: string | readonly string[]): void => {
  const text = write.doc.text;
  const node = pair.value!;
  if (map.flow || (node.kind !== 'scalar' && node.kind !== 'alias' && node.flow && typeof value !== 'string')) {
    splice(write, node.range[0], valueEnd(node), flowText(value));
    return;
  }
  const indicator = pair.item.sep?.find((t) => t.type === 'map-value-ind');
  const from = indicator ? indicator.offset + 1 : node.range[0];
  const end = valueEnd(node);
  const removed = text.slice(from, end);
  const column = columnOf(text, itemStart(pair.item));
  splice(write, from, end, blockFieldValue(value, column, write.nl) + (removed.endsWith('\n') ? write.nl : ''));
};

/**
 * Sets `key` of a mapping: a string or a list sets it, null, '' or [] removes it. A scalar keeps
 * its quoting where it can; a list that only grows gets the new items appended; a new field
 * goes where `order` puts it among the fields the user has.
 */
export const setField = (write: YamlWrite, map: YamlMap, key: string, value: string | readonly string[] | null, order: readonly string[]): void => {
  const pair = pairOf(map, key);
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    if (pair) deletePair(write, map, pair);
    return;
  }
  if (!pair) {
    insertPair(write, map, key, value, order);
    return;
  }
  const node = pair.value;
  if (node?.kind === 'scalar' && typeof value === 'string') {
    setScalar(write, node, value, map.flow);
    return;
  }
  if (node?.kind === 'seq' && typeof value !== 'string') {
    const old = node.items.map((item) => (item.kind === 'scalar' && item.value !== null ? String(item.value) : undefined));
    if (old.length <= value.length && old.every((v, i) => v === value[i])) {
      appendToSeq(write, node, value.slice(old.length));
      return;
    }
  }
  if (!node) {
    // `? key` without a value: write one after the key.
    splice(write, tokenEnd(pair.item.key!), tokenEnd(pair.item.key!), `:${typeof value === 'string' ? ` ${scalarText(value, map.flow)}` : ` ${flowText(value)}`}`);
    return;
  }
  replaceValue(write, map, pair, value);
};

/** The list under `key` of a document about to be written, and how to add to it. */
export interface ListToWrite {
  /** The list's current items (none when the key is missing or empty). */
  items: readonly YamlNode[];
  /** Appends an item to the list (creating the key, or the whole content, when needed). */
  append(value: YamlValue): void;
}

/**
 * The list under `key` in a document about to be rewritten: an empty document gets a top-level
 * mapping (after `header`, a comment line, when the file is blank), and a missing or empty `key`
 * a list. Refused (`notAList` says why) when the top level is not a mapping or `key` holds
 * something else.
 */
export const listToWrite = (write: YamlWrite, key: string, what: string, notAList: string, header?: string): ListToWrite | { error: string } => {
  const { text, contents } = write.doc;
  const { nl } = write;
  const newList = (value: YamlValue) => `${key}:${nl}${blockItem(value, 2, nl)}`;
  if (contents.kind === 'scalar' && contents.value === null) {
    return {
      items: [],
      append: (value) => {
        if (text.trim() === '') splice(write, 0, text.length, `${header !== undefined ? `#${header}${nl}${nl}` : ''}${newList(value)}${nl}`);
        else if (contents.token) splice(write, contents.token.offset, valueEnd(contents), newList(value));
        else {
          const end = text.search(/^\.\.\.(?:[ \t\r\n#]|$)/m);
          const at = end >= 0 ? end : text.length;
          splice(write, at, at, `${at > 0 && text[at - 1] !== '\n' ? nl : ''}${newList(value)}${nl}`);
        }
      },
    };
  }
  if (contents.kind !== 'map') return notChanged(what, 'its top level is not a mapping.');
  const root = contents;
  const pair = pairOf(root, key);
  const node = pair?.value;
  if (node?.kind === 'seq') return { items: node.items, append: (value) => appendToSeq(write, node, [value]) };
  if (pair && node && !(node.kind === 'scalar' && node.value === null)) return notChanged(what, notAList);
  return {
    items: [],
    append: (value) => {
      if (root.flow) {
        if (pair && node) splice(write, node.range[0], valueEnd(node), `[${flowText(value)}]`);
        else insertPairText(write, root, `${key}: [${flowText(value)}]`);
        return;
      }
      const column = root.items[0] ? columnOf(text, itemStart(root.items[0].item)) : 0;
      if (pair && node?.kind === 'scalar') {
        // `key:` or `key: ~`: the list goes on the lines below the key.
        const indicator = pair.item.sep?.find((t) => t.type === 'map-value-ind');
        const from = node.token ? node.token.offset : indicator ? indicator.offset + 1 : node.range[0];
        const until = node.token ? valueEnd(node) : from;
        let removeFrom = from;
        if (node.token) while (removeFrom > 0 && (text[removeFrom - 1] === ' ' || text[removeFrom - 1] === '\t')) removeFrom--;
        const end = itemEnd(pair.item);
        splice(write, removeFrom, until, '');
        const item = blockItem(value, column + 2, nl);
        if (text[end - 1] === '\n') splice(write, end, end, item + nl);
        else splice(write, end, end, nl + item);
        return;
      }
      const at = itemEnd(root.items[root.items.length - 1].item);
      const added = `${spaces(column)}${key}:${nl}${blockItem(value, column + 2, nl)}`;
      if (text[at - 1] === '\n') splice(write, at, at, added + nl);
      else splice(write, at, at, nl + added);
    },
  };
};

/** Adds `field` (already rendered) at the end of a flow mapping. */
const insertPairText = (write: YamlWrite, map: YamlMap, field: string): void => {
  const last = map.items[map.items.length - 1];
  if (last) splice(write, valueEnd(last.value ?? last.key), valueEnd(last.value ?? last.key), `, ${field}`);
  else splice(write, map.token.offset + 1, map.token.offset + 1, field);
};
