#!/usr/bin/env node
// The SPA through the proxy, for `make cluster-test`: Chromium opens BASE, signs in through the real
// Keycloak login page (authorization code + PKCE) as USER, a staff user (password, then the TOTP code), and
// prints the API calls the SPA made and their statuses, one a line ("200 GET /api/v1/me"). Exits 1 when the
// sign-in does not come back.
//
// node backend/dev/cluster-spa.mjs http://localhost:8088 coordinator
import { chromium } from '../../frontend/node_modules/@playwright/test/index.mjs';
import { demoOtp } from '../keycloak/demo-otp.mjs';

const [base, user] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const calls = [];
  page.on('response', (answer) => {
    const url = new URL(answer.url());
    if (url.origin === base && url.pathname.startsWith('/api/')) calls.push(`${answer.status()} ${answer.request().method()} ${url.pathname}`);
  });
  await page.goto(base);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill('pas-demo-1');
  await page.locator('#kc-login').click();
  await page.locator('#otp').fill(demoOtp(user));
  await page.locator('#kc-login').click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Waitlist' }).first().click();
  await page.waitForLoadState('networkidle');
  console.log(calls.join('\n'));
} finally {
  await browser.close();
}
