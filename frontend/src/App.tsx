import { useEffect, useState } from 'react';
import { Button, Footer, Header, InlineAlert } from '@bcgov/design-system-react-components';
import { config, swaggerUiUrl } from './config';
import { signIn, signOut, useAuth, type SignedInUser } from './lib/auth';
import { ApiError, fetchMe, type Me } from './lib/api';

function AuthControls() {
  const auth = useAuth();
  if (auth.status === 'signed-in') {
    return (
      <Button variant="secondary" size="small" onPress={() => void signOut()}>
        Sign out
      </Button>
    );
  }
  return (
    <Button
      variant="primary"
      size="small"
      isDisabled={auth.status === 'checking'}
      onPress={() => void signIn()}
    >
      Sign in
    </Button>
  );
}

type MeResult =
  | { state: 'loading' }
  | { state: 'loaded'; me: Me }
  | { state: 'failed'; detail: string };

function ApiProfile() {
  const [result, setResult] = useState<MeResult>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => setResult({ state: 'loaded', me }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const detail =
          error instanceof ApiError || error instanceof Error ? error.message : String(error);
        setResult({ state: 'failed', detail });
      },
    );
    return () => controller.abort();
  }, []);

  if (result.state === 'loading') {
    return <p role="status">Asking the API who you are…</p>;
  }
  if (result.state === 'failed') {
    return (
      <InlineAlert variant="danger" title="The API did not answer GET /me" role="alert">
        <p>{result.detail}</p>
      </InlineAlert>
    );
  }
  return (
    <dl className="pas-facts">
      <dt>Name</dt>
      <dd>{result.me.name ?? '—'}</dd>
      <dt>Roles</dt>
      <dd>{result.me.roles?.length ? result.me.roles.join(', ') : 'none'}</dd>
    </dl>
  );
}

function SignedInPanel({ user }: { user: SignedInUser }) {
  return (
    <section aria-labelledby="account-heading" className="pas-panel">
      <h2 id="account-heading">You are signed in</h2>
      <h3>From your sign-in token</h3>
      <dl className="pas-facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        {user.username && (
          <>
            <dt>Username</dt>
            <dd>{user.username}</dd>
          </>
        )}
        <dt>Roles</dt>
        <dd>{user.roles.length ? user.roles.join(', ') : 'none'}</dd>
      </dl>
      <h3>From the PAS API (GET /me)</h3>
      <ApiProfile />
    </section>
  );
}

function AccountSection() {
  const auth = useAuth();
  if (auth.status === 'signed-in') {
    return <SignedInPanel user={auth.user} />;
  }
  return (
    <section aria-labelledby="sign-in-heading" className="pas-panel">
      <h2 id="sign-in-heading">Sign in</h2>
      {auth.status === 'checking' ? (
        <p role="status">Checking whether you are already signed in…</p>
      ) : (
        <>
          <p>Sign in to see your registration, your panel or your clinic.</p>
          {auth.problem && (
            <InlineAlert variant="warning" role="status">
              <p>{auth.problem}</p>
            </InlineAlert>
          )}
        </>
      )}
      <div className="pas-actions">
        <AuthControls />
      </div>
    </section>
  );
}

export default function App() {
  return (
    <>
      <Header
        title="Provincial Attachment System"
        skipLinks={[
          <a key="main" href="#main-content">
            Skip to main content
          </a>,
        ]}
      >
        <AuthControls />
      </Header>
      <main id="main-content" tabIndex={-1} className="pas-main">
        <h1>Provincial Attachment System</h1>
        <p className="pas-lead">
          The Provincial Attachment System connects people in British Columbia with a family doctor
          or nurse practitioner who can be their regular source of care.
        </p>

        <div className="pas-streams">
          <section aria-labelledby="patients-heading" className="pas-panel">
            <h2 id="patients-heading">For patients: Health Connect Registry</h2>
            <p>
              If you do not have a family doctor or nurse practitioner, add yourself and your
              family to the Health Connect Registry. When a provider near you can take new
              patients, you are matched and contacted. You keep your place in line while you wait.
            </p>
          </section>
          <section aria-labelledby="providers-heading" className="pas-panel">
            <h2 id="providers-heading">
              For providers and clinics: Panel Registry and Clinic and Provider Registry
            </h2>
            <p>
              Family doctors, nurse practitioners and their clinic staff register their clinics,
              keep their list of patients (their panel) up to date, say how many new patients they
              can take, and accept people waiting in their community.
            </p>
          </section>
        </div>

        <AccountSection />

        <section aria-labelledby="developers-heading" className="pas-panel">
          <h2 id="developers-heading">For developers</h2>
          <p>
            The API is described in OpenAPI and can be tried in{' '}
            <a href={swaggerUiUrl(config.apiUrl)}>the API's Swagger UI</a>.
          </p>
        </section>
      </main>
      <Footer />
    </>
  );
}
