// End to end, as a journalist sees it: the packaged VSIX installed into a real VS Code
// (code-server), the sample newsroom open in headless chromium, an article highlighted, a hover
// card on a source, the claim outline in the Sourcelight view and the status bar count.
// Takes the README's screenshots. Every step waits on the workbench's DOM.
//
// Environment: SOURCELIGHT_E2E_ARTICLE picks the article (a path relative to samples/newsroom/);
// SOURCELIGHT_E2E_VSIX and SOURCELIGHT_E2E_NEWSROOM replace the VSIX and the sample folder;
// SOURCELIGHT_E2E_SCREENSHOTS=1 refreshes the README's screenshots in docs/images/; SOURCELIGHT_KEEP_RUN=1 keeps
// the run folder (code-server and extension host logs).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Analysis, Source } from '../../src/engine/types';
import {
  CodeServer, copyFolder, installation, isolatedEnv, launchBrowser, makeRunFolder, newContext, removeFolder,
  repoRoot, startCodeServer, workbenchUrl,
} from '../harness/codeServer';

const repo = repoRoot();
let manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const VSIX = process.env.SOURCELIGHT_E2E_VSIX ?? path.join(repo, `${manifest.name}-${manifest.version}.vsix`);
const SAMPLES = process.env.SOURCELIGHT_E2E_NEWSROOM ?? path.join(repo, 'samples', 'newsroom');
const IMAGES = path.join(repo, 'docs', 'images');
const FAILURES = path.join(repo, 'test-results', 'e2e');
const ARTICLE_EXTENSIONS = ['.article', '.txt', '.md'];

/** The sample article to open: the env's choice, or the first .article (then .txt, .md). */
function chooseArticle(newsroom: string): string {
  if (process.env.SOURCELIGHT_E2E_ARTICLE) {
    return process.env.SOURCELIGHT_E2E_ARTICLE;
  }
  const files = fs
    .readdirSync(newsroom, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.split(path.sep).some((part) => part.startsWith('.')))
    .sort();
  for (const extension of ARTICLE_EXTENSIONS) {
    const found = files.find((f) => f.endsWith(extension) && !f.toLowerCase().startsWith('readme'));
    if (found) {
      return found;
    }
  }
  throw new Error(`no article (${ARTICLE_EXTENSIONS.join(', ')}) in ${newsroom}`);
}

/** The engine's own analysis of the article: what the workbench should show. */
function analyse(text: string): Analysis {
  const engine = require(path.join(repo, 'dist', 'engine.js')) as { analyze(text: string): Analysis };
  return engine.analyze(text);
}

/** A named source with claims (a person if there is one) and its earliest mention by name. */
function sourceToHover(analysis: Analysis): { source: Source; mention: string; offset: number } {
  const withClaims = new Set(analysis.claims.map((claim) => claim.sourceId));
  const candidates = analysis.sources
    .filter((source) => source.type !== 'anonymous' && withClaims.has(source.id))
    .flatMap((source) => source.mentions
      .filter((m) => m.kind === 'name' || m.kind === 'alias' || m.kind === 'title')
      .filter((m) => m.text.length >= 4 && !m.text.includes('\n'))
      .map((m) => ({ source, mention: m.text, offset: m.start })))
    // People first (the card a reader most wants), then in text order.
    .sort((a, b) => Number(b.source.type === 'person') - Number(a.source.type === 'person') || a.offset - b.offset);
  assert.ok(candidates.length > 0, 'the article names at least one source with claims');
  return candidates[0];
}

/**
 * Screen rectangle of the first rendered occurrence of `text` in the editor's visible lines
 * (tokens and decorations split a line into many spans, so this walks text nodes).
 */
const FIND_TEXT_RECT = `(needle) => {
  const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.textContent.replace(/\\u00a0/g, ' ');
    }
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const locate = (offset) => {
      const hit = nodes.filter((x) => x.start <= offset).pop();
      return [hit.node, offset - hit.start];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length - 1));
    const rect = range.getBoundingClientRect();
    return { x: rect.left, y: rect.top, width: rect.width + 4, height: rect.height };
  }
  return null;
}`;

/**
 * How many elements of the editor carry an extension's decoration (`ced-*` classes): backgrounds
 * and borders are drawn in the overlay layer, text styles on the line's spans.
 */
