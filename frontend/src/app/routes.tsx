import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { Landing } from '../features/public/routes/Landing';
import { Needs, useT } from '../i18n';
import { Guard } from './Guard';
import { Layout } from './Layout';

/** A page of a feature's `routes`, loaded when its route is first visited (code splitting). */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}

const patient = () => import('../features/patient/routes');
const provider = () => import('../features/provider/routes');
const clinics = () => import('../features/clinics/routes');
const coordinator = () => import('../features/coordinator/routes');
const admin = () => import('../features/admin/routes');
const endorsements = () => import('../features/endorsements/routes');
const account = () => import('../features/account/routes');
const statistics = () => import('../features/statistics/routes');

const PatientHome = page(patient, 'PatientHome');
const RegisterPatient = page(patient, 'RegisterPatient');
const PatientDetail = page(patient, 'PatientDetail');
const EditPatient = page(patient, 'EditPatient');
const EditQuestionnaire = page(patient, 'EditQuestionnaire');
const ProviderLayout = page(provider, 'ProviderLayout');
const CapacityPage = page(provider, 'CapacityPage');
const PanelPage = page(provider, 'PanelPage');
const PanelFilesPage = page(provider, 'PanelFilesPage');
const ProposalsPage = page(provider, 'ProposalsPage');
const RequestPatientsPage = page(provider, 'RequestPatientsPage');
const ProviderWaitlistPage = page(provider, 'ProviderWaitlistPage');
const ActingForPage = page(provider, 'ActingForPage');
const ProfilePage = page(provider, 'ProfilePage');
const MyClinics = page(clinics, 'MyClinics');
const ClinicPage = page(clinics, 'ClinicPage');
const ClinicList = page(clinics, 'ClinicList');
const CoordinatorWaitlist = page(coordinator, 'CoordinatorWaitlist');
const DuplicatesPage = page(coordinator, 'DuplicatesPage');
const FairnessPage = page(coordinator, 'FairnessPage');
const EntryPage = page(coordinator, 'EntryPage');
const PatientSearchPage = page(coordinator, 'PatientSearchPage');
const CoordinatorPatientPage = page(coordinator, 'CoordinatorPatientPage');
const CommunityCapacityPage = page(coordinator, 'CommunityCapacityPage');
const CommunitiesPage = page(admin, 'CommunitiesPage');
const ClinicsAdminPage = page(admin, 'ClinicsAdminPage');
const ProvidersAdminPage = page(admin, 'ProvidersAdminPage');
const AuditPage = page(admin, 'AuditPage');
const IdentityClaimsPage = page(admin, 'IdentityClaimsPage');
const LinkAccountPage = page(account, 'LinkAccountPage');
const AuditReviewPage = page(admin, 'AuditReviewPage');
const EndorsementsPage = page(endorsements, 'EndorsementsPage');
const OpenEndorsementPage = page(endorsements, 'OpenEndorsementPage');
const EndorsementPage = page(endorsements, 'EndorsementPage');
const StatisticsPage = page(statistics, 'StatisticsPage');
const HowComputedPage = page(statistics, 'HowComputedPage');

const PROVIDER_SIDE = ['provider', 'delegate', 'admin'];
const ENDORSEMENT_PARTIES = ['provider', 'medical-director', 'delegate', 'admin'];
const OVERSIGHT = ['coordinator', 'admin'];

function NotFound() {
  const t = useT();
  return (
    <>
      <PageTitle>{t('common.notFound.title')}</PageTitle>
      <p>{t('common.notFound.text')}</p>
    </>
  );
}

export function AppRoutes() {
  const guarded = (roles: string[], Page: ComponentType) => (
    <Guard roles={roles}>
      <Page />
    </Guard>
  );
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Landing />} />
        {/* Public: no sign-in. */}
        <Route path="statistics" element={<Needs namespace="statistics"><StatisticsPage /></Needs>} />
        <Route path="statistics/how-computed" element={<Needs namespace="statistics"><HowComputedPage /></Needs>} />
        <Route path="patient" element={guarded(['patient', 'admin'], PatientHome)} />
        <Route path="patient/register" element={guarded(['patient', 'admin'], RegisterPatient)} />
        <Route path="patient/:patientId" element={guarded(['patient', 'admin'], PatientDetail)} />
        <Route path="patient/:patientId/edit" element={guarded(['patient', 'admin'], EditPatient)} />
        <Route path="patient/:patientId/questionnaire" element={guarded(['patient', 'admin'], EditQuestionnaire)} />
        <Route path="acting-for" element={guarded(['delegate'], ActingForPage)} />
        <Route path="account/link" element={<Needs namespace="account">{guarded(['provider', 'medical-director', 'delegate'], LinkAccountPage)}</Needs>} />
        <Route path="providers/:providerId" element={guarded(PROVIDER_SIDE, ProviderLayout)}>
          <Route index element={<CapacityPage />} />
          <Route path="panel" element={<PanelPage />} />
          <Route path="panel-files" element={<PanelFilesPage />} />
          <Route path="request" element={<RequestPatientsPage />} />
          <Route path="proposals" element={<ProposalsPage />} />
          <Route path="waitlist" element={<ProviderWaitlistPage />} />
          <Route path="profile" element={<ProfilePage />} />
        </Route>
        <Route path="endorsements" element={guarded(ENDORSEMENT_PARTIES, EndorsementsPage)} />
        {/* Signs in by itself, after keeping the link's token: see OpenEndorsementPage. */}
        <Route path="endorsements/open" element={<OpenEndorsementPage />} />
        <Route path="endorsements/:endorsementId" element={guarded(ENDORSEMENT_PARTIES, EndorsementPage)} />
        <Route path="clinics/mine" element={guarded(['medical-director', 'admin'], MyClinics)} />
        <Route path="clinics" element={guarded(OVERSIGHT, ClinicList)} />
        {/* Who may edit or confirm is decided on the page from GET /me (and by the API). */}
        <Route path="clinics/:clinicId" element={guarded(['provider', 'medical-director', 'delegate', 'coordinator', 'admin'], ClinicPage)} />
        <Route path="coordinator/waitlist" element={guarded(OVERSIGHT, CoordinatorWaitlist)} />
        <Route path="coordinator/duplicates" element={guarded(OVERSIGHT, DuplicatesPage)} />
        <Route path="coordinator/fairness" element={guarded(OVERSIGHT, FairnessPage)} />
        <Route path="coordinator/entries/:entryId" element={guarded(OVERSIGHT, EntryPage)} />
        <Route path="coordinator/patients" element={guarded(OVERSIGHT, PatientSearchPage)} />
        <Route path="coordinator/patients/:patientId" element={guarded(OVERSIGHT, CoordinatorPatientPage)} />
        <Route path="coordinator/capacity" element={guarded(OVERSIGHT, CommunityCapacityPage)} />
        <Route path="admin/communities" element={guarded(['admin'], CommunitiesPage)} />
        <Route path="admin/clinics" element={guarded(['admin'], ClinicsAdminPage)} />
        <Route path="admin/providers" element={guarded(['admin'], ProvidersAdminPage)} />
        <Route path="admin/audit" element={guarded(['admin'], AuditPage)} />
        <Route path="admin/identity-claims" element={guarded(['admin'], IdentityClaimsPage)} />
        <Route path="admin/audit/review" element={guarded(['admin'], AuditReviewPage)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
