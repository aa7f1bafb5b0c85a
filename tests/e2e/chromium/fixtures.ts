import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM, QUIET_FLAGS, extensionFlags, requireChromium } from '../support/chromium.mjs';
import { servePages } from '../support/serve-pages.mjs';

// `chrome` exists only inside the service worker and extension pages, where evaluate() callbacks run.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

type Server = Awaited<ReturnType<typeof servePages>>;

export interface Siyaq {
  extensionId: string;
  worker: Worker;
  server: Server;
  /** Opens a fixture page in a new tab; resolves with the page and its tab id. */
  open(name: string): Promise<{ page: Page; tabId: number; url: string }>;
  badge(tabId: number): Promise<string>;
  /** Opens the popup as a page for tab `tabId` (contract 4: `?tab=`). */
  popup(tabId: number): Promise<Page>;
  options(): Promise<Page>;
}

const launch = (profile: string) =>
  chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...extensionFlags(), ...QUIET_FLAGS],
    viewport: { width: 1000, height: 700 },
  });

export const test = base.extend<
  { context: BrowserContext; siyaq: Siyaq; freshProfile: boolean },
  { server: Server; profileTemplate: string }
>({
  /**
   * Whether the test starts from a new profile, the extension installing its bundled packs on its first
   * start; otherwise from a copy of a profile where that is done (`profileTemplate`).
   */
  freshProfile: [false, { option: true }],

  /**
   * A profile in which the extension has started once and installed its bundled packs, made once per test
   * worker: each test starts from a copy, instead of spending seconds installing them again (a first start
   * imports some 7,000 records). The tests that need a first start ask for `freshProfile`.
   */
  profileTemplate: [
    async ({}, use) => {
      requireChromium();
      const dir = mkdtempSync(path.join(tmpdir(), 'siyaq-e2e-profile-'));
      const context = await launch(dir);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      // The background marks the end of its bundled packs' check (and install) on every start.
      await expect
        .poll(() => worker.evaluate(() => performance.getEntriesByName('siyaq:bg:packs-checked').length), { timeout: 60_000 })
        .toBe(1);
      await context.close();
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  server: [
    async ({}, use) => {
      const s = await servePages();
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ freshProfile, profileTemplate }, use, testInfo) => {
    requireChromium();
    const profile = testInfo.outputPath('profile');
    if (!freshProfile) cpSync(profileTemplate, profile, { recursive: true });
    const context = await launch(profile);
    await use(context);
    await context.close();
  },

  siyaq: async ({ context, server }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const siyaq: Siyaq = {
      extensionId,
      worker,
      server,
      async open(name) {
        const page = await context.newPage();
        const url = `${server.url}/${name}`;
        await page.goto(url);
        const tabId = await worker.evaluate((u) => chrome.tabs.query({ url: u }).then((t) => t[0]?.id), url);
        if (typeof tabId !== 'number') throw new Error(`no tab for ${url}`);
        return { page, tabId, url };
      },
      badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
      async popup(tabId) {
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 420, height: 640 });
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
        return popup;
      },
      async options() {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        return page;
      },
    };
    await use(siyaq);
  },
});

export { expect };

/**
 * Runs `expression` in the content script's isolated world of `page` (through the DevTools protocol:
 * page.evaluate only reaches the page's own world).
 */
export async function inContentScript(context: BrowserContext, page: Page, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.name === 'Siyaq');
  if (!world) throw new Error('the content script has no world in this page');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

/** What the page's highlight registry holds (CSS Custom Highlight API; the registry is the document's). */
export function highlightsOf(page: Page) {
  return page.evaluate(() => {
    const names: string[] = [];
    const texts: string[] = [];
    let ranges = 0;
    CSS.highlights.forEach((highlight, name) => {
      names.push(name);
      highlight.forEach((r) => {
        ranges++;
        texts.push((r as Range).toString());
      });
    });
    return { names, ranges, texts };
  });
}

/** Card ids the popup shows, from the contract-4 hooks. */
/** The ids of every card, once the popup has drawn them all (the first screen is painted first). */
export async function cardIds(popup: Page) {
  await popup.waitForSelector('main[aria-busy="false"]');
  return popup.$$eval('[data-entity-id], [data-event-id]', (els) =>
    els.map((e) => e.getAttribute('data-entity-id') ?? e.getAttribute('data-event-id') ?? ''),
  );
}
