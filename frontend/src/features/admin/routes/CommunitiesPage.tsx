import { useCommunitySearch } from '../../../api/communities';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import { words } from '../../../lib/format';
import { CreateCommunity } from '../components/CreateForms';
import { useSearch } from '../components/useSearch';

/** /admin/communities: search and add communities. */
export function CommunitiesPage() {
  const search = useSearch();
  const communities = useCommunitySearch(search.q, search.page);
  return (
    <>
      <PageTitle>Communities</PageTitle>
      {search.form('Search communities')}
      <PagedTable
        query={communities}
        what="the communities"
        empty="No community matches."
        caption="Communities"
        columns={['Name', 'Health authority', 'Primary care network']}
        label="communities"
        onPage={search.setPage}
        row={(c) => (
          <tr key={c.id}>
            <td>{c.name}</td>
            <td>{words(c.healthAuthority)}</td>
            <td>{c.pcn ?? '—'}</td>
          </tr>
        )}
      />
      <CreateCommunity />
    </>
  );
}
