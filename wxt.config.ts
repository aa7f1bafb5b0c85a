import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no official Preact module: the Preact Vite preset is added as a plain Vite plugin.
// Auto-imports are off so that every dependency is an explicit import the lint boundaries can see.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill fetch()es chunks; extension pages load their own modules anyway, and
    // the built extension should contain no network call at all (checked by tests/e2e/chromium/no-network).
    build: { modulePreload: { polyfill: false } },
  }),
  // The Firefox sources zip holds what rebuilds the extension, not test and demo output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'artifacts/**', 'lib/reference/generated/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'tabs'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'siyaq@siyaq.local',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
