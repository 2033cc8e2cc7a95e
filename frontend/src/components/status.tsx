import { InlineAlert } from '@bcgov/design-system-react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../lib/api';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="pas-loading">
      Loading {what}…
    </p>
  );
}

/** A failed request or action: the problem's `detail`, and each field error when the API sent some. */
export function ErrorAlert({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  const fieldErrors = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <InlineAlert variant="danger" title={title} role="alert">
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

/** Loading, error or the data of a query, with one wording for every screen. */
export function QueryView<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ErrorAlert error={query.error} title={`Could not load ${what}`} />;
  return <>{children(query.data)}</>;
}
