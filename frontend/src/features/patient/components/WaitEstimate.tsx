import { QueryView } from '../../../components/status';
import { useWaitEstimate } from '../api/patients';

export function WaitEstimate({ patientId }: { patientId: string }) {
  const estimate = useWaitEstimate(patientId);
  return (
    <section aria-labelledby="estimate-heading" className="pas-panel">
      <h2 id="estimate-heading">Wait estimate</h2>
      <QueryView query={estimate} what="the wait estimate">
        {(e) => (
          <>
            <dl className="pas-facts">
              {e.position != null && (
                <>
                  <dt>Your place in {e.communityName}</dt>
                  <dd>
                    {e.position} of {e.waitingInCommunity} waiting
                  </dd>
                </>
              )}
              <dt>Estimate</dt>
              <dd>{e.bandLabel}</dd>
              <dt>Attachments in your community</dt>
              <dd>
                {e.attachmentsLast90Days} in the last 90 days (about {e.attachmentsPerMonth} a month)
              </dd>
            </dl>
            <details>
              <summary>How this is worked out</summary>
              <p>{e.method}</p>
            </details>
          </>
        )}
      </QueryView>
    </section>
  );
}
