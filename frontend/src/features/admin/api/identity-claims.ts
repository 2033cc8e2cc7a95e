import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api';

type Status = Schemas['IdentityClaimStatus'];

export const identityClaimKeys = {
  all: ['identity-claims'] as const,
  list: (status: Status | undefined, page: number) => [...identityClaimKeys.all, status, page] as const,
  delegates: (clinicId: string) => ['clinics', clinicId, 'staff', 'DELEGATE'] as const,
};

/** GET /identity-claims: the queue, oldest first, 20 a page. */
export function useIdentityClaims(status: Status | undefined, page: number) {
  return useQuery({
    queryKey: identityClaimKeys.list(status, page),
    queryFn: () => unwrap(api.GET('/identity-claims', { params: { query: { status, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

/** GET /clinics/{clinicId}/staff?kind=DELEGATE: the staff records a clinic staff claim may be linked to. */
export function useDelegatesOf(clinicId: string) {
  return useQuery({
    queryKey: identityClaimKeys.delegates(clinicId),
    queryFn: () => unwrap(api.GET('/clinics/{clinicId}/staff', { params: { path: { clinicId }, query: { kind: 'DELEGATE', size: 100 } } })),
    select: (page) => page.items,
  });
}

/** POST /identity-claims/{claimId}/approve */
export function useApproveClaim(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['IdentityClaimApproval']) =>
      unwrap(api.POST('/identity-claims/{claimId}/approve', { params: { path: { claimId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: identityClaimKeys.all }),
  });
}

/** POST /identity-claims/{claimId}/reject */
export function useRejectClaim(claimId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['IdentityClaimRejection']) =>
      unwrap(api.POST('/identity-claims/{claimId}/reject', { params: { path: { claimId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: identityClaimKeys.all }),
  });
}
