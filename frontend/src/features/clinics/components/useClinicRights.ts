import { useQueries } from '@tanstack/react-query';
import { useMe } from '../../../api/me';
import { providerQuery } from '../../../api/providers';
import type { Schemas } from '../../../lib/api';
import { useRoles } from '../../../lib/auth';

export interface ClinicRights {
  /** Edit the details, hours and staff: admin, the medical director, a delegate the director endorsed. */
  edit: boolean;
  /** Confirm the information is correct: those, a provider on the staff, a delegate endorsed by one. */
  verify: boolean;
  /** See the staff list: coordinators and all of the above (the API's `sees-clinic-staff`). */
  seeStaff: boolean;
  /** Coordinators and admins: see whether the verification is stale. */
  oversight: boolean;
}

/**
 * What the caller may do with a clinic, from GET /me (cosmetic: the API decides every request). /me names the
 * caller's provider record and the providers they act for (`actingFor`), not those providers' clinics, so each of
 * those providers is read (GET /providers/{id}): its `clinics` (staff) and `subject` (equal to the medical
 * director's when that provider directs the clinic).
 */
export function useClinicRights(clinic: Schemas['Clinic']): ClinicRights {
  const me = useMe().data;
  const roles = useRoles();
  const own = me?.providerId ?? undefined;
  const acting = me?.actingFor.map((a) => a.providerId) ?? [];
  const providers = useQueries({ queries: [own, ...acting].filter((id): id is string => !!id).map(providerQuery) });
  const read = (id: string) => providers.find((q) => q.data?.id === id)?.data;
  const onStaff = (id: string) => read(id)?.clinics.some((c) => c.clinicId === clinic.id) ?? false;
  const directs = (id: string) => !!clinic.medicalDirector && read(id)?.subject === clinic.medicalDirector.subject;

  const admin = roles.includes('admin');
  const oversight = admin || roles.includes('coordinator');
  const director = me?.directedClinicIds.includes(clinic.id) ?? false;
  const delegateOfDirector = roles.includes('delegate') && acting.some(directs);
  const edit = admin || director || delegateOfDirector;
  const staffOrTheirDelegate = (own !== undefined && onStaff(own)) || (roles.includes('delegate') && acting.some(onStaff));
  const verify = edit || staffOrTheirDelegate;
  return { edit, verify, seeStaff: oversight || verify, oversight };
}
