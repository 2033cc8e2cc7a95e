import { Link } from 'react-router';
import { useProviders } from '../../../api/providers';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import { words } from '../../../lib/format';
import { CreateProvider } from '../components/CreateForms';
import { useSearch } from '../components/useSearch';

/** /admin/providers: search and register providers. */
export function ProvidersAdminPage() {
  const search = useSearch();
  const providers = useProviders({ q: search.q, page: search.page, size: 20 }, { keepPrevious: true });
  return (
    <>
      <PageTitle>Providers</PageTitle>
      {search.form('Search providers')}
      <QueryView query={providers} what="the providers">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No provider matches.</Empty>
          ) : (
            <>
              <Table caption="Providers" columns={['Name', 'Type', 'Clinics', 'Accepting', 'Status']}>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/providers/${p.id}`}>{p.name}</Link>
                    </td>
                    <td>{words(p.type)}</td>
                    <td>{p.clinics.map((c) => c.clinicName).join(', ') || '—'}</td>
                    <td>{p.acceptingNewPatients ? (p.capacityStale ? 'Yes (stale)' : 'Yes') : 'No'}</td>
                    <td>{words(p.status)}</td>
                  </tr>
                ))}
              </Table>
              <Pager data={data} onPage={search.setPage} label="providers" />
            </>
          )
        }
      </QueryView>
      <CreateProvider />
    </>
  );
}
