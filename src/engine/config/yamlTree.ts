// YAML as a tree of Sourcelight's own nodes, built on yaml's lexer and parser (its concrete
// syntax tree) instead of its Document model: each node keeps its offsets and the CST token it
// came from, so a write can splice text at those offsets and leave every other byte as the user
// wrote it. The checks and the reading of scalars are adapted from yaml's composer (yaml by
// Eemeli Aro, ISC licence, whose notice is in ThirdPartyNotices.txt), with its messages and
// positions, for the YAML Sourcelight reads:
// block and flow collections, plain, quoted and block scalars read with the YAML 1.2 core
// schema, anchors and aliases, and the tags `!!str`, `!!int`, `!!float`, `!!bool`, `!!null`,
// `!!map`, `!!seq` and `!`; other tags are warned about and read as text. The caller
// (yamlSafety.ts) caps size and flow nesting first, and block nesting is checked here without
// recursion before anything is built, so the recursion that builds the tree stays shallow.
import { Parser, type CST } from 'yaml';

/** `[start, end of the value, end including a trailing comment]`, as yaml gives them. */
export type YamlRange = [number, number, number];

export interface YamlScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** How it is written: `plain`, quoted, or a `block` scalar (`|` or `>`). Empty values are `plain`. */
  style: 'plain' | 'single' | 'double' | 'block';
  range: YamlRange;
  /** Null for an empty value (`key:`). */
  token: CST.FlowScalar | CST.BlockScalar | null;
  anchor?: string;
}

export interface YamlPair {
  key: YamlNode;
  value: YamlNode | null;
  item: CST.CollectionItem;
}

export interface YamlMap {
  kind: 'map';
  items: YamlPair[];
  flow: boolean;
  range: YamlRange;
  token: CST.BlockMap | CST.FlowCollection;
  anchor?: string;
}

export interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
  flow: boolean;
  range: YamlRange;
  token: CST.BlockSequence | CST.FlowCollection;
  anchor?: string;
}

