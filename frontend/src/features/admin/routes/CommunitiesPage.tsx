import { useCommunitySearch } from '../../../api/communities';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
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
      <QueryView query={communities} what="the communities">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No community matches.</Empty>
          ) : (
            <>
              <Table caption="Communities" columns={['Name', 'Health authority', 'Primary care network']}>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <td>{c.name}</td>
                    <td>{words(c.healthAuthority)}</td>
                    <td>{c.pcn ?? '—'}</td>
                  </tr>
                ))}
              </Table>
              <Pager data={data} onPage={search.setPage} label="communities" />
            </>
          )
        }
      </QueryView>
      <CreateCommunity />
    </>
  );
}
