// Reading YAML from a workspace without trusting it: size, nesting and alias caps, every
// problem reported with a position, and small typed readers that turn wrong types into
// messages instead of exceptions. Shared by `.sourcelight.yaml` and the article sidecars.
import { Composer, isAlias, isMap, isScalar, isSeq, Parser, YAMLParseError, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** Larger files are refused unread (a newsroom's config or sidecar is a few kilobytes). */
export const MAX_YAML_LENGTH = 1_000_000;
/** Deeper nesting is refused (our files are three or four levels deep). */
export const MAX_YAML_DEPTH = 32;
/** At most this many aliases may be resolved (an alias bomb expands exponentially). */
export const MAX_YAML_ALIASES = 100;

export interface YamlProblem {
  message: string;
  /** Offsets into the YAML text (UTF-16, end exclusive). */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export interface SafeDocument {
  /** Null when the text was refused or is not valid YAML. */
  doc: Document.Parsed | null;
  problems: YamlProblem[];
  /** True when the text must not be rewritten (malformed or refused). */
  refused: boolean;
  /** True when the document uses aliases (`*name`); Sourcelight reads such files but does not rewrite them. */
  hasAliases?: boolean;
}

/** A problem at `[start, end)` of the YAML text (an error unless said otherwise). */
export const problemAt = (message: string, start: number, end: number, severity: YamlProblem['severity'] = 'error'): YamlProblem => ({ message, start: Math.max(0, start), end: Math.max(start, end), severity });

/** The range of a YAML node, or of the whole text when the node has none. */
export const nodeRange = (node: unknown, fallbackEnd = 0): { start: number; end: number } => {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range) return { start: range[0], end: Math.max(range[0], range[1]) };
  return { start: 0, end: fallbackEnd };
};

/** A cheap scan for flow-collection nesting (`[[[[...`) before handing text to the parser. */
const flowDepthExceeds = (text: string, limit: number): boolean => {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 10) quote = 0; // a quoted scalar broken over lines: stay conservative
      continue;
    }
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) quote = c;
    else if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return false;
};

const tooDeep = (what: string) => `Refused: ${what} is nested more than ${MAX_YAML_DEPTH} levels deep.`;

const refused = (problems: YamlProblem[]): SafeDocument => ({ doc: null, problems, refused: true });

/** Walks the node tree iteratively; reports excessive depth and alias use. */
const checkStructure = (doc: Document.Parsed, textLength: number, what: string): { problem: YamlProblem | null; aliases: number } => {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let aliases = 0;
  const at = (node: unknown, message: string) => {
    const r = nodeRange(node, textLength);
    return { problem: problemAt(message, r.start, r.end), aliases };
  };
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_YAML_DEPTH) return at(node, tooDeep(what));
    if (isAlias(node)) {
      if (++aliases > MAX_YAML_ALIASES) return at(node, `Refused: ${what} uses more than ${MAX_YAML_ALIASES} aliases.`);
    } else if (isMap(node)) {
      for (const pair of node.items) stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return { problem: null, aliases };
};

/**
 * yaml's `parseDocument` without its error prettifier (messages keep yaml's own wording; the
 * line and column are the editor's business): the first document, and an error on a second.
 */
const firstDocument = (text: string): Document.Parsed => {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, logLevel: 'error' }).compose(new Parser().parse(text), true, text.length)) {
    if (doc) {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
    doc = next as Document.Parsed;
  }
  return doc!;
};

/**
 * Parses YAML defensively. Never throws. `what` names the file in messages
 * (".sourcelight.yaml", "the sidecar").
 */
export const parseYamlSafely = (text: string, what: string): SafeDocument => {
  if (typeof text !== 'string') return refused([]);
  if (text.length > MAX_YAML_LENGTH) return refused([problemAt(`Refused: ${what} is larger than ${MAX_YAML_LENGTH / 1_000_000} MB.`, 0, 0)]);
  if (flowDepthExceeds(text, MAX_YAML_DEPTH)) return refused([problemAt(tooDeep(what), 0, 0)]);
  let doc: Document.Parsed;
  try {
    doc = firstDocument(text);
  } catch (error) {
    return refused([problemAt(`Refused: ${what} could not be read (${error instanceof Error ? error.message : String(error)}).`, 0, 0)]);
  }
  const problems: YamlProblem[] = [];
  for (const [found, severity] of [
    [doc.errors, 'error'],
    [doc.warnings, 'warning'],
  ] as const) {
    for (const e of found) problems.push(problemAt(`${what}: ${firstLine(e.message)}`, e.pos[0], e.pos[1], severity));
  }
  if (doc.errors.length > 0) return refused(problems);
  const structure = checkStructure(doc, text.length, what);
  if (structure.problem) return refused([...problems, structure.problem]);
  try {
    // yaml's own resource-exhaustion guard: counts what each alias expands to.
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES, mapAsMap: true });
  } catch (error) {
    return refused([...problems, problemAt(`Refused: ${what} expands too many aliases (${error instanceof Error ? firstLine(error.message) : String(error)}).`, 0, 0)]);
  }
  return { doc, problems, refused: false, hasAliases: structure.aliases > 0 };
};

/** Parses YAML that is about to be rewritten: refuses whatever `parseYamlSafely` refuses, and aliases. */
export const parseYamlForWriting = (text: string, what: string): { doc: Document.Parsed } | { error: string } => {
  const safe = parseYamlSafely(text, what);
  if (!safe.doc) return { error: `${what} was not changed: ${safe.problems[0]?.message ?? 'it is not valid YAML'}` };
  if (safe.hasAliases) return { error: `${what} was not changed: it uses YAML aliases (*name), which Sourcelight does not rewrite.` };
  return { doc: safe.doc };
};

