#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find.
// Browser tests need Debian's chromium and firefox-esr; on this kind of machine they are installed
// here when missing (as .ci/run does), elsewhere the script says what to install and fails.
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from './ensure-browsers.mjs';

function run(label, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(r.status || 1);
  }
  console.log(`✔ ${label} (${secs}s)`);
}

const npx = (label, ...args) => run(label, 'npx', ['--no-install', ...args]);

npx('reference set', 'tsx', 'scripts/build-reference.ts');
npx('type-check', 'tsc', '--noEmit');
npx('lint', 'eslint', '.');
npx('unit and integration tests', 'vitest', 'run');
npx('evaluation (precision and recall against the recorded baseline)', 'tsx', 'scripts/eval.ts');
if (!ensureBrowsers(['chromium', 'firefox-esr'])) process.exit(1);
npx('build chrome-mv3', 'wxt', 'build');
npx('build firefox-mv2', 'wxt', 'build', '-b', 'firefox');
npx('web-ext lint (firefox)', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input', '--self-hosted');
npx('end-to-end: Chromium', 'playwright', 'test');
run('end-to-end: Firefox', 'node', ['tests/e2e/firefox/run.mjs']);
console.log('\nAll checks passed.');
