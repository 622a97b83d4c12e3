// The newsroom's `.sourcelight.yaml`: house cue verbs and loaded verbs (literal words, never
// patterns), the source registry, and rule severities. Reading never throws and keeps every
// valid part of a partly wrong file; writing changes only the lines it adds, so the user's
// comments, quoting and key order stay byte for byte.
import { SEVERITIES, isRuleId, type RuleId, type Severity } from '../checks/types';
import type { AnalyzeOptions, RegistrySource, SourceType } from '../types';
import { notChanged, parseYamlForWriting, readYaml, type YamlNode, type YamlProblem, type YamlReader } from './yamlSafety';
import { listToWrite, startWrite, writtenText } from './yamlWrite';

export { MAX_YAML_ALIASES, MAX_YAML_DEPTH, MAX_YAML_LENGTH, problemAt, type YamlProblem } from './yamlSafety';

/** The file name Sourcelight looks for, from the article's folder up to the workspace root. */
export const CONFIG_FILE_NAME = '.sourcelight.yaml';

export interface SourcelightConfig {
  /** House cue verbs and phrases, added to the built-in ones ("briefed", "wrote in a memo"). */
  cueVerbs: string[];
  /** House loaded verbs, added to the built-in ones that `loaded-verb` flags. */
  loadedVerbs: string[];
  /** The newsroom's sources: names, aliases and titles resolve to these. */
  registry: RegistrySource[];
  /** Per-rule severities; absent rules keep their default. */
  severities: Partial<Record<RuleId, Severity>>;
}

export const defaultConfig = (): SourcelightConfig => ({ cueVerbs: [], loadedVerbs: [], registry: [], severities: {} });

export interface ParsedConfig {
  config: SourcelightConfig;
  /** Positions are offsets into the YAML text, for a diagnostic on `.sourcelight.yaml`. */
  errors: YamlProblem[];
}

/** Every source type, in the order Sourcelight lists them. */
export const SOURCE_TYPES: readonly SourceType[] = ['person', 'organization', 'anonymous', 'document'];
const REGISTRY_TEXT_FIELDS = ['title', 'affiliation', 'contact', 'notes'] as const;
const KNOWN_KEYS = ['cueVerbs', 'loadedVerbs', 'registry', 'severities'];

const readRegistry = (reader: YamlReader, node: YamlNode | null): RegistrySource[] => {
  const out: RegistrySource[] = [];
  for (const item of reader.seq(node, 'registry')) {
    const map = reader.map(item, 'Each registry entry');
    if (!map) continue;
    const source: Partial<RegistrySource> = {};
    for (const { key, pair } of reader.pairs(map)) {
      if (key === 'name') source.name = reader.string(pair.value, 'A source name')?.trim();
      else if (key === 'aliases') source.aliases = reader.stringList(pair.value, 'aliases');
      else if (key === 'type') {
        const type = reader.oneOf(pair.value, 'type', SOURCE_TYPES, `type should be one of ${SOURCE_TYPES.join(', ')}; it is ignored.`);
        if (type !== undefined) source.type = type;
      } else if ((REGISTRY_TEXT_FIELDS as readonly string[]).includes(key)) {
        const value = reader.string(pair.value, key);
        if (value !== undefined) source[key as (typeof REGISTRY_TEXT_FIELDS)[number]] = value;
      } else reader.warn(pair.key, `Unknown registry field '${key}'; it is ignored.`);
    }
    if (!source.name) {
      reader.warn(map, 'A registry entry needs a name; this one is ignored.');
      continue;
    }
    out.push(source as RegistrySource);
  }
  return out;
};

const readSeverities = (reader: YamlReader, node: YamlNode | null): Partial<Record<RuleId, Severity>> => {
  const out: Partial<Record<RuleId, Severity>> = {};
  const map = reader.map(node, 'severities');
  if (!map) return out;
  for (const { key, pair } of reader.pairs(map)) {
    if (!isRuleId(key)) {
      reader.warn(pair.key, `Unknown rule '${key}'; it is ignored.`);
      continue;
    }
    const value = reader.oneOf(pair.value, `The severity of ${key}`, SEVERITIES, `The severity of ${key} should be error, warning, information, hint or off; it is ignored.`);
    if (value !== undefined) out[key] = value;
  }
  return out;
};

/** Reads `.sourcelight.yaml`. Never throws: defaults for whatever is missing or wrong. */
export const parseConfig = (yamlText: string): ParsedConfig => {
  const config = defaultConfig();
  const errors = readYaml(yamlText, CONFIG_FILE_NAME, (reader, root) => {
    for (const { key, pair } of reader.pairs(root)) {
      if (key === 'cueVerbs' || key === 'loadedVerbs') config[key] = reader.stringList(pair.value, key);
      else if (key === 'registry') config.registry = readRegistry(reader, pair.value);
      else if (key === 'severities') config.severities = readSeverities(reader, pair.value);
      else reader.warn(pair.key, `Unknown setting '${key}' (known: ${KNOWN_KEYS.join(', ')}); it is ignored.`);
    }
  });
  return { config, errors };
};

/**
 * What the analyser needs from the config. House loaded verbs are cue verbs too, so that
 * "the minister lambasted ..." is found as an attribution and `loaded-verb` can flag it.
 */
export const analyzeOptionsFromConfig = (config: SourcelightConfig): AnalyzeOptions => {
  const cueVerbs = [...config.cueVerbs, ...config.loadedVerbs.filter((v) => !config.cueVerbs.includes(v))];
  return { cueVerbs, registry: config.registry };
};

/** A registry entry with keys in the documented order and no empty fields. */
const registryEntry = (source: RegistrySource): Record<string, string | string[]> => {
  const entry: Record<string, string | string[]> = { name: source.name.trim() };
  if (source.aliases && source.aliases.length > 0) entry.aliases = source.aliases.filter((a) => a.trim() !== '');
  for (const key of ['title', 'affiliation', 'type', 'contact', 'notes'] as const) {
    const value = source[key];
    if (typeof value === 'string' && value.trim() !== '') entry[key] = value;
  }
  return entry;
};

/**
 * Adds a source to the registry of `.sourcelight.yaml`, keeping comments and key order.
 * Creates the content when the file is empty; refuses malformed or hostile YAML, a
 * registry that is not a list, and a name that is already registered.
 */
export const addSourceToRegistry = (yamlText: string, source: RegistrySource): { text: string } | { error: string } => {
  try {
    if (!source || typeof source.name !== 'string' || source.name.trim() === '') return { error: 'A source needs a name.' };
    const parsed = parseYamlForWriting(yamlText ?? '', CONFIG_FILE_NAME);
    if ('error' in parsed) return parsed;
    const write = startWrite(parsed.doc);
    const registry = listToWrite(write, 'registry', CONFIG_FILE_NAME, 'its registry is not a list.');
    if ('error' in registry) return registry;
    const wanted = source.name.trim().toLowerCase();
    const existing = parseConfig(yamlText ?? '').config.registry;
    if (existing.some((s) => s.name.trim().toLowerCase() === wanted)) return { error: `${source.name.trim()} is already in the registry.` };
    registry.append(registryEntry(source));
    const text = writtenText(write);
    if ('error' in parseYamlForWriting(text, CONFIG_FILE_NAME)) return notChanged(CONFIG_FILE_NAME, 'Sourcelight could not write this change safely.');
    return { text };
  } catch (error) {
    return notChanged(CONFIG_FILE_NAME, error instanceof Error ? error.message : String(error));
  }
};
