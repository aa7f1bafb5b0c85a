import { readFileSync, rmSync } from 'node:fs';
import { buildExamplePack } from '../support/build-example-pack.mjs';
import { cardIds, expect, highlightsOf, test } from './fixtures';

let built: ReturnType<typeof buildExamplePack>;
test.beforeAll(() => {
  built = buildExamplePack();
});
test.afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

const rowIds = (options: import('@playwright/test').Page) =>
  options.locator('[data-testid="pack-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pack-id')));

test('import the example pack, see its entity on a page, switch it off, remove it', async ({ siyaq }) => {
  const { page, tabId } = await siyaq.open('mosul.html');
  // The bundled packs know al-Kadhimi here (and whatever else they hold), not the mosque.
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const base = await siyaq.badge(tabId);
  const options = await siyaq.options();
  await expect(options.locator('[data-testid="pack-row"][data-pack-id="core"]')).toBeVisible();
  await expect(options.locator('[data-pack-id="core"] [data-testid="pack-remove"]')).toHaveCount(0);
  await expect(options.locator('[data-pack-id="core"] [data-testid="pack-enabled"]')).toBeChecked();

  await options.locator('input[type=file][data-testid="pack-import"]').setInputFiles(built.example);
  const row = options.locator('[data-testid="pack-row"][data-pack-id="example"]');
  await expect(row).toBeVisible();
  await expect(options.locator('[data-testid="pack-errors"] li')).toHaveCount(0);
  await expect(row).toContainText('1.0.0');
  await expect(row).toContainText('CC BY 4.0');
  await expect(row.locator('[data-testid="pack-remove"]')).toBeVisible();
  expect(await rowIds(options)).toContain('example');

  // The open page rescans: the pack's names are found and highlighted, the popup has their cards.
  await expect.poll(async () => Number(await siyaq.badge(tabId))).toBeGreaterThan(Number(base));
  await expect.poll(async () => (await highlightsOf(page)).texts).toContain('جامع النوري الكبير');
  const popup = await siyaq.popup(tabId);
  const card = popup.locator('[data-entity-id="nuri-mosque"]');
  await expect(card).toBeVisible();
  await expect(card.locator('.card-origin')).toContainText('Siyaq example pack, CC BY 4.0');

  // Switched off: its cards, highlights and badge count go.
  await options.bringToFront();
  await row.locator('[data-testid="pack-enabled"]').uncheck();
  await expect.poll(() => siyaq.badge(tabId)).toBe(base);
  await expect.poll(async () => (await highlightsOf(page)).texts).not.toContain('جامع النوري الكبير');
  const popup2 = await siyaq.popup(tabId);
  await expect(popup2.locator('[data-entity-id="mustafa-al-kadhimi"]')).toBeVisible();
  const ids = await cardIds(popup2);
  expect(ids).toHaveLength(Number(base));
  expect(ids.filter((id) => built.pack.entities.some((e) => e.id === id))).toEqual([]);

  // On again, then removed.
  await options.bringToFront();
  await row.locator('[data-testid="pack-enabled"]').check();
  await expect.poll(async () => Number(await siyaq.badge(tabId))).toBeGreaterThan(Number(base));
  options.once('dialog', (d) => void d.accept());
  await row.locator('[data-testid="pack-remove"]').click();
  await expect(row).toHaveCount(0);
  expect(await rowIds(options)).not.toContain('example');
  await expect.poll(() => siyaq.badge(tabId)).toBe(base);
});

test('a broken pack: every problem listed, nothing changed', async ({ siyaq }) => {
  const { tabId } = await siyaq.open('mosul.html');
  await expect.poll(() => siyaq.badge(tabId)).not.toBe('');
  const base = Number(await siyaq.badge(tabId));
  const options = await siyaq.options();
  await options.locator('[data-testid="pack-import"]').setInputFiles(built.example);
  await expect(options.locator('[data-pack-id="example"]')).toBeVisible();
  await expect.poll(async () => Number(await siyaq.badge(tabId))).toBeGreaterThan(base);
  const badge = await siyaq.badge(tabId);
  const rows = await rowIds(options);

  await options.locator('[data-testid="pack-import"]').setInputFiles(built.broken);
  const problems = options.locator('[data-testid="pack-errors"] li');
  await expect(problems.first()).toBeVisible();
  const lines = await problems.allTextContents();
  expect(lines.some((l) => /name\.ar/.test(l))).toBe(true);
  expect(lines.some((l) => /license/.test(l))).toBe(true);
  expect(lines.every((l) => l.startsWith('broken.json') && l.length < 4_001)).toBe(true);
  expect(await rowIds(options)).toEqual(rows);
  await expect(options.locator('[data-pack-id="example"]')).toContainText('1.0.0');
  await options.waitForTimeout(300);
  expect(await siyaq.badge(tabId)).toBe(badge);

  // A relation to an id nobody defines.
  await options.locator('[data-testid="pack-import"]').setInputFiles(built.dangling);
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('no-such-entity');
  expect(await rowIds(options)).toEqual(rows);

  // Not JSON at all.
  await options.locator('[data-testid="pack-import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "siyaq-pack",') });
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('The file is not JSON');

  // The same version again: asked first; cancelling keeps the installed one.
  await options.locator('[data-testid="pack-import"]').setInputFiles(built.example);
  await expect(options.locator('[data-testid="pack-confirm"]')).toBeVisible();
  await options.locator('[data-testid="pack-confirm-cancel"]').click();
  await expect(options.locator('[data-testid="pack-confirm"]')).toHaveCount(0);
  await expect(problems).toHaveCount(0);
  expect(await rowIds(options)).toEqual(rows);
});

test('a pack dropped on the import area imports; an installed pack exports back to the same pack', async ({ siyaq }) => {
  const options = await siyaq.options();
  await expect(options.locator('[data-pack-id="core"]')).toBeVisible();
  const text = readFileSync(built.example, 'utf8');
  await options.evaluate((json) => {
    const data = new DataTransfer();
    data.items.add(new File([json], 'example.siyaq-pack.json', { type: 'application/json' }));
    const zone = document.querySelector('[data-testid="pack-drop"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await expect(options.locator('[data-testid="pack-row"][data-pack-id="example"]')).toBeVisible();
  await expect(options.locator('[data-testid="pack-errors"] li')).toHaveCount(0);

  const download = options.waitForEvent('download');
  await options.locator('[data-pack-id="example"] [data-testid="pack-export"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('example-1.0.0.siyaq-pack.json');
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
  const original = JSON.parse(text);
  expect(exported.meta).toEqual(original.meta);
  expect(exported.contentVersion).toBe(original.contentVersion);
  expect(exported.entities.map((e: { id: string }) => e.id).sort()).toEqual(original.entities.map((e: { id: string }) => e.id).sort());
});

test('a file over the size limit is refused at once, without being read', async ({ siyaq }) => {
  const options = await siyaq.options();
  await expect(options.locator('[data-pack-id="core"]')).toBeVisible();
  // A sparse 65 MB file: only its size is ever looked at.
  const big = `${built.dir}/big.json`;
  const { openSync, ftruncateSync, closeSync } = await import('node:fs');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 65 * 1024 * 1024);
  closeSync(fd);
  const rows = await rowIds(options);
  await options.locator('[data-testid="pack-import"]').setInputFiles(big);
  await expect(options.locator('[data-testid="pack-errors"] li')).toHaveText(['حجم الملف 65 م.ب، والحد الأقصى للحزمة 64 م.ب. لم يُقرأ الملف.']);
  expect(await rowIds(options)).toEqual(rows);
});
