import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countNames, formatCounts, outletOf, parseSample } from '../../../scripts/newsmakers-count';

const fixture = readFileSync('tests/fixtures/newsmakers/sample.tsv', 'utf8');

describe('scripts/newsmakers-count.ts', () => {
  it('counts each name once per article and per outlet', () => {
    const rows = parseSample(fixture);
    expect(rows).toHaveLength(3);
    expect(countNames(rows)).toEqual([
      { name: 'hamas', articles: 3, outlets: 2 },
      { name: 'gaza-war', articles: 2, outlets: 2 },
      { name: 'reuters', articles: 1, outlets: 1 },
    ]);
  });

  it('writes a header line with the totals', () => {
    expect(formatCounts(parseSample(fixture)).split('\n').slice(0, 3)).toEqual([
      '# 3 articles, 2 outlets, 3 names',
      'name\tarticles\toutlets',
      'hamas\t3\t2',
    ]);
  });

  it('treats www./m. hosts as one outlet', () => {
    expect(outletOf('https://www.example.com/x')).toBe('example.com');
    expect(outletOf('https://m.example.com/y')).toBe('example.com');
  });

  it('rejects duplicates, dates outside 2023-2026 and names that are not ids', () => {
    const head = 'url\tdate\tquery\tnames\n';
    expect(() => parseSample(head + 'https://a.com/1\t2024\tq\tx\nhttps://a.com/1\t2024\tq\ty\n')).toThrow(/duplicate article/);
    expect(() => parseSample(head + 'https://a.com/1\t2021-05\tq\tx\n')).toThrow(/outside 2023/);
    expect(() => parseSample(head + 'https://a.com/1\t2024\tq\tHamas\n')).toThrow(/kebab-case/);
  });

  it('the committed counts table is the one the sample gives', () => {
    const rows = parseSample(readFileSync('docs/newsmakers/sample.tsv', 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(readFileSync('docs/newsmakers/counts.tsv', 'utf8')).toBe(formatCounts(rows));
  });
});
