import { Link } from 'react-router';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import { words } from '../../../lib/format';
import { useClinicSearch } from '../api/clinics';
import { CreateClinic } from '../components/CreateForms';
import { useSearch } from '../components/useSearch';

/** /admin/clinics: search and add clinics. */
export function ClinicsAdminPage() {
  const search = useSearch();
  const clinics = useClinicSearch(search.q, search.page);
  return (
    <>
      <PageTitle>Clinics</PageTitle>
      {search.form('Search clinics')}
      <PagedTable
        query={clinics}
        what="the clinics"
        empty="No clinic matches."
        caption="Clinics"
        columns={['Name', 'Community', 'Medical director', 'Status']}
        label="clinics"
        onPage={search.setPage}
        row={(c) => (
          <tr key={c.id}>
            <td>
              <Link to={`/clinics/${c.id}`}>{c.name}</Link>
            </td>
            <td>{c.communityName}</td>
            <td>{c.medicalDirector?.name ?? '—'}</td>
            <td>{words(c.status)}</td>
          </tr>
        )}
      />
      <CreateClinic />
    </>
  );
}
