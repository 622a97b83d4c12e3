// What a command may touch: its output streams and the files it is asked to read.
// Injected so that commands can be tested without spawning a process.
import * as fs from 'fs';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The raw bytes of a file; '-' is standard input. Throws (with a Node error code) when unreadable. */
  readFile(path: string): Uint8Array;
}

export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => fs.readFileSync(path === '-' ? 0 : path),
};

/** UTF-8 text as the engine sees it: invalid bytes become U+FFFD and a leading BOM is dropped. */
export const decodeText = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);

/** A short, human reason for a failed read ("no such file", "is a directory", ...). */
export const describeReadError = (error: unknown): string => {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
};
