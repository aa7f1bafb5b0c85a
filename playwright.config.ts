import { defineConfig } from '@playwright/test';

// Chromium end-to-end tests on the built extension (.output/chrome-mv3); `npm test` builds it first.
// One worker: a 2-core machine, and each test starts its own browser with a fresh profile.
export default defineConfig({
  testDir: './tests/e2e/chromium',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
});
