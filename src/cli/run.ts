// Dispatches `sourcelight COMMAND ARGS...` to the command table.
import { COMMANDS, type Command } from './commands';
import type { CliIo } from './io';

export const usage = (commands: readonly Command[] = COMMANDS): string => {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: sourcelight COMMAND [ARGS...]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    ...commands.map((c) => `  ${c.usage}`),
    '',
  ].join('\n');
};

/** Runs the command line; resolves to the exit code. Never throws for bad input. */
export const run = async (argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): Promise<number> => {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(usage(commands));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`sourcelight: unknown command '${name}'\n\n${usage(commands)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`sourcelight ${name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 1;
  }
};
