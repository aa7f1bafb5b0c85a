import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/extract/html-to-text';

const ROOT = new URL('../../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = 'seeds/000_7752d1d99baee141.txt';
const PAGE = 'tests/fixtures/scan/kadhimi-page.html';
const BOM = 'tests/fixtures/scan/bom-reuters.txt';
const PLAIN = 'tests/fixtures/scan/plain-iran.txt';
const TIMEOUT = 60_000;

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Line {
  file: string;
  page?: Record<string, string | null>;
  entities: { id: string; type: string; name: { ar: string; en: string }; mentions: Span[] }[];
  events: { id: string; date: string; evidence: Span[] }[];
}

/** Runs the command exactly as `npm run scan` does (scripts/scan.ts, compiled by scripts/scan.mjs). */
function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/scan.mjs', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

/** Contract 2 of docs/contracts.md: exactly these keys, in this order, with these types. */
function expectContractShape(line: Line, text: string): void {
  expect(Object.keys(line)).toEqual(line.page ? ['file', 'page', 'entities', 'events'] : ['file', 'entities', 'events']);
  if (line.page) expect(Object.keys(line.page)).toEqual(['published', 'modified', 'outlet', 'author', 'lang', 'canonical']);
  for (const e of line.entities) {
    expect(Object.keys(e)).toEqual(['id', 'type', 'name', 'mentions']);
    expect(['person', 'organization', 'place']).toContain(e.type);
    expect(Object.keys(e.name)).toEqual(['ar', 'en']);
    expect(e.mentions.length).toBeGreaterThan(0);
  }
  const RULES = ['name', 'near', 'sentence', 'page', 'entity', 'era', 'prev-definite', 'coherence', 'before', 'credit', 'role', 'event', 'cue', 'date', 'signature'];
  const expectWhy = (why: unknown) => {
    if (why === undefined) return;
    const w = why as { rule: string; detail?: string };
    expect(Object.keys(w)).toEqual(w.detail === undefined ? ['rule'] : ['rule', 'detail']);
    expect(RULES).toContain(w.rule);
  };
  for (const e of line.events) {
    expect(Object.keys(e)).toEqual('why' in e ? ['id', 'date', 'evidence', 'why'] : ['id', 'date', 'evidence']);
    expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectWhy((e as { why?: unknown }).why);
    for (const s of e.evidence) expect(Object.keys(s)).toEqual(['start', 'end', 'text']);
  }
  for (const s of line.entities.flatMap((e) => e.mentions)) {
    expect(Object.keys(s)).toEqual('why' in s ? ['start', 'end', 'text', 'why'] : ['start', 'end', 'text']);
    expectWhy((s as { why?: unknown }).why);
  }
  for (const s of [...line.entities.flatMap((e) => e.mentions), ...line.events.flatMap((e) => e.evidence)]) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'lib/reference/generated/reference-set.json'))) {
    const r = spawnSync(TSX, ['scripts/build-reference.ts'], { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT });
    if (r.status !== 0) throw new Error(`build:reference failed: ${r.stderr}`);
  }
}, TIMEOUT);

