import type Keycloak from 'keycloak-js';
import { useSyncExternalStore } from 'react';
import { config } from '../config/env';

/** The realm roles PAS knows; Keycloak's own defaults (offline_access, ...) are not shown. */
export const PAS_ROLES = [
  'patient',
  'provider',
  'medical-director',
  'delegate',
  'coordinator',
  'admin',
] as const;

/**
 * What the identity provider the person signed in with asserts (the token's `idp` and its claims): BC Services
 * Card (`bcsc`) a patient's PHN, names and birth date; BC Provider ID (`bcprovider`) a provider's MSP number.
 * Absent for a local account.
 */
export interface AssertedIdentity {
  idp: 'bcsc' | 'bcprovider' | string;
  phn?: string;
  givenNames?: string;
  familyName?: string;
  /** `YYYY-MM-DD` */
  dateOfBirth?: string;
  mspNumber?: string;
}

export interface SignedInUser {
  name: string;
  username?: string;
  roles: string[];
  asserted?: AssertedIdentity;
}

export type AuthState =
  | { status: 'checking' }
  | { status: 'signed-out'; problem?: string }
  | { status: 'signed-in'; user: SignedInUser };

/** How long the page waits for the silent SSO check before offering the sign-in button anyway. */
const INIT_TIMEOUT_MS = 8000;

let state: AuthState = { status: 'checking' };
const listeners = new Set<() => void>();

function setState(next: AuthState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function currentUser(keycloak: Keycloak): SignedInUser {
  const token = keycloak.tokenParsed ?? {};
  const fullName = [token.given_name, token.family_name].filter(Boolean).join(' ');
  const name = (token.name as string | undefined) || fullName || token.preferred_username || 'Signed-in user';
  const realmRoles = token.realm_access?.roles ?? [];
  return {
    name,
    username: token.preferred_username as string | undefined,
    roles: PAS_ROLES.filter((role) => realmRoles.includes(role)),
    asserted: assertedIdentity(token),
  };
}

function assertedIdentity(token: Record<string, unknown>): AssertedIdentity | undefined {
  const text = (claim: string) => (typeof token[claim] === 'string' ? (token[claim] as string) : undefined);
  const idp = text('idp');
  if (!idp) return undefined;
  return {
    idp,
    phn: text('phn'),
    givenNames: text('given_name'),
    familyName: text('family_name'),
    dateOfBirth: text('birthdate'),
    mspNumber: text('msp_number'),
  };
}

/**
 * One instance, created once at module level (React StrictMode runs effects twice and a second init() throws).
 * keycloak-js is loaded apart from the first page's script: the page shows while it loads.
 */
const keycloakLoaded: Promise<Keycloak> = import('keycloak-js').then(({ default: KeycloakClient }) => {
  const keycloak = new KeycloakClient({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onAuthSuccess = () => setState({ status: 'signed-in', user: currentUser(keycloak) });
  keycloak.onAuthRefreshSuccess = () => setState({ status: 'signed-in', user: currentUser(keycloak) });
  keycloak.onAuthLogout = () => setState({ status: 'signed-out' });
  keycloak.onAuthRefreshError = () => setState({ status: 'signed-out' });
  return keycloak;
});

const timeout = new Promise<never>((_, reject) =>
  setTimeout(() => reject(new Error('timeout')), INIT_TIMEOUT_MS),
);

/** Resolves once the page knows whether the user is signed in (or gave up asking). */
export const authReady: Promise<void> = Promise.race([
  keycloakLoaded.then(async (keycloak) => {
    const authenticated = await keycloak.init({
      onLoad: 'check-sso',
      silentCheckSsoRedirectUri: `${globalThis.location.origin}/silent-check-sso.html`,
      pkceMethod: 'S256',
      checkLoginIframe: false,
      messageReceiveTimeout: INIT_TIMEOUT_MS,
    });
    return authenticated ? currentUser(keycloak) : undefined;
  }),
  timeout,
]).then(
  (user) => setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
  () =>
    setState({
      status: 'signed-out',
      problem: `The sign-in service (${config.keycloakUrl}) did not answer. You can still try to sign in.`,
    }),
);

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAuth(): AuthState {
  return useSyncExternalStore(subscribe, () => state);
}

/**
 * Keycloak 26 matches a language by its language and region subtags only, so its realms offer Chinese by region:
 * zh-CN for Simplified, zh-TW for Traditional (backend/keycloak/themes/pas).
 */
const KEYCLOAK_LOCALES: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' };

/** The page's language (its `lang` attribute) as Keycloak's login pages know it; sent as `ui_locales`. */
function loginLocale(): string | undefined {
  const lang = document.documentElement.lang;
  return lang ? (KEYCLOAK_LOCALES[lang] ?? lang) : undefined;
}

/**
 * Keycloak's sign-in page, in the page's language; afterwards the browser comes back to the current page. `again`
 * asks for the password (and the staff's TOTP code) even when the Keycloak session is still open.
 */
export async function signIn(again = false): Promise<void> {
  const locale = loginLocale();
  return (await keycloakLoaded).login(again ? { prompt: 'login', locale } : { locale });
}

/** Keycloak's registration page, in the page's language: new accounts get the `patient` role. */
export async function register(): Promise<void> {
  return (await keycloakLoaded).register({ locale: loginLocale() });
}

export async function signOut(): Promise<void> {
  return (await keycloakLoaded).logout({ redirectUri: `${globalThis.location.origin}/` });
}

/** A bearer token valid for at least 30 more seconds, refreshing it first if needed. */
export async function accessToken(): Promise<string> {
  const keycloak = await keycloakLoaded;
  await keycloak.updateToken(30);
  if (!keycloak.token) {
    throw new Error('Not signed in');
  }
  return keycloak.token;
}

/** The realm roles from the sign-in token (cosmetic: the API enforces every rule). */
export function useRoles(): string[] {
  const auth = useAuth();
  return auth.status === 'signed-in' ? auth.user.roles : [];
}
