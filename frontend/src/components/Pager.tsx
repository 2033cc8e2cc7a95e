import { Button } from '@bcgov/design-system-react-components';
import { useT } from '../i18n';

interface PageInfo {
  page: number;
  totalPages: number;
  totalItems: number;
}

/**
 * Previous/next for a paged collection, with where we are. `label` is what it counts, in English ("patients": the
 * staff screens, which stay English); `count` the whole count in words where the screen is translated.
 */
export function Pager({
  data,
  onPage,
  label,
  count: countOf,
}: {
  data: PageInfo;
  onPage: (page: number) => void;
  label: string;
  count?: (items: number) => string;
}) {
  const t = useT();
  const count = countOf ? countOf(data.totalItems) : `${data.totalItems} ${data.totalItems === 1 ? singular(label) : label}`;
  if (data.totalPages <= 1) {
    return (
      <p className="pas-count" role="status">
        {count}
      </p>
    );
  }
  return (
    <nav className="pas-pager" aria-label={t('common.pager.label', { what: label })}>
      <Button variant="secondary" size="small" isDisabled={data.page === 0} onPress={() => onPage(data.page - 1)}>
        {t('common.pager.previous')}
      </Button>
      <span role="status">
        {t('common.pager.where', { page: data.page + 1, pages: data.totalPages, count })}
      </span>
      <Button
        variant="secondary"
        size="small"
        isDisabled={data.page + 1 >= data.totalPages}
        onPress={() => onPage(data.page + 1)}
      >
        {t('common.pager.next')}
      </Button>
    </nav>
  );
}

const IRREGULAR: Record<string, string> = { people: 'person', entries: 'entry', 'possible duplicates': 'possible duplicate' };

function singular(label: string): string {
  return IRREGULAR[label] ?? label.replace(/s$/, '');
}
