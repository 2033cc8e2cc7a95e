import { Empty, QueryView } from '../../../components/status';
import { Table } from '../../../components/Table';
import { formatDateTime, words } from '../../../lib/format';
import { useTransitions } from '../api/waitlist-entries';

/** An entry's recorded state changes, oldest first: when, from what to what, why and by whom. */
export function Transitions({ entryId }: { entryId: string }) {
  const transitions = useTransitions(entryId);
  return (
    <section aria-labelledby="transitions" className="pas-panel">
      <h2 id="transitions">Transitions</h2>
      <QueryView query={transitions} what="the transitions">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>Nothing recorded yet.</Empty>
          ) : (
            <Table caption="State changes, oldest first" columns={['When', 'From', 'To', 'Cause', 'By', 'Provider', 'Reason']}>
              {items.map((t) => (
                <tr key={t.id}>
                  <td>{formatDateTime(t.at)}</td>
                  <td>{t.fromStatus ? words(t.fromStatus) : '—'}</td>
                  <td>{words(t.toStatus)}</td>
                  <td>{words(t.cause)}</td>
                  <td>{t.actor.name ?? t.actor.subject}</td>
                  <td>{t.providerName ?? '—'}</td>
                  <td>{[t.declineReason, t.withdrawReason].filter(Boolean).map(words).concat(t.note ? [t.note] : []).join(' · ') || '—'}</td>
                </tr>
              ))}
            </Table>
          )
        }
      </QueryView>
    </section>
  );
}
