import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../../../src/engine/checks/types';
import { CommandId } from '../../../src/extension/checks/commandIds';
import { DEFAULT_EXCLUDE } from '../../../src/extension/checks/workspaceDefaults';

interface Contribution {
  command: string;
  title: string;
  category?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));
const commands: Contribution[] = manifest.contributes.commands;
const menus: Record<string, MenuItem[]> = manifest.contributes.menus;
const settings: Record<string, { default: unknown; scope?: string; properties?: Record<string, unknown>; enum?: string[] }> =
  manifest.contributes.configuration.properties;

describe('the claim checks in the manifest', () => {
  it('contribute every command, each in the Sourcelight category', () => {
    for (const id of Object.values(CommandId)) {
      const contributed = commands.find((c) => c.command === id);
      assert.ok(contributed, `${id} is contributed`);
      assert.strictEqual(contributed.category, 'Sourcelight', id);
    }
  });

  it('hide the internal command from the palette', () => {
    assert.ok(menus.commandPalette.some((m) => m.command === CommandId.IgnoreFinding && m.when === 'false'));
  });

  it('offer verification on claims and registration on sources in the Claims view', () => {
    const onClaims = menus['view/item/context'].filter((m) => m.when?.includes('viewItem == claim')).map((m) => m.command);
    for (const id of [CommandId.MarkVerified, CommandId.MarkDisputed, CommandId.MarkFalse, CommandId.AddNote]) assert.ok(onClaims.includes(id), id);
    assert.ok(menus['view/item/context'].some((m) => m.command === CommandId.AddSourceToRegistry && m.when?.includes('viewItem == source')));
    assert.ok(menus['editor/context'].some((m) => m.command === CommandId.CheckClaims));
  });

  it('declare the check settings with their defaults and resource scope', () => {
    assert.deepStrictEqual(settings['sourcelight.checks.frequency'].enum, ['onType', 'onSave', 'manual']);
    assert.strictEqual(settings['sourcelight.checks.frequency'].default, 'onType');
    assert.strictEqual(settings['sourcelight.checks.frequency'].scope, 'resource');
    assert.deepStrictEqual(Object.keys(settings['sourcelight.checks.severity'].properties ?? {}).sort(), [...RULE_IDS].sort());
    assert.strictEqual(settings['sourcelight.checks.workspaceExclude'].default, DEFAULT_EXCLUDE);
    assert.strictEqual(settings['sourcelight.annotations.reviewer'].default, '');
  });

  it('validate .sourcelight.yaml and sidecars against schemas that exist', () => {
    const validation: { fileMatch: string; url: string }[] = manifest.contributes.yamlValidation;
    assert.deepStrictEqual(validation.map((v) => v.fileMatch).sort(), ['*.sources.yaml', '.sourcelight.yaml']);
    for (const v of validation) assert.ok(fs.existsSync(path.join(__dirname, '..', '..', '..', '..', v.url)), v.url);
  });
});
