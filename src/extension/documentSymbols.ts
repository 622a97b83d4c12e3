// Sources and their claims as document symbols, for VS Code's Outline, breadcrumbs and
// Go to Symbol. The structure comes from model/symbolOutline.ts.
import * as vscode from 'vscode';
import { spanRange } from './ranges';
import type { AnalysisCache } from './analysisCache';
import { registerForArticles } from './articleSelector';
import type { ConfigurationWatcher } from './configuration';
import { buildSymbolOutline, type OutlineSymbol, type OutlineSymbolKind } from './model/symbolOutline';

const SYMBOL_KINDS: Record<OutlineSymbolKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  anonymous: vscode.SymbolKind.Variable,
  document: vscode.SymbolKind.File,
  'unattributed-group': vscode.SymbolKind.Package,
  'claim:direct': vscode.SymbolKind.String,
  'claim:partial': vscode.SymbolKind.String,
  'claim:indirect': vscode.SymbolKind.Event,
  'claim:according-to': vscode.SymbolKind.Event,
  'claim:no-source': vscode.SymbolKind.Null,
  'claim:unattributed': vscode.SymbolKind.Number,
};

export const registerDocumentSymbols = (cache: AnalysisCache, configuration: ConfigurationWatcher): vscode.Disposable => {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document, token) {
      if (token.isCancellationRequested) return [];
      const { analysis } = cache.get(document);
      const toSymbol = (symbol: OutlineSymbol): vscode.DocumentSymbol => {
        const range = spanRange(document, symbol.range);
        const selection = spanRange(document, symbol.selectionRange);
        const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], range, range.contains(selection) ? selection : range);
        result.children = symbol.children.map(toSymbol);
        return result;
      };
      return buildSymbolOutline(analysis).map(toSymbol);
    },
  };
  return registerForArticles(configuration, (selector) =>
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Sourcelight' }),
  );
};
