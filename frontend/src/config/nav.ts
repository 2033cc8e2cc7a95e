import type { Schemas } from '../lib/api';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

/** Links to the screens the caller's roles allow; the provider's own id comes from GET /me. */
export function navLinksFor(roles: string[], me?: Schemas['Me']): NavItem[] {
  const has = (role: string) => roles.includes(role);
  const links: NavItem[] = [{ to: '/', label: 'Home', end: true }];
  if (has('patient')) links.push({ to: '/patient', label: 'My registrations' });
  if (has('provider') && me?.providerId) {
    links.push({ to: `/providers/${me.providerId}`, label: 'My practice' }, { to: `/providers/${me.providerId}/profile`, label: 'My profile' });
  }
  if (has('delegate')) links.push({ to: '/acting-for', label: 'Act for a provider' });
  if (has('provider') || has('medical-director') || has('delegate')) {
    links.push({ to: '/endorsements', label: 'Endorsements' });
  }
  if (me?.linkNeeded) links.push({ to: '/account/link', label: 'Link my account' });
  if (has('medical-director')) links.push({ to: '/clinics/mine', label: 'My clinics' });
  if (has('coordinator') || has('admin')) {
    links.push(
      { to: '/coordinator/waitlist', label: 'Waitlist' },
      { to: '/coordinator/patients', label: 'Patients' },
      { to: '/coordinator/capacity', label: 'Community capacity' },
      { to: '/coordinator/duplicates', label: 'Duplicates' },
      { to: '/coordinator/fairness', label: 'Fairness report' },
      { to: '/clinics', label: 'Clinic verification', end: true },
    );
  }
  if (has('admin')) {
    links.push(
      { to: '/admin/communities', label: 'Communities' },
      { to: '/admin/clinics', label: 'Clinics' },
      { to: '/admin/providers', label: 'Providers' },
      { to: '/admin/audit', label: 'Audit events', end: true },
      { to: '/admin/audit/review', label: 'Audit review' },
      { to: '/admin/identity-claims', label: 'Identity claims' },
    );
  }
  return links;
}
