/** A host as settings keep it: trimmed, lower case, without a trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** A site switched off covers its subdomains too: disabling `example.com` also stops `www.example.com`. */
export function isSiteSwitchedOff(disabledSites: readonly string[], host: string): boolean {
  const h = normalizeHost(host);
  return disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
