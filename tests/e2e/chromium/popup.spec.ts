import { expect, test } from './fixtures';

test('jump to mention scrolls the page to that mention', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const popup = await siyaq.popup(tabId);
  // The last mention of al-Kadhimi is in the paragraph after a tall spacer, well below the fold.
  await popup.locator('[data-entity-id="mustafa-al-kadhimi"] .mention-button').last().click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const r = document.getElementById('tail')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  await expect(popup.locator('#card-count')).not.toContainText('تعذّر');
  expect(await popup.locator('[data-entity-id="mustafa-al-kadhimi"] .mention-button').count()).toBeGreaterThan(5);

  // And back up to the first one.
  await popup.locator('[data-entity-id="mustafa-al-kadhimi"] .mention-button').first().click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(500);
});

test('keyboard: Tab reaches the first card’s buttons, Enter activates, focus is visible', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('article.card').first()).toBeVisible();
  const inFirstCard = () =>
    popup.evaluate(() => {
      const first = document.querySelector('article.card');
      const el = document.activeElement;
      return !!first && !!el && el.tagName === 'BUTTON' && first.contains(el);
    });
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await popup.keyboard.press('Tab');
    reached = await inFirstCard();
  }
  expect(reached).toBe(true);
  const outline = await popup.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);

  // The first focusable thing in a card is its first mention button: Enter jumps.
  const label = await popup.evaluate(() => document.activeElement!.getAttribute('aria-label'));
  expect(label).toContain('انتقل إلى الموضع');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);

  // Arrow keys move between cards.
  await popup.keyboard.press('ArrowDown');
  const second = await popup.evaluate(() => {
    const cards = [...document.querySelectorAll('article.card')];
    return cards.indexOf(document.activeElement as Element);
  });
  expect(second).toBe(1);
});

test('ARIA: cards are labelled articles in a list, the count is a live region', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.getByRole('list', { name: 'بطاقات الصفحة' })).toBeVisible();
  await expect(popup.getByRole('article', { name: 'مصطفى الكاظمي', exact: true })).toBeVisible();
  await expect(popup.getByRole('status')).toContainText('بطاقة');
  await expect(popup.getByRole('switch', { name: /سياق على/ })).toBeChecked();
});

test('a relation to a card that is not on the page opens that card and moves focus to it', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('payload.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();
  // A short page names few things, so some of its cards' relations point off the page.
  const offPage = await popup.evaluate(() => {
    const shown = new Set([...document.querySelectorAll('article.card')].map((a) => a.getAttribute('data-entity-id') ?? a.getAttribute('data-event-id')));
    const button = [...document.querySelectorAll<HTMLElement>('[data-related-id]')].find((b) => !shown.has(b.dataset.relatedId!));
    return button?.dataset.relatedId;
  });
  expect(offPage, 'a relation to something not on the payload page').toBeTruthy();
  const hook = `[data-entity-id="${offPage}"], [data-event-id="${offPage}"]`;
  await expect(popup.locator(hook)).toHaveCount(0);
  await popup.locator(`[data-related-id="${offPage}"]`).first().click();
  const card = popup.locator(hook);
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  await expect(card.locator('.tag-off-page')).toHaveText('ليس في هذه الصفحة');
  await expect(card.locator('.mention-button')).toHaveCount(0);
});

test('a relation to a card on the page moves focus there without adding a card', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="abu-ali-al-askari"]')).toBeVisible();
  const before = await popup.locator('article.card').count();
  await popup.locator('[data-entity-id="abu-ali-al-askari"] [data-related-id="kataib-hezbollah"]').click();
  await expect(popup.locator('[data-entity-id="kataib-hezbollah"]')).toBeFocused();
  await expect(popup.locator('article.card')).toHaveCount(before);
});

test('English on request: the popup switches to LTR English and remembers it', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"] h2')).toHaveText('مصطفى الكاظمي');
  await popup.locator('#language-toggle').click();
  await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"] h2')).toHaveText('Mustafa al-Kadhimi');
  await expect(popup.locator('[data-entity-id="mustafa-al-kadhimi"] .tag-type')).toHaveText('Person');

  const again = await siyaq.popup(tabId);
  await expect(again.locator('[data-entity-id="mustafa-al-kadhimi"] h2')).toHaveText('Mustafa al-Kadhimi');
  await expect(again.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('a page the popup cannot scan says so', async ({ context, siyaq }) => {
  const blank = await context.newPage();
  await blank.goto('about:blank');
  const tabId = await siyaq.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs
      .query({})
      .then((tabs) => tabs.find((t) => t.url === 'about:blank')?.id),
  );
  expect(typeof tabId).toBe('number');
  const popup = await siyaq.popup(tabId!);
  await expect(popup.locator('[data-empty="unsupported"]')).toBeVisible();
});

test('light and dark themes follow prefers-color-scheme', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const popup = await siyaq.popup(tabId);
  await expect(popup.locator('article.card').first()).toBeVisible();
  const colours = () =>
    popup.evaluate(() => {
      const body = getComputedStyle(document.body);
      const card = getComputedStyle(document.querySelector('article.card')!);
      return { bg: body.backgroundColor, text: body.color, card: card.backgroundColor };
    });
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  await popup.emulateMedia({ colorScheme: 'light' });
  const light = await colours();
  await popup.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  expect(luminance(light.bg)).toBeGreaterThan(200);
  expect(luminance(light.text)).toBeLessThan(60);
  expect(luminance(dark.bg)).toBeLessThan(40);
  expect(luminance(dark.text)).toBeGreaterThan(200);
  expect(dark.card).not.toBe(light.card);
  await popup.screenshot({ path: test.info().outputPath('popup-dark.png') });
});
