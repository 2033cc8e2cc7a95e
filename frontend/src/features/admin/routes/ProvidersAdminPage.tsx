import { Link } from 'react-router';
import { useProviders } from '../../../api/providers';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
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
      <PagedTable
        query={providers}
        what="the providers"
        empty="No provider matches."
        caption="Providers"
        columns={['Name', 'Type', 'Clinics', 'Accepting', 'Status']}
        label="providers"
        onPage={search.setPage}
        row={(p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/providers/${p.id}`}>{p.name}</Link>
            </td>
            <td>{words(p.type)}</td>
            <td>{p.clinics.map((c) => c.clinicName).join(', ') || '—'}</td>
            <td>{p.acceptingNewPatients ? (p.capacityStale ? 'Yes (stale)' : 'Yes') : 'No'}</td>
            <td>{words(p.status)}</td>
          </tr>
        )}
      />
      <CreateProvider />
    </>
  );
}
