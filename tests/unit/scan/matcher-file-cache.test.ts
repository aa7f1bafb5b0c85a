import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile';
import { cachedMatcher, matcherKey } from '../../../scripts/lib/matcher-file-cache';
import { seedSet } from '../../support/seed-set';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SEED = join(ROOT, 'seeds/000_7752d1d99baee141.txt');
const TEXT = readFileSync(SEED, 'utf8');

describe('the scan command\'s matcher cache', () => {
  it('compiles once, then restores a matcher that scans the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-cache-'));
    let compiles = 0;
    const compile = () => (compiles++, compileMatcher(seedSet().set));
    const first = cachedMatcher(dir, 'k1', compile);
    const second = cachedMatcher(dir, 'k1', compile);
    expect([first.from, second.from, compiles]).toEqual(['compiled', 'file', 1]);
    expect(second.matcher.scan(TEXT)).toEqual(first.matcher.scan(TEXT));
  });

  it('compiles again for another key, and over a damaged file, saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-cache-'));
    const compile = () => compileMatcher(seedSet().set);
    cachedMatcher(dir, 'k1', compile);
    const other = cachedMatcher(dir, 'k2', compile);
    expect(other.from).toBe('compiled');
    expect(other.skipped).toMatch(/other packs or by other code/);
    const file = join(dir, 'matcher.bin');
    writeFileSync(file, readFileSync(file).subarray(0, 5000)); // cut short
    const damaged = cachedMatcher(dir, 'k2', compile);
    expect(damaged.from).toBe('compiled');
    expect(damaged.skipped).toBeTruthy();
    expect(cachedMatcher(dir, 'k2', compile).from).toBe('file'); // written whole again
  });

  it('keys on the packs\' bytes and the code\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-cache-'));
    const packs = join(dir, 'packs.json');
    const code = join(dir, 'code.mjs');
    writeFileSync(packs, '[1]');
    writeFileSync(code, 'a');
    const key = matcherKey(packs, [code]);
    expect(matcherKey(packs, [code])).toBe(key);
    writeFileSync(code, 'b');
    expect(matcherKey(packs, [code])).not.toBe(key);
    writeFileSync(code, 'a');
    writeFileSync(packs, '[2]');
    expect(matcherKey(packs, [code])).not.toBe(key);
  });

  it('npm run scan gives the same lines from the cache, and from a garbage cache file', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-cache-'));
    const run = () => spawnSync(process.execPath, ['scripts/scan.mjs', '--json', SEED], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SIYAQ_CACHE_DIR: dir } });
    const compiled = run();
    expect(compiled.status).toBe(0);
    expect(statSync(join(dir, 'matcher.bin')).size).toBeGreaterThan(100_000);
    const restored = run();
    expect(restored.stdout).toBe(compiled.stdout);
    writeFileSync(join(dir, 'matcher.bin'), 'not a matcher');
    const again = run();
    expect([again.status, again.stdout]).toEqual([0, compiled.stdout]);
  });
});
