import { useState } from 'react';

/** A filter of a paged list and the page shown: changing the filter goes back to the first page. */
export function useFilterAndPage<T>(initial: T | (() => T)) {
  const [filter, setFilterOnly] = useState(initial);
  const [page, setPage] = useState(0);
  const setFilter = (next: T) => {
    setFilterOnly(next);
    setPage(0);
  };
  return { filter, setFilter, page, setPage };
}
