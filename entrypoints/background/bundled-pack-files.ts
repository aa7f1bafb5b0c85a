import { browser } from '#imports';
import index from '../../lib/reference/generated/bundled-index.json';
import type { BundledPack } from '../../lib/db/install-bundled-packs';
import type { InstallablePack } from '../../lib/db/install-pack';
import type { ExternalIds } from '../../lib/reference/check-references';
import { parsePack } from '../../lib/reference/parse-pack';

/**
 * The packs built into this extension, in install order (lib/reference/bundled-packs.ts lists them; the
 * reference build writes their ids and versions to generated/bundled-index.json, and the extension build
 * copies each file to packs/<id>.json). Adding one there adds it here.
 *
 * Only the index is part of the background script: a worker evaluates its whole script on every start,
 * and the packs' 5 MB cost a large part of every cold start as an imported object (and still a third
 * of that as string literals). A pack's file is read only when it has to be installed.
 */
export function bundledPackFiles(): BundledPack[] {
  return index.map((head) => ({ ...head, load: () => readExtensionFile(`/packs/${head.id}.json`) }));
}

/**
 * Reads a JSON file of the extension itself: the one request the background makes, to its own package
 * (not web-accessible, so pages cannot read it; tests/e2e/chromium/no-network.spec.ts allows no other).
 */
async function readExtensionFile(file: string): Promise<unknown> {
  // One expression, so the built code shows that the URL is the extension's own (the no-network test checks it).
  const response = await fetch(browser.runtime.getURL(file as '/'));
  if (!response.ok) throw new Error(`${file} could not be read from the extension (${response.status})`);
  return response.json();
}

/** parsePack with the ids of the installed packs the pack requires; `name` appears in every message. */
export function parsePackFile(data: unknown, external: ExternalIds, name = 'bundled pack'): InstallablePack {
  return parsePack(data, { name, external });
}
