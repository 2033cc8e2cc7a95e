import { InlineAlert } from '@bcgov/design-system-react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { ApiError, errorMessage } from '../lib/api';

/** A wait in progress: `message` is the whole sentence ("Loading your registrations…"), else a plain "Loading…". */
export function Loading({ message }: { message?: string }) {
  const t = useT();
  return (
    <p role="status" className="pas-loading">
      {message ?? t('common.status.loading')}
    </p>
  );
}

/** A failed request or action: the problem's `detail`, and each field error when the API sent some. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useT();
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <InlineAlert variant="danger" title={title ?? t('common.status.error')} role="alert">
      <p>{errorMessage(error)}</p>
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
    </InlineAlert>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="pas-empty">{children}</p>;
}

export function Success({ children }: { children: ReactNode }) {
  return (
    <InlineAlert variant="success" role="status">
      <p>{children}</p>
    </InlineAlert>
  );
}

/**
 * What a query's wait and failure say, as whole sentences from the catalogues (`loading`, `failed`) on the
 * translated (public and patient) screens; `{ what: 'the clinics' }` on the staff screens, which stay in
 * English ("Loading the clinics…", "Could not load the clinics").
 */
export type QueryWording = { loading: string; failed: string } | { what: string };

function queryWording(wording: QueryWording): { loading: string; failed: string } {
  return 'what' in wording ? { loading: `Loading ${wording.what}…`, failed: `Could not load ${wording.what}` } : wording;
}

/** Loading, error or the data of a query, with one wording for every screen. */
export function QueryView<T>({
  query,
  children,
  ...wording
}: QueryWording & {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { loading, failed } = queryWording(wording);
  if (query.isPending) return <Loading message={loading} />;
  if (query.isError) return <ErrorAlert error={query.error} title={failed} />;
  return <>{children(query.data)}</>;
}
