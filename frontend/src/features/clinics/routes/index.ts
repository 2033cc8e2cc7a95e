// The clinic screens (a medical director's, and the list and verification for staff and coordinators), loaded together when one of them is first visited (see app/routes.tsx).
export { MyClinics } from './MyClinics';
export { ClinicPage } from './ClinicPage';
export { ClinicList } from './ClinicList';
