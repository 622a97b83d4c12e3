import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CLAIM_STATUSES } from '../../../src/engine/annotations/index';
import { RULE_IDS, SEVERITIES } from '../../../src/engine/checks/index';

const repoRoot = path.resolve(__dirname, '../../../..');
const readSchema = (name: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', name), 'utf8'));

describe('the JSON schemas contributed for YAML validation', () => {
  it('.sourcelight.yaml: the keys, registry fields, rule ids and severities the reader accepts', () => {
    const schema = readSchema('sourcelight.schema.json');
    assert.deepStrictEqual(Object.keys(schema.properties).sort(), ['cueVerbs', 'loadedVerbs', 'registry', 'severities']);
    assert.deepStrictEqual(Object.keys(schema.properties.severities.properties).sort(), [...RULE_IDS].sort());
    assert.deepStrictEqual(schema.definitions.severity.enum, [...SEVERITIES]);
    assert.deepStrictEqual(Object.keys(schema.definitions.registrySource.properties), ['name', 'aliases', 'title', 'affiliation', 'type', 'contact', 'notes']);
  });

  it('ARTICLE.sources.yaml: the annotation fields, statuses and ignorable rules', () => {
    const schema = readSchema('sources.schema.json');
    const claim = schema.definitions.claim;
    assert.deepStrictEqual(Object.keys(claim.properties), ['text', 'context', 'claimant', 'status', 'reviewRating', 'note', 'evidence', 'reviewer', 'date', 'ignore']);
    assert.deepStrictEqual(claim.properties.status.enum, [...CLAIM_STATUSES]);
    assert.deepStrictEqual(claim.properties.ignore.items.enum, [...RULE_IDS]);
  });
});
