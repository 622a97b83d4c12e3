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

export interface HoverSections {
  register(provider: HoverSectionProvider): vscode.Disposable;
  sectionsFor(context: HoverSectionContext): { sections: string[]; commands: string[] };
}

export const createHoverSections = (): HoverSections => {
  const providers = new Set<HoverSectionProvider>();
  return {
    register: (provider) => {
      providers.add(provider);
      return new vscode.Disposable(() => providers.delete(provider));
    },
    sectionsFor: (context) => {
      const sections: string[] = [];
      const commands: string[] = [];
      for (const provider of providers) {
        try {
          const section = provider.provideSection(context);
          if (section) sections.push(section);
          if (provider.commands) commands.push(...provider.commands);
        } catch (error) {
          console.error('Sourcelight: a hover section failed', error);
        }
      }
      return { sections, commands };
    },
  };
};

export const registerHoverCards = (cache: AnalysisCache, configuration: ConfigurationWatcher, sections: HoverSections): vscode.Disposable => {
  const provider: vscode.HoverProvider = {
    provideHover(document, position, token) {
      if (token.isCancellationRequested) return undefined;
      const { analysis } = cache.get(document);
      const target = findHoverTarget(analysis, document.offsetAt(position));
      if (!target) return undefined;
      const extra = sections.sectionsFor({ document, analysis, target });
      const markdown = renderHoverCard(analysis, target, { uri: document.uri.toString(), lineAt: (offset) => document.positionAt(offset).line }, extra.sections);
      const content = new vscode.MarkdownString(markdown, true);
      content.isTrusted = { enabledCommands: [REVEAL_CLAIM_COMMAND, ...extra.commands] };
      return new vscode.Hover(content, spanRange(document, target.range));
    },
  };
  return registerForArticles(configuration, (selector) => vscode.languages.registerHoverProvider(selector, provider));
};
