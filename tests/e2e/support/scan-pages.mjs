// What `npm run scan -- --json` (contract 2) finds in fixture pages: the same matcher and the same
// visible-text rules as the extension, run in Node. The browsers must agree with it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './chromium.mjs';

/** @param {string[]} names fixture page file names */
export function scanPages(...names) {
  const files = names.map((n) => path.join('tests/fixtures/pages', n));
  const out = execFileSync('npm', ['run', '--silent', 'scan', '--', '--json', ...files], { cwd: ROOT, encoding: 'utf8' });
  const lines = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  return new Map(lines.map((l) => [path.basename(l.file), l]));
}

export const idsOf = (s) => [...s.entities.map((e) => e.id), ...s.events.map((e) => e.id)].sort();
export const spanCount = (s) =>
  s.entities.reduce((n, e) => n + e.mentions.length, 0) + s.events.reduce((n, e) => n + e.evidence.length, 0);
