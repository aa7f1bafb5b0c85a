// Builds seeds/packs/example with the pack builder (npm run pack) into a temporary file for the
// end-to-end tests, and writes broken variants of it next to it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** @returns {{ dir: string, example: string, broken: string, dangling: string, pack: any }} */
export function buildExamplePack() {
  const dir = mkdtempSync(path.join(tmpdir(), 'siyaq-packs-'));
  const example = path.join(dir, 'example.siyaq-pack.json');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/pack.ts', 'seeds/packs/example', '--out', example], { cwd: ROOT, stdio: 'pipe' });
  const pack = JSON.parse(readFileSync(example, 'utf8'));
  // Broken: a million-character name and a missing license (schema problems, all listed at once).
  const bad = structuredClone(pack);
  bad.entities[0].name.ar = 'ج'.repeat(1_000_000);
  delete bad.meta.license;
  const broken = path.join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify(bad));
  // Dangling: a relation to an id that neither the pack nor the packs it requires define.
  const loose = structuredClone(pack);
  loose.relations[0].to = 'no-such-entity';
  const dangling = path.join(dir, 'dangling.json');
  writeFileSync(dangling, JSON.stringify(loose));
  return { dir, example, broken, dangling, pack };
}
