/** The URL without its fragment: `#section` moves within a page, it does not make another page. */
export function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i === -1 ? url : url.slice(0, i);
}
