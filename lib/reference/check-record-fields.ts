import { locateIssue } from './locate-issue';
import type { ReferenceIssue } from './reference-issue';

/** Keys whose values are calendar dates (YYYY-MM-DD, already checked for shape by the schema). */
const DATE_KEYS = new Set(['date', 'from', 'to', 'published']);
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Keys whose values are written text that the matcher tokenizes: blank text would match nothing, silently. */
const TEXT_KEYS = new Set(['text']);

/**
 * What the schema cannot say, checked by walking the raw file beside its parsed form:
 * - a key the schema does not know (a typo such as `requiers` would otherwise be dropped without a word);
 * - a date that has the right shape but is not on the calendar (2021-02-30);
 * - an era or cue range whose end comes before its start;
 * - an alias text or context phrase made only of spaces.
 */
export function checkRecordFields(file: string, raw: unknown, parsed: unknown): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const report = (path: PropertyKey[], message: string) => issues.push(locateIssue(file, raw, path, message));

  const walk = (rawValue: unknown, parsedValue: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(rawValue) && Array.isArray(parsedValue)) {
      rawValue.forEach((item, index) => walk(item, parsedValue[index], [...path, index]));
      if (path.at(-1) === 'phrases') {
        parsedValue.forEach((phrase, index) => {
          if (typeof phrase === 'string' && phrase.trim() === '') report([...path, index], 'String must not be blank');
        });
      }
      return;
    }
    if (!isObject(rawValue) || !isObject(parsedValue)) return;
    for (const key of Object.keys(rawValue)) {
      if (!(key in parsedValue)) report([...path, key], `Unknown field "${key}"`);
      else walk(rawValue[key], parsedValue[key], [...path, key]);
    }
    for (const [key, value] of Object.entries(parsedValue)) {
      if (typeof value !== 'string') continue;
      // Relations also have `from`/`to` (ids), so only values shaped like dates are dates.
      if (DATE_KEYS.has(key) && DATE_SHAPE.test(value) && !isCalendarDate(value)) report([...path, key], `Not a calendar date: ${value}`);
      if (TEXT_KEYS.has(key) && value.trim() === '') report([...path, key], 'String must not be blank');
    }
    const { from, to } = parsedValue;
    if (typeof from === 'string' && typeof to === 'string' && isCalendarDate(from) && isCalendarDate(to) && from > to) {
      report([...path, 'to'], `Range ends (${to}) before it starts (${from})`);
    }
  };

  walk(raw, parsed, []);
  return issues;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
