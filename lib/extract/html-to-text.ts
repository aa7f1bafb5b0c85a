import { collectVisibleText, PAGE_TEXT_OPTIONS, type VisibleText, type VisibleTextOptions } from './visible-text';

/**
 * The visible text of an HTML page, for Node tools: pass a parser such as linkedom's
 * `(html) => parseHTML(html).document`, so this module stays free of any DOM implementation.
 * Uses the content script's options unless told otherwise.
 */
export function htmlToText(
  html: string,
  parseHtml: (html: string) => Document,
  options: VisibleTextOptions = PAGE_TEXT_OPTIONS,
): VisibleText {
  return collectVisibleText(parseHtml(html), options);
}
