import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorAlert, QueryView, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useCapacity, useConfirmCapacity } from '../api/capacity';
import { CapacityForm } from '../components/CapacityForm';
import { useProviderId } from './useProviderId';

function CapacityNow({ capacity: c, providerId }: { capacity: Schemas['Capacity']; providerId: string }) {
  const confirm = useConfirmCapacity(providerId);
  return (
    <section aria-labelledby="capacity-now" className="pas-panel">
      <h2 id="capacity-now">Now</h2>
      {c.stale && (
        <InlineAlert variant="warning" role="status" title="Your capacity needs confirming">
          <p>{c.staleReason ?? 'You are not offered patients until you confirm your capacity.'}</p>
        </InlineAlert>
      )}
      <dl className="pas-facts">
        <dt>Accepting new patients</dt>
        <dd>{c.acceptingNewPatients ? 'Yes' : 'No'}</dd>
        <dt>This month</dt>
        <dd>
          {c.usedThisMonth} attached of {c.monthlyCapacity}; {c.remainingThisMonth} places left
        </dd>
        <dt>Panel</dt>
        <dd>
          {c.currentPanelSize} patients (you want {c.desiredPanelSize})
        </dd>
        <dt>Offered patients</dt>
        <dd>{c.offeredPatients ? 'Yes' : 'No'}</dd>
        <dt>Last confirmed</dt>
        <dd>{c.lastConfirmedAt ? formatDateTime(c.lastConfirmedAt) : 'Never'}</dd>
      </dl>
      {c.lastConfirmedAt && (
        <div className="pas-buttons">
          {confirm.error != null && <ErrorAlert error={confirm.error} title="Not confirmed" />}
          <Button variant="secondary" isDisabled={confirm.isPending} onPress={() => confirm.mutate()}>
            Confirm it is still true
          </Button>
          {confirm.isSuccess && <Success>Confirmed. Thank you.</Success>}
        </div>
      )}
    </section>
  );
}

/** /providers/:providerId: the capacity now, and the form to change it. */
export function CapacityPage() {
  const providerId = useProviderId();
  const capacity = useCapacity(providerId);
  return (
    <>
      <PageTitle>Capacity</PageTitle>
      <QueryView query={capacity} what="the capacity">
        {({ data, etag }) => (
          <>
            <CapacityNow capacity={data} providerId={providerId} />
            <CapacityForm capacity={data} etag={etag} providerId={providerId} />
          </>
        )}
      </QueryView>
    </>
  );
}
