import { useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import { useClinic } from '../api/clinics';
import { DetailsForm } from '../components/DetailsForm';
import { HoursSection } from '../components/HoursSection';
import { StaffSection } from '../components/StaffSection';

/** /clinics/:clinicId: a medical director keeps the clinic's hours, details and staff current. */
export function ClinicPage() {
  const { clinicId = '' } = useParams();
  const clinic = useClinic(clinicId);
  return (
    <QueryView query={clinic} what="the clinic">
      {({ data, etag }) => (
        <>
          <PageTitle>{data.name}</PageTitle>
          <p>
            {data.communityName}
            {data.medicalDirector && <> · Medical director: {data.medicalDirector.name}</>}
          </p>
          <HoursSection clinicId={clinicId} />
          <DetailsForm clinic={data} etag={etag} />
          <StaffSection clinicId={clinicId} />
        </>
      )}
    </QueryView>
  );
}