export interface YamlAlias {
  kind: 'alias';
  name: string;
  /** The anchored node it stands for (a node built earlier; null when there is none). */
  target: YamlNode | null;
  range: YamlRange;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

export interface ComposedProblem {
  message: string;
  start: number;
  end: number;
  warning: boolean;
}

export interface ComposedYaml {
  /** The document's content; an empty scalar for an empty document. */
  contents: YamlNode;
  /** The first document's CST token (null when the text has none). */
  document: CST.Document | null;
  /** The top-level CST tokens, in order. */
  tokens: CST.Token[];
  problems: ComposedProblem[];
  /** Aliases in the document, and the nodes reached through them in total (nested ones included). */
  aliases: number;
  aliasExpansion: number;
}

type ErrorSource = number | [number, number] | { offset: number; source?: string };
type OnError = (source: ErrorSource, message: string, warning?: boolean) => void;

const errorPos = (src: ErrorSource): [number, number] => {
  if (typeof src === 'number') return [src, src + 1];
  if (Array.isArray(src)) return [src[0], src[1]];
  return [src.offset, src.offset + (typeof src.source === 'string' ? src.source.length : 1)];
};

/** The CST tokens a node is made of, iteratively, with their depth (for the nesting cap). */
export const cstDepthExceeds = (root: CST.Token | undefined, limit: number): { offset: number; source: string } | null => {
  if (!root) return null;
  const stack: { token: CST.Token; depth: number }[] = [{ token: root, depth: 1 }];
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (depth > limit) return { offset: token.offset, source: 'source' in token ? token.source : '' };
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return null;
};

interface Props {
  comma: CST.SourceToken | null;
  found: CST.SourceToken | null;
  hasNewline: boolean;
  hasComment: boolean;
  anchor: CST.SourceToken | null;
  tag: CST.SourceToken | null;
  newlineAfterProp: CST.SourceToken | null;
  end: number;
  start: number;
}

interface PropsContext {
  flow?: string;
  indicator: CST.SourceToken['type'];
  next: CST.Token | null | undefined;
  offset: number;
  parentIndent: number;
  startOnNewline: boolean;
}

/** yaml's resolveProps: the indicator, anchor and tag before a node, and misplaced tokens. */
const resolveProps = (tokens: CST.SourceToken[], ctx: PropsContext, onError: OnError): Props => {
  const { flow, indicator, next, offset, parentIndent, startOnNewline } = ctx;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let hasComment = false;
  let hasNewline = false;
  let reqSpace = false;
  let tab: CST.SourceToken | null = null;
  let anchor: CST.SourceToken | null = null;
  let tag: CST.SourceToken | null = null;
  let newlineAfterProp: CST.SourceToken | null = null;
  let comma: CST.SourceToken | null = null;
  let found: CST.SourceToken | null = null;
  let start: number | null = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== 'space' && token.type !== 'newline' && token.type !== 'comma') onError(token.offset, 'Tags and anchors must be separated from the next token by white space');
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== 'comment' && token.type !== 'newline') onError(tab, 'Tabs are not allowed as indentation');
      tab = null;
    }
    switch (token.type) {
      case 'space':
        if (!flow && (indicator !== 'doc-start' || next?.type !== 'flow-collection') && token.source.includes('\t')) tab = token;
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) onError(token, 'Comments must be separated from other tokens by white space characters');
        hasComment = true;
        atNewline = false;
        break;
      case 'newline':
        atNewline = true;
        hasNewline = true;
        if (anchor || tag) newlineAfterProp = token;
        hasSpace = true;
        break;
      case 'anchor':
        if (anchor) onError(token, 'A node can have at most one anchor');
        if (token.source.endsWith(':')) onError(token.offset + token.source.length - 1, 'Anchor ending in : is ambiguous', true);
        anchor = token;
        start ??= token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case 'tag':
        if (tag) onError(token, 'A node can have at most one tag');
        tag = token;
        start ??= token.offset;
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case indicator:
        if (anchor || tag) onError(token, `Anchors and tags must be after the ${token.source} indicator`);
        if (found) onError(token, `Unexpected ${token.source} in ${flow ?? 'collection'}`);
        found = token;
        atNewline = indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
        hasSpace = false;
        break;
      case 'comma':
        if (flow) {
          if (comma) onError(token, `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
        onError(token, `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
        break;
      default:
        onError(token, `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== 'space' && next.type !== 'newline' && next.type !== 'comma' && (next.type !== 'scalar' || next.source !== '')) {
    onError(next.offset, 'Tags and anchors must be separated from the next token by white space');
  }
  if (tab && ((atNewline && tab.indent <= parentIndent) || next?.type === 'block-map' || next?.type === 'block-seq')) onError(tab, 'Tabs are not allowed as indentation');
  return { comma, found, hasNewline, hasComment, anchor, tag, newlineAfterProp, end, start: start ?? end };
};

/** yaml's resolveEnd: the comments after a node, and where they end. */
const resolveEnd = (end: CST.SourceToken[] | undefined, offset: number, reqSpace: boolean, onError: OnError): number => {
  if (!end) return offset;
  let hasSpace = false;
  for (const token of end) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type === 'comment') {
      if (reqSpace && !hasSpace) onError(token, 'Comments must be separated from other tokens by white space characters');
    } else onError(token, `Unexpected ${token.type} at node end`);
    offset += token.source.length;
  }
  return offset;
};

/** yaml's containsNewline: whether an implicit key spreads over lines. */
const containsNewline = (key: CST.Token | null | undefined): boolean => {
  if (!key) return false;
  switch (key.type) {
    case 'alias':
    case 'scalar':
    case 'double-quoted-scalar':
    case 'single-quoted-scalar':
      return key.source.includes('\n') || (key.end ?? []).some((st) => st.type === 'newline');
    case 'flow-collection':
      for (const it of key.items) {
        if (it.start.some((st) => st.type === 'newline') || (it.sep ?? []).some((st) => st.type === 'newline')) return true;
        if (containsNewline(it.key) || containsNewline(it.value)) return true;
      }
      return false;
    default:
      return true;
  }
};

/** yaml's emptyScalarPosition: an empty value sits after the whitespace that follows its indicator. */
const emptyScalarPosition = (offset: number, before: CST.SourceToken[] | undefined): number => {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    let st = before[i];
    if (st.type === 'space' || st.type === 'comment' || st.type === 'newline') {
      offset -= st.source.length;
      continue;
    }
    st = before[++i];
    while (st?.type === 'space') {
      offset += st.source.length;
      st = before[++i];
    }
    break;
  }
  return offset;
};

// The YAML 1.2 core schema, as yaml reads untagged plain scalars.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

type CoreType = 'null' | 'bool' | 'int' | 'float';

/** What a plain scalar means in the core schema, or undefined for a string. */
const coreValue = (s: string): { type: CoreType; value: null | boolean | number } | undefined => {
  if (NULL_RE.test(s)) return { type: 'null', value: null };
  if (BOOL_RE.test(s)) return { type: 'bool', value: s[0] === 't' || s[0] === 'T' };
  if (OCT_RE.test(s)) return { type: 'int', value: parseInt(s.slice(2), 8) };
  if (INT_RE.test(s)) return { type: 'int', value: parseInt(s, 10) };
  if (HEX_RE.test(s)) return { type: 'int', value: parseInt(s.slice(2), 16) };
  if (NAN_RE.test(s)) return { type: 'float', value: s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity };
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return { type: 'float', value: parseFloat(s) };
  return undefined;
};

/** Whether `text` written as a plain scalar would read back as a string (not null, a boolean or a number). */
export const readsAsString = (text: string): boolean => coreValue(text) === undefined;

const CORE_TAG = 'tag:yaml.org,2002:';

/** A tag's full name (`!!str` → `tag:yaml.org,2002:str`), or null with an error for a handle Sourcelight does not know. */
const tagName = (source: string, onError: (message: string) => void): string | null => {
  if (source === '!') return '!';
  if (source[0] !== '!') {
    onError(`Not a valid tag: ${source}`);
    return null;
  }
  if (source[1] === '<') {
    if (source.endsWith('>')) return source.slice(2, -1);
    onError('Verbatim tags must end with a >');
    return null;
  }
  const handle = source.slice(0, source.lastIndexOf('!') + 1);
  const suffix = source.slice(handle.length);
  if (!suffix) {
    onError(`The ${source} tag has no suffix`);
    return null;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(suffix);
  } catch (error) {
    onError(String(error));
    return null;
  }
  if (handle === '!') return `!${decoded}`;
  if (handle === '!!') return CORE_TAG + decoded;
  onError(`Could not resolve tag: ${source}`);
  return null;
};

interface Context {
  /** Whether no collection has been entered yet (a block scalar at the top may be unindented). */
  atRoot: boolean;
  anchors: Map<string, YamlNode>;
  aliases: number;
  aliasExpansion: number;
  /** The number of nodes each node stands for with its aliases expanded. */
  sizes: WeakMap<YamlNode, number>;
  onError: OnError;
}

const withAnchor = (ctx: Context, node: YamlNode, anchor: CST.SourceToken | null): YamlNode => {
  if (!anchor || node.kind === 'alias') return node;
  const name = anchor.source.substring(1);
  if (name === '') ctx.onError(anchor, 'Anchor cannot be an empty string');
  node.anchor = name;
  ctx.anchors.set(name, node);
  return node;
};

const composeScalar = (ctx: Context, token: CST.FlowScalar | CST.BlockScalar, tagToken: CST.SourceToken | null): YamlScalar => {
  const resolved = token.type === 'block-scalar' ? blockScalar(token, ctx.atRoot, ctx.onError) : flowScalar(token, ctx.onError);
  const source = resolved.value;
  const style = token.type === 'block-scalar' ? 'block' : token.type === 'single-quoted-scalar' ? 'single' : token.type === 'double-quoted-scalar' ? 'double' : 'plain';
  let value: YamlScalar['value'] = source;
  const tag = tagToken ? tagName(tagToken.source, (message) => ctx.onError(tagToken, message)) : null;
  if (tag === null && !tagToken) {
    const core = token.type === 'scalar' ? coreValue(source) : undefined;
    if (core) value = core.value;
  } else if (tag !== null && tag !== '!' && tag !== `${CORE_TAG}str`) {
    const core = tag.startsWith(CORE_TAG) ? coreValue(source) : undefined;
    if (core && tag === CORE_TAG + core.type) value = core.value;
    else ctx.onError(tagToken!, `Unresolved tag: ${tag}`, true);
  }
  return { kind: 'scalar', value, style, range: resolved.range, token };
};

const emptyNode = (ctx: Context, offset: number, before: CST.SourceToken[] | undefined, props: Props): YamlNode => {
  const at = emptyScalarPosition(offset, before);
  const node: YamlScalar = { kind: 'scalar', value: null, style: 'plain', range: [at, at, props.hasComment ? props.end : at], token: null };
  if (props.tag) {
    // A tagged empty value is an empty string, except under `!!null`.
    const tag = tagName(props.tag.source, (message) => ctx.onError(props.tag!, message));
    if (tag !== `${CORE_TAG}null`) node.value = '';
    if (tag !== null && tag !== '!' && tag !== `${CORE_TAG}null` && tag !== `${CORE_TAG}str`) ctx.onError(props.tag, `Unresolved tag: ${tag}`, true);
  }
  return withAnchor(ctx, node, props.anchor);
};

const sizeOf = (ctx: Context, node: YamlNode | null): number => (node ? (ctx.sizes.get(node) ?? 1) : 0);

const composeNode = (ctx: Context, token: CST.Token, props: Props): YamlNode => {
  let node: YamlNode;
  switch (token.type) {
    case 'alias': {
      const name = token.source.substring(1);
      if (name === '') ctx.onError(token.offset, 'Alias cannot be an empty string');
      if (name.endsWith(':')) ctx.onError(token.offset + token.source.length - 1, 'Alias ending in : is ambiguous', true);
      if (props.anchor || props.tag) ctx.onError(token, 'An alias node must not specify any properties');
      const valueEnd = token.offset + token.source.length;
      const target = ctx.anchors.get(name) ?? null;
      if (!target) ctx.onError(token, `Unresolved alias (the anchor must be set before the alias): ${name}`);
      node = { kind: 'alias', name, target, range: [token.offset, valueEnd, resolveEnd(token.end, valueEnd, true, ctx.onError)] };
      ctx.aliases++;
      const size = sizeOf(ctx, target);
      ctx.aliasExpansion += size;
      ctx.sizes.set(node, size);
      return node;
    }
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      node = composeScalar(ctx, token, props.tag);
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      node = composeCollection(ctx, token, props);
      break;
    default: {
      ctx.onError(token as ErrorSource, token.type === 'error' ? token.message : `Unsupported token (type: ${token.type})`);
      return emptyNode(ctx, token.offset, undefined, props);
    }
  }
  return withAnchor(ctx, node, props.anchor);
};

const composeCollection = (ctx: Context, token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection, props: Props): YamlMap | YamlSeq => {
  const tagToken = props.tag;
  const tag = tagToken ? tagName(tagToken.source, (message) => ctx.onError(tagToken, message)) : null;
  const atRoot = ctx.atRoot;
  ctx.atRoot = false;
  if (token.type === 'block-seq') {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? (anchor.offset > tagToken.offset ? anchor : tagToken) : (anchor ?? tagToken);
    if (lastProp && (!nl || nl.offset < lastProp.offset)) ctx.onError(lastProp, 'Missing newline after block sequence props');
  }
  const node = token.type === 'block-map' ? blockMap(ctx, token) : token.type === 'block-seq' ? blockSeq(ctx, token) : flowCollection(ctx, token, atRoot);
  if (tag !== null && tag !== '!' && tag !== `${CORE_TAG}${node.kind}`) ctx.onError(tagToken!, `Unresolved tag: ${tag}`, true);
  let size = 1;
  if (node.kind === 'map') for (const pair of node.items) size += sizeOf(ctx, pair.key) + sizeOf(ctx, pair.value);
  else for (const item of node.items) size += sizeOf(ctx, item);
  ctx.sizes.set(node, size);
  return node;
};

/**
 * yaml's duplicate-key test (scalars with the same value; other keys are never equal), in
 * constant time per key: `seen` holds the scalar key values of the mapping so far.
 */
const isDuplicateKey = (seen: Set<YamlScalar['value']>, key: YamlNode): boolean => {
  if (key.kind !== 'scalar' || Number.isNaN(key.value)) return false;
  if (seen.has(key.value)) return true;
  seen.add(key.value);
  return false;
};

const START_COLUMN = 'All mapping items must start at the same column';

const blockMap = (ctx: Context, bm: CST.BlockMap): YamlMap => {
  const map: YamlMap = { kind: 'map', items: [], flow: false, range: [bm.offset, bm.offset, bm.offset], token: bm };
  const keys = new Set<YamlScalar['value']>();
  let offset = bm.offset;
  let commentEnd: number | null = null;
  for (const item of bm.items) {
    const { start, key, sep, value } = item;
    const keyProps = resolveProps(start, { indicator: 'explicit-key-ind', next: key ?? sep?.[0], offset, parentIndent: bm.indent, startOnNewline: true }, ctx.onError);
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === 'block-seq') ctx.onError(offset, 'A block sequence may not be used as an implicit map key');
        else if ('indent' in key && key.indent !== bm.indent) ctx.onError(offset, START_COLUMN);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep) {
        commentEnd = keyProps.end;
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) ctx.onError(key ?? start[start.length - 1], 'Implicit keys need to be on a single line');
    } else if (keyProps.found?.indent !== bm.indent) ctx.onError(offset, START_COLUMN);
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode(ctx, key, keyProps) : emptyNode(ctx, keyStart, start, keyProps);
    if (isDuplicateKey(keys, keyNode)) ctx.onError(keyStart, 'Map keys must be unique');
    const valueProps = resolveProps(sep ?? [], { indicator: 'map-value-ind', next: value, offset: keyNode.range[2], parentIndent: bm.indent, startOnNewline: !key || key.type === 'block-scalar' }, ctx.onError);
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === 'block-map' && !valueProps.hasNewline) ctx.onError(offset, 'Nested mappings are not allowed in compact mappings');
        if (keyProps.start < valueProps.found.offset - 1024) ctx.onError([keyNode.range[0], keyNode.range[1]], 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
      }
      const valueNode = value ? composeNode(ctx, value, valueProps) : emptyNode(ctx, offset, sep, valueProps);
      offset = valueNode.range[2];
      map.items.push({ key: keyNode, value: valueNode, item });
    } else {
      if (implicitKey) ctx.onError([keyNode.range[0], keyNode.range[1]], 'Implicit map keys need to be followed by map values');
      map.items.push({ key: keyNode, value: null, item });
    }
  }
  if (commentEnd && commentEnd < offset) ctx.onError(commentEnd, 'Map comment with trailing content');
  map.range = [bm.offset, offset, commentEnd ?? offset];
  return map;
};

const blockSeq = (ctx: Context, bs: CST.BlockSequence): YamlSeq => {
  const seq: YamlSeq = { kind: 'seq', items: [], flow: false, range: [bs.offset, bs.offset, bs.offset], token: bs };
  let offset = bs.offset;
  let commentEnd: number | null = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, { indicator: 'seq-item-ind', next: value, offset, parentIndent: bs.indent, startOnNewline: true }, ctx.onError);
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === 'block-seq') ctx.onError(props.end, 'All sequence items must start at the same column');
        else ctx.onError(offset, 'Sequence item without - indicator');
      } else {
        commentEnd = props.end;
        continue;
      }
    }
    const node = value ? composeNode(ctx, value, props) : emptyNode(ctx, props.end, start, props);
    offset = node.range[2];
    seq.items.push(node);
  }
  seq.range = [bs.offset, offset, commentEnd ?? offset];
  return seq;
};

const BLOCK_IN_FLOW = 'Block collections are not allowed within flow collections';
const isBlock = (token: CST.Token | null | undefined): boolean => !!token && (token.type === 'block-map' || token.type === 'block-seq');

const flowCollection = (ctx: Context, fc: CST.FlowCollection, atRoot: boolean): YamlMap | YamlSeq => {
  const isMap = fc.start.source === '{';
  const fcName = isMap ? 'flow map' : 'flow sequence';
  const range: YamlRange = [fc.offset, fc.offset, fc.offset];
  const map: YamlMap = { kind: 'map', items: [], flow: true, range, token: fc };
  const seq: YamlSeq = { kind: 'seq', items: [], flow: true, range, token: fc };
  const keys = new Set<YamlScalar['value']>();
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const item = fc.items[i];
    const { start, key, sep, value } = item;
    const props = resolveProps(start, { flow: fcName, indicator: 'explicit-key-ind', next: key ?? sep?.[0], offset, parentIndent: fc.indent, startOnNewline: false }, ctx.onError);
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep && !value) {
        if (i === 0 && props.comma) ctx.onError(props.comma, `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1) ctx.onError(props.start, `Unexpected empty item in ${fcName}`);
        offset = props.end;
        continue;
      }
      if (!isMap && containsNewline(key)) ctx.onError(key as ErrorSource, 'Implicit keys of flow sequence pairs need to be on a single line');
    }
    if (i === 0) {
      if (props.comma) ctx.onError(props.comma, `Unexpected , in ${fcName}`);
    } else if (!props.comma) ctx.onError(props.start, `Missing , between ${fcName} items`);
    if (!isMap && !sep && !props.found) {
      const valueNode = value ? composeNode(ctx, value, props) : emptyNode(ctx, props.end, sep, props);
      seq.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value)) ctx.onError([valueNode.range[0], valueNode.range[1]], BLOCK_IN_FLOW);
      continue;
    }
    const keyStart = props.end;
    const keyNode = key ? composeNode(ctx, key, props) : emptyNode(ctx, keyStart, start, props);
    if (isBlock(key)) ctx.onError([keyNode.range[0], keyNode.range[1]], BLOCK_IN_FLOW);
    const valueProps = resolveProps(sep ?? [], { flow: fcName, indicator: 'map-value-ind', next: value, offset: keyNode.range[2], parentIndent: fc.indent, startOnNewline: false }, ctx.onError);
    if (valueProps.found) {
      if (!isMap && !props.found) {
        for (const st of sep ?? []) {
          if (st === valueProps.found) break;
          if (st.type === 'newline') {
            ctx.onError(st, 'Implicit keys of flow sequence pairs need to be on a single line');
            break;
          }
        }
        if (props.start < valueProps.found.offset - 1024) ctx.onError(valueProps.found, 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
      }
    } else if (value) {
      if ('source' in value && value.source?.[0] === ':') ctx.onError(value as ErrorSource, `Missing space after : in ${fcName}`);
      else ctx.onError(valueProps.start, `Missing , or : between ${fcName} items`);
    }
    const valueNode = value ? composeNode(ctx, value, valueProps) : valueProps.found ? emptyNode(ctx, valueProps.end, sep, valueProps) : null;
    if (valueNode && isBlock(value)) ctx.onError([valueNode.range[0], valueNode.range[1]], BLOCK_IN_FLOW);
    const pair: YamlPair = { key: keyNode, value: valueNode, item };
    if (isMap) {
      if (isDuplicateKey(keys, keyNode)) ctx.onError(keyStart, 'Map keys must be unique');
      map.items.push(pair);
    } else {
      // `[a: b]`: a one-pair map inside a flow sequence.
      const end = (valueNode ?? keyNode).range;
      const single: YamlMap = { kind: 'map', items: [pair], flow: true, range: [keyNode.range[0], end[1], end[2]], token: fc };
      ctx.sizes.set(single, 1 + sizeOf(ctx, keyNode) + sizeOf(ctx, valueNode));
      seq.items.push(single);
    }
    offset = valueNode ? valueNode.range[2] : valueProps.end;
  }
  const expectedEnd = isMap ? '}' : ']';
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    ctx.onError(offset, atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`);
    if (ce && ce.source.length !== 1) ee.unshift(ce);
  }
  range[1] = cePos;
  range[2] = ee.length > 0 ? resolveEnd(ee, cePos, true, ctx.onError) : cePos;
  return isMap ? map : seq;
};

/**
 * Reads the first YAML document of `text` into Sourcelight's nodes, with every problem yaml's
 * parser and composer would report (a second document is an error). Expects text the caller
 * has already capped in size and flow nesting; checks block nesting itself, without recursion,
 * before building anything (returns null contents and `tooDeep` then).
 */
export const composeYaml = (text: string, maxDepth: number): ComposedYaml & { tooDeep: { offset: number; source: string } | null } => {
  const problems: ComposedProblem[] = [];
  const onError: OnError = (source, message, warning = false) => {
    const [start, end] = errorPos(source);
    problems.push({ message, start, end, warning });
  };
  const tokens = [...new Parser().parse(text)];
  const ctx: Context = { atRoot: true, anchors: new Map(), aliases: 0, aliasExpansion: 0, sizes: new WeakMap(), onError };
  let document: CST.Document | null = null;
  let contents: YamlNode | null = null;
  let directives = false;
  let tooDeep: { offset: number; source: string } | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'directive':
        if (document) onError(token, 'Directives are only allowed before the first document');
        else if (/^%YAML[ \t]/.test(token.source)) {
          if (!/^%YAML[ \t]+1\.2(?:[ \t]|$)/.test(token.source)) onError(token, 'Only YAML 1.2 is supported; this file is read as YAML 1.2', true);
        } else onError(token, `Unsupported directive ${token.source.split(/[ \t]/)[0]}; it is ignored`, true);
        directives = true;
        break;
      case 'document': {
        if (document) {
          onError([token.offset, token.offset + 1], 'Source contains multiple documents; only one is allowed');
          break;
        }
        document = token;
        tooDeep = cstDepthExceeds(token.value, maxDepth);
        if (tooDeep) break;
        const props = resolveProps(token.start, { indicator: 'doc-start', next: token.value ?? token.end?.[0], offset: token.offset, parentIndent: 0, startOnNewline: true }, onError);
        if (props.found) {
          if (token.value && (token.value.type === 'block-map' || token.value.type === 'block-seq') && !props.hasNewline) onError(props.end, 'Block collection cannot start on same line with directives-end marker');
        } else if (directives) onError(token, 'Missing directives-end/doc-start indicator line');
        contents = token.value ? composeNode(ctx, token.value, props) : emptyNode(ctx, props.end, token.start, props);
        resolveEnd(token.end, contents.range[2], false, onError);
        break;
      }
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        break;
      case 'error':
        onError(token, token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message);
        break;
      case 'doc-end':
        if (!document) onError(token, 'Unexpected doc-end without preceding document');
        else resolveEnd(token.end, token.offset + token.source.length, true, onError);
        break;
      default:
        onError(token as ErrorSource, `Unsupported token ${token.type}`);
    }
  }
  if (!document && directives) onError(text.length, 'Missing directives-end indicator line');
  problems.sort((a, b) => a.start - b.start);
  const empty: YamlScalar = { kind: 'scalar', value: null, style: 'plain', range: [0, text.length, text.length], token: null };
  return { contents: contents ?? empty, document, tokens, problems, aliases: ctx.aliases, aliasExpansion: ctx.aliasExpansion, tooDeep };
};

/** The length of a CST token's text (with the comments and line breaks that belong to it). */
const tokenLength = (token: CST.Token | CST.CollectionItem): number => {
  const sum = (tokens: readonly (CST.Token | CST.CollectionItem)[] | undefined): number => (tokens ?? []).reduce((n, t) => n + tokenLength(t), 0);
  if (!('type' in token)) return sum(token.start) + (token.key ? tokenLength(token.key) : 0) + sum(token.sep) + (token.value ? tokenLength(token.value) : 0);
  switch (token.type) {
    case 'block-scalar':
      return sum(token.props) + token.source.length;
    case 'block-map':
    case 'block-seq':
      return sum(token.items);
    case 'flow-collection':
      return token.start.source.length + sum(token.items) + sum(token.end);
    case 'document':
      return sum(token.start) + (token.value ? tokenLength(token.value) : 0) + sum(token.end);
    default:
      return token.source.length + ('end' in token ? sum(token.end) : 0);
  }
};

/** The end offset of a CST token (its text with the comments and line breaks that belong to it). */
export const tokenEnd = (token: CST.Token): number => token.offset + tokenLength(token);

// Scalars, as yaml's resolve-flow-scalar and resolve-block-scalar read them. ------------------

interface ResolvedScalar {
  value: string;
  range: YamlRange;
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

const trimStart = (s: string): string => {
  let i = 0;
  while (isBlank(s[i])) i++;
  return s.slice(i);
};

const trimEnd = (s: string): string => {
  let i = s.length;
  while (i > 0 && isBlank(s[i - 1])) i--;
  return s.slice(0, i);
};

/** Folds the lines of a flow scalar: one line break is a space, more keep all but one. */
const unfoldLines = (source: string): string => {
  const lines = source.split('\n');
  if (lines.length === 1) return source;
  const content = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let res = trimEnd(content(lines[0]));
  let sep = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = trimEnd(trimStart(content(lines[i])));
    if (line === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + line;
      sep = ' ';
    }
  }
  return res + sep + trimStart(lines[lines.length - 1]);
};

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t' };

const HEX = /^[0-9a-fA-F]+$/;

const doubleQuotedValue = (source: string, onError: (at: number, message: string) => void): string => {
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      // One line break folds to a space; more keep all but one.
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        i += 1;
        next = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      let next = source[++i];
      const escaped = ESCAPES[next];
      if (escaped) res += escaped;
      else if (next === '\n' || (next === '\r' && source[i + 1] === '\n')) {
        // An escaped line break joins the lines; the next line's indentation goes.
        if (next === '\r') i++;
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const code = source.substr(i + 1, length);
        const cp = code.length === length && HEX.test(code) ? parseInt(code, 16) : NaN;
        if (cp <= 0x10ffff) res += String.fromCodePoint(cp);
        else {
          onError(i - 1, `Invalid escape sequence ${source.substr(i - 1, length + 2)}`);
          res += source.substr(i - 1, length + 2);
        }
        i += length;
      } else {
        onError(i - 1, `Invalid escape sequence ${source.substr(i - 1, 2)}`);
        res += source.substr(i - 1, 2);
      }
    } else if (ch === ' ' || ch === '\t') {
      // Spaces before a line break go.
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  if (source[source.length - 1] !== '"' || source.length === 1) onError(source.length, 'Missing closing "quote');
  return res;
};

const BAD_PLAIN_START: Record<string, string> = { '\t': 'a tab character', ',': 'flow indicator character ,', '%': 'directive indicator character %', '|': 'block scalar indicator |', '>': 'block scalar indicator >', '@': 'reserved character @', '`': 'reserved character `' };

const flowScalar = (token: CST.FlowScalar, onError: OnError): ResolvedScalar => {
  const { offset, source } = token;
  const at = (rel: number, message: string) => onError(offset + rel, message);
  let value: string;
  if (token.type === 'single-quoted-scalar') {
    if (source[source.length - 1] !== "'" || source.length === 1) at(source.length, "Missing closing 'quote");
    value = unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
  } else if (token.type === 'double-quoted-scalar') value = doubleQuotedValue(source, at);
  else {
    const bad = BAD_PLAIN_START[source[0]];
    if (bad) at(0, `Plain value cannot start with ${bad}`);
    value = unfoldLines(source);
  }
  const valueEnd = offset + source.length;
  return { value, range: [offset, valueEnd, resolveEnd(token.end, valueEnd, true, onError)] };
};

/** A block scalar (`|` literal or `>` folded, with chomping and indentation indicators). */
const blockScalar = (token: CST.BlockScalar, atRoot: boolean, onError: OnError): ResolvedScalar => {
  const start = token.offset;
  const headerToken = token.props[0];
  if (headerToken?.type !== 'block-scalar-header') {
    onError(headerToken ?? start, 'Block scalar header not found');
    return { value: '', range: [start, start, start] };
  }
  const mode = headerToken.source[0];
  let indentIndicator = 0;
  let chomp = '';
  let bad = -1;
  for (let i = 1; i < headerToken.source.length; ++i) {
    const ch = headerToken.source[i];
    const n = Number(ch);
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!indentIndicator && n) indentIndicator = n;
    else if (bad === -1) bad = start + i;
  }
  if (bad !== -1) onError(bad, `Block scalar header includes extra characters: ${headerToken.source}`);
  let headerLength = headerToken.source.length;
  let hasSpace = false;
  for (const t of token.props.slice(1) as CST.Token[]) {
    if (t.type === 'space') hasSpace = true;
    else if (t.type === 'comment' && !hasSpace) onError(t, 'Comments must be separated from other tokens by white space characters');
    else if (t.type === 'error') onError(t, t.message);
    else if (t.type !== 'newline' && t.type !== 'comment') onError(t as ErrorSource, `Unexpected token in block scalar header: ${t.type}`);
    headerLength += 'source' in t && typeof t.source === 'string' ? t.source.length : 0;
  }
  const end = start + headerLength + token.source.length;
  const lines: [string, string][] = token.source
    ? token.source.split('\n').map((line) => {
        let n = 0;
        while (line[n] === ' ') n++;
        return [line.slice(0, n), line.slice(n)];
      })
    : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '' || lines[i][1] === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) return { value: chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '', range: [start, end, end] };
  let trimIndent = token.indent + indentIndicator;
  let offset = start + headerLength;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '' || content === '\r') {
      if (indentIndicator === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) onError(offset + indent.length, 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator');
      if (indentIndicator === 0) trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !atRoot) onError(offset, 'Block scalar values in collections must be indented');
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += `${lines[i][0].slice(trimIndent)}\n`;
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === '\r';
    if (crlf) content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      onError(offset - content.length - (crlf ? 2 : 1), `Block scalar lines must not be less indented than their ${indentIndicator ? 'explicit indentation indicator' : 'first line'}`);
      indent = '';
    }
    if (mode !== '>') {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += `\n${lines[i][0].slice(trimIndent)}`;
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') value += '\n';
  return { value, range: [start, end, end] };
};
