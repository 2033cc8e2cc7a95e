import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CheckboxField, Form, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../lib/format';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { useClinicList } from '../api/clinics';
import { StaleBadge } from '../components/VerificationSection';

/**
 * /clinics: coordinators and admins find clinics and whose information was not confirmed in the last 12 months
 * (`?stale=true` opens with only those).
 */
export function ClinicList() {
  const [params] = useSearchParams();
  const [text, setText] = useState('');
  const { filter, setFilter, page, setPage } = useFilterAndPage(() => ({ q: '', stale: params.get('stale') === 'true' }));
  const clinics = useClinicList({ q: filter.q || undefined, verificationStale: filter.stale, page });
  return (
    <>
      <PageTitle>Clinics</PageTitle>
      <p>Providers at each clinic confirm its information is correct. Information not confirmed in 12 months is stale.</p>
      <Form role="search" className="pas-search" onSubmit={() => setFilter({ ...filter, q: text.trim() })}>
        <TextField label="Search clinics by name" type="search" value={text} onChange={setText} />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </Form>
      <CheckboxField label="Only clinics whose information is stale" checked={filter.stale} onChange={(stale) => setFilter({ ...filter, stale })} />
      <PagedTable
        query={clinics}
        what="the clinics"
        empty={filter.stale ? 'No clinic’s information is stale.' : 'No clinic matches.'}
        caption="Clinics"
        columns={['Name', 'Community', 'Medical director', 'Last confirmed']}
        label="clinics"
        onPage={setPage}
        row={(c) => (
          <tr key={c.id}>
            <td>
              <Link to={`/clinics/${c.id}`}>{c.name}</Link>
            </td>
            <td>{c.communityName}</td>
            <td>{c.medicalDirector?.name ?? '—'}</td>
            <td>
              {c.verifiedAt ? formatDate(c.verifiedAt) : 'Never'} {c.verificationStale && <StaleBadge />}
            </td>
          </tr>
        )}
      />
    </>
  );
}
