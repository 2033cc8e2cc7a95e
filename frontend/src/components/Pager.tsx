import { Button } from '@bcgov/design-system-react-components';

interface PageInfo {
  page: number;
  totalPages: number;
  totalItems: number;
}

/** Previous/next for a paged collection, with where we are. */
export function Pager({ data, onPage, label }: { data: PageInfo; onPage: (page: number) => void; label: string }) {
  const count = `${data.totalItems} ${data.totalItems === 1 ? singular(label) : label}`;
  if (data.totalPages <= 1) {
    return (
      <p className="pas-count" role="status">
        {count}
      </p>
    );
  }
  return (
    <nav className="pas-pager" aria-label={`Pages of ${label}`}>
      <Button variant="secondary" size="small" isDisabled={data.page === 0} onPress={() => onPage(data.page - 1)}>
        Previous page
      </Button>
      <span role="status">
        Page {data.page + 1} of {data.totalPages} ({count})
      </span>
      <Button
        variant="secondary"
        size="small"
        isDisabled={data.page + 1 >= data.totalPages}
        onPress={() => onPage(data.page + 1)}
      >
        Next page
      </Button>
    </nav>
  );
}

const IRREGULAR: Record<string, string> = { people: 'person', entries: 'entry', 'possible duplicates': 'possible duplicate' };

function singular(label: string): string {
  return IRREGULAR[label] ?? label.replace(/s$/, '');
}
