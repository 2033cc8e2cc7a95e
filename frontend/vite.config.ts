/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parse } from '@formatjs/icu-messageformat-parser';

/**
 * The production build ships the message catalogues already parsed (ICU MessageFormat to react-intl's AST)
 * and react-intl without its parser: 15 kB gzip less to load before the first page. `npm run dev` and the
 * tests parse at run time, as react-intl does by default.
 */
function precompiledMessages(): Plugin {
  const parser = '@formatjs/icu-messageformat-parser';
  return {
    name: 'pas-precompiled-messages',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/i18n\/messages\/[^/]+\/[^/]+\.json$/.test(id)) return null;
      const messages: Record<string, string> = JSON.parse(code);
      return { code: JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, parse(v)]))), map: null };
    },
    async resolveId(source, importer, options) {
      // react-intl's own copies only: react-aria's strings are formatted by another copy, which still parses.
      if (source !== parser || !importer || !/\/node_modules\/(react-intl|@formatjs\/intl)\//.test(importer)) return null;
      return this.resolve(`${parser}/no-parser.js`, importer, { ...options, skipSelf: true });
    },
  };
}

// Host and port come from the npm scripts (SPA_PORT, default 5173), so `dev` and `preview`
// always agree with the redirect URIs registered for the `pas-spa` Keycloak client.
export default defineConfig({
  plugins: [react(), precompiledMessages()],
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
