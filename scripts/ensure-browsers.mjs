// Debian's Chromium and Firefox ESR, installed when missing on a machine where that is possible (root
// on Debian, as on this project's machines and CI); anywhere else, a message saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from '../tests/e2e/support/chromium.mjs';

/**
 * @param {('chromium' | 'firefox-esr')[]} packages the browsers this command needs
 * @returns {boolean} whether they are all there now
 */
export function ensureBrowsers(packages) {
  const paths = { chromium: CHROMIUM, 'firefox-esr': FIREFOX };
  const missing = packages.filter((pkg) => !existsSync(paths[pkg]));
  if (missing.length === 0) return true;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    console.error(
      `This needs ${missing.map((pkg) => paths[pkg]).join(' and ')}.\n` +
        `On Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}\n` +
        'Elsewhere, install Chromium and Firefox ESR and set CHROMIUM_PATH and FIREFOX_PATH.',
    );
    return false;
  }
  // Noto's Arabic faces, so pages, popup and screenshots draw Arabic properly.
  const install = [...missing, 'fonts-noto-core'].join(' ');
  console.log(`Installing ${install} with apt-get…`);
  const r = spawnSync('bash', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${install}`], {
    stdio: 'inherit',
  });
  return r.status === 0 && missing.every((pkg) => existsSync(paths[pkg]));
}
