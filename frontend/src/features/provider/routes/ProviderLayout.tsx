import { Link, NavLink, Outlet } from 'react-router';
import { useMe } from '../../../api/me';
import { useProvider } from '../../../api/providers';
import { useProviderId } from './useProviderId';

const TABS = [
  { to: '', label: 'Capacity' },
  { to: 'panel', label: 'Panel' },
  { to: 'panel-files', label: 'Panel files' },
  { to: 'proposals', label: 'Proposals' },
  { to: 'waitlist', label: 'Community waitlist' },
  { to: 'profile', label: 'Profile' },
];

/** /providers/:providerId/…: whose practice this is, and the tabs of its screens. */
export function ProviderLayout() {
  const providerId = useProviderId();
  const me = useMe();
  const provider = useProvider(providerId);
  const actingFor = me.data?.actingFor.find((a) => a.providerId === providerId);
  const own = me.data?.providerId === providerId;
  const name = provider.data?.name ?? actingFor?.providerName;
  return (
    <>
      <p className="pas-context" role="note">
        {own ? 'Your practice' : actingFor ? `You are acting for ${name}` : `Provider: ${name ?? providerId}`}
        {actingFor && (
          <>
            {' '}
            · <Link to="/acting-for">act for someone else</Link>
          </>
        )}
      </p>
      <nav aria-label="Provider screens" className="pas-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.to}>
              <NavLink to={`/providers/${providerId}${tab.to ? `/${tab.to}` : ''}`} end>
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
