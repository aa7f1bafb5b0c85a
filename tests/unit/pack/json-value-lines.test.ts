import { describe, expect, it } from 'vitest';
import { jsonValueLines, lineOfIssue } from '../../../lib/reference/json-value-lines';

const TEXT = `{
  "entities": [
    {
      "id": "baghdad",
      "aliases": [
        { "text": "بغداد", "lang": "ar" },
        { "text": "Baghdad \\"city\\"", "lang": "en" }
      ]
    }
  ],
  "n": -1.5e3, "ok": true
}`;

describe('jsonValueLines', () => {
  it('gives the line of every value by its path', () => {
    const lines = jsonValueLines(TEXT);
    expect(lines.get('')).toBe(1);
    expect(lines.get('entities[0].id')).toBe(4);
    expect(lines.get('entities[0].aliases[1].text')).toBe(7);
    expect(lines.get('n')).toBe(11);
    expect(lines.get('ok')).toBe(11);
  });

  it('falls back to the closest enclosing value, and names records as issues do', () => {
    const lines = jsonValueLines(TEXT);
    expect(lineOfIssue(lines, 'entities[0] (baghdad)', 'aliases[1].lang')).toBe(7);
    expect(lineOfIssue(lines, 'entities[0] (baghdad)', 'summary')).toBe(3);
    expect(lineOfIssue(lines, undefined, 'missing')).toBe(1);
  });

  it('gives nothing for text that is not JSON, and survives hostile nesting', () => {
    expect(jsonValueLines('{"a": [1, 2').size).toBe(0);
    expect(jsonValueLines('['.repeat(100_000)).size).toBe(0);
  });
});
