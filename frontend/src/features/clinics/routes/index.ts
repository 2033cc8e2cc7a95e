// A medical director's screens, loaded together when one of them is first visited (see app/routes.tsx).
export { MyClinics } from './MyClinics';
export { ClinicPage } from './ClinicPage';
