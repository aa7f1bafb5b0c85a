import { createRescanScheduler, type Clock } from './rescan-scheduler';

/** What changed in the page since the last call. */
export interface PageChanges {
  /** Nodes put into the page (their text may be new). */
  added: Node[];
  /** Text nodes whose text was replaced in place (characterData). */
  changed: Text[];
  /** Something was taken out: highlights of removed text must go. */
  removed: boolean;
}

/**
 * Handles a batch of changes. Resolves with the nodes it had no budget for (they wait for the next
 * round), or false to stop watching (site switched off).
 */
export type ChangeHandler = (changes: PageChanges) => Promise<readonly Node[] | false>;

export interface WatchChangesOptions {
  delayMs?: number;
  maxWaitMs?: number;
  /** The page's document: while it is hidden nothing runs, `visibilitychange` resumes. */
  doc?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  clock?: Clock;
  MutationObserver?: typeof MutationObserver;
}

/** Quiet time before a rescan. */
export const RESCAN_DELAY_MS = 500;
/** Changes never wait longer than this while the page is visible (a live ticker never falls quiet). */
export const RESCAN_MAX_WAIT_MS = 1000;
/** Past this many waiting nodes, those no longer in the page are dropped (a hidden tab with a ticker). */
const PRUNE_AT = 10_000;

/**
 * Watches `root` for text that appears or is rewritten (appendChild, innerHTML, textContent,
 * characterData) or removed, and hands the changes to `onChanges` on the rescan schedule: debounced,
 * at most `maxWaitMs` late, paused while the page is hidden. Returns the function that stops it.
 */
export function watchChanges(root: Node, onChanges: ChangeHandler, options: WatchChangesOptions = {}): () => void {
  const { delayMs = RESCAN_DELAY_MS, maxWaitMs = RESCAN_MAX_WAIT_MS, doc, clock } = options;
  const Observer = options.MutationObserver ?? MutationObserver;
  let added = new Set<Node>();
  let changed = new Set<Text>();
  let removed = false;

  const scheduler = createRescanScheduler({
    delayMs,
    maxWaitMs,
    clock,
    hidden: () => doc?.visibilityState === 'hidden',
    async run() {
      const batch: PageChanges = { added: [...added], changed: [...changed], removed };
      added = new Set();
      changed = new Set();
      removed = false;
      const leftover = await onChanges(batch);
      if (leftover === false) return stop();
      if (leftover.length > 0) {
        for (const node of leftover) added.add(node);
        scheduler.changed();
      }
    },
  });

  const prune = () => {
    for (const node of added) if (!node.isConnected) added.delete(node);
    for (const node of changed) if (!node.isConnected) changed.delete(node);
  };

  const observer = new Observer((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.nodeType === 3) changed.add(record.target as Text);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 || node.nodeType === 3) added.add(node);
      }
      if (record.removedNodes.length > 0) removed = true;
    }
    if (added.size + changed.size > PRUNE_AT) prune();
    if (added.size > 0 || changed.size > 0 || removed) scheduler.changed();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  const onVisibility = () => scheduler.resume();
  doc?.addEventListener('visibilitychange', onVisibility);

  function stop() {
    observer.disconnect();
    scheduler.stop();
    doc?.removeEventListener('visibilitychange', onVisibility);
    added.clear();
    changed.clear();
  }
  return stop;
}
