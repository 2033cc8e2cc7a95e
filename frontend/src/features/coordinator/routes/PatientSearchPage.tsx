import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { fieldError } from '../../../components/fields';
import { Form, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import { formatDate, words } from '../../../lib/format';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { usePatientSearch, type PatientSearch } from '../api/patients';

const blank: PatientSearch = { q: '', phn: '', dateOfBirth: '' };

/** /coordinator/patients: find a patient of the coordinator's communities by name, PHN or date of birth. */
export function PatientSearchPage() {
  const [typed, setTyped] = useState(blank);
  const { filter, setFilter, page, setPage } = useFilterAndPage(blank);
  const patients = usePatientSearch(filter, page);
  const searched = Boolean(filter.q || filter.phn || filter.dateOfBirth);
  const set = (key: keyof PatientSearch) => (value: string) => setTyped({ ...typed, [key]: value });
  return (
    <>
      <PageTitle>Patients</PageTitle>
      <p>Patients of your communities. Searches are audited: look up only the people you are helping.</p>
      <Form role="search" aria-label="Find a patient" className="pas-filters" onSubmit={() => setFilter({ q: typed.q.trim(), phn: typed.phn.replace(/\s/g, ''), dateOfBirth: typed.dateOfBirth })}>
        <TextField label="Name" type="search" value={typed.q} onChange={set('q')} error={fieldError(patients.error, 'q')} />
        <TextField label="PHN" inputMode="numeric" value={typed.phn} onChange={set('phn')} maxLength={12} error={fieldError(patients.error, 'phn')} />
        <TextField label="Date of birth" type="date" value={typed.dateOfBirth} onChange={set('dateOfBirth')} error={fieldError(patients.error, 'dateOfBirth')} />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </Form>
      {searched ? (
        <PagedTable
          query={patients}
          what="the patients"
          empty="No patient of your communities matches."
          caption="Patients found"
          columns={['Patient', 'PHN', 'Born', 'Gender', 'Community']}
          label="patients"
          onPage={setPage}
          row={(p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/coordinator/patients/${p.id}`}>
                  {p.familyName}, {p.givenNames}
                </Link>
              </td>
              <td>{p.phn}</td>
              <td>{formatDate(p.dateOfBirth)}</td>
              <td>{words(p.gender)}</td>
              <td>{p.communityName}</td>
            </tr>
          )}
        />
      ) : (
        <p>Search by name, PHN or date of birth.</p>
      )}
    </>
  );
}
