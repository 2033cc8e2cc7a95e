import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';

/** /acting-for: a delegate chooses whom to act for. */
export function ActingForPage() {
  const me = useMe();
  return (
    <>
      <PageTitle>Act for a provider</PageTitle>
      <p>You can work for the providers who endorsed you. Everything you do is recorded with both your names.</p>
      <QueryView query={me} what="the providers you act for">
        {(data) =>
          data.actingFor.length === 0 ? (
            <Empty>
              No provider has endorsed you yet. <Link to="/endorsements">Ask a provider to endorse you</Link>.
            </Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Providers you act for">
              {data.actingFor.map((a) => (
                <li key={a.providerId} className="pas-card">
                  <h2>{a.providerName}</h2>
                  <p className="pas-buttons">
                    <Link to={`/providers/${a.providerId}`}>Capacity</Link>
                    <Link to={`/providers/${a.providerId}/panel`}>Panel</Link>
                    <Link to={`/providers/${a.providerId}/panel-files`}>Panel files</Link>
                    <Link to={`/providers/${a.providerId}/proposals`}>Proposals</Link>
                    <Link to={`/providers/${a.providerId}/waitlist`}>Community waitlist</Link>
                    <Link to={`/providers/${a.providerId}/profile`}>Profile and clinics</Link>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
