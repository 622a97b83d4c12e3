// Reading YAML from a workspace without trusting it: size, nesting and alias caps, every
// problem reported with a position, and small typed readers that turn wrong types into
// messages instead of exceptions. Shared by `.sourcelight.yaml` and the article sidecars.
// With the two modules beside it, the only code that knows yaml: yamlTree.ts turns yaml's
// parser tree into Sourcelight's own nodes, and yamlWrite.ts writes by splicing text at their
// offsets.
import { composeYaml, type YamlMap, type YamlNode, type YamlPair, type YamlSeq } from './yamlTree';

/** Larger files are refused unread (a newsroom's config or sidecar is a few kilobytes). */
export const MAX_YAML_LENGTH = 1_000_000;
/** Deeper nesting is refused (our files are three or four levels deep). */
export const MAX_YAML_DEPTH = 32;
/** At most this many aliases may be used (each stands for the node it names). */
export const MAX_YAML_ALIASES = 100;
/** At most this many nodes may be reached through aliases in total (an alias bomb multiplies them). */
export const MAX_YAML_ALIAS_EXPANSION = 10_000;

export interface YamlProblem {
  message: string;
  /** Offsets into the YAML text (UTF-16, end exclusive). */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

/** A parsed YAML document: its text and its content as Sourcelight's nodes. */
export interface YamlDocument {
  text: string;
  /** The top-level node; an empty scalar (value null) for an empty document. */
  contents: YamlNode;
}

export interface SafeDocument {
  /** Null when the text was refused or is not valid YAML. */
  doc: YamlDocument | null;
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

/**
 * Parses YAML defensively. Never throws. `what` names the file in messages
 * (".sourcelight.yaml", "the sidecar").
 */
export const parseYamlSafely = (text: string, what: string): SafeDocument => {
  if (typeof text !== 'string') return refused([]);
  if (text.length > MAX_YAML_LENGTH) return refused([problemAt(`Refused: ${what} is larger than ${MAX_YAML_LENGTH / 1_000_000} MB.`, 0, 0)]);
  if (flowDepthExceeds(text, MAX_YAML_DEPTH)) return refused([problemAt(tooDeep(what), 0, 0)]);
  let composed: ReturnType<typeof composeYaml>;
  try {
    composed = composeYaml(text, MAX_YAML_DEPTH);
  } catch (error) {
    return refused([problemAt(`Refused: ${what} could not be read (${error instanceof Error ? error.message : String(error)}).`, 0, 0)]);
  }
  const problems = composed.problems.map((p) => problemAt(`${what}: ${p.message}`, p.start, p.end, p.warning ? 'warning' : 'error'));
  if (composed.tooDeep) {
    const { offset, source } = composed.tooDeep;
    return refused([...problems, problemAt(tooDeep(what), offset, offset + source.length)]);
  }
  if (problems.some((p) => p.severity === 'error')) return refused(problems);
  if (composed.aliases > MAX_YAML_ALIASES) return refused([...problems, problemAt(`Refused: ${what} uses more than ${MAX_YAML_ALIASES} aliases.`, 0, 0)]);
  if (composed.aliasExpansion > MAX_YAML_ALIAS_EXPANSION) {
    return refused([...problems, problemAt(`Refused: ${what} expands too many aliases (they stand for more than ${MAX_YAML_ALIAS_EXPANSION} values).`, 0, 0)]);
  }
  return { doc: { text, contents: composed.contents }, problems, refused: false, hasAliases: composed.aliases > 0 };
};

/** Parses YAML that is about to be rewritten: refuses whatever `parseYamlSafely` refuses, and aliases. */
export const parseYamlForWriting = (text: string, what: string): { doc: YamlDocument } | { error: string } => {
  const safe = parseYamlSafely(text, what);
  if (!safe.doc) return { error: `${what} was not changed: ${safe.problems[0]?.message ?? 'it is not valid YAML'}` };
  if (safe.hasAliases) return { error: `${what} was not changed: it uses YAML aliases (*name), which Sourcelight does not rewrite.` };
  return { doc: safe.doc };
};

/** Follows an alias to the node it names (built once; aliases were capped by parseYamlSafely). */
export const deref = (node: YamlNode | null | undefined): YamlNode | null | undefined => (node?.kind === 'alias' ? node.target : node);

/** Whether a node is absent or an empty scalar (`key:` or `~`). */
export const isEmptyNode = (node: YamlNode | null | undefined): boolean => node === null || node === undefined || (node.kind === 'scalar' && node.value === null);

/** The pair under a plain `key` of a map (keys are unique: duplicates are refused). */
export const pairOf = (map: YamlMap, key: string): YamlPair | undefined => map.items.find((pair) => pair.key.kind === 'scalar' && pair.key.value === key);

/** Reads values out of a parsed document, turning wrong types into messages. */
export interface YamlReader {
  readonly problems: YamlProblem[];
  warn(node: unknown, message: string): void;
  pairs(map: YamlMap): { key: string; pair: YamlPair }[];
  /** A string (numbers and booleans are accepted as their text), or undefined with a message. */
  string(node: YamlNode | null, what: string): string | undefined;
  /** One of `values`, or undefined (with `message` when the text is another word). */
  oneOf<T extends string>(node: YamlNode | null, what: string, values: readonly T[], message: string): T | undefined;
  /** A list of strings; a single string is accepted as a one-item list. */
  stringList(node: YamlNode | null, what: string): string[];
  /** The items of a list, or [] with a message when it is not one. */
  seq(node: YamlNode | null, what: string): YamlNode[];
  map(node: YamlNode | null, what: string): YamlMap | null;
}

/**
 * Reads a workspace YAML file defensively: parses it with `parseYamlSafely`, hands `read` a
 * reader and the top-level map (nothing for an empty file; a message when the top level is
 * something else), and returns every problem found. Never throws.
 */
export const readYaml = (text: string, what: string, read: (reader: YamlReader, root: YamlMap) => void): YamlProblem[] => {
  const safe = parseYamlSafely(text, what);
  const doc = safe.doc;
  if (!doc) return safe.problems;
  const problems: YamlProblem[] = [];
  const warn = (node: unknown, message: string): void => {
    const r = nodeRange(node, text.length);
    problems.push(problemAt(message, r.start, r.end, 'warning'));
  };
  /** The node as a map or a list, null when empty, or null with a message when it is something else. */
  const as = <K extends 'map' | 'seq'>(node: YamlNode | null, kind: K, message: string): Extract<YamlNode, { kind: K }> | null => {
    const n = deref(node);
    if (isEmptyNode(n)) return null;
    if (n!.kind === kind) return n as Extract<YamlNode, { kind: K }>;
    warn(n, message);
    return null;
  };
  const string = (node: YamlNode | null, what: string): string | undefined => {
    const n = deref(node);
    if (n === null || n === undefined) return undefined;
    if (n.kind === 'scalar') {
      const v = n.value;
      if (v === null) return undefined;
      return String(v);
    }
    warn(n, `${what} should be text; it is ignored.`);
    return undefined;
  };
  const reader: YamlReader = {
    problems,
    warn,
    pairs: (map) => {
      const out: { key: string; pair: YamlPair }[] = [];
      for (const pair of map.items) {
        const key = deref(pair.key);
        const k = key?.kind === 'scalar' ? key.value : key;
        if (typeof k === 'string' || typeof k === 'number') out.push({ key: String(k), pair });
        else warn(pair.key, 'Keys should be plain words; this entry is ignored.');
      }
      return out;
    },
    string,
    oneOf: <T extends string>(node: YamlNode | null, what: string, values: readonly T[], message: string): T | undefined => {
      const s = string(node, what);
      if (s === undefined || (values as readonly string[]).includes(s)) return s as T | undefined;
      warn(node, message);
      return undefined;
    },
    stringList: (node, what) => {
      const n = deref(node);
      if (n === null || n === undefined) return [];
      if (n.kind === 'scalar') {
        const s = string(n, what);
        return s === undefined ? [] : [s];
      }
      if (n.kind !== 'seq') {
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
    seq: (node, what) => as(node, 'seq', `${what} should be a list; it is ignored.`)?.items.map((item) => deref(item) ?? item) ?? [],
    map: (node, what) => as(node, 'map', `${what} should be a mapping; it is ignored.`),
  };
  try {
    const root = as(doc.contents, 'map', `${what} should be a mapping of keys to values; it is ignored.`);
    if (root) read(reader, root);
  } catch (error) {
    problems.push(problemAt(`${what} could not be read: ${String(error)}`, 0, 0));
  }
  return [...safe.problems, ...problems];
};

/** The reply of a write that was refused. */
export const notChanged = (what: string, reason: string): { error: string } => ({ error: `${what} was not changed: ${reason}` });

export type { YamlMap, YamlNode, YamlPair, YamlSeq };
