import { Button } from '@bcgov/design-system-react-components';
import { ErrorAlert, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useVerifyClinic } from '../api/clinics';

/** "Stale": never confirmed, or not in the last 12 months. */
export function StaleBadge() {
  return <span className="pas-badge pas-badge--stale">Verification stale</span>;
}

/**
 * When the clinic's information was last confirmed correct and by whom; "Confirm …" for those who may
 * (`canVerify`), and the stale badge for coordinators and admins (`oversight`).
 */
export function VerificationSection({ clinic, canVerify, oversight }: { clinic: Schemas['Clinic']; canVerify: boolean; oversight: boolean }) {
  const verify = useVerifyClinic(clinic.id);
  return (
    <section aria-labelledby="verification-heading" className="pas-panel">
      <h2 id="verification-heading">Information check</h2>
      <p>
        {clinic.verifiedAt
          ? `Last confirmed correct on ${formatDate(clinic.verifiedAt)}${clinic.verifiedByName ? ` by ${clinic.verifiedByName}` : ''}.`
          : 'No one has confirmed this clinic’s information yet.'}{' '}
        {oversight && clinic.verificationStale && <StaleBadge />}
      </p>
      {canVerify && (
        <>
          <p className="pas-hint">
            Patients and coordinators rely on these details. Check the details, hours and staff below, then confirm
            {clinic.verificationStale ? ': they have not been confirmed in the last 12 months.' : '.'}
          </p>
          {verify.error != null && <ErrorAlert error={verify.error} title="Not confirmed" />}
          {verify.isSuccess && <Success>Thank you: the clinic’s information is confirmed.</Success>}
          <div className="pas-buttons">
            <Button variant="primary" isDisabled={verify.isPending} onPress={() => verify.mutate()}>
              Confirm this clinic’s information is correct
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
