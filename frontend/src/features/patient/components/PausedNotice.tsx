import { Button } from '@bcgov/design-system-react-components';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useConfirmContact } from '../../../api/waitlist';
import { ErrorAlert, Success } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { contactPreferenceWords } from '../../../lib/matching';

/**
 * A PAUSED registration (clinics could not reach the person 3 times): why, the contact details PAS has, a link to
 * change them, and "My contact details are correct", after which the entry waits again in the same place.
 */
export function PausedNotice({ patient }: { patient: Schemas['Patient'] }) {
  const headingId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const confirm = useConfirmContact(patient.waitlistEntryId ?? '');
  if (confirmed && patient.waitlistStatus !== 'PAUSED') {
    return <Success>Thank you. Your registration is waiting again, in the same place as before.</Success>;
  }
  if (patient.waitlistStatus !== 'PAUSED' || !patient.waitlistEntryId) return null;
  return (
    <section aria-labelledby={headingId} className="pas-panel pas-paused">
      <h3 id={headingId}>Your registration is paused</h3>
      <p>
        Clinics tried to contact you 3 times and could not reach you, so no provider is offered your registration for
        now. You keep your place and your registration date. Check how we can reach you, then confirm.
      </p>
      <dl className="pas-facts">
        <dt>Phone</dt>
        <dd>{patient.phone || 'None given'}</dd>
        <dt>Email</dt>
        <dd>{patient.email || 'None given'}</dd>
        <dt>Contact by</dt>
        <dd>{contactPreferenceWords[patient.preferences.contactPreference]}</dd>
      </dl>
      {confirm.error != null && <ErrorAlert error={confirm.error} title="Not confirmed" />}
      <div className="pas-buttons">
        <Button variant="primary" isDisabled={confirm.isPending} onPress={() => confirm.mutate(undefined, { onSuccess: () => setConfirmed(true) })}>
          My contact details are correct
        </Button>
        <Link to={`/patient/${patient.id}/edit`}>Change my contact details</Link>
      </div>
    </section>
  );
}
