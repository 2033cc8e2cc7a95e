import { Empty, QueryView } from '../../../components/status';
import { useT } from '../../../i18n';
import { formatDateTime, words } from '../../../lib/format';
import { usePatientHistory } from '../api/patients';

export function History({ patientId }: { patientId: string }) {
  const history = usePatientHistory(patientId);
  const t = useT();
  return (
    <section aria-labelledby="history-heading" className="pas-panel">
      <h2 id="history-heading">{t('patient.history.title')}</h2>
      <QueryView query={history} loading={t('patient.history.loading')} failed={t('patient.history.failed')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('patient.history.empty')}</Empty>
          ) : (
            <ol className="pas-timeline">
              {page.items.map((step) => (
                <li key={step.id}>
                  <strong>{words(step.toStatus)}</strong> {t('patient.history.causeAt', { cause: words(step.cause), at: formatDateTime(step.at) })}
                  {step.providerName && <> · {step.providerName}</>}
                  {step.declineReason && <> · {words(step.declineReason)}</>}
                  {step.withdrawReason && <> · {words(step.withdrawReason)}</>}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}
