import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePack } from '../../../lib/reference/parse-pack';

const FIXTURES = 'tests/fixtures/reference';
const work = mkdtempSync(join(tmpdir(), 'siyaq-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const META = {
  id: 'talks',
  name: { ar: 'محادثات بغداد', en: 'Baghdad talks' },
  version: '1.0.0',
  description: { ar: 'حزمة للاختبار', en: 'A pack for tests' },
  license: 'CC BY 4.0',
  attribution: 'Test pack',
  authors: ['Siyaq'],
  date: '2026-11-30',
};

function run(...args: string[]) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/pack.ts', ...args], { encoding: 'utf8' });
}

/** A pack folder from the reference fixtures: pack.json, one records file, the sample text. */
function folder(name: string, records = 'valid.json', meta: unknown = META): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pack.json'), typeof meta === 'string' ? meta : JSON.stringify(meta, null, 2));
  copyFileSync(join(FIXTURES, records), join(dir, '000_talks.json'));
  copyFileSync(join(FIXTURES, 'sample.txt'), join(dir, 'sample.txt'));
  return dir;
}

describe('npm run pack', () => {
  it('writes a pack that validates and prints a one-line summary', () => {
    const out = join(work, 'out', 'talks.json');
    const result = run(folder('ok'), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const pack = parsePack(JSON.parse(readFileSync(out, 'utf8')));
    expect(pack.meta.id).toBe('talks');
    expect(pack.sources[0]?.text).toBe(readFileSync(join(FIXTURES, 'sample.txt'), 'utf8'));
    expect(result.stdout.trim()).toMatch(new RegExp(`^pack talks 1\\.0\\.0 \\(${pack.contentVersion}\\): 2 entities, 1 events, 3 aliases, 1 facts, 1 relations, 0 amendments → `));
  });

  it('builds the example pack, which points at the core pack it requires', () => {
    const out = join(work, 'example.json');
    const result = run('seeds/packs/example', '--out', out);
    expect(result.status).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8')) as { meta: { requires: string[] }; entities: unknown[]; events: unknown[] };
    expect(pack.meta.requires).toEqual(['core']);
    expect(pack.entities.length).toBeGreaterThanOrEqual(3);
    expect(pack.events.length).toBeGreaterThanOrEqual(1);
  });

  it('exits 1 and lists every problem with file, line, record and field', () => {
    const dir = folder('bad', 'bad/missing-text.json', { ...META, version: 'one', license: '' });
    const out = join(work, 'bad-out.json');
    const result = run(dir, '--out', out);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('pack: the pack does not build (3 problems):');
    expect(lines).toContain(`${join(dir, 'pack.json')}:7: version: versions are semantic: MAJOR.MINOR.PATCH, e.g. 1.0.0`);
    expect(lines).toContain(`${join(dir, 'pack.json')}:12: license: String must not be empty`);
    expect(lines.some((l) => l.startsWith(`${join(dir, '000_talks.json')}:`) && l.endsWith('sources[0] (baghdad-talks-report).file: No source text "missing.txt" beside the records'))).toBe(true);
    expect(() => readFileSync(out)).toThrow();
  });

  it('names the file that is not JSON, and a missing pack.json', () => {
    const dir = join(work, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '000_broken.json'), '{"entities": [');
    const result = run(dir, '--out', join(work, 'broken.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'pack.json')}: Missing: every pack folder has a pack.json`);
    expect(result.stderr).toMatch(/000_broken\.json: not valid JSON: /);
  });

  it('refuses a pack that requires a pack it cannot find', () => {
    const result = run(folder('orphan', 'valid.json', { ...META, requires: ['nowhere'] }), '--out', join(work, 'orphan.json'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('requires: Required pack "nowhere" is neither bundled nor given with --with');
  });

  it('explains its usage', () => {
    const result = run('seeds/packs/example');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--out <file> is required');
    expect(result.stderr).toContain('usage: npm run pack -- <folder> --out <file>');
  });
});
