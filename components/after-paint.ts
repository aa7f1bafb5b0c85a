/** Longest wait for a frame: a hidden page gets none, and must not wait for one. */
const MAX_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what is rendered now (an animation frame runs before the paint,
 * a task queued from it runs after), so work started next does not hold back the paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0);
    const fallback = setTimeout(resolve, MAX_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
