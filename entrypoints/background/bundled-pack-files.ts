import bundled from '../../lib/reference/generated/reference-set.json';
import type { BundledPack } from '../../lib/db/install-bundled-packs';
import type { InstallablePack } from '../../lib/db/install-pack';
import type { ExternalIds } from '../../lib/reference/check-references';
import { parseReferenceSet } from '../../lib/reference/parse-reference-set';

// TEMP until the pack format lands: the one bundled set served as the core pack.
export function bundledPackFiles(): BundledPack[] {
  return [{ id: 'core', data: bundled }];
}

export function parsePackFile(data: unknown, _external: ExternalIds): InstallablePack {
  const set = parseReferenceSet(data);
  return {
    meta: {
      id: 'core',
      name: { ar: 'سياق: المجموعة الأساسية', en: 'Siyaq core set' },
      version: '1.0.0',
      description: { ar: 'المجموعة المضمّنة في سياق.', en: 'The set bundled with Siyaq.' },
      license: 'CC BY 4.0',
      attribution: 'Siyaq',
      authors: [],
      date: '2026-11-30',
    },
    contentVersion: set.version,
    ...set,
  };
}
