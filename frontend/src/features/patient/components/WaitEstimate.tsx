import { QueryView } from '../../../components/status';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { useWaitEstimate } from '../api/patients';

/**
 * The band in the page's language from its months; without a band, why not. The API's `bandLabel` (English
 * unless the API localises it) is the last resort, for a case this screen does not know.
 */
function band(t: ReturnType<typeof useT>, e: Schemas['WaitEstimate']) {
  if (e.bandLowMonths != null && e.bandHighMonths != null) return t('patient.estimate.band', { low: e.bandLowMonths, high: e.bandHighMonths });
  if (e.status === 'PAUSED') return t('patient.estimate.noBandPaused');
  if (e.status === 'PROPOSED') return t('patient.estimate.noBandProposed');
  if (e.position != null) return t('patient.estimate.noBandTooFew');
  return e.bandLabel;
}

export function WaitEstimate({ patientId }: { patientId: string }) {
  const estimate = useWaitEstimate(patientId);
  const t = useT();
  return (
    <section aria-labelledby="estimate-heading" className="pas-panel">
      <h2 id="estimate-heading">{t('patient.estimate.title')}</h2>
      <QueryView query={estimate} loading={t('patient.estimate.loading')} failed={t('patient.estimate.failed')}>
        {(e) => (
          <>
            <dl className="pas-facts">
              {e.position != null && (
                <>
                  <dt>{t('patient.estimate.place', { community: e.communityName })}</dt>
                  <dd>{t('patient.estimate.position', { position: e.position, waiting: e.waitingInCommunity })}</dd>
                </>
              )}
              <dt>{t('patient.estimate.estimate')}</dt>
              <dd>{band(t, e)}</dd>
              <dt>{t('patient.estimate.attachments')}</dt>
              <dd>{t('patient.estimate.attachmentsCount', { count: e.attachmentsLast90Days, perMonth: e.attachmentsPerMonth })}</dd>
            </dl>
            <details>
              <summary>{t('patient.estimate.how')}</summary>
              <p>{t('patient.estimate.method', { community: e.communityName })}</p>
            </details>
          </>
        )}
      </QueryView>
    </section>
  );
}
