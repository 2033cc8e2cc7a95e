import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, idempotencyKey, unwrap, type Schemas } from '../../../lib/api';
import { panelKeys } from './panel';

export const submissionKeys = {
  of: (providerId: string) => ['panel-submissions', providerId] as const,
  recent: (providerId: string) => [...submissionKeys.of(providerId), 'recent'] as const,
  detail: (providerId: string, submissionId: string) => [...submissionKeys.of(providerId), submissionId] as const,
  rows: (providerId: string, submissionId: string, result: string, page: number) =>
    [...submissionKeys.detail(providerId, submissionId), 'rows', result, page] as const,
};

/** Still being processed in the background. */
export const running = (s?: Schemas['PanelSubmission']) => s?.status === 'RECEIVED' || s?.status === 'PROCESSING';

/** GET /providers/{providerId}/panel/submissions: the ten latest uploads. */
export function useRecentSubmissions(providerId: string) {
  return useQuery({
    queryKey: submissionKeys.recent(providerId),
    queryFn: () => unwrap(api.GET('/providers/{providerId}/panel/submissions', { params: { path: { providerId }, query: { size: 10 } } })),
  });
}

/** One upload, polled every second while it is processed; the panel is reloaded once it is done. */
export function useSubmission(providerId: string, submissionId: string) {
  const queryClient = useQueryClient();
  const submission = useQuery({
    queryKey: submissionKeys.detail(providerId, submissionId),
    queryFn: () =>
      unwrap(api.GET('/providers/{providerId}/panel/submissions/{submissionId}', { params: { path: { providerId, submissionId } } })),
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  });
  const finished = submission.data != null && !running(submission.data);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: panelKeys.of(providerId) });
  }, [finished, providerId, queryClient]);
  return submission;
}

/** The rows of an upload, all or by result, 50 a page. */
export function useSubmissionRows(providerId: string, submissionId: string, result: Schemas['PanelRowResult'] | '', page: number) {
  return useQuery({
    queryKey: submissionKeys.rows(providerId, submissionId, result, page),
    queryFn: () =>
      unwrap(
        api.GET('/providers/{providerId}/panel/submissions/{submissionId}/rows', {
          params: { path: { providerId, submissionId }, query: { result: result || undefined, page, size: 50 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

type Upload = { file: File; mode: Schemas['PanelSubmissionMode']; source: Schemas['PanelSubmissionSource'] };

/** POST /providers/{providerId}/panel/submissions as multipart/form-data. */
export function useUploadPanelFile(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode, source }: Upload) => {
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('mode', mode);
      form.append('source', source);
      return unwrap(
        api.POST('/providers/{providerId}/panel/submissions', {
          params: { path: { providerId }, header: { 'Idempotency-Key': idempotencyKey() } },
          body: { file: '', mode, source },
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: submissionKeys.recent(providerId) }),
  });
}
