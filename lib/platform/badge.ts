import { browser } from '#imports';

type BadgeApi = { setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void };

/**
 * The toolbar button API: `action` in MV3 (Chromium, Firefox MV3), `browserAction` in Firefox MV2.
 * Feature-detected rather than keyed on the manifest version so one build path serves both.
 */
export function toolbarAction(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

/**
 * Shows `count` on tab `tabId`'s badge ('' hides it). A tab that closed in the meantime makes the
 * browser reject: that is not an error worth reporting.
 */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  try {
    await toolbarAction()?.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab is gone.
  }
}
