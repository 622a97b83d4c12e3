// Hover cards over source mentions, cues and quotes. The card itself is built by
// model/hoverCard.ts; other features (the source registry, claim verification) add
// sections through `HoverSections`.
import * as vscode from 'vscode';
import { spanRange } from './ranges';
import type { Analysis } from '../engine/types';
import type { AnalysisCache } from './analysisCache';
import { registerForArticles } from './articleSelector';
import type { ConfigurationWatcher } from './configuration';
import { REVEAL_CLAIM_COMMAND, findHoverTarget, renderHoverCard, type HoverTarget } from './model/hoverCard';

export interface HoverSectionContext {
  document: vscode.TextDocument;
  analysis: Analysis;
  target: HoverTarget;
}

/** Adds a section to hover cards: what the registry says about a source, a claim's verification. */
export interface HoverSectionProvider {
  /** Markdown for the section, or undefined to add nothing. May use the commands listed below in links. */
  provideSection(context: HoverSectionContext): string | undefined;
  /** Command ids this section links to (`command:` links); only these are trusted. */
  readonly commands?: readonly string[];
}

export class HoverSections {
  readonly #providers = new Set<HoverSectionProvider>();

  register(provider: HoverSectionProvider): vscode.Disposable {
    this.#providers.add(provider);
    return new vscode.Disposable(() => this.#providers.delete(provider));
  }

  sectionsFor(context: HoverSectionContext): { sections: string[]; commands: string[] } {
    const sections: string[] = [];
    const commands: string[] = [];
    for (const provider of this.#providers) {
      try {
        const section = provider.provideSection(context);
        if (section) sections.push(section);
        if (provider.commands) commands.push(...provider.commands);
      } catch (error) {
        console.error('Sourcelight: a hover section failed', error);
      }
    }
    return { sections, commands };
  }
}

export class SourceHoverProvider implements vscode.HoverProvider {
  readonly #cache: AnalysisCache;
  readonly #sections: HoverSections;

  constructor(
    cache: AnalysisCache,
    sections: HoverSections,
  ) {
    this.#cache = cache;
    this.#sections = sections;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    const { analysis } = this.#cache.get(document);
    const target = findHoverTarget(analysis, document.offsetAt(position));
    if (!target) return undefined;
    const extra = this.#sections.sectionsFor({ document, analysis, target });
    const markdown = renderHoverCard(analysis, target, { uri: document.uri.toString(), lineAt: (offset) => document.positionAt(offset).line }, extra.sections);
    const content = new vscode.MarkdownString(markdown, true);
    content.isTrusted = { enabledCommands: [REVEAL_CLAIM_COMMAND, ...extra.commands] };
    const range = spanRange(document, target.range);
    return new vscode.Hover(content, range);
  }
}

export function registerHoverCards(cache: AnalysisCache, configuration: ConfigurationWatcher, sections: HoverSections): vscode.Disposable {
  const provider = new SourceHoverProvider(cache, sections);
  return registerForArticles(configuration, (selector) => vscode.languages.registerHoverProvider(selector, provider));
}
