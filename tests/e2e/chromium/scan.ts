import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/chromium.mjs';

export interface ScanLine {
  file: string;
  entities: { id: string; mentions: { start: number; end: number; text: string }[] }[];
  events: { id: string; evidence: { start: number; end: number; text: string }[] }[];
}

/**
 * What `npm run scan -- --json` (contract 2) finds in fixture pages: the same matcher and the same
 * visible-text rules as the extension, run in Node. The browser must agree with it.
 */
export function scanPages(...names: string[]): Map<string, ScanLine> {
  const files = names.map((n) => path.join('tests/fixtures/pages', n));
  const out = execFileSync('npm', ['run', '--silent', 'scan', '--', '--json', ...files], { cwd: ROOT, encoding: 'utf8' });
  const lines = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as ScanLine);
  return new Map(lines.map((l) => [path.basename(l.file), l]));
}

export const idsOf = (s: ScanLine) => [...s.entities.map((e) => e.id), ...s.events.map((e) => e.id)].sort();
export const spanCount = (s: ScanLine) =>
  s.entities.reduce((n, e) => n + e.mentions.length, 0) + s.events.reduce((n, e) => n + e.evidence.length, 0);
