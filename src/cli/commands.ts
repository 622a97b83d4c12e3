// The command table of the `sourcelight` command line. A new command is one module
// exporting a `Command` and one line in COMMANDS below (e.g. `check` from './check').
import { analyzeCommand } from './analyze';
import { checkCommand } from './check';
import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for `sourcelight --help`. */
  summary: string;
  usage: string;
  /** Returns the process exit code: 0 success, 1 some input failed, 2 usage error. */
  run(args: string[], io: CliIo): number | Promise<number>;
}

export const COMMANDS: Command[] = [
  analyzeCommand,
  checkCommand,
  // Further commands go here, one line each.
];
