import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { Form, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView, Success } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { formatDate, words } from '../../../lib/format';
import { usePanel } from '../api/panel';
import { AddMember, RemoveMember } from '../components/PanelMemberForms';
import { useProviderId } from './useProviderId';

function PanelTable({ providerId, members, onRemoved }: { providerId: string; members: Schemas['PanelMember'][]; onRemoved: (message: string) => void }) {
  const [removing, setRemoving] = useState<string>();
  return (
    <Table caption="Patients on the panel" columns={['Name', 'PHN', 'Date of birth', 'Source', 'Since', '']}>
      {members.map((m) => (
        <tr key={m.patientId}>
          <td>
            {m.familyName}, {m.givenNames}
          </td>
          <td>{m.phn}</td>
          <td>{formatDate(m.dateOfBirth)}</td>
          <td>{words(m.source)}</td>
          <td>{formatDate(m.since)}</td>
          <td>
            {removing === m.patientId ? (
              <RemoveMember
                providerId={providerId}
                member={m}
                onDone={() => {
                  setRemoving(undefined);
                  onRemoved(`Removed ${m.givenNames} ${m.familyName} from the panel.`);
                }}
              />
            ) : (
              <Button variant="tertiary" size="small" onPress={() => setRemoving(m.patientId)} aria-label={`Remove ${m.givenNames} ${m.familyName}`}>
                Remove…
              </Button>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** /providers/:providerId/panel: search the panel, remove and add patients. */
export function PanelPage() {
  const providerId = useProviderId();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [removed, setRemoved] = useState<string>();
  const panel = usePanel(providerId, search, page);
  return (
    <>
      <PageTitle>Panel</PageTitle>
      <Form
        role="search"
        className="pas-search"
        onSubmit={() => {
          setPage(0);
          setSearch(q.trim());
        }}
      >
        <TextField label="Search by name or PHN" value={q} onChange={setQ} type="search" />
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </Form>
      {removed && <Success>{removed}</Success>}
      <QueryView query={panel} what="the panel">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{search ? `No patient on the panel matches “${search}”.` : 'No patients on the panel yet.'}</Empty>
          ) : (
            <>
              <PanelTable providerId={providerId} members={data.items} onRemoved={setRemoved} />
              <Pager data={data} onPage={setPage} label="patients" />
            </>
          )
        }
      </QueryView>
      <AddMember providerId={providerId} />
    </>
  );
}
