import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { meKeys } from '../../../api/me';
import { ApiError, api, idempotencyKey, unwrap, type Schemas } from '../../../lib/api';

type Action = Schemas['EndorsementAction'];

export const endorsementKeys = {
  all: ['endorsements'] as const,
  list: (status: Schemas['EndorsementStatus'] | '', page: number) => [...endorsementKeys.all, 'list', status, page] as const,
  detail: (endorsementId: string) => [...endorsementKeys.all, 'detail', endorsementId] as const,
  /** Opening an emailed link's token (a POST, done once: never refetched). */
  token: (token: string) => ['endorsement-token', token] as const,
};

/** GET /endorsements where the caller is a party, by status, 20 a page. */
export function useEndorsements(status: Schemas['EndorsementStatus'] | '', page: number) {
  return useQuery({
    queryKey: endorsementKeys.list(status, page),
    queryFn: () => unwrap(api.GET('/endorsements', { params: { query: { status: status || undefined, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

/** GET /endorsements/{endorsementId} */
export function useEndorsement(endorsementId: string) {
  return useQuery({
    queryKey: endorsementKeys.detail(endorsementId),
    queryFn: () => unwrap(api.GET('/endorsements/{endorsementId}', { params: { path: { endorsementId } } })),
  });
}

function act(endorsementId: string, action: Action) {
  const params = { params: { path: { endorsementId } } };
  switch (action) {
    case 'APPROVE':
      return unwrap(api.POST('/endorsements/{endorsementId}/approve', params));
    case 'DECLINE':
      return unwrap(api.POST('/endorsements/{endorsementId}/decline', params));
    case 'CONFIRM':
      return unwrap(api.POST('/endorsements/{endorsementId}/confirm', params));
    case 'CANCEL':
      return unwrap(api.POST('/endorsements/{endorsementId}/cancel', params));
    case 'END':
      return unwrap(api.POST('/endorsements/{endorsementId}/end', params));
  }
}

/** POST /endorsements/{endorsementId}/{action}: one of the endorsement's `allowedActions`. */
export function useEndorsementAction(endorsementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: Action) => act(endorsementId, action),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: endorsementKeys.all });
      // Completing or ending changes whom a delegate may act for.
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}

/** POST /endorsements: start one; a new Idempotency-Key after each success. */
export function useStartEndorsement() {
  const queryClient = useQueryClient();
  const key = useRef(idempotencyKey());
  return useMutation({
    mutationFn: (body: Schemas['EndorsementCreate']) =>
      unwrap(api.POST('/endorsements', { params: { header: { 'Idempotency-Key': key.current } }, body })),
    onSuccess: () => {
      key.current = idempotencyKey();
      void queryClient.invalidateQueries({ queryKey: endorsementKeys.all });
    },
  });
}

/**
 * POST /endorsements/tokens/open, once. `forget` drops the kept token when it cannot work later:
 * after success, or when it is used, expired or unknown for good (a 403 may work as the right user).
 */
export function useOpenToken(token: string, forget: () => void) {
  return useQuery({
    queryKey: endorsementKeys.token(token),
    queryFn: async () => {
      try {
        const endorsement = await unwrap(api.POST('/endorsements/tokens/open', { body: { token } }));
        forget();
        return endorsement;
      } catch (error) {
        if (error instanceof ApiError && error.status !== 403 && (error.status ?? 500) < 500) forget();
        throw error;
      }
    },
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
