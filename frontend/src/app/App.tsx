import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { AppRoutes } from './routes';

/** The app: the providers (language, query cache, router) around the routes of every feature. */
export default function App() {
  const [queryClient] = useState<QueryClient>(createQueryClient);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
