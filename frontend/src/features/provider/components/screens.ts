/** The screens of a provider's practice, relative to `/providers/:providerId` (the layout's tabs, a delegate's links). */
export const PROVIDER_SCREENS = [
  { to: '', label: 'Capacity' },
  { to: 'panel', label: 'Panel' },
  { to: 'panel-files', label: 'Panel files' },
  { to: 'request', label: 'Request patients' },
  { to: 'proposals', label: 'Proposals' },
  { to: 'waitlist', label: 'Community waitlist' },
  { to: 'profile', label: 'Profile' },
];

/** The address of one of those screens for a provider. */
export const providerScreen = (providerId: string, to: string) => `/providers/${providerId}${to ? `/${to}` : ''}`;
