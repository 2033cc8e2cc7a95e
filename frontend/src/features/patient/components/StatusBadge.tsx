import { useT } from '../../../i18n';
import { words } from '../../../lib/format';

/** Where a registration is on the waitlist, as a coloured badge. */
export function StatusBadge({ status }: { status?: string }) {
  const t = useT();
  return <span className={`pas-badge pas-badge--${(status ?? 'none').toLowerCase()}`}>{status ? words(status) : t('patient.status.none')}</span>;
}
