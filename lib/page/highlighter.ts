/** Highlight names, one per kind: the content CSS styles `::highlight(siyaq-person)` and so on. */
export const HIGHLIGHT_NAMES = {
  person: 'siyaq-person',
  organization: 'siyaq-organization',
  place: 'siyaq-place',
  event: 'siyaq-event',
  flash: 'siyaq-flash',
} as const;

export type HighlightKind = Exclude<keyof typeof HIGHLIGHT_NAMES, 'flash'>;

interface HighlightRegistry {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => { priority: number };

export interface HighlightEnv {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: HighlightConstructor;
  setTimeout(handler: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * Draws matches with the CSS Custom Highlight API: ranges are registered with the browser and painted
 * by CSS, the page's DOM is not touched. Without the API (older browsers) `supported` is false and
 * drawing does nothing; the popup, badge and cards work all the same.
 */
export function createHighlighter(env: HighlightEnv) {
  const registry = env.CSS?.highlights;
  const Ctor = env.Highlight;
  const supported = Boolean(registry && Ctor);
  let flashTimer: unknown;

  return {
    supported,
    draw(groups: ReadonlyMap<HighlightKind, Range[]>): void {
      if (!registry || !Ctor) return;
      for (const kind of Object.keys(HIGHLIGHT_NAMES) as (keyof typeof HIGHLIGHT_NAMES)[]) {
        if (kind === 'flash') continue;
        const ranges = groups.get(kind) ?? [];
        if (ranges.length === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
        else registry.set(HIGHLIGHT_NAMES[kind], new Ctor(...ranges));
      }
    },
    /** Marks `range` for `ms` milliseconds, above the other highlights. */
    flash(range: Range, ms = 1600): boolean {
      if (!registry || !Ctor) return false;
      const highlight = new Ctor(range);
      highlight.priority = 10;
      registry.set(HIGHLIGHT_NAMES.flash, highlight);
      env.clearTimeout(flashTimer);
      flashTimer = env.setTimeout(() => registry.delete(HIGHLIGHT_NAMES.flash), ms);
      return true;
    },
    clear(): void {
      if (!registry) return;
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
