// The browser entry (vscode.dev): the same activation as the Node entry.
export { activate, deactivate } from './extension';
