// Defaults shared by the workspace check and its setting (package.json repeats the value).

/** Folders that hold no articles: dependencies, and evidence (transcripts are plain text too). */
export const DEFAULT_EXCLUDE = '**/{node_modules,.git,.vscode-test,evidence}/**';
