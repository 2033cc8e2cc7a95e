import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../../lib/api';

export const panelKeys = {
  of: (providerId: string) => ['panel', providerId] as const,
  search: (providerId: string, q: string, page: number) => [...panelKeys.of(providerId), q, page] as const,
};

/** GET /providers/{providerId}/panel: the patients on the panel, by name or PHN, 20 a page. */
export function usePanel(providerId: string, q: string, page: number) {
  return useQuery({
    queryKey: panelKeys.search(providerId, q, page),
    queryFn: () =>
      unwrap(api.GET('/providers/{providerId}/panel', { params: { path: { providerId }, query: { q: q || undefined, page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
}

/** POST /providers/{providerId}/panel: add a patient by hand. */
export function useAddPanelMember(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PanelMemberInput']) => unwrap(api.POST('/providers/{providerId}/panel', { params: { path: { providerId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: panelKeys.of(providerId) }),
  });
}

type Removal = { patientId: string; reason: Schemas['PanelRemovalReason']; returnToWaitlist: boolean };

/** DELETE /providers/{providerId}/panel/members/{patientId}, with a reason. */
export function useRemovePanelMember(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patientId, reason, returnToWaitlist }: Removal) =>
      unwrap(
        api.DELETE('/providers/{providerId}/panel/members/{patientId}', {
          params: { path: { providerId, patientId }, query: { reason, returnToWaitlist } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: panelKeys.of(providerId) }),
  });
}
