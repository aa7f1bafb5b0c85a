import { vi } from 'vitest';
import type { HistoryApi } from '../../../components/options-api';

/** A history that is empty and stays so: for option-page tests about other things. */
export function fakeHistoryApi() {
  return {
    getHistoryStats: vi.fn(async () => ({ pages: 0, bytes: 0, sites: [] })),
    forgetSite: vi.fn(async () => 0),
    clearHistory: vi.fn(async () => 0),
    exportHistory: vi.fn(async () => '{}'),
    importHistory: vi.fn(async () => ({ visits: 0 })),
    saveFile: vi.fn(),
  } satisfies HistoryApi;
}
