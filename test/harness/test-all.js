#!/usr/bin/env node
// `npm test`: the unit, real-VS Code integration and end-to-end suites, one after the other,
// each with its own output, then one count per suite and a closing `N passed, N failed` line.
// Every suite runs even when an earlier one fails; the exit code is non-zero if any failed.
// SOURCELIGHT_SUITES=unit,integration limits the run.
const { spawn } = require('child_process');

const ALL_SUITES = ['unit', 'integration', 'e2e'];
const suites = (process.env.SOURCELIGHT_SUITES || ALL_SUITES.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter((s) => ALL_SUITES.includes(s));

/** Mocha's spec reporter ends with "N passing", "N failing" and "N pending" lines: take the last. */
function counts(output) {
  const last = (word) => {
    const matches = [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return matches.length ? Number(matches[matches.length - 1][1]) : undefined;
  };
  return { passed: last('passing'), failed: last('failing'), pending: last('pending') };
}

function runSuite(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', `test:${name}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (data) => {
      output += data;
      process.stdout.write(data);
    });
    child.stderr.on('data', (data) => process.stderr.write(data));
    child.on('close', (code, signal) => {
      resolve({ name, code: code ?? signal, seconds: (Date.now() - started) / 1000, ...counts(output) });
    });
  });
}

async function main() {
  const results = [];
  for (const name of suites) {
    console.log(`\n=== ${name} tests ===`);
    results.push(await runSuite(name));
  }
  let passed = 0;
  let failed = 0;
  let pending = 0;
  console.log('\n=== Sourcelight test summary ===');
  for (const r of results) {
    const suitePassed = r.passed ?? 0;
    // A suite that exited non-zero without reporting a failure (a crash, a build error) counts as one.
    const failedHere = r.code !== 0 && !r.failed ? 1 : r.failed ?? 0;
    passed += suitePassed;
    failed += failedHere;
    pending += r.pending ?? 0;
    const note = r.code !== 0 ? ` (exit ${r.code})` : '';
    console.log(`${r.name}: ${suitePassed} passed, ${failedHere} failed, ${r.pending ?? 0} skipped in ${r.seconds.toFixed(1)} s${note}`);
  }
  const ok = results.every((r) => r.code === 0) && failed === 0 && passed > 0;
  console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
}

main();
