import { vi } from 'vitest';
import type { PackImportResult, PackSummary } from '../../../lib/messaging/protocol';
import type { UploadOutcome } from '../../../lib/messaging/upload-pack-file';

export function packSummary(over: Partial<PackSummary> = {}): PackSummary {
  return {
    id: 'core',
    name: { ar: 'سياق: المجموعة الأساسية', en: 'Siyaq core set' },
    description: { ar: 'الأسماء والأحداث المضمّنة في سياق.', en: 'The names and events bundled with Siyaq.' },
    version: '1.0.0',
    license: 'CC BY 4.0',
    attribution: 'Siyaq',
    authors: ['Siyaq'],
    date: '2026-11-30',
    requires: [],
    contentVersion: '0123456789abcdef',
    enabled: true,
    bundled: true,
    installedAt: 1,
    counts: { sources: 1, entities: 11, events: 3, relations: 9, facts: 12, amends: 0 },
    ...over,
  };
}

/** The pack half of OptionsApi, as an in-memory list; `next` decides what the next import answers. */
export function fakePackApi(initial: PackSummary[] = [packSummary()]) {
  let packs = [...initial];
  const state: { next: UploadOutcome; confirmed: PackImportResult | null } = {
    next: { status: 'result', uploadId: 'u1', result: { status: 'invalid', problems: ['not set'], more: 0 } },
    confirmed: null,
  };
  const api = {
    listPacks: vi.fn(async () => packs),
    importPack: vi.fn(async (_file: File, onProgress: (p: { phase: 'reading' | 'checking'; done: number; total: number }) => void) => {
      onProgress({ phase: 'reading', done: 0, total: 10 });
      const outcome = state.next;
      if (outcome.status === 'result' && (outcome.result.status === 'installed' || outcome.result.status === 'updated')) {
        const pack = outcome.result.pack;
        packs = [...packs.filter((p) => p.id !== pack.id), pack];
      }
      return outcome;
    }),
    confirmImport: vi.fn(async () => {
      const result = state.confirmed!;
      if (result.status === 'installed' || result.status === 'updated') packs = [...packs.filter((p) => p.id !== result.pack.id), result.pack];
      return result;
    }),
    cancelImport: vi.fn(async () => undefined),
    setPackEnabled: vi.fn(async (id: string, enabled: boolean) => (packs = packs.map((p) => (p.id === id ? { ...p, enabled } : p)))),
    removePack: vi.fn(async (id: string) => (packs = packs.filter((p) => p.id !== id))),
    exportPack: vi.fn(async () => undefined),
    confirm: vi.fn(() => true),
  };
  return Object.assign(api, { packState: state });
}
