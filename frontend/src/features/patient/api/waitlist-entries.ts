import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api';
import { patientKeys } from '../../../api/patients';

/** POST /waitlist-entries/{entryId}/reconfirm: "I still need a provider". */
export function useReconfirm(patientId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/waitlist-entries/{entryId}/reconfirm', { params: { path: { entryId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.detail(patientId) }),
  });
}

/** POST /waitlist-entries/{entryId}/withdraw: leave the waitlist, with a reason. */
export function useWithdraw(patientId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['WithdrawInput']) =>
      unwrap(api.POST('/waitlist-entries/{entryId}/withdraw', { params: { path: { entryId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.detail(patientId) }),
  });
}
