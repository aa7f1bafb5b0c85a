// How every script here starts Debian's Chromium with the built extension: Playwright drives Debian's build through executablePath, as it cannot download its own here.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
// SIYAQ_CHROME_EXTENSION / SIYAQ_FIREFOX_EXTENSION test another build (e.g. a patched copy) with the same tests.
export const CHROME_EXTENSION = process.env.SIYAQ_CHROME_EXTENSION ?? path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION = process.env.SIYAQ_FIREFOX_EXTENSION ?? path.join(ROOT, '.output/firefox-mv2');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Flags that keep Chromium quiet and offline: the extension itself makes no request either. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const extensionFlags = (dir = CHROME_EXTENSION) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];

/** Fails with what to do when the browser or the build is missing, instead of a cryptic launch error. */
export function requireChromium(dir = CHROME_EXTENSION) {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No extension build in ${dir}: run npm run build first.`);
}

export function requireFirefox(dir = FIREFOX_EXTENSION) {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}. Install it (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No Firefox build in ${dir}: run npx wxt build -b firefox first.`);
}
