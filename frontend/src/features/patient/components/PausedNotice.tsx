import { Button } from '@bcgov/design-system-react-components';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useConfirmContact } from '../../../api/waitlist';
import { ErrorAlert, Success } from '../../../components/status';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { CONTACT_WORDS } from './preferences';

/**
 * A PAUSED registration (clinics could not reach the person 3 times): why, the contact details PAS has, a link to
 * change them, and "My contact details are correct", after which the entry waits again in the same place.
 */
export function PausedNotice({ patient }: { patient: Schemas['Patient'] }) {
  const headingId = useId();
  const t = useT();
  const [confirmed, setConfirmed] = useState(false);
  const confirm = useConfirmContact(patient.waitlistEntryId ?? '');
  if (confirmed && patient.waitlistStatus !== 'PAUSED') {
    return <Success>{t('patient.paused.resumed')}</Success>;
  }
  if (patient.waitlistStatus !== 'PAUSED' || !patient.waitlistEntryId) return null;
  return (
    <section aria-labelledby={headingId} className="pas-panel pas-paused">
      <h3 id={headingId}>{t('patient.paused.title')}</h3>
      <p>{t('patient.paused.why', { count: 3 })}</p>
      <dl className="pas-facts">
        <dt>{t('patient.paused.phone')}</dt>
        <dd>{patient.phone || t('patient.paused.noneGiven')}</dd>
        <dt>{t('patient.paused.email')}</dt>
        <dd>{patient.email || t('patient.paused.noneGiven')}</dd>
        <dt>{t('patient.preferences.facts.contact')}</dt>
        <dd>{t(CONTACT_WORDS[patient.preferences.contactPreference])}</dd>
      </dl>
      {confirm.error != null && <ErrorAlert error={confirm.error} title={t('patient.paused.notConfirmed')} />}
      <div className="pas-buttons">
        <Button variant="primary" isDisabled={confirm.isPending} onPress={() => confirm.mutate(undefined, { onSuccess: () => setConfirmed(true) })}>
          {t('patient.paused.confirm')}
        </Button>
        <Link to={`/patient/${patient.id}/edit`}>{t('patient.paused.change')}</Link>
      </div>
    </section>
  );
}
