import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
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
      <QueryView query={clinics} what="the clinics">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No clinic matches.</Empty>
          ) : (
            <>
              <Table caption="Clinics" columns={['Name', 'Community', 'Medical director', 'Status']}>
                {data.items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/clinics/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>{c.communityName}</td>
                    <td>{c.medicalDirector?.name ?? '—'}</td>
                    <td>{words(c.status)}</td>
                  </tr>
                ))}
              </Table>
              <Pager data={data} onPage={search.setPage} label="clinics" />
            </>
          )
        }
      </QueryView>
      <CreateClinic />
    </>
  );
}
