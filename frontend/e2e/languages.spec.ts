import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiLogSize, checkScreen, PASSWORD, randomPhn } from './helpers';
import { emailWords, spaWords } from './i18n';

// Issue 19: a newcomer switches the landing page to their language, creates an account on Keycloak's page in
// that language, registers, reads their status and receives the confirmation email in it. Once in French and
// once in Punjabi; axe is clean on every screen. Expected words come from the catalogues, not from the screens.
for (const { locale, name } of [
  { locale: 'fr', name: 'Français' },
  { locale: 'pa', name: 'ਪੰਜਾਬੀ' },
]) {
  test(`a newcomer does it all in ${name} (${locale}): landing, Keycloak sign-up, registration, status, email`, async ({ page }) => {
    const t = spaWords(locale);
    const email = emailWords(locale);
    const suffix = `${locale}${Date.now()}`;

    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: name });
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1, name: t('public.title') })).toBeVisible();
    await checkScreen(page, `${locale}-01-landing`);

    // The choice outlives a reload (remembered in this browser).
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t('public.title') })).toBeVisible();

    // Keycloak's registration page, in the same language (ui_locales).
    await page.getByRole('main').getByRole('button', { name: t('public.signIn.register') }).click();
    await expect(page.locator('#kc-register-form')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.locator('#username').fill(`newcomer.${suffix}`);
    await page.locator('#email').fill(`newcomer.${suffix}@pas.example`);
    await page.locator('#firstName').fill('Noor');
    await page.locator('#lastName').fill(`Newcomer ${locale}`);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#password-confirm').fill(PASSWORD);
    await page.locator('#kc-register-form [type=submit]').click();
    await expect(page.getByRole('button', { name: t('common.auth.signOut') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    await page.goto('/patient');
    await expect(page.getByRole('heading', { level: 1, name: t('patient.home.title') })).toBeVisible();
    await page.getByRole('link', { name: t('patient.home.register') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('patient.register.title') })).toBeVisible();
    await expect(page.getByLabel(t('patient.details.preferredLanguage'))).toHaveValue(locale);
    await expect(page.getByLabel(t('patient.details.emailLanguage'))).toHaveValue(locale);
    await page.getByLabel(t('patient.details.phn')).fill(randomPhn());
    await page.getByLabel(t('patient.details.givenNames')).fill('Noor');
    await page.getByLabel(t('patient.details.familyName')).fill(`Newcomer ${locale}`);
    await page.getByLabel(t('patient.details.dateOfBirth')).fill('1988-03-09');
    await page.getByLabel(t('patient.details.street')).fill('455 West 8th Avenue');
    await page.getByLabel(t('patient.details.city')).fill('Vancouver');
    await page.getByLabel(t('patient.details.postalCode')).fill('v5y1n9');
    await page
      .getByLabel(t('patient.details.community'))
      .selectOption({ label: `Vancouver (${t('common.enum.VANCOUVER_COASTAL')})` });
    await page.getByLabel(t('patient.details.email')).fill(`newcomer.${suffix}@pas.example`);
    await page.getByLabel(t('patient.questionnaire.condition.HYPERTENSION')).check();
    await checkScreen(page, `${locale}-02-register-form`);
    const logBefore = apiLogSize();
    await page.getByRole('button', { name: t('patient.register.submit') }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Noor Newcomer ${locale}` })).toBeVisible();
    await expect(page.locator('.pas-status').getByText(t('common.enum.WAITING'), { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: t('patient.estimate.title') })).toBeVisible();
    await expect(page.getByRole('heading', { name: t('patient.history.title') })).toBeVisible();
    await checkScreen(page, `${locale}-03-status`);

    // The confirmation email (the e2e API logs its mails), in the patient's language.
    const subject = email('registrationConfirmedSubject');
    const text = email('registrationConfirmed', { community: 'Vancouver' });
    await expect
      .poll(() => readFileSync(process.env.E2E_API_LOG ?? 'e2e-artifacts/api.log', 'utf8').slice(logBefore), {
        timeout: 40_000,
        message: `the confirmation email in ${locale} in the API log`,
      })
      .toContain(subject);
    const mail = readFileSync(process.env.E2E_API_LOG ?? 'e2e-artifacts/api.log', 'utf8').slice(logBefore);
    expect(mail).toContain(text);
    expect(mail).toContain(`<html lang="${locale}">`);
  });
}
