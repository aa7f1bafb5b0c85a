import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReferenceSet } from '../../../lib/reference/parse-reference-set';
import { FIXTURES } from './load-fixture';

const work = mkdtempSync(join(tmpdir(), 'siyaq-build-reference-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(seeds: string, out: string) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build-reference.ts', '--seeds', seeds, '--out', out], {
    encoding: 'utf8',
  });
}

describe('scripts/build-reference.ts', () => {
  it('writes the set and prints a one-line summary', () => {
    const out = join(work, 'ok', 'reference-set.json');
    const result = run(FIXTURES, out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const set = parseReferenceSet(JSON.parse(readFileSync(out, 'utf8')));
    expect(result.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^reference set ${set.version}: 1 source, 2 entities, 1 event, 3 aliases, 1 fact, 1 relation → `)),
    ]);
  });

  it('prints the precise problem and exits 1 on bad records', () => {
    const seeds = join(work, 'bad-seeds');
    rmSync(seeds, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', seeds]);
    copyFileSync(join(FIXTURES, 'bad', 'missing-text.json'), join(seeds, '000_talks.json'));
    const result = run(seeds, join(work, 'bad', 'reference-set.json'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `build-reference: ${join(seeds, '000_talks.json')}: sources[0] (baghdad-talks-report).file: No source text "missing.txt" beside the records`,
    );
  });

  it('names the file that is not JSON', () => {
    const seeds = join(work, 'broken-seeds');
    spawnSync('mkdir', ['-p', seeds]);
    writeFileSync(join(seeds, '000_broken.json'), '{"entities": [');
    const result = run(seeds, join(work, 'broken', 'reference-set.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^build-reference: .*000_broken\.json: not valid JSON: /);
  });
});
