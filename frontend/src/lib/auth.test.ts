import { afterEach, describe, expect, it } from 'vitest';
import { keycloakMock } from '../testing/keycloak';
import { register, signIn } from './auth';

describe("Keycloak's pages in the page's language", () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it.each([
    ['en', 'en'],
    ['fr', 'fr'],
    ['pa', 'pa'],
    ['tl', 'tl'],
    // The realms offer Chinese by region (Keycloak 26 ignores the script subtag): backend/keycloak/pas-realm.json.
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
  ])('a page in %s asks for the sign-in and registration pages in %s (ui_locales)', async (lang, locale) => {
    document.documentElement.lang = lang;

    await signIn();
    await signIn(true);
    await register();

    expect(keycloakMock.login.mock.calls).toEqual([[{ locale }], [{ prompt: 'login', locale }]]);
    expect(keycloakMock.register).toHaveBeenCalledWith({ locale });
  });

  it('leaves the language to Keycloak (the browser) when the page has none', async () => {
    await signIn();

    expect(keycloakMock.login).toHaveBeenCalledTimes(1);
    expect(keycloakMock.login.mock.calls[0][0].locale).toBeUndefined();
  });
});