describe('npm run scan', () => {
  it('finds exactly the reference set of the seed article, one JSON line per file', { timeout: TIMEOUT }, () => {
    const r = scan(['--json', SEED, PLAIN]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [seed, plain, ...rest] = lines(r.stdout);
    expect(rest).toEqual([]);
    expectContractShape(seed!, readFileSync(join(ROOT, SEED), 'utf8'));
    expect(seed!.file).toBe(SEED);
    expect(seed!.entities.map((e) => e.id).sort()).toEqual(
      [
        'abu-ali-al-askari', 'afp', 'baghdad', 'green-zone', 'iran', 'iraq', 'joint-operations-command',
        'kataib-hezbollah', 'mustafa-al-kadhimi', 'reuters', 'twitter',
      ].sort(),
    );
    expect(seed!.events.map((e) => [e.id, e.date]).sort()).toEqual([
      ['green-zone-clashes-2021-11-05', '2021-11-05'],
      ['iraq-parliamentary-election-2021', '2021-10-10'],
      ['kadhimi-assassination-attempt-2021', '2021-11-07'],
    ]);
    expect(plain!.file).toBe(PLAIN);
    // "مسؤول في طهران أن إيران…": the places pack knows Tehran too.
    expect(plain!.entities.map((e) => e.id)).toEqual(['tehran', 'iran']);
  });

  it('reads an .html file as the content script sees it: visible text, no boilerplate, offsets into that text', { timeout: TIMEOUT }, () => {
    const r = scan(['--json', PAGE]);
    expect(r.code).toBe(0);
    const [page] = lines(r.stdout);
    const html = readFileSync(join(ROOT, PAGE), 'utf8');
    const text = htmlToText(html, (h) => parseHTML(h).document as unknown as Document).text;
    expectContractShape(page!, text);
    // The name split across <b> and <a> is one mention; hidden paragraphs, <title>, <script>, nav, aside and footer are not read.
    expect(page!.entities.map((e) => e.id)).toEqual(['mustafa-al-kadhimi', 'reuters', 'baghdad']);
    expect(page!.entities[0]!.mentions.map((m) => m.text)).toEqual(['مصطفى الكاظمي']);
    expect(page!.events.map((e) => e.id)).toEqual(['kadhimi-assassination-attempt-2021']);
    expect(page!.events[0]!.evidence.map((e) => e.text)).toContain('الأحد ٧ نوفمبر ٢٠٢١');
  });

  it('gives a page object for .html files: what the page says about itself, null where it says nothing', { timeout: TIMEOUT }, () => {
    const [page] = lines(scan(['--json', PAGE]).stdout);
    expect(page!.page).toEqual({
      published: '2021-11-07T06:20:00+03:00',
      modified: '2021-11-07T11:05:00+03:00',
      outlet: 'أخبار اليوم',
      author: 'نور الهدى صالح',
      lang: 'ar',
      canonical: 'https://akhbar-alyawm.example/iraq/2021/11/07/kadhimi-drone',
    });
    const [bare] = lines(scan(['--json', '--html', '-'], '<p>نقلت وكالة رويترز</p>').stdout);
    expect(bare!.page).toEqual({ published: null, modified: null, outlet: null, author: null, lang: null, canonical: null });
    const [text] = lines(scan(['--json', PLAIN]).stdout);
    expect(text!.page).toBeUndefined();
    expect(scan([PAGE]).stdout).toContain('page: published 2021-11-07T06:20:00+03:00; modified');
  });

  it('says why: the rule that accepted each mention and each event', { timeout: TIMEOUT }, () => {
    const r = scan(['--json', '-'], 'التقى مصطفى الكاظمي السفير. وقال الكاظمي إنه نجا من محاولة اغتيال فاشلة في 7 نوفمبر 2021.');
    const [line] = lines(r.stdout);
    const kadhimi = line!.entities.find((e) => e.id === 'mustafa-al-kadhimi')!;
    expect(kadhimi.mentions.map((m) => (m as { why?: unknown }).why)).toEqual([{ rule: 'name' }, { rule: 'entity', detail: 'mustafa-al-kadhimi' }]);
    expect((line!.events[0] as { why?: unknown }).why).toEqual({ rule: 'cue' });
  });

  it('reads standard input for "-", as text or with --html as a page; a BOM is dropped', { timeout: TIMEOUT }, () => {
    const r = scan(['--json', '-'], 'نقلت وكالة رويترز عن مصدر في بغداد أن أبو علي العسكري سخر من الهجوم.');
    expect(r.code).toBe(0);
    const [line] = lines(r.stdout);
    expect(line!.file).toBe('-');
    expect(line!.entities.map((e) => e.id)).toEqual(['reuters', 'baghdad', 'abu-ali-al-askari']);

    const page = scan(['--json', '--html', '-'], '<nav>العراق</nav><p>نقلت <i>وكالة</i> رويترز</p>');
    expect(lines(page.stdout)[0]!.entities.map((e) => [e.id, e.mentions[0]!.start])).toEqual([['reuters', 5]]);

    const bom = lines(scan(['--json', BOM]).stdout)[0]!;
    expect(bom.entities.find((e) => e.id === 'reuters')!.mentions[0]).toEqual({ start: 13, end: 25, text: 'وكالة رويترز', why: { rule: 'name' } });
  });

  it('reports a bad file on stderr, still scans the others, and exits 1', { timeout: TIMEOUT }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'siyaq-scan-'));
    const latin1 = join(dir, 'windows-1256.txt');
    writeFileSync(latin1, Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20, 0xff, 0xfe])); // "بغداد" in Windows-1256
    const r = scan(['--json', join(dir, 'missing.txt'), PLAIN, dir, latin1]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => l.file)).toEqual([PLAIN]);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe(`scan: ${join(dir, 'missing.txt')}: no such file`);
    expect(errors[1]).toBe(`scan: ${dir}: is a directory, not a file`);
    expect(errors[2]).toMatch(new RegExp(`^scan: ${latin1}: not valid UTF-8`));
  });

  it('prints a readable summary without --json', { timeout: TIMEOUT }, () => {
    const r = scan([SEED]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain(`${SEED}: 11 entities, 3 events`);
    expect(out).toMatch(/person +مصطفى الكاظمي \/ Mustafa al-Kadhimi \(mustafa-al-kadhimi\): \d+ mentions, first «مصطفى الكاظمي» @\d+/);
    expect(out).toMatch(/event 2021-11-07 .*\(kadhimi-assassination-attempt-2021\)\n {4}evidence: .*«الأحد 7 نوفمبر\/تشرين الثاني 2021»/);
    expect(() => JSON.parse(out.split('\n')[0]!)).toThrow();
  });

  it('says what to do when the reference set is missing, and refuses to run without files', { timeout: TIMEOUT }, () => {
    const missing = scan(['--reference', '/nonexistent/reference-set.json', SEED]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read the reference set /nonexistent/reference-set.json');
    expect(missing.stdout).toBe('');
    const none = scan(['--json']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: npm run scan');
  });
});
