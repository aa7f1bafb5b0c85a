import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TIMEOUT = 60_000;
const work = mkdtempSync(join(tmpdir(), 'siyaq-scan-packs-'));
const EXAMPLE = join(work, 'example.json');
const PAGE = join(work, 'mosul.txt');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  const built = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/pack.ts', 'seeds/packs/example', '--out', EXAMPLE], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  writeFileSync(PAGE, 'أعيد افتتاح جامع النوري الكبير في الموصل بعد ثماني سنوات، في حضور وفد من بغداد.');
}, TIMEOUT);

const scan = (...args: string[]) => spawnSync(process.execPath, ['scripts/scan.mjs', '--json', ...args], { encoding: 'utf8', timeout: TIMEOUT });
const ids = (stdout: string) => (JSON.parse(stdout) as { entities: { id: string }[] }).entities.map((e) => e.id);

describe('npm run scan with packs', () => {
  it('adds a built pack with --pack: its entities are found beside the bundled ones', { timeout: TIMEOUT }, () => {
    const without = scan(PAGE);
    expect(without.status, without.stderr).toBe(0);
    expect(ids(without.stdout)).not.toContain('nuri-mosque');
    expect(ids(without.stdout)).toContain('baghdad');
    const withPack = scan('--pack', EXAMPLE, PAGE);
    expect(withPack.status, withPack.stderr).toBe(0);
    expect(ids(withPack.stdout)).toEqual(expect.arrayContaining(['nuri-mosque', 'baghdad']));
  });

  it('scans with one pack alone with --reference, and refuses a broken pack with its problems', { timeout: TIMEOUT }, () => {
    const alone = scan('--reference', EXAMPLE, PAGE);
    // The example pack points at the core pack's Iraq: alone, that reference is dangling.
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('Unknown entity "iraq"');
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'siyaq-pack', formatVersion: 1, meta: {} }));
    const refused = scan('--pack', broken, PAGE);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/broken\.json: meta\.id: Required/);
  });
});
