import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { navLinksFor } from '../../../config/nav';
import { PageTitle } from '../../../components/PageTitle';
import { config, swaggerUiUrl } from '../../../config/env';
import { register, signIn, useAuth } from '../../../lib/auth';

function YourWork() {
  const auth = useAuth();
  const me = useMe();
  if (auth.status !== 'signed-in') return null;
  const links = navLinksFor(auth.user.roles, me.data).filter((link) => link.to !== '/');
  return (
    <section aria-labelledby="work-heading" className="pas-panel">
      <h2 id="work-heading">Welcome, {auth.user.name}</h2>
      {me.data?.linkNeeded && (
        <InlineAlert variant="info" role="status">
          <p>
            Your account is not linked to your PAS record yet. <Link to="/account/link">Link my account</Link>
          </p>
        </InlineAlert>
      )}
      {links.length === 0 ? (
        <p>Your account has no PAS role yet. Ask your administrator for access.</p>
      ) : (
        <ul className="pas-cards">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SignInPanel() {
  const auth = useAuth();
  if (auth.status === 'signed-in') return null;
  return (
    <section aria-labelledby="sign-in-heading" className="pas-panel">
      <h2 id="sign-in-heading">Sign in or create an account</h2>
      {auth.status === 'checking' ? (
        <p role="status">Checking whether you are already signed in…</p>
      ) : (
        <p>Sign in to register for a family doctor, see your place on the waitlist, or manage your panel or clinic.</p>
      )}
      {auth.status === 'signed-out' && auth.problem && (
        <InlineAlert variant="warning" role="status">
          <p>{auth.problem}</p>
        </InlineAlert>
      )}
      <div className="pas-buttons">
        <Button variant="primary" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
          Sign in
        </Button>
        <Button variant="secondary" isDisabled={auth.status === 'checking'} onPress={() => void register()}>
          Create an account
        </Button>
      </div>
    </section>
  );
}

export function Landing() {
  return (
    <>
      <PageTitle>Find a family doctor or nurse practitioner</PageTitle>
      <p className="pas-lead">
        The Provincial Attachment System connects people in British Columbia with a family doctor or nurse
        practitioner who can be their regular source of care.
      </p>
      <YourWork />
      <SignInPanel />
      <div className="pas-streams">
        <section aria-labelledby="patients-heading" className="pas-panel">
          <h2 id="patients-heading">For patients: Health Connect Registry</h2>
          <p>
            If you do not have a family doctor or nurse practitioner, add yourself and your family to the Health
            Connect Registry. You need your Personal Health Number (PHN), found on your BC Services Card. When a
            provider near you can take new patients, you are matched and contacted. You keep your place in line
            while you wait.
          </p>
        </section>
        <section aria-labelledby="providers-heading" className="pas-panel">
          <h2 id="providers-heading">For providers and clinics: Panel Registry</h2>
          <p>
            Family doctors, nurse practitioners and their clinic staff say how many new patients they can take, keep
            their panel up to date, and attach people waiting in their community. Medical directors keep their
            clinic's details, hours and staff current.
          </p>
        </section>
      </div>
      <section aria-labelledby="statistics-heading" className="pas-panel">
        <h2 id="statistics-heading">Waitlist statistics</h2>
        <p>
          How many people are waiting, how many found a provider and how long they waited, month by month, for the province, each
          health authority and each community. <Link to="/statistics">See the waitlist statistics</Link>
        </p>
      </section>
      <p className="pas-developers">
        For developers: the API is described in OpenAPI and can be tried in{' '}
        <a href={swaggerUiUrl(config.apiUrl)}>the API's Swagger UI</a>.
      </p>
    </>
  );
}
