import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Renders Preact into a linkedom document (no happy-dom or jsdom here). linkedom has no layout and
 * no focus, which the Chromium e2e tests cover; here it is about what is rendered and what is called.
 */
export function mount(ui: ComponentChild) {
  const { document, window } = parseHTML('<!doctype html><html lang="ar" dir="rtl"><body><div id="root"></div></body></html>');
  // The popup sets <html lang dir> and the title through the global document, as in the browser.
  (globalThis as { document?: unknown }).document = document;
  const root = document.getElementById('root') as unknown as HTMLElement;
  act(() => render(ui, root));
  return {
    root,
    document: document as unknown as Document,
    click: async (el: Element | null) => {
      if (!el) throw new Error('nothing to click');
      await act(async () => {
        el.dispatchEvent(new window.Event('click', { bubbles: true }));
      });
      await settle();
    },
    change: async (el: Element | null, checked: boolean) => {
      if (!el) throw new Error('nothing to change');
      await act(async () => {
        (el as HTMLInputElement).checked = checked;
        el.dispatchEvent(new window.Event('change', { bubbles: true }));
      });
      await settle();
    },
    unmount: () => act(() => render(null, root)),
  };
}

/** Lets pending promises (the fake api) and Preact's effects run. */
export async function settle(rounds = 5) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

/** linkedom's inputs have no `checked` property until one is set; Preact then reflects it as the attribute. */
export function isChecked(el: Element | null): boolean {
  if (!el) throw new Error('no such input');
  const prop = (el as HTMLInputElement).checked as boolean | undefined;
  return prop ?? el.hasAttribute('checked');
}
