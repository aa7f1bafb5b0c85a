/**
 * Scans files with the extension's own matcher and its bundled packs (docs/contracts.md, contract 2).
 *
 *   npm run scan -- [--json] [--html] [--reference FILE] [--pack FILE]... FILE...
 *
 * By default the matcher holds every bundled pack, as a fresh install of the extension does. --reference
 * replaces them with one reference set or built pack; each --pack adds a built pack (npm run pack).
 * A .html/.htm file is read as a page: its visible text, extracted with the content script's options.
 * Anything else is UTF-8 text (a BOM is dropped); "-" reads standard input (as a page with --html).
 * With --json: one JSON object per input per line. A file that cannot be read is reported on stderr,
 * the others are still scanned, and the exit code is 1.
 * The default packs' compiled matcher is kept in node_modules/.cache/siyaq/matcher.bin (SIYAQ_CACHE_DIR
 * elsewhere) for the next run; see scripts/lib/matcher-file-cache.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collectVisibleText, PAGE_TEXT_OPTIONS } from '../lib/extract/visible-text';
import { extractPageMeta, type PageMeta } from '../lib/extract/page-meta';
import { compileMatcher, type Matcher } from '../lib/match/compile';
import type { ScanResult, Span, Why } from '../lib/match/types';
import { parseReferenceSet } from '../lib/reference/parse-reference-set';
import { matchableSetOf } from '../lib/reference/matchable-set-of';
import type { Pack } from '../lib/reference/pack-schema';
import { externalIdsOf, parsePack } from '../lib/reference/parse-pack';
import type { MatchableSet } from '../lib/reference/schema';
import { cachedMatcher, matcherKey } from './lib/matcher-file-cache';

// The repository root: this file's parent folder, or what scripts/scan.mjs says when it runs a compiled copy.
const ROOT = process.env.SIYAQ_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PACKS = join(ROOT, 'lib/reference/generated/bundled.json');
/** Set by scripts/scan.mjs, which runs this file compiled into one bundle: then its own code is one file to key the cache with. */
const COMPILED = process.env.SIYAQ_ROOT !== undefined;
const CACHE_DIR = process.env.SIYAQ_CACHE_DIR ?? join(ROOT, 'node_modules/.cache/siyaq');
const USAGE = 'usage: npm run scan -- [--json] [--html] [--reference FILE] [--pack FILE]... FILE... ("-" reads standard input)';

class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readInput(file: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EISDIR') throw new InputError('is a directory, not a file');
    if (code === 'EACCES') throw new InputError('permission denied');
    throw new InputError((error as Error).message);
  }
}

/** The text the matcher sees: a page's visible text and its metadata, or the file's own text. */
type ParseHtml = (html: string) => Document;

interface Input {
  text: string;
  /** Only for pages: what the page says about itself (the content script reads the same). */
  page?: PageMeta;
}

function readText(file: string, asHtml: boolean, parseHtml: ParseHtml | undefined): Input {
  let text: string;
  try {
    text = utf8.decode(readInput(file)); // the decoder drops a leading BOM
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('not valid UTF-8 (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)');
  }
  const isPage = file === '-' ? asHtml : /\.html?$/i.test(file);
  if (!isPage || !parseHtml) return { text };
  // One parse for both: the text and the metadata come from the same document.
  const doc = parseHtml(text);
  return { text: collectVisibleText(doc, PAGE_TEXT_OPTIONS).text, page: extractPageMeta(doc) };
}

/** The `page` object of contract 2: every field present, null when the page does not say. */
const PAGE_FIELDS = ['published', 'modified', 'outlet', 'author', 'lang', 'canonical'] as const;
const pageJson = (page: PageMeta) => Object.fromEntries(PAGE_FIELDS.map((k) => [k, page[k] ?? null]));

function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    const hint = path === DEFAULT_PACKS ? ': run `npm run build:reference` first' : '';
    throw new InputError(`cannot read ${what} ${path}${hint}`);
  }
  return JSON.parse(raw) as unknown;
}

/**
 * What the matcher is compiled from: by default every bundled pack, as the extension installs them
 * (amendments applied); `--reference` replaces them with one reference set or pack file; each `--pack`
 * adds a built pack on top (validated against the ids of the packs before it). The bundled packs are taken
 * as built: `npm run build:reference` validated them, and checking 5 MB again would double a scan's start-up.
 */
function loadSet(reference: string | undefined, extra: readonly string[]): MatchableSet {
  const packs: Pick<Pack, 'entities' | 'events' | 'amends' | 'sources'>[] = [];
  if (reference === undefined) {
    const bundled = readJson(DEFAULT_PACKS, 'the bundled packs');
    if (!Array.isArray(bundled)) throw new InputError(`${DEFAULT_PACKS} is not a list of packs: run \`npm run build:reference\``);
    packs.push(...(bundled as Pack[]));
  } else {
    const data = readJson(reference, 'the reference set');
    packs.push(data !== null && typeof data === 'object' && 'format' in data ? parsePack(data, { name: reference }) : parseReferenceSet(data));
  }
  for (const file of extra) packs.push(parsePack(readJson(file, 'the pack'), { name: file, external: externalIdsOf(packs) }));
  return matchableSetOf(packs);
}

