// The endorsement screens, loaded together when one of them is first visited (see app/routes.tsx).
export { EndorsementsPage } from './EndorsementsPage';
export { OpenEndorsementPage } from './OpenEndorsementPage';
export { EndorsementPage } from './EndorsementPage';
