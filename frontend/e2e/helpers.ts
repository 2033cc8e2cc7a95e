import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoOtp, demoOtpSecret } from '../../backend/keycloak/demo-otp.mjs';

export const PASSWORD = 'pas-demo-1';

/** Where stack.sh runs the API and Keycloak. */
export const API_URL = process.env.E2E_API_URL ?? 'http://localhost:8081/api/v1';
export const KEYCLOAK_URL = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';

/**
 * Signs in through the real Keycloak login page (authorization code + PKCE) and comes back: the password,
 * then, for staff (a demo TOTP secret in the realm), the current TOTP code.
 */
export async function signIn(page: Page, username: string, path = '/') {
  await page.goto(path);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await enterCredentials(page, username);
}

/**
 * Signs in through one of the identity providers that the pas realm brokers ("Sign in with BC Services Card",
 * "Sign in with BC Provider ID" on its login page): their own login page, TOTP included for BC Provider ID.
 */
export async function signInThrough(page: Page, provider: 'BC Services Card' | 'BC Provider ID', username: string, path = '/') {
  await page.goto(path);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: `Sign in with ${provider}` }).click();
  await expect(page.getByText(`${provider} (PAS demo stand-in)`).first()).toBeVisible();
  await enterCredentials(page, username);
}

/** On Keycloak's login page: the password, then the TOTP code for staff; back in the SPA, signed in. */
export async function enterCredentials(page: Page, username: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  if (demoOtpSecret(username)) {
    await page.locator('#otp').fill(demoOtp(username));
    await page.locator('#kc-login').click();
  }
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/**
 * Every screen we visit: axe with the WCAG 2.0/2.1/2.2 A and AA rules finds nothing, and a
 * screenshot is kept in e2e-artifacts/screens.
 */
export async function checkScreen(page: Page, name: string) {
  await expect(page.getByText(/^Loading /)).toHaveCount(0);
  await page.screenshot({ path: `e2e-artifacts/screens/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `accessibility violations on ${name}`).toEqual([]);
}

/** A valid BC PHN (check digit as in backend org.openpas.common.Phn), different on every run. */
export function randomPhn(): string {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  for (;;) {
    const body = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    const sum = body.reduce((s, d, i) => s + ((d * weights[i]) % 11), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `9${body.join('')}${check}`;
  }
}

/** The endorsement link the API emailed last (the e2e API logs mails instead of sending them). */
export async function emailedEndorsementLink(after: number): Promise<string> {
  const log = process.env.E2E_API_LOG ?? 'e2e-artifacts/api.log';
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const text = readFileSync(log, 'utf8').slice(after);
        const links = [...text.matchAll(/https?:\/\/\S+\/endorsements\/open#token=[A-Za-z0-9_-]{43}/g)];
        link = links.at(-1)?.[0];
        return link;
      },
      { timeout: 40_000, message: 'an endorsement email in the API log' },
    )
    .toBeTruthy();
  return new URL(link!).pathname + new URL(link!).hash;
}

export const apiLogSize = () => readFileSync(process.env.E2E_API_LOG ?? 'e2e-artifacts/api.log', 'utf8').length;

/** A page in a context of its own (own cookies: another signed-in user); axe needs a context page. */
export async function newUserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
