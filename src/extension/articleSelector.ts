// Language features for articles are registered with a selector built from
// `sourcelight.languages` on every scheme (files, untitled, virtual workspaces), and
// registered again when the setting changes.
import * as vscode from 'vscode';
import type { ConfigurationWatcher } from './configuration';

export const articleSelector = (languages: readonly string[]): vscode.DocumentFilter[] => languages.map((language) => ({ language, scheme: '*' }));

/** Calls `register` with the current selector now and after each change of languages. */
export const registerForArticles = (configuration: ConfigurationWatcher, register: (selector: vscode.DocumentFilter[]) => vscode.Disposable): vscode.Disposable => {
  let languages = configuration.value.languages.join('\n');
  let registration = register(articleSelector(configuration.value.languages));
  const subscription = configuration.onDidChange((value) => {
    const next = value.languages.join('\n');
    if (next === languages) return;
    languages = next;
    registration.dispose();
    registration = register(articleSelector(value.languages));
  });
  return new vscode.Disposable(() => {
    subscription.dispose();
    registration.dispose();
  });
};
