import { idsOf, scanPages } from '../support/scan-pages.mjs';
import { cardIds, expect, test } from './fixtures';

// Every other test starts from a copy of a profile where the extension has already started once (see
// `profileTemplate`); this one starts from nothing, as a reader's browser does right after installing.
test.use({ freshProfile: true });

test('a new profile: the first start installs the bundled packs, and the first page gets its badge and cards', async ({ siyaq }) => {
  const ids = idsOf(scanPages('article.html').get('article.html')!);
  expect(ids).toContain('mustafa-al-kadhimi');

  const { tabId } = await siyaq.open('article.html');
  await expect.poll(() => siyaq.badge(tabId), { timeout: 30_000 }).toBe(String(ids.length));
  const popup = await siyaq.popup(tabId);
  expect((await cardIds(popup)).sort()).toEqual([...ids].sort());
});
