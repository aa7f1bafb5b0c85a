/**
 * Turns the recorded per-article name lists of the news-makers sample (docs/newsmakers/sample.tsv) into the
 * counts table (docs/newsmakers/counts.tsv): for each name, in how many articles and how many outlets it
 * appears. An article counts a name once however often it repeats it, so a long profile of one person does
 * not outweigh many short reports that name someone in passing.
 *
 *   tsx scripts/newsmakers-count.ts [--sample FILE] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface SampleRow {
  url: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as far as the page or its content dates it. */
  date: string;
  query: string;
  names: string[];
}

export interface NameCount {
  name: string;
  articles: number;
  outlets: number;
}

/** The outlet of an article: its host without www./m./amp. prefixes. */
export function outletOf(url: string): string {
  return new URL(url).hostname.replace(/^(?:www\d?|m|m2|amp|ar|old|sd|new|news|control|live|origin-web)\./, '');
}

/** Parses sample.tsv (header: url, date, query, names). Throws on a malformed line, naming it. */
export function parseSample(tsv: string): SampleRow[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header !== 'url\tdate\tquery\tnames') throw new Error(`sample: unexpected header "${header ?? ''}"`);
  const seen = new Set<string>();
  return lines.map((line, i) => {
    const cells = line.split('\t');
    const where = `sample line ${i + 2}`;
    if (cells.length !== 4) throw new Error(`${where}: expected 4 tab-separated cells, got ${cells.length}`);
    const [url, date, query, names] = cells as [string, string, string, string];
    if (!/^https?:\/\//.test(url)) throw new Error(`${where}: not a URL: ${url}`);
    if (seen.has(url)) throw new Error(`${where}: duplicate article ${url}`);
    seen.add(url);
    if (!/^(?:2023|2024|2025|2026)(?:-\d{2}(?:-\d{2})?)?$/.test(date)) throw new Error(`${where}: date outside 2023–2026 or malformed: ${date}`);
    const list = names.split(';').map((n) => n.trim());
    for (const n of list) if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(n)) throw new Error(`${where}: name "${n}" is not a kebab-case id`);
    if (new Set(list).size !== list.length) throw new Error(`${where}: a name is listed twice`);
    return { url, date, query, names: list };
  });
}

/** Counts per name, most articles first, then most outlets, then by name. */
export function countNames(rows: readonly SampleRow[]): NameCount[] {
  const articles = new Map<string, number>();
  const outlets = new Map<string, Set<string>>();
  for (const row of rows) {
    const outlet = outletOf(row.url);
    for (const name of row.names) {
      articles.set(name, (articles.get(name) ?? 0) + 1);
      let set = outlets.get(name);
      if (!set) outlets.set(name, (set = new Set()));
      set.add(outlet);
    }
  }
  return [...articles]
    .map(([name, n]) => ({ name, articles: n, outlets: outlets.get(name)!.size }))
    .sort((a, b) => b.articles - a.articles || b.outlets - a.outlets || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function formatCounts(rows: readonly SampleRow[]): string {
  const counts = countNames(rows);
  const outlets = new Set(rows.map((r) => outletOf(r.url))).size;
  const head = `# ${rows.length} articles, ${outlets} outlets, ${counts.length} names\nname\tarticles\toutlets\n`;
  return head + counts.map((c) => `${c.name}\t${c.articles}\t${c.outlets}\n`).join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      sample: { type: 'string', default: 'docs/newsmakers/sample.tsv' },
      out: { type: 'string', default: 'docs/newsmakers/counts.tsv' },
    },
  });
  try {
    const rows = parseSample(readFileSync(values.sample, 'utf8'));
    writeFileSync(values.out, formatCounts(rows));
    console.log(`newsmakers-count: ${rows.length} articles → ${values.out}`);
  } catch (error) {
    console.error(`newsmakers-count: ${(error as Error).message}`);
    process.exit(1);
  }
}
