import { useState } from 'react';
import { auditOutcomeValues, auditResourceTypeValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { formatDateTime, words } from '../../../lib/format';
import { useAuditEvents } from '../api/audit-events';

function AuditTable({ events }: { events: Schemas['AuditEvent'][] }) {
  return (
    <Table caption="Audit events, newest first" columns={['When', 'Who', 'Action', 'Resource', 'Outcome', 'Detail']}>
      {events.map((e) => (
        <tr key={e.id}>
          <td>{formatDateTime(e.occurredAt)}</td>
          <td>
            {e.actorSubject ?? 'system'} <small>({e.actorRoles.join(', ') || 'no role'})</small>
            {e.onBehalfOfProviderId && <small> for provider {e.onBehalfOfProviderId}</small>}
          </td>
          <td>{e.action}</td>
          <td>
            {words(e.resourceType)} <small>{e.resourceId}</small>
          </td>
          <td>
            {words(e.outcome)}
            {e.httpStatus && <small> ({e.httpStatus})</small>}
          </td>
          <td>{e.detail ?? '—'}</td>
        </tr>
      ))}
    </Table>
  );
}

/** /admin/audit: who did what, by resource, outcome and action code. */
export function AuditPage() {
  const [resourceType, setResourceType] = useState<Schemas['AuditResourceType'] | ''>('');
  const [outcome, setOutcome] = useState<Schemas['AuditOutcome'] | ''>('');
  const [action, setAction] = useState('');
  const [page, setPage] = useState(0);
  const events = useAuditEvents({
    resourceType: resourceType || undefined,
    outcome: outcome || undefined,
    action: action || undefined,
    page,
    size: 25,
  });
  /** A filter's setter that also goes back to the first page. */
  const filter =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setPage(0);
    };
  return (
    <>
      <PageTitle>Audit events</PageTitle>
      <fieldset className="pas-filters">
        <legend>Filters</legend>
        <SelectField label="Resource" value={resourceType} onChange={filter(setResourceType)} placeholder="Any" options={optionsOf(auditResourceTypeValues, words)} />
        <SelectField label="Outcome" value={outcome} onChange={filter(setOutcome)} placeholder="Any" options={optionsOf(auditOutcomeValues, words)} />
        <TextField label="Action code" hint="For example WAITLIST_ATTACH." value={action} onChange={(v) => filter(setAction)(v.toUpperCase())} />
      </fieldset>
      <QueryView query={events} what="the audit events">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No audit event matches.</Empty>
          ) : (
            <>
              <AuditTable events={data.items} />
              <Pager data={data} onPage={setPage} label="events" />
            </>
          )
        }
      </QueryView>
    </>
  );
}
