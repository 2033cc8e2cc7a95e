// The screens of a provider's practice (for the provider, their delegates and admins), loaded
// together when one of them is first visited (see app/routes.tsx).
export { ProviderLayout } from './ProviderLayout';
export { ActingForPage } from './ActingForPage';
export { CapacityPage } from './CapacityPage';
export { PanelPage } from './PanelPage';
export { PanelFilesPage } from './PanelFilesPage';
export { ProposalsPage } from './ProposalsPage';
export { RequestPatientsPage } from './RequestPatientsPage';
export { ProviderWaitlistPage } from './ProviderWaitlistPage';
export { ProfilePage } from './ProfilePage';
