// `sourcelight` command line.
const [command] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h') {
  process.stdout.write('usage: sourcelight analyze FILE... [--json]\n');
  process.exit(command ? 0 : 2);
}
process.stderr.write(`sourcelight: unknown command '${command}'\n`);
process.exit(2);
