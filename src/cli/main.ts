// `sourcelight` command line (dist/cli.js, the package's bin). Commands live in ./commands.ts.
import { nodeIo } from './io';
import { run } from './run';

// `sourcelight analyze ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sourcelight: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
