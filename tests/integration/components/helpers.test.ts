import { describe, expect, it } from 'vitest';
import { relationLabel } from '../../../components/relation-label';
import { safePageUrl } from '../../../components/safe-page-url';
import { sortCards } from '../../../lib/cards/sort-cards';
import { translate } from '../../../lib/i18n';
import { relationSchema } from '../../../lib/reference/schema';

describe('sortCards', () => {
  it('puts the most-mentioned first, entities and events together', () => {
    const order = sortCards({
      entities: [
        { id: 'iraq', type: 'place', mentions: 2 },
        { id: 'mustafa-al-kadhimi', type: 'person', mentions: 9 },
        { id: 'reuters', type: 'organization', mentions: 1 },
      ],
      events: [{ id: 'kadhimi-assassination-attempt-2021', mentions: 4 }],
    });
    expect(order.map((s) => s.id)).toEqual(['mustafa-al-kadhimi', 'kadhimi-assassination-attempt-2021', 'iraq', 'reuters']);
    expect(order[1]).toEqual({ id: 'kadhimi-assassination-attempt-2021', kind: 'event', mentions: 4 });
  });

  it('keeps page order between equals', () => {
    const order = sortCards({
      entities: [
        { id: 'baghdad', type: 'place', mentions: 2 },
        { id: 'green-zone', type: 'place', mentions: 2 },
        { id: 'afp', type: 'organization', mentions: 2 },
      ],
      events: [{ id: 'green-zone-clashes-2021-11-05', mentions: 2 }],
    });
    expect(order.map((s) => s.id)).toEqual(['baghdad', 'green-zone', 'afp', 'green-zone-clashes-2021-11-05']);
  });

  it('returns nothing for a page without matches', () => {
    expect(sortCards({ entities: [], events: [] })).toEqual([]);
  });
});

describe('relationLabel', () => {
  const types = relationSchema.shape.type.options;
  it.each(types)('has both directions for %s in both languages', (type) => {
    const out = relationLabel({ type, direction: 'out' });
    const inverse = relationLabel({ type, direction: 'in' });
    expect(out).toBeDefined();
    expect(inverse).toBeDefined();
    expect(out).not.toBe(inverse);
    expect(translate('ar', out!)).not.toBe(translate('ar', inverse!));
  });

  it('reads official-of from both ends', () => {
    expect(translate('en', relationLabel({ type: 'official-of', direction: 'out' })!)).toBe('official of');
    expect(translate('en', relationLabel({ type: 'official-of', direction: 'in' })!)).toBe('has official');
  });

  it('is undefined for a type it does not know', () => {
    expect(relationLabel({ type: 'married-to', direction: 'out' })).toBeUndefined();
  });
});

describe('safePageUrl', () => {
  it.each([
    ['https://www.aljazeera.net/news/2021/11/7/الكاظمي', true],
    ['http://127.0.0.1:8080/article.html', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['chrome://extensions', false],
    ['not a url', false],
  ])('%s → link: %s', (url, ok) => {
    expect(safePageUrl(url) !== undefined).toBe(ok);
  });
});
