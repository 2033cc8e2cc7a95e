// The coordinator's screens (also an admin's), loaded together when one of them is first visited
// (see app/routes.tsx).
export { CoordinatorWaitlist } from './CoordinatorWaitlist';
export { DuplicatesPage } from './DuplicatesPage';
export { FairnessPage } from './FairnessPage';
export { EntryPage } from './EntryPage';
export { PatientSearchPage } from './PatientSearchPage';
export { CoordinatorPatientPage } from './CoordinatorPatientPage';
export { CommunityCapacityPage } from './CommunityCapacityPage';
