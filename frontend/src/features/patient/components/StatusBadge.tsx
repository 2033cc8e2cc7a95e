import { words } from '../../../lib/format';

/** Where a registration is on the waitlist, as a coloured badge. */
export function StatusBadge({ status }: { status?: string }) {
  return <span className={`pas-badge pas-badge--${(status ?? 'none').toLowerCase()}`}>{words(status ?? 'Not on the waitlist')}</span>;
}
