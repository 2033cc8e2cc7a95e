import { Empty, QueryView } from '../../../components/status';
import { formatDateTime, words } from '../../../lib/format';
import { usePatientHistory } from '../api/patients';

export function History({ patientId }: { patientId: string }) {
  const history = usePatientHistory(patientId);
  return (
    <section aria-labelledby="history-heading" className="pas-panel">
      <h2 id="history-heading">History</h2>
      <QueryView query={history} what="the history">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>Nothing has happened yet.</Empty>
          ) : (
            <ol className="pas-timeline">
              {page.items.map((t) => (
                <li key={t.id}>
                  <strong>{words(t.toStatus)}</strong> ({words(t.cause)}) — {formatDateTime(t.at)}
                  {t.providerName && <> · {t.providerName}</>}
                  {t.declineReason && <> · {words(t.declineReason)}</>}
                  {t.withdrawReason && <> · {words(t.withdrawReason)}</>}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
