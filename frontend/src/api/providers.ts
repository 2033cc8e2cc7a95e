import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';
import type { paths } from './schema';

type ProviderQuery = NonNullable<paths['/providers']['get']['parameters']['query']>;

export const providerKeys = {
  all: ['providers'] as const,
  list: (query: ProviderQuery) => [...providerKeys.all, 'list', query] as const,
  detail: (providerId: string) => [...providerKeys.all, 'detail', providerId] as const,
};

/** GET /providers: search (admin) or those accepting patients in a community (coordinator). */
export function useProviders(query: ProviderQuery, options: { keepPrevious?: boolean } = {}) {
  return useQuery({
    queryKey: providerKeys.list(query),
    queryFn: () => unwrap(api.GET('/providers', { params: { query } })),
    placeholderData: options.keepPrevious ? (previous) => previous : undefined,
  });
}

/** The query of GET /providers/{providerId} (for `useQuery` or `useQueries`). */
export const providerQuery = (providerId: string) => ({
  queryKey: providerKeys.detail(providerId),
  queryFn: () => unwrap(api.GET('/providers/{providerId}', { params: { path: { providerId } } })),
});

/** GET /providers/{providerId}: name and clinics. */
export function useProvider(providerId: string) {
  return useQuery(providerQuery(providerId));
}
