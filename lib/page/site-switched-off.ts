/** A host as settings keep it: trimmed, lower case, without a trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** A site switched off covers its subdomains too: disabling `example.com` also stops `www.example.com`. */
export function isSiteSwitchedOff(disabledSites: readonly string[], host: string): boolean {
  const h = normalizeHost(host);
  return disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

/** What a top document on `host` is told (`getPageSettings`): whether Siyaq is on there, and whether to highlight. */
export function pageSettingsFor(settings: { highlights: boolean; disabledSites: readonly string[] }, host: string): { enabled: boolean; highlights: boolean } {
  return { enabled: !isSiteSwitchedOff(settings.disabledSites, host), highlights: settings.highlights };
}
