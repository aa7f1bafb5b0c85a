import bundled from '../../lib/reference/generated/bundled.json';
import type { BundledPack } from '../../lib/db/install-bundled-packs';
import type { InstallablePack } from '../../lib/db/install-pack';
import type { ExternalIds } from '../../lib/reference/check-references';
import { parsePack } from '../../lib/reference/parse-pack';

/**
 * The packs built into this extension (lib/reference/bundled-packs.ts lists them; the reference build
 * writes them all, in install order, to generated/bundled.json). Adding one there adds it here.
 */
export function bundledPackFiles(): BundledPack[] {
  return (bundled as unknown[]).map((data) => ({ id: (data as { meta: { id: string } }).meta.id, data }));
}

/** parsePack with the ids of the installed packs the pack requires; `name` appears in every message. */
export function parsePackFile(data: unknown, external: ExternalIds, name = 'bundled pack'): InstallablePack {
  return parsePack(data, { name, external });
}
