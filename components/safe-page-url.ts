/**
 * A visited page's URL, if it is safe to link to: only http and https. Anything else (javascript:,
 * data:, a browser-internal page) is shown as text, never as a link.
 */
export function safePageUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
