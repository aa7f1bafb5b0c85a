import { formatFieldPath } from './reference-issue';

/**
 * Line numbers (1-based) of every value in a JSON text, keyed by its path as `formatFieldPath` writes it
 * (`entities[3].aliases[0].text`; the root is ''). A small scanner rather than JSON.parse, because parse
 * forgets where things were. Only called when there are problems to point at, so speed is secondary; it
 * returns an empty map for text that is not JSON (the parse error is reported on its own).
 */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipSpace = () => {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x22) break;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new SyntaxError('bad string');
    }
  };
  const value = (path: PropertyKey[], depth: number): void => {
    if (depth > 512) throw new SyntaxError('too deep');
    skipSpace();
    lines.set(formatFieldPath(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') throw new SyntaxError('key expected');
        const key = readString();
        skipSpace();
        if (text[i] !== ':') throw new SyntaxError(': expected');
        i++;
        value([...path, key], depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new SyntaxError(', or } expected');
      }
    }
    if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value([...path, index], depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new SyntaxError(', or ] expected');
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    // number, true, false, null: no newline can occur inside them
    const match = /^-?[\w.+-]+/.exec(text.slice(i, i + 64));
    if (!match) throw new SyntaxError('value expected');
    i += match[0].length;
  };

  try {
    value([], 0);
  } catch {
    return new Map();
  }
  return lines;
}

/**
 * The line of the value at `field` inside `record` (both as in a ReferenceIssue), falling back to the
 * closest enclosing value that has one: a missing field points at its record.
 */
export function lineOfIssue(lines: ReadonlyMap<string, number>, record: string | undefined, field: string): number | undefined {
  const base = record === undefined ? '' : record.replace(/ \(.*\)$/, '');
  let path = [base, field].filter((part) => part !== '').join('.');
  for (;;) {
    const found = lines.get(path);
    if (found !== undefined) return found;
    if (path === '') return undefined;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut <= 0 ? '' : path.slice(0, cut);
  }
}
