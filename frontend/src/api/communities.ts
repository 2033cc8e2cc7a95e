import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../lib/api';

export const communityKeys = {
  all: ['communities'] as const,
  /** Every community, for the choosers. */
  choices: () => [...communityKeys.all, 'choices'] as const,
  search: (q: string | undefined, page: number) => [...communityKeys.all, 'search', q, page] as const,
};

/** All BC communities (about 60, one page), for the community choosers. */
export function useCommunityChoices() {
  return useQuery({
    queryKey: communityKeys.choices(),
    queryFn: () => unwrap(api.GET('/communities', { params: { query: { size: 100 } } })),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

/** GET /communities by name, a page at a time. */
export function useCommunitySearch(q: string | undefined, page: number) {
  return useQuery({
    queryKey: communityKeys.search(q, page),
    queryFn: () => unwrap(api.GET('/communities', { params: { query: { q, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}
