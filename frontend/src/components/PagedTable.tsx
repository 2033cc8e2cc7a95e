import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Pager } from './Pager';
import { Empty, QueryView } from './status';
import { Table } from './Table';

interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/** A paged collection as a table: loading, error, `empty` when there are no items, then one `row` each and the pager. */
export function PagedTable<T>({
  query,
  what,
  empty,
  caption,
  columns,
  label,
  onPage,
  row,
}: {
  query: UseQueryResult<Page<T>>;
  /** What is loading, e.g. "the clinics". */
  what: string;
  empty: ReactNode;
  caption: ReactNode;
  columns: ReactNode[];
  /** What the pager counts, e.g. "clinics". */
  label: string;
  onPage: (page: number) => void;
  row: (item: T, index: number) => ReactNode;
}) {
  return (
    <QueryView query={query} what={what}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty>{empty}</Empty>
        ) : (
          <>
            <Table caption={caption} columns={columns}>
              {data.items.map(row)}
            </Table>
            <Pager data={data} onPage={onPage} label={label} />
          </>
        )
      }
    </QueryView>
  );
}
