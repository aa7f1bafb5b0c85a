/**
 * Calls `onAdded` with the nodes added to `root`, at most once per `delayMs` of quiet (news pages add
 * comments, live updates and "read more" in bursts). `onAdded` resolving false stops the watching.
 */
export function watchAdditions(root: Node, onAdded: (nodes: Node[]) => Promise<boolean>, delayMs = 500): () => void {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const flush = async () => {
    timer = undefined;
    if (running) return schedule();
    const nodes = [...pending];
    pending = new Set();
    running = true;
    try {
      if (!(await onAdded(nodes))) stop();
    } catch (e) {
      console.warn('[siyaq] could not scan added content', e);
    } finally {
      running = false;
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) pending.add(node);
      }
    }
    if (pending.size > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });

  function stop() {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
  }
  return stop;
}
