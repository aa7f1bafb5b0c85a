import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card';
import { translator } from '../../../lib/i18n';
import type { Card as CardData, WhyReason } from '../../../lib/messaging/protocol';
import { mount } from './render';
import { askari, attempt, kadhimi } from './sample-cards';

let view: ReturnType<typeof mount> | undefined;
afterEach(() => view?.unmount());

function renderCard(card: CardData, over: Partial<{ lang: 'ar' | 'en'; mentions: number; onPage: boolean; why: WhyReason[] }> = {}) {
  const lang = over.lang ?? 'ar';
  const calls = { jump: vi.fn(), related: vi.fn(), page: vi.fn() };
  view = mount(
    <Card
      card={card}
      lang={lang}
      t={translator(lang)}
      mentions={over.mentions ?? 3}
      onPage={over.onPage ?? true}
      onJump={calls.jump}
      onOpenRelated={calls.related}
      onOpenPage={calls.page}
      why={over.why}
    />,
  );
  return { ...view, calls, article: view.root.querySelector('article')! };
}

describe('Card', () => {
  it('says why it is on the page when the reader opens the disclosure, the found phrase as text', () => {
    const why: WhyReason[] = [{ rule: 'name' }, { rule: 'coherence', detail: '<b>رئيس الوزراء</b>' }];
    const { article } = renderCard(kadhimi, { why });
    const details = article.querySelector('details.card-why')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('لماذا هذه البطاقة؟');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('data-why-rule'))).toEqual(['name', 'coherence']);
    expect(items[1]!.textContent).toContain('الصفحة تتناول عالمه');
    expect(items[1]!.querySelector('q')!.textContent).toBe('<b>رئيس الوزراء</b>');
    expect(items[1]!.querySelector('b')).toBeNull();
  });

  it('has no why disclosure without reasons, or when the card is not on the page', () => {
    expect(renderCard(kadhimi).article.querySelector('.card-why')).toBeNull();
    view?.unmount();
    expect(renderCard(kadhimi, { why: [{ rule: 'name' }], onPage: false, mentions: 0 }).article.querySelector('.card-why')).toBeNull();
  });

  it('says which pack it comes from, with the pack\'s attribution, and which packs add to it', () => {
    const card: CardData = {
      ...kadhimi,
      origin: [...kadhimi.origin, { id: 'places', name: { ar: 'أماكن <b>العالم</b>', en: 'World places' }, attribution: 'GeoNames, CC BY 4.0' }],
    };
    const { article } = renderCard(card);
    const lines = [...article.querySelectorAll('.card-origin')].map((p) => [p.getAttribute('data-pack-id'), p.textContent]);
    expect(lines).toEqual([
      ['core', 'من حزمة سياق: المجموعة الأساسية — Siyaq'],
      ['places', 'من حزمة أماكن <b>العالم</b> — GeoNames, CC BY 4.0'],
    ]);
    expect(article.querySelectorAll('b').length).toBe(0);
  });

  it('is an article labelled by its heading, with the entity hook', () => {
    const { article, root } = renderCard(kadhimi);
    expect(article.getAttribute('data-entity-id')).toBe('mustafa-al-kadhimi');
    expect(article.hasAttribute('data-event-id')).toBe(false);
    const heading = root.querySelector(`#${article.getAttribute('aria-labelledby')}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('مصطفى الكاظمي');
    expect(article.textContent).toContain('Mustafa al-Kadhimi');
    expect(article.textContent).toContain('شخص');
    expect(article.textContent).toContain('رئيس وزراء العراق منذ مايو 2020.');
  });

  it('marks an event with data-event-id and shows its date', () => {
    const { article } = renderCard(attempt);
    expect(article.getAttribute('data-event-id')).toBe('kadhimi-assassination-attempt-2021');
    expect(article.hasAttribute('data-entity-id')).toBe(false);
    expect(article.textContent).toContain('التاريخ: ٧ نوفمبر ٢٠٢١');
  });

  it('quotes each fact in a blockquote with its source title, publisher and date', () => {
    const { article } = renderCard(kadhimi);
    const quote = article.querySelector('figure blockquote');
    expect(quote?.textContent).toBe('نجا مصطفى الكاظمي من محاولة اغتيال فاشلة، بواسطة "طائرة مسيّرة مفخّخة"');
    const caption = article.querySelector('figure figcaption')?.textContent ?? '';
    expect(caption).toContain('قيادي في كتائب حزب الله يسخر من محاولة اغتيال الكاظمي');
    expect(caption).toContain('الرافد نيوز');
    expect(caption).toContain('٧ نوفمبر ٢٠٢١');
    expect(article.textContent).toContain('نجا من محاولة اغتيال بطائرة مسيّرة مفخخة.');
  });

  it('shows one jump button per mention and reports which one was pressed', async () => {
    const { article, click, calls } = renderCard(kadhimi, { mentions: 4 });
    const buttons = article.querySelectorAll('button.mention-button');
    expect(buttons.length).toBe(4);
    expect(article.textContent).toContain('ذُكر ٤ مرات');
    expect(buttons[2]?.getAttribute('aria-label')).toBe('انتقل إلى الموضع ٣ في الصفحة');
    await click(buttons[2]!);
    expect(calls.jump).toHaveBeenCalledWith('mustafa-al-kadhimi', 2);
  });

  it('caps the jump buttons on a name mentioned very often', () => {
    const { article } = renderCard(kadhimi, { mentions: 57 });
    expect(article.querySelectorAll('button.mention-button').length).toBe(20);
    expect(article.textContent).toContain('ذُكر ٥٧ مرة');
  });

  it('opens a related card by id and kind', async () => {
    const { article, click, calls } = renderCard(askari);
    const related = article.querySelector('[data-related-id="kataib-hezbollah"]');
    expect(related?.textContent).toBe('كتائب حزب الله');
    expect(article.textContent).toContain('مسؤول في');
    expect(article.textContent).toContain('ليس في هذه الصفحة');
    await click(related);
    expect(calls.related).toHaveBeenCalledWith('kataib-hezbollah', 'entity');
  });

  it('links other visited pages through the callback', async () => {
    const { article, click, calls } = renderCard(kadhimi);
    const link = article.querySelector('[data-testid="coverage-item"][data-url="https://example.org/iraq/drone"] a');
    expect(link?.textContent).toBe('الكاظمي يدعو إلى التهدئة');
    await click(link);
    expect(calls.page).toHaveBeenCalledWith('https://example.org/iraq/drone');
  });

  it('switches every reference string to English', () => {
    const { article } = renderCard(kadhimi, { lang: 'en', mentions: 2 });
    expect(article.querySelector('h2')?.textContent).toBe('Mustafa al-Kadhimi');
    expect(article.textContent).toContain('Person');
    expect(article.textContent).toContain('Mentioned 2 times');
    expect(article.textContent).toContain('7 November 2021');
    expect(article.textContent).toContain('Took office');
    // The quote stays in the words of its source.
    expect(article.querySelector('blockquote')?.getAttribute('lang')).toBe('ar');
  });

  it('has no mention buttons when the card is not on the page', () => {
    const { article } = renderCard(kadhimi, { onPage: false, mentions: 0 });
    expect(article.querySelectorAll('button.mention-button').length).toBe(0);
    expect(article.textContent).toContain('ليس في هذه الصفحة');
  });

  it('renders markup in reference and page text as text', () => {
    const hostile: CardData = {
      ...kadhimi,
      name: { ar: '<img src=x onerror=alert(1)>الكاظمي', en: '<script>alert(2)</script>' },
      summary: { ar: '<b onmouseover=alert(3)>ملخص</b>', en: 'x' },
      coverage: [
        { kind: 'visit', url: 'javascript:alert(4)', title: '<img src=y onerror=alert(5)>', outlet: '<svg onload=alert(6)>', published: null, seen: 0 },
        { kind: 'visit', url: 'https://example.org/', title: '<iframe src=//evil>', outlet: 'example.org', published: null, seen: 0 },
      ],
    };
    const { article } = renderCard(hostile);
    expect(article.querySelectorAll('img, script, iframe, b[onmouseover], svg[onload]').length).toBe(0);
    expect(article.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>الكاظمي');
    expect(article.textContent).toContain('<b onmouseover=alert(3)>ملخص</b>');
    // A javascript: URL is never a link; the http one is.
    const links = [...article.querySelectorAll('ul.coverage a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/']);
    expect(article.textContent).toContain('<img src=y onerror=alert(5)>');
  });
});
