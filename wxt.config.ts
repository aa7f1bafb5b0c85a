import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_PACKS } from './lib/reference/bundled-packs';

/**
 * The popup's first script, popup-first.js, must come first in its page and be classic (it runs as soon as
 * it is read and sends the first requests while the module graph loads). It is written into the page after
 * Vite has bundled it: met in the HTML, a classic script is left unbundled with a warning on every build.
 */
const popupFirstScript: PluginOption = {
  name: 'siyaq-popup-first-script',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) =>
      ctx.path.endsWith('/popup/index.html') ? html.replace(/(<meta name="color-scheme"[^>]*>)/, '$1\n    <script src="/popup-first.js"></script>') : html,
  },
};

/**
 * A hash of the code that compiles the matcher (lib/match, lib/arabic, lib/reference): the stored compiled
 * matcher carries it, so a build whose compile differs never restores tables an older build stored, even
 * when the tables' format number was not raised (entrypoints/background/index.ts).
 */
function matcherCodeHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'generated') walk(path);
      } else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  for (const dir of ['lib/match', 'lib/arabic', 'lib/reference']) walk(resolve(dir));
  return hash.digest('hex').slice(0, 16);
}

// WXT has no official Preact module: the Preact Vite preset is added as a plain Vite plugin.
// Auto-imports are off so that every dependency is an explicit import the lint boundaries can see.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), popupFirstScript],
    define: { __SIYAQ_MATCHER_CODE__: JSON.stringify(matcherCodeHash()) },
    // Vite's modulepreload polyfill fetch()es chunks; extension pages load their own modules anyway, and
    // the built extension should contain no network call at all (checked by tests/e2e/chromium/no-network).
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The bundled packs ship as files of the extension (packs/<id>.json, not web-accessible: only the
    // extension can read them), read by the background only when one has to be installed. Imported into
    // the background script, their 5 MB were evaluated on every start of the worker.
    'build:publicAssets': (_wxt, files) => {
      for (const { id } of BUNDLED_PACKS) files.push({ absoluteSrc: resolve('lib/reference/generated/packs', `${id}.json`), relativeDest: `packs/${id}.json` });
    },
  },
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
