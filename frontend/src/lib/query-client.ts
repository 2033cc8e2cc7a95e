import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // 4xx answers are final; retry only what may be transient.
        retry: (count, error) => !(error instanceof ApiError && (error.status ?? 500) < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
