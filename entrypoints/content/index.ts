import { browser, defineContentScript } from '#imports';
import { createListener } from '../../lib/messaging/create-listener';
import { isEnvelope } from '../../lib/messaging/envelope';
import type { ContentProtocol } from '../../lib/messaging/protocol';
import { sendMessage } from '../../lib/messaging/send-message';
import { createHighlighter } from '../../lib/page/highlighter';
import { isArabicFrame, isArabicPage } from '../../lib/page/is-arabic-page';
import { pageSettingsFromCopy } from '../../lib/page/page-settings-copy';
import { createPageSession } from '../../lib/page/page-session';
import { watchChanges } from '../../lib/page/watch-changes';
import './style.css';

export default defineContentScript({
  // Saved pages too (file://): reading an article offline is reading it.
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // Frames too (live blogs and embeds are iframes): each frame is its own session with its own
  // highlights, and the background adds its findings to the tab's by the sender's frameId.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // When the content script started, so the browser benchmark can split page load → badge in two:
    // the page's own loading before it, and our work (collect, the background's answer) after it.
    performance.mark('siyaq:start');
    const page = { url: location.href, title: document.title };
    const top = window === window.top;
    if (!(top ? isArabicPage(document) : isArabicFrame(document, topDocument()))) {
      // Only the top document speaks for the tab; a frame that is not Arabic (ads, players) says nothing.
      if (top) void sendMessage('pageStatus', { status: 'not-arabic', ...page }).catch(() => undefined);
      return;
    }

    const session = createPageSession({
      doc: document,
      send: sendMessage,
      // The top document reads the settings' copy in storage.local (no round trip to the worker first).
      ...(top && {
        pageSettings: async () => (await pageSettingsFromCopy(browser.storage.local, location.hostname)) ?? sendMessage('getPageSettings', {}),
      }),
      highlighter: createHighlighter(window as unknown as Parameters<typeof createHighlighter>[0]),
    });
    let stopWatching: (() => void) | undefined;

    const unwatch = () => {
      const stop = stopWatching;
      stopWatching = undefined;
      stop?.();
    };
    const scan = async () => {
      unwatch();
      // Live pages: added and rewritten text is scanned at least once a second, not while the tab is hidden.
      // Watching starts once the text is read, not once the background has answered.
      const watch = () => {
        unwatch();
        stopWatching = watchChanges(document.body ?? document.documentElement, (changes) => session.scanChanges(changes), { doc: document });
      };
      if (!(await session.scanAll({ onCollected: watch }))) unwatch();
    };
    const rescan = () => void scan().catch((e: unknown) => console.warn('[siyaq] scan failed', e));

    const handlers: { [K in keyof ContentProtocol]: (data: ContentProtocol[K]['input']) => Promise<ContentProtocol[K]['output']> } = {
      async jumpToMention({ id, index }) {
        const ok = session.jumpTo(id, index, (range) => {
          const target = range.startContainer.parentElement;
          target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        });
        return { ok };
      },
      async refresh() {
        await scan();
        return { ok: true };
      },
    };

    // Only this extension can message a content script (tabs.sendMessage); the checks below guard
    // against our own mistakes, not against pages.
    const listener = createListener(async (message) => {
      if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) throw new Error('unknown message');
      const data = (message.data ?? {}) as { id?: unknown; index?: unknown };
      if (message.type === 'jumpToMention') {
        if (typeof data.id !== 'string' || typeof data.index !== 'number') throw new Error('invalid jumpToMention');
        return handlers.jumpToMention({ id: data.id, index: data.index });
      }
      return handlers.refresh({});
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      stopWatching?.();
      session.stop();
    });

    // An iframe removed from its page (or sent elsewhere) takes its names out of the tab's cards and badge.
    if (!top) ctx.addEventListener(window, 'pagehide', () => void sendMessage('frameGone', {}).catch(() => undefined));

    // Single-page sites change the URL without loading a page; the background forgets the tab then.
    ctx.addEventListener(window, 'wxt:locationchange', rescan);
    rescan();
  },
});

/** The top document when this frame may read it (same origin); undefined for a cross-origin frame. */
function topDocument(): Document | undefined {
  try {
    return window.top?.document ?? undefined;
  } catch {
    return undefined;
  }
}
