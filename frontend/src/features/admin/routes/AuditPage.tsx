import { Button } from '@bcgov/design-system-react-components';
import { useSearchParams } from 'react-router';
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
  actorSubject: string;
  /** RFC 3339 bounds, set by a link from the review (one user's day); empty for all times. */
  from: string;
  to: string;
}

/** The filter a link names (the review links here with actorSubject, outcome, from and to). */
function filterOf(query: URLSearchParams): AuditFilter {
  const outcome = query.get('outcome');
  return {
    resourceType: '',
    outcome: (auditOutcomeValues as readonly string[]).includes(outcome ?? '') ? (outcome as Schemas['AuditOutcome']) : '',
    action: '',
    actorSubject: query.get('actorSubject') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

function AuditRow({ event: e }: { event: Schemas['AuditEvent'] }) {
  return (
    <tr>
      <td>{formatDateTime(e.occurredAt)}</td>
      <td>
        {e.actorSubject ?? 'system'} <small>({e.actorRoles.join(', ') || 'no role'})</small>
        {e.onBehalfOfProviderId && <small> for provider {e.onBehalfOfProviderId}</small>}
      </td>
      <td>
        {e.action}
        {e.operation && <small> ({e.operation})</small>}
      </td>
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

/** /admin/audit: who did what, by user, resource, outcome and action code (a link may also name the times). */
export function AuditPage() {
  const [query] = useSearchParams();
  const { filter, setFilter, page, setPage } = useFilterAndPage<AuditFilter>(() => filterOf(query));
  const set = <K extends keyof AuditFilter>(key: K, v: AuditFilter[K]) => setFilter({ ...filter, [key]: v });
  const events = useAuditEvents({
    resourceType: filter.resourceType || undefined,
    outcome: filter.outcome || undefined,
    action: filter.action || undefined,
    actorSubject: filter.actorSubject || undefined,
    from: filter.from || undefined,
    to: filter.to || undefined,
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
        <TextField label="User (subject)" value={filter.actorSubject} onChange={(v) => set('actorSubject', v.trim())} />
      </fieldset>
      {(filter.from || filter.to) && (
        <p>
          Only events from {formatDateTime(filter.from)} to {formatDateTime(filter.to)}.{' '}
          <Button variant="secondary" size="small" onPress={() => setFilter({ ...filter, from: '', to: '' })}>
            Show all times
          </Button>
        </p>
      )}
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