const firstLine = (message: string): string => {
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
};

/** Follows an alias to its target (aliases were counted by parseYamlSafely). */
export const deref = (doc: Document.Parsed, node: unknown): unknown => {
  if (isAlias(node)) {
    try {
      return node.resolve(doc);
    } catch {
      return undefined;
    }
  }
  return node;
};

/** Whether a node is absent or an empty scalar (`key:` or `~`). */
export const isEmptyNode = (node: unknown): boolean => node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === undefined));

/** Reads values out of a parsed document, turning wrong types into messages. */
export interface YamlReader {
  readonly problems: YamlProblem[];
  warn(node: unknown, message: string): void;
  pairs(map: YAMLMap): { key: string; pair: Pair<unknown, unknown> }[];
  /** A string (numbers and booleans are accepted as their text), or undefined with a message. */
  string(node: unknown, what: string): string | undefined;
  /** One of `values`, or undefined (with `message` when the text is another word). */
  oneOf<T extends string>(node: unknown, what: string, values: readonly T[], message: string): T | undefined;
  /** A list of strings; a single string is accepted as a one-item list. */
  stringList(node: unknown, what: string): string[];
  /** The items of a list, or [] with a message when it is not one. */
  seq(node: unknown, what: string): unknown[];
  map(node: unknown, what: string): YAMLMap | null;
}

/**
 * Reads a workspace YAML file defensively: parses it with `parseYamlSafely`, hands `read` a
 * reader and the top-level map (nothing for an empty file; a message when the top level is
 * something else), and returns every problem found. Never throws.
 */
export const readYaml = (text: string, what: string, read: (reader: YamlReader, root: YAMLMap) => void): YamlProblem[] => {
  const safe = parseYamlSafely(text, what);
  const doc = safe.doc;
  if (!doc) return safe.problems;
  const problems: YamlProblem[] = [];
  const value = (node: unknown) => deref(doc, node);
  const warn = (node: unknown, message: string): void => {
    const r = nodeRange(node, text.length);
    problems.push(problemAt(message, r.start, r.end, 'warning'));
  };
  /** The node as `kind` (a map or a list), null when empty, or null with a message when it is something else. */
  const as = <T>(node: unknown, is: (n: unknown) => n is T, message: string): T | null => {
    const n = value(node);
    if (isEmptyNode(n)) return null;
    if (is(n)) return n;
    warn(n, message);
    return null;
  };
  const string = (node: unknown, what: string): string | undefined => {
    const n = value(node);
    if (n === null || n === undefined) return undefined;
    if (isScalar(n)) {
      const v = n.value;
      if (v === null || v === undefined) return undefined;
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (v instanceof Date) return v.toISOString().slice(0, 10);
    }
    warn(n, `${what} should be text; it is ignored.`);
    return undefined;
  };
  const reader: YamlReader = {
    problems,
    warn,
    pairs: (map) => {
      const out: { key: string; pair: Pair<unknown, unknown> }[] = [];
      for (const pair of map.items) {
        const key = value(pair.key);
        const k = isScalar(key) ? key.value : key;
        if (typeof k === 'string' || typeof k === 'number') out.push({ key: String(k), pair });
        else warn(pair.key, 'Keys should be plain words; this entry is ignored.');
      }
      return out;
    },
    string,
    oneOf: <T extends string>(node: unknown, what: string, values: readonly T[], message: string): T | undefined => {
      const s = string(node, what);
      if (s === undefined || (values as readonly string[]).includes(s)) return s as T | undefined;
      warn(node, message);
      return undefined;
    },
    stringList: (node, what) => {
      const n = value(node);
      if (n === null || n === undefined) return [];
      if (isScalar(n)) {
        const s = string(n, what);
        return s === undefined ? [] : [s];
      }
      if (!isSeq(n)) {
        warn(n, `${what} should be a list of words; it is ignored.`);
        return [];
      }
      const out: string[] = [];
      for (const item of n.items) {
        const s = string(item, `Each item of ${what}`);
        if (s !== undefined && s.trim() !== '') out.push(s.trim());
      }
      return out;
    },
    seq: (node, what) => as(node, isSeq, `${what} should be a list; it is ignored.`)?.items.map(value) ?? [],
    map: (node, what) => as(node, isMap, `${what} should be a mapping; it is ignored.`),
  };
  try {
    const root = as(doc.contents, isMap, `${what} should be a mapping of keys to values; it is ignored.`);
    if (root) read(reader, root);
  } catch (error) {
    problems.push(problemAt(`${what} could not be read: ${String(error)}`, 0, 0));
  }
  return [...safe.problems, ...problems];
};

/** The reply of a write that was refused. */
export const notChanged = (what: string, reason: string): { error: string } => ({ error: `${what} was not changed: ${reason}` });

/**
 * The list under `key` in a document about to be rewritten: an empty document gets a top-level
 * mapping, and a missing or empty `key` an empty list. Refused (`notAList` says why) when the
 * top level is not a mapping or `key` holds something else.
 */
export const listToWrite = (doc: Document.Parsed, key: string, what: string, notAList: string): YAMLSeq | { error: string } => {
  if (isEmptyNode(doc.contents)) doc.contents = doc.createNode({ [key]: [] }) as unknown as typeof doc.contents;
  else if (!isMap(doc.contents)) return notChanged(what, 'its top level is not a mapping.');
  const root = doc.contents as unknown as YAMLMap;
  if (isEmptyNode(root.get(key, true))) root.set(key, doc.createNode([]));
  const list = root.get(key, true);
  return isSeq(list) ? list : notChanged(what, notAList);
};

export type { Node };
