import type { ReactNode } from 'react';
import { waitlistStatusValues } from '../../api/schema';
import { ageBandValues, complexityBandValues } from '../../api/schema';
import { emptyFilters, useWaitlist, type WaitlistFilters as Filters } from '../../api/waitlist';
import type { Schemas } from '../../lib/api';
import { formatDate, words } from '../../lib/format';
import { LANGUAGES, languageName } from '../../lib/reference';
import { useFilterAndPage } from '../../lib/use-filter-and-page';
import { optionsOf } from '../fields';
import { CheckboxField, SelectField } from '../form';
import { Pager } from '../Pager';
import { Empty, QueryView } from '../status';
import { Table } from '../Table';

type Entry = Schemas['WaitlistEntry'];

export function WaitlistFilters({
  value,
  onChange,
  communities,
  requireCommunity = false,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
  communities: { id: string; name: string }[];
  requireCommunity?: boolean;
}) {
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset className="pas-filters">
      <legend>Filters</legend>
      <SelectField
        label="Community"
        value={value.communityId}
        onChange={(v) => set('communityId', v)}
        placeholder={requireCommunity ? undefined : 'All my communities'}
        options={communities.map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectField label="Status" value={value.status} onChange={(v) => set('status', v)} placeholder="Any" options={optionsOf(waitlistStatusValues, words)} />
      <SelectField label="Complexity" value={value.complexity} onChange={(v) => set('complexity', v)} placeholder="Any" options={optionsOf(complexityBandValues, words)} />
      <SelectField label="Language" value={value.language} onChange={(v) => set('language', v)} placeholder="Any" options={LANGUAGES} />
      <SelectField label="Age" value={value.ageBand} onChange={(v) => set('ageBand', v)} placeholder="Any" options={optionsOf(ageBandValues, words)} />
      <CheckboxField label="Only those matched with their household" checked={value.householdOnly} onChange={(v) => set('householdOnly', v)} />
    </fieldset>
  );
}

export function WaitlistTable({ entries, actions }: { entries: Entry[]; actions?: (entry: Entry) => ReactNode }) {
  if (entries.length === 0) return <Empty>Nobody on the waitlist matches these filters.</Empty>;
  return (
    <Table
      caption="Waitlist, highest priority first"
      columns={['Patient', 'Community', 'Status', 'Waiting since', 'Priority', 'Complexity', 'Language', 'Household', ...(actions ? ['Actions'] : [])]}
    >
        {entries.map((e) => (
          <tr key={e.id}>
            <td>
              {e.patient.familyName}, {e.patient.givenNames}
              <br />
              <small>born {formatDate(e.patient.dateOfBirth)}</small>
            </td>
            <td>{e.communityName}</td>
            <td>
              {words(e.status)}
              {e.proposal && (
                <>
                  <br />
                  <small>
                    to {e.proposal.providerName} until {formatDate(e.proposal.deadline)}
                  </small>
                </>
              )}
              {e.status === 'PAUSED' && (
                <>
                  <br />
                  <small>could not be contacted {e.contactFailures} times</small>
                </>
              )}
            </td>
            <td>{formatDate(e.registeredAt)}</td>
            <td>
              {e.priorityScore} <small>({e.priorityPoints} points)</small>
            </td>
            <td>{words(e.complexity)}</td>
            <td>{languageName(e.patient.preferredLanguage)}</td>
            <td>{e.matchWithHousehold ? `Yes (${e.householdWaiting} waiting)` : 'No'}</td>
            {actions && <td>{actions(e)}</td>}
          </tr>
        ))}
      </Table>
  );
}

/** Filters, the table and paging: the waitlist screen of providers, delegates and coordinators. */
export function WaitlistBrowser({
  communities,
  actions,
  requireCommunity = true,
}: {
  communities: { id: string; name: string }[];
  actions: (entry: Entry) => ReactNode;
  requireCommunity?: boolean;
}) {
  const { filter, setFilter, page, setPage } = useFilterAndPage<Filters>(() => ({
    ...emptyFilters(),
    communityId: requireCommunity ? (communities[0]?.id ?? '') : '',
    status: 'WAITING',
  }));
  const entries = useWaitlist(filter, page);
  return (
    <>
      <WaitlistFilters
        value={filter}
        onChange={setFilter}
        communities={communities}
        requireCommunity={requireCommunity}
      />
      <QueryView query={entries} what="the waitlist">
        {(data) => (
          <>
            <WaitlistTable entries={data.items} actions={actions} />
            <Pager data={data} onPage={setPage} label="people" />
          </>
        )}
      </QueryView>
    </>
  );
}