const COUNT_DECORATED = `() => document.querySelectorAll('.editor-instance .lines-content [class*="ced-"]').length`;

/**
 * Screenshots go to test-results/e2e/screens/; with SOURCELIGHT_E2E_SCREENSHOTS=1 they replace the
 * README's in docs/images/ (so an ordinary test run never changes tracked files).
 */
async function screenshot(page: Page, name: string): Promise<void> {
  const toDocs = process.env.SOURCELIGHT_E2E_SCREENSHOTS === '1';
  const dir = toDocs ? IMAGES : path.join(FAILURES, 'screens');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name), animations: 'disabled', caret: 'hide' });
}

/** "Category: Title" of a command, as the palette shows it, from the manifest under test. */
function commandTitle(id: string): string {
  const commands: Array<{ command: string; title: string; category?: string }> = manifest.contributes?.commands ?? [];
  const command = commands.find((c) => c.command === id);
  assert.ok(command, `the manifest contributes ${id}`);
  return command.category ? `${command.category}: ${command.title}` : command.title;
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

describe('Sourcelight end to end in a real VS Code', function () {
  this.timeout(90_000);

  let runDir: string;
  let newsroom: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let article: string;
  let analysis: Analysis;

  before(async function () {
    assert.ok(fs.existsSync(VSIX), `${path.basename(VSIX)} exists (npm run package)`);
    runDir = makeRunFolder('sle-');
    newsroom = path.join(runDir, 'newsroom');
    copyFolder(SAMPLES, newsroom);
    article = chooseArticle(newsroom);
    analysis = analyse(fs.readFileSync(path.join(newsroom, article), 'utf8'));
  });

  after(async function () {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (process.env.SOURCELIGHT_KEEP_RUN === '1') {
      console.log(`      run folder kept at ${runDir}`);
    } else if (runDir) {
      removeFolder(runDir);
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      fs.mkdirSync(FAILURES, { recursive: true });
      const file = path.join(FAILURES, `${this.currentTest.title.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path: file }).catch(() => undefined);
      console.log(`      screenshot of the failure: ${path.relative(repo, file)}`);
    }
  });

  it('installs the packaged VSIX with code-server --install-extension', function () {
    const install = installation();
    const result = spawnSync(
      install.node,
      [install.entry, '--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'ext'),
        '--install-extension', VSIX],
      { encoding: 'utf8', env: { ...process.env, ...isolatedEnv(runDir), PATH: `${install.nodeBin}:${process.env.PATH}` } },
    );
    assert.strictEqual(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /was successfully installed/);
    const listed = spawnSync(
      install.node,
      [install.entry, '--extensions-dir', path.join(runDir, 'ext'), '--list-extensions', '--show-versions'],
      { encoding: 'utf8', env: { ...process.env, ...isolatedEnv(runDir), PATH: `${install.nodeBin}:${process.env.PATH}` } },
    );
    assert.match(listed.stdout, new RegExp(`^${EXTENSION_ID}@${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
    // From here on, the manifest that was installed is the one under test.
    manifest = JSON.parse(fs.readFileSync(path.join(runDir, 'ext', `${EXTENSION_ID}-${manifest.version}`, 'package.json'), 'utf8'));
  });

  it('opens an article of the sample newsroom with attributions highlighted', async function () {
    server = await startCodeServer({
      runDir,
      userDataDir: path.join(runDir, 'ud'),
      extensionsDir: path.join(runDir, 'ext'),
      settings: {
        'editor.hover.delay': 150,
        'editor.minimap.enabled': false,
        'editor.wordWrap': 'on',
        'editor.occurrencesHighlight': 'off',
        'editor.selectionHighlight': false,
        'window.commandCenter': false,
      },
    });
    browser = await launchBrowser(runDir);
    page = await (await newContext(browser)).newPage();
    await page.goto(workbenchUrl(server, newsroom));
    await page.locator('.monaco-workbench .part.statusbar').waitFor();

    // Quick Open, as a user would.
    await page.locator('.monaco-workbench .part.editor').waitFor();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(path.basename(article));
    await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(article) }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines .view-line').first().waitFor();

    await page.waitForFunction(`(${COUNT_DECORATED})() > 0`, undefined, { timeout: 30_000 });
    const decorated = await page.evaluate<number>(`(${COUNT_DECORATED})()`);
    assert.ok(decorated > 0, 'decorated spans are drawn');
    await page.mouse.move(2, 790);
    await screenshot(page, 'highlighting.png');
  });

  it('shows a hover card with the canonical name when a source mention is hovered', async function () {
    const { source, mention } = sourceToHover(analysis);
    const rect = await page.evaluate<{ x: number; y: number; width: number; height: number } | null>(
      `(${FIND_TEXT_RECT})(${JSON.stringify(mention)})`,
    );
    assert.ok(rect, `the mention "${mention}" is on screen`);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: source.name });
    // Move across the mention until the card appears (the first move may land during layout).
    for (let attempt = 0; attempt < 5 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(rect.x + rect.width / 2 - attempt, rect.y + rect.height / 2, { steps: 3 });
      await hover.waitFor({ state: 'visible', timeout: 4_000 }).catch(() => undefined);
    }
    await hover.waitFor({ state: 'visible' });
    const card = await hover.innerText();
    assert.ok(card.includes(source.name), `the card names ${source.name}: ${card}`);
    await screenshot(page, 'hover-card.png');
    await page.keyboard.press('Escape');
  });

  it('lists the article\'s sources and claims in the Sourcelight view', async function () {
    await page.locator('.activitybar .action-item a[aria-label^="Sourcelight"], .activitybar .action-label[aria-label^="Sourcelight"]')
      .first().click();
    const sidebar = page.locator('.part.sidebar');
    // The only view of its container, so its header is hidden: wait for the tree itself.
    await sidebar.locator('.pane-header[aria-label^="Claims"]').first().waitFor({ state: 'attached' });
    const named = analysis.sources.filter((s) => analysis.claims.some((c) => c.sourceId === s.id));
    assert.ok(named.length > 0, 'the engine finds sources with claims');
    for (const source of named.slice(0, 3)) {
      await sidebar.locator('.monaco-list-row', { hasText: source.name }).first().waitFor();
    }
    // Expand the first source to show its claims.
    const first = sidebar.locator('.monaco-list-row', { hasText: named[0].name }).first();
    if ((await first.getAttribute('aria-expanded')) === 'false') {
      await first.click();
    }
    await page.waitForFunction(
      `document.querySelectorAll('.part.sidebar .monaco-list-row[aria-level="2"]').length > 0`,
    );
    // A wider side bar, so the screenshot shows more of each claim.
    const bar = await sidebar.boundingBox();
    if (bar) {
      const edge = bar.x + bar.width;
      await page.mouse.move(edge, 400);
      await page.mouse.down();
      await page.mouse.move(edge + 160, 400, { steps: 5 });
      await page.mouse.up();
    }
    await page.mouse.move(640, 790);
    await screenshot(page, 'claim-outline.png');
  });

  it('counts sources and claims in the status bar', async function () {
    const item = page.locator('.part.statusbar .statusbar-item', { hasText: /\d+ sources? · \d+ claims?/ });
    await item.first().waitFor();
    const text = await item.first().innerText();
    const sources = Number(/(\d+) source/.exec(text)![1]);
    assert.ok(sources > 0, text);
  });

  it('was activated from the installed VSIX, as the extension host\'s log records', function () {
    const logs = path.join(runDir, 'ud', 'logs');
    const hostLogs = fs
      .readdirSync(logs, { recursive: true, encoding: 'utf8' })
      .filter((f) => path.basename(f) === 'remoteexthost.log')
      .map((f) => fs.readFileSync(path.join(logs, f), 'utf8'));
    assert.ok(hostLogs.length > 0, 'the extension host wrote its log');
    assert.ok(hostLogs.some((log) => log.includes(`_doActivateExtension ${EXTENSION_ID},`)), `${EXTENSION_ID} was activated`);
    const installed = JSON.parse(fs.readFileSync(path.join(runDir, 'ext', 'extensions.json'), 'utf8')) as Array<{ identifier: { id: string } }>;
    assert.ok(installed.some((e) => e.identifier.id === EXTENSION_ID), 'it is the installed extension (extensions.json)');
  });

  it('runs a Sourcelight command from the command palette', async function () {
    const toggle = commandTitle('sourcelight.toggleHighlighting');
    await runCommand(page, toggle);
    await page.waitForFunction(`(${COUNT_DECORATED})() === 0`);
    await runCommand(page, toggle);
    await page.waitForFunction(`(${COUNT_DECORATED})() > 0`);
  });
});
