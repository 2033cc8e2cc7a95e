import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetKeycloak } from './keycloak';
import { server } from './server';

// The one keycloak-js mock of every test: see keycloak.ts.
vi.mock('keycloak-js', async () => {
  const { keycloakMock } = await import('./keycloak');
  return {
    default: vi.fn(function Keycloak() {
      return keycloakMock;
    }),
  };
});

// A page waits for the sign-in check and its requests: on a busy 2-core machine that takes more
// than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 8000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  resetKeycloak();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());
