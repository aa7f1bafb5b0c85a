import type { SiyaqDb } from '../../lib/db/siyaq-db';
import type { MatcherCache } from '../../lib/db/matcher-cache';
import { isSiteDisabled } from '../../lib/db/settings-repository';
import type { Settings } from '../../lib/messaging/protocol';
import { recordVisit } from '../../lib/db/visits-repository';
import { pageDateOf, pageKeyOf } from '../../lib/db/visits-page';
import type { Matcher } from '../../lib/match/compile';
import { pageSettingsFor } from '../../lib/page/site-switched-off';
import type { BackgroundHandlers } from '../../lib/messaging/create-router';
import type { TabTracker } from '../../lib/platform/tab-tracker';
import { distinctCount, distinctWhy, type TabState } from '../../lib/platform/tab-state';

export interface MatchPageDeps {
  db: SiyaqDb;
  matchers: MatcherCache<Matcher>;
  tracker: TabTracker;
  /** Resolves when the bundled reference set has been imported (or the import failed). */
  ready: Promise<unknown>;
  now?: () => number;
  /** Told of each tab state a scan leaves, to have the popup's first cards ready before it opens. */
  scanned?: (state: TabState) => void;
  /** Told how long a page waited for the matcher and how long its scan took (cold-start marks for the benchmark). */
  measure?: (step: 'matcher' | 'scan', ms: number) => void;
  /** The settings (the background's copy in memory, lib/db/settings-copy.ts). */
  settings: () => Promise<Settings>;
}

/** The messages a content script sends: its page's text, its empty states, and its settings. */
export function matchPageHandlers({ db, matchers, tracker, ready, now = Date.now, scanned, measure, settings: readSettings }: MatchPageDeps): Pick<
  BackgroundHandlers,
  'matchPage' | 'pageStatus' | 'frameGone' | 'getPageSettings'
> {
  return {
    async matchPage(input, caller) {
      // The page's URL comes from the browser (sender.url), not from the payload. A frame is switched
      // on or off with the site of the tab it is in.
      const url = caller.url;
      const settings = await readSettings();
      if (isSiteDisabled(settings, hostOf(caller.tabUrl))) {
        if (caller.frameId === 0) await tracker.recordStatus(caller.tabId, 'disabled', url, input.title);
        return { entities: [], events: [], count: 0 };
      }
      const waiting = performance.now();
      await ready;
      const cached = await matchers.get();
      measure?.('matcher', performance.now() - waiting);
      if (!cached) throw new Error('the reference set is not available (see the import error in the popup)');
      // One key per article: the canonical URL the top document names (only on its own site), without
      // tracking parameters or AMP markers. Titles and relative dates are read against the page's own
      // date. Appends and frames carry no metadata: they belong to the page the top frame's scan keyed.
      const top = caller.frameId === 0;
      const meta = top ? input.page : undefined;
      const tabUrl = top ? url : caller.tabUrl;
      const prior = top && !input.append ? undefined : await tracker.get(caller.tabId);
      const kept = prior?.url === tabUrl ? prior : undefined;
      const pageKey = kept?.pageKey ?? pageKeyOf(tabUrl, meta);
      const at = now();
      const pageDate = kept?.pageDate ?? (await pageDateOf(db, meta, pageKey, at));
      // Only a date the page states is used for matching: the day it was read says nothing about which
      // prime minister "رئيس الوزراء" was when it was written.
      const scanning = performance.now();
      const result = cached.matcher.scan(input.text, pageDate.from === 'page' ? { pageDate: pageDate.date } : undefined);
      measure?.('scan', performance.now() - scanning);
      const scan = {
        url,
        title: input.title,
        revision: input.revision,
        append: input.append ?? false,
        frameId: caller.frameId,
        tabUrl: caller.tabUrl,
        pageKey,
        pageDate,
      };
      const state = await tracker.recordScan(caller.tabId, scan, {
        entities: result.entities.map((e) => ({ id: e.id, type: e.type, mentions: e.mentions.length, why: distinctWhy(e.mentions.map((m) => m.why)) })),
        events: result.events.map((e) => ({ id: e.id, mentions: e.evidence.length, why: distinctWhy([e.why]) })),
      });
      if (!state) return { entities: [], events: [], count: distinctCount(await tracker.get(caller.tabId)) };
      const ids = [...result.entities.map((e) => e.id), ...result.events.map((e) => e.id)];
      // The visit is the page the reader is on (the tab's), with the names of all its frames.
      if (ids.length > 0 && settings.recordHistory) {
        const all = [...state.entities, ...state.events].map((e) => e.id);
        const { published, modified, outlet, author, lang } = meta ?? {};
        const visit = { url: state.pageKey ?? pageKey, title: state.title, at, ids: all, published, modified, outlet, author, lang };
        await recordVisit(db, visit, { merge: scan.append });
      }
      scanned?.(state);
      return {
        entities: result.entities.map((e) => ({ id: e.id, type: e.type, mentions: e.mentions.map(({ start, end }) => ({ start, end })) })),
        events: result.events.map((e) => ({ id: e.id, evidence: e.evidence.map(({ start, end }) => ({ start, end })) })),
        count: distinctCount(state),
      };
    },

    async pageStatus(input, caller) {
      // Only the top document speaks for the tab; a frame that is not Arabic or is off says nothing.
      if (caller.frameId !== 0) return { ok: true };
      await tracker.recordStatus(caller.tabId, input.status, caller.url, input.title);
      return { ok: true };
    },

    async frameGone(_input, caller) {
      // Which frame and which document come from the browser (sender), not from the page.
      await tracker.forgetFrame(caller.tabId, caller.frameId, caller.url);
      return { ok: true };
    },

    async getPageSettings(_input, caller) {
      const settings = await readSettings();
      return pageSettingsFor(settings, hostOf(caller.tabUrl));
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
