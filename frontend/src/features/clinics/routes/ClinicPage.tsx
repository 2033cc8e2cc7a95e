import { useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useClinic } from '../api/clinics';
import { DetailsForm } from '../components/DetailsForm';
import { HoursSection } from '../components/HoursSection';
import { StaffSection } from '../components/StaffSection';
import { useClinicRights } from '../components/useClinicRights';
import { VerificationSection } from '../components/VerificationSection';

/** The clinic's details as facts, for those who do not edit them. */
function DetailsFacts({ clinic: c }: { clinic: Schemas['Clinic'] }) {
  return (
    <section aria-labelledby="details-heading" className="pas-panel">
      <h2 id="details-heading">Details</h2>
      <dl className="pas-facts">
        <dt>Address</dt>
        <dd>
          {[c.address.line1, c.address.line2, c.address.city, c.address.province, c.address.postalCode].filter(Boolean).join(', ')}
        </dd>
        <dt>Phone</dt>
        <dd>{c.phone}</dd>
        <dt>Fax</dt>
        <dd>{c.fax ?? '—'}</dd>
        <dt>Email</dt>
        <dd>{c.email ?? '—'}</dd>
      </dl>
    </section>
  );
}

function ClinicView({ clinic, etag }: { clinic: Schemas['Clinic']; etag: string }) {
  const rights = useClinicRights(clinic);
  return (
    <>
      <PageTitle>{clinic.name}</PageTitle>
      <p>
        {clinic.communityName}
        {clinic.medicalDirector && <> · Medical director: {clinic.medicalDirector.name}</>}
      </p>
      <VerificationSection clinic={clinic} canVerify={rights.verify} oversight={rights.oversight} />
      <HoursSection clinicId={clinic.id} editable={rights.edit} />
      {rights.edit ? <DetailsForm clinic={clinic} etag={etag} /> : <DetailsFacts clinic={clinic} />}
      {rights.seeStaff && <StaffSection clinicId={clinic.id} editable={rights.edit} />}
    </>
  );
}

/**
 * /clinics/:clinicId: the medical director, a delegate they endorsed, and admins keep the clinic's hours, details
 * and staff current; the staff's providers (and their delegates) confirm the information is correct; coordinators
 * see when it was last confirmed.
 */
export function ClinicPage() {
  const { clinicId = '' } = useParams();
  const clinic = useClinic(clinicId);
  return <QueryView query={clinic} what="the clinic">{({ data, etag }) => <ClinicView clinic={data} etag={etag} />}</QueryView>;
}
