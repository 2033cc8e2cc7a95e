import { defineConfig } from '@playwright/test';

// Run through e2e/stack.sh (make test-e2e): it starts the real API, database and SPA first.
// Debian's Chromium, never a downloaded browser; the flags keep it off the network it cannot reach.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e-artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