const span = ({ start, end, text }: Span): Span => ({ start, end, text });
/** The rule that accepted a mention or an event, as contract 2 writes it (`detail` is optional). */
const whyJson = (w: Why) => (w.detail === undefined ? { rule: w.rule } : { rule: w.rule, detail: w.detail });

/**
 * Contract 2, field by field and in this order: nothing more, nothing less. Written in pieces (one entity
 * or event at a time, flushed every 64 kB) so a big input's result is never held as one string.
 */
function writeJson(write: (chunk: string) => void, file: string, result: ScanResult, page: PageMeta | undefined): void {
  let buffer = `{"file":${JSON.stringify(file)}${page ? `,"page":${JSON.stringify(pageJson(page))}` : ''},"entities":[`;
  const put = (piece: string) => {
    buffer += piece;
    if (buffer.length >= 65_536) {
      write(buffer);
      buffer = '';
    }
  };
  // Mentions are written one by one, not made objects again for JSON.stringify: an 8 MB input has some
  // 70,000, and most share a handful of `why` values, each stringified once.
  const whyText = new Map<Why, string>();
  result.entities.forEach((e, i) => {
    put(`${i ? ',' : ''}${JSON.stringify({ id: e.id, type: e.type, name: { ar: e.name.ar, en: e.name.en } }).slice(0, -1)},"mentions":[`);
    e.mentions.forEach((m, k) => {
      let why = '';
      if (m.why) {
        why = whyText.get(m.why) ?? `,"why":${JSON.stringify(whyJson(m.why))}`;
        whyText.set(m.why, why);
      }
      put(`${k ? ',' : ''}{"start":${m.start},"end":${m.end},"text":${JSON.stringify(m.text)}${why}}`);
    });
    put(']}');
  });
  put('],"events":[');
  result.events.forEach((e, i) => {
    put(`${i ? ',' : ''}${JSON.stringify({ id: e.id, date: e.date, evidence: e.evidence.map(span), ...(e.why ? { why: whyJson(e.why) } : {}) })}`);
  });
  write(`${buffer}]}\n`);
}

const quote = (s: Span): string => `«${s.text.replace(/\s+/g, ' ')}» @${s.start}`;

function toSummary(file: string, result: ScanResult, set: MatchableSet, page: PageMeta | undefined): string {
  const lines = [`${file}: ${result.entities.length} entities, ${result.events.length} events`];
  if (page) {
    const said = PAGE_FIELDS.flatMap((k) => (page[k] ? [`${k} ${page[k]}`] : []));
    lines.push(`  page: ${said.length ? said.join('; ') : 'no metadata'}`);
  }
  for (const e of result.entities) {
    const first = e.mentions[0];
    const count = `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`;
    lines.push(`  ${e.type.padEnd(12)} ${e.name.ar} / ${e.name.en} (${e.id}): ${count}${first ? `, first ${quote(first)}` : ''}`);
  }
  const names = new Map(set.events.map((e) => [e.id, e.name]));
  for (const e of result.events) {
    const name = names.get(e.id);
    lines.push(`  event ${e.date} ${name ? `${name.ar} / ${name.en} ` : ''}(${e.id})`);
    lines.push(`    evidence: ${e.evidence.map(quote).join(', ')}`);
  }
  return lines.join('\n');
}

/** Standard output; synchronous for files and for pipes on Linux, so pieces go out in order as they come. */
const writeOut = (chunk: string) => {
  process.stdout.write(chunk);
};

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        html: { type: 'boolean', default: false },
        reference: { type: 'string' },
        pack: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`scan: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(`scan: no input files\n${USAGE}`);
    return 2;
  }

  let set: MatchableSet | undefined;
  let matcher: Matcher;
  try {
    if (values.reference === undefined && values.pack.length === 0 && COMPILED) {
      // The default packs' matcher comes from the disk cache when this very code compiled it from these packs.
      let key: string;
      try {
        key = matcherKey(DEFAULT_PACKS, [fileURLToPath(import.meta.url)]);
      } catch {
        throw new InputError(`cannot read the bundled packs ${DEFAULT_PACKS}: run \`npm run build:reference\` first`);
      }
      matcher = cachedMatcher(CACHE_DIR, key, () => compileMatcher((set = loadSet(undefined, [])))).matcher;
    } else {
      set = loadSet(values.reference, values.pack);
      matcher = compileMatcher(set);
    }
  } catch (error) {
    console.error(`scan: ${(error as Error).message}`);
    return 1;
  }

  // The DOM parser is loaded only when a page is to be read: it is most of a plain-text scan's start-up.
  const pages = files.some((f) => (f === '-' ? values.html : /\.html?$/i.test(f)));
  let parseHtml: ParseHtml | undefined;
  if (pages) {
    const { parseHTML } = await import('linkedom');
    parseHtml = (html) => parseHTML(html).document as unknown as Document;
  }

  let failed = false;
  for (const file of files) {
    let input: Input;
    try {
      input = readText(file, values.html, parseHtml);
    } catch (error) {
      console.error(`scan: ${file === '-' ? 'standard input' : file}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    // Titles and relative dates are read against the page's own date when it gives one.
    const pageDate = input.page?.published?.slice(0, 10);
    const result = matcher.scan(input.text, pageDate ? { pageDate } : undefined);
    if (values.json) writeJson(writeOut, file, result, input.page);
    else console.log(toSummary(file, result, (set ??= loadSet(undefined, [])), input.page));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
