import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import type { Locale } from '../i18n';
import { createQueryClient } from '../lib/query-client';

/** Where a page navigated to (the harness's catch-all route shows it). */
function Elsewhere() {
  return <p data-testid="elsewhere">{useLocation().pathname}</p>;
}

/** Loads a module afresh at `url`: lib/auth.ts initialises Keycloak once per load, so each test signs in anew. */
async function fresh<T>(url: string, load: () => Promise<T>): Promise<T> {
  window.history.pushState({}, '', url);
  vi.resetModules();
  return load();
}

/**
 * Renders one page of a feature at `url`, matched by `route` (e.g. '/providers/:providerId/panel'),
 * with the app's query client and router. `load` imports the page, e.g. `async () => (await import('./PanelPage')).PanelPage`.
 * In English unless `locale` says otherwise, with every catalogue loaded.
 */
export async function renderPage(
  load: () => Promise<ComponentType>,
  { route, url, locale = 'en' }: { route: string; url: string; locale?: Locale },
) {
  const Page = await fresh(url, load);
  // After the reset: the page must share the provider's module (its contexts).
  const { I18nProvider } = await import('../i18n');
  // Every namespace: a page alone is not wrapped in its route's <Needs>.
  await (await import('../i18n/intl')).activateFully(locale);
  return render(
    <I18nProvider>
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter>
          <Routes>
            <Route path={route} element={<Page />} />
            <Route path="*" element={<Elsewhere />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

/** Renders a whole app (its own providers and router) at `url`. */
export async function renderWhole(load: () => Promise<ComponentType>, url = '/') {
  const App = await fresh(url, load);
  return render(<App />);
}
