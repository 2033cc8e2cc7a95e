import { msg, type MessageId } from '../i18n';
import type { Schemas } from '../lib/api';

export interface NavItem {
  to: string;
  /** The link's words, a key of the `common` catalogue. */
  label: MessageId;
  end?: boolean;
}

/** Links to the screens the caller's roles allow; the provider's own id comes from GET /me. */
export function navLinksFor(roles: string[], me?: Schemas['Me']): NavItem[] {
  const has = (role: string) => roles.includes(role);
  const links: NavItem[] = [{ to: '/', label: msg('common.nav.home'), end: true }];
  if (has('patient')) links.push({ to: '/patient', label: msg('common.nav.myRegistrations') });
  if (has('provider') && me?.providerId) {
    links.push(
      { to: `/providers/${me.providerId}`, label: msg('common.nav.myPractice') },
      { to: `/providers/${me.providerId}/profile`, label: msg('common.nav.myProfile') },
    );
  }
  if (has('delegate')) links.push({ to: '/acting-for', label: msg('common.nav.actFor') });
  if (has('provider') || has('medical-director') || has('delegate')) {
    links.push({ to: '/endorsements', label: msg('common.nav.endorsements') });
  }
  if (me?.linkNeeded) links.push({ to: '/account/link', label: msg('common.nav.linkAccount') });
  if (has('medical-director')) links.push({ to: '/clinics/mine', label: msg('common.nav.myClinics') });
  if (has('coordinator') || has('admin')) {
    links.push(
      { to: '/coordinator/waitlist', label: msg('common.nav.waitlist') },
      { to: '/coordinator/patients', label: msg('common.nav.patients') },
      { to: '/coordinator/capacity', label: msg('common.nav.communityCapacity') },
      { to: '/coordinator/duplicates', label: msg('common.nav.duplicates') },
      { to: '/coordinator/fairness', label: msg('common.nav.fairness') },
      { to: '/clinics', label: msg('common.nav.clinicVerification'), end: true },
    );
  }
  if (has('admin')) {
    links.push(
      { to: '/admin/communities', label: msg('common.nav.communities') },
      { to: '/admin/clinics', label: msg('common.nav.clinics') },
      { to: '/admin/providers', label: msg('common.nav.providers') },
      { to: '/admin/audit', label: msg('common.nav.auditEvents'), end: true },
      { to: '/admin/audit/review', label: msg('common.nav.auditReview') },
      { to: '/admin/identity-claims', label: msg('common.nav.identityClaims') },
    );
  }
  return links;
}
