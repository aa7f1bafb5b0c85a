import { closestLine } from './closest-line';
import type { LocatedRecords } from './check-references';
import { locateIssue } from './locate-issue';
import type { ReferenceIssue } from './reference-issue';

const EXCERPT = 160;

/**
 * Every fact's quote must occur verbatim in its source's text. Both sides are compared after NFC only
 * (the same letters typed with precomposed or combining marks); anything looser would let a quote
 * drift from what the source really says. `textOf` returns a source's text by source id.
 */
export function checkQuotes(files: readonly LocatedRecords[], textOf: (sourceId: string) => { name: string; text: string } | undefined): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const normalized = new Map<string, string>();
  for (const { file, raw, records } of files) {
    records.facts.forEach((fact, index) => {
      const source = textOf(fact.source);
      // An unknown source, a source without text or a missing quote is reported elsewhere.
      if (!source || fact.quote === undefined) return;
      let text = normalized.get(fact.source);
      if (text === undefined) normalized.set(fact.source, (text = source.text.normalize('NFC')));
      const quote = fact.quote.normalize('NFC');
      if (text.includes(quote)) return;
      const near = closestLine(text, quote);
      const hint = near ? `; closest is line ${near.line}: "${excerpt(near.text)}"` : '';
      issues.push(locateIssue(file, raw, ['facts', index, 'quote'], `Quote not found in ${source.name}${hint}`));
    });
  }
  return issues;
}

function excerpt(line: string): string {
  return line.length <= EXCERPT ? line : `${line.slice(0, EXCERPT)}…`;
}
