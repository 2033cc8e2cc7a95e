import { auditOutcomeValues, auditResourceTypeValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import type { Schemas } from '../../../lib/api';
import { formatDateTime, words } from '../../../lib/format';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { useAuditEvents } from '../api/audit-events';

interface AuditFilter {
  resourceType: Schemas['AuditResourceType'] | '';
  outcome: Schemas['AuditOutcome'] | '';
  action: string;
}

function AuditRow({ event: e }: { event: Schemas['AuditEvent'] }) {
  return (
    <tr>
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
  );
}

/** /admin/audit: who did what, by resource, outcome and action code. */
export function AuditPage() {
  const { filter, setFilter, page, setPage } = useFilterAndPage<AuditFilter>({ resourceType: '', outcome: '', action: '' });
  const set = <K extends keyof AuditFilter>(key: K, v: AuditFilter[K]) => setFilter({ ...filter, [key]: v });
  const events = useAuditEvents({
    resourceType: filter.resourceType || undefined,
    outcome: filter.outcome || undefined,
    action: filter.action || undefined,
    page,
    size: 25,
  });
  return (
    <>
      <PageTitle>Audit events</PageTitle>
      <fieldset className="pas-filters">
        <legend>Filters</legend>
        <SelectField label="Resource" value={filter.resourceType} onChange={(v) => set('resourceType', v)} placeholder="Any" options={optionsOf(auditResourceTypeValues, words)} />
        <SelectField label="Outcome" value={filter.outcome} onChange={(v) => set('outcome', v)} placeholder="Any" options={optionsOf(auditOutcomeValues, words)} />
        <TextField label="Action code" hint="For example WAITLIST_ATTACH." value={filter.action} onChange={(v) => set('action', v.toUpperCase())} />
      </fieldset>
      <PagedTable
        query={events}
        what="the audit events"
        empty="No audit event matches."
        caption="Audit events, newest first"
        columns={['When', 'Who', 'Action', 'Resource', 'Outcome', 'Detail']}
        label="events"
        onPage={setPage}
        row={(e) => <AuditRow key={e.id} event={e} />}
      />
    </>
  );
}
