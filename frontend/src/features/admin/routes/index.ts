// The admin's screens, loaded together when one of them is first visited (see app/routes.tsx).
export { CommunitiesPage } from './CommunitiesPage';
export { ClinicsAdminPage } from './ClinicsAdminPage';
export { ProvidersAdminPage } from './ProvidersAdminPage';
export { AuditPage } from './AuditPage';
export { IdentityClaimsPage } from './IdentityClaimsPage';
export { AuditReviewPage } from './AuditReviewPage';
