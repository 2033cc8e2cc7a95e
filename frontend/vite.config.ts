/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Host and port come from the npm scripts (SPA_PORT, default 5173), so `dev` and `preview`
// always agree with the redirect URIs registered for the `pas-spa` Keycloak client.
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    // Whole-app tests type into long forms: slow on a busy 2-core machine.
    testTimeout: 20_000,
    exclude: ['e2e/**', 'node_modules/**', '.lighthouse-tool/**', 'e2e-dist/**'],
  },
});
