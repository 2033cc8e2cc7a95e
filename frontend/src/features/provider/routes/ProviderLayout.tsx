import { Link, NavLink, Outlet } from 'react-router';
import { useMe } from '../../../api/me';
import { useProvider } from '../../../api/providers';
import { PROVIDER_SCREENS, providerScreen } from '../components/screens';
import { useProviderId } from './useProviderId';


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
          {PROVIDER_SCREENS.map((tab) => (
            <li key={tab.to}>
              <NavLink to={providerScreen(providerId, tab.to)} end>
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
