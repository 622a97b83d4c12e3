// The mocha entry VS Code's extension host loads (`extensionTestsPath`): runs every compiled
// `out/test/integration/**/*.test.js` with the BDD interface and the spec reporter, and ends
// with a plain `integration: N passed, N failed` line.
// SOURCELIGHT_TEST_GREP (from the environment of `npm run test:integration`) filters tests.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => path.join(dir, file))
    .sort();
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    grep: process.env.SOURCELIGHT_TEST_GREP || undefined,
  });
  for (const file of testFiles(__dirname)) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passes = runner.stats?.passes ?? 0;
        console.log(`integration: ${passes} passed, ${failures} failed`);
        if (failures > 0) {
          reject(new Error(`${failures} integration test(s) failed`));
        } else if (passes === 0) {
          reject(new Error('no integration test ran'));
        } else {
          resolve();
        }
      });
    } catch (error) {
      reject(error);
    }
  });
}
