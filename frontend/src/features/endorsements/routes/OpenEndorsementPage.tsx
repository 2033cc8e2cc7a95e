import { Button } from '@bcgov/design-system-react-components';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { ErrorAlert } from '../../../components/status';
import { signIn, useAuth } from '../../../lib/auth';
import { useOpenToken } from '../api/endorsements';
import { EndorsementView } from '../components/EndorsementView';

const TOKEN_KEY = 'pas-endorsement-token';

/**
 * The one-time token of the link the email carried (`/endorsements/open#token=…`, or `?token=…`).
 * It is kept in the session and taken out of the address bar at once, so that signing in first
 * (a round trip through Keycloak) does not lose it and it never lands in the history.
 */
function takeToken(): string {
  const fromUrl =
    new URLSearchParams(globalThis.location.hash.replace(/^#/, '')).get('token') ??
    new URLSearchParams(globalThis.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    globalThis.history.replaceState(null, '', globalThis.location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const forgetToken = () => sessionStorage.removeItem(TOKEN_KEY);

function OpenToken({ token }: { token: string }) {
  const opened = useOpenToken(token, forgetToken);
  return <EndorsementView query={opened} />;
}

/** /endorsements/open: the page an endorsement email links to; it posts the token to the API once. */
export function OpenEndorsementPage() {
  const [token] = useState(takeToken);
  const auth = useAuth();
  return (
    <>
      <PageTitle>Endorsement request</PageTitle>
      {token === '' ? (
        <ErrorAlert error={new Error('This link has no token. Open the link from the email again.')} title="Incomplete link" />
      ) : auth.status === 'signed-in' ? (
        <OpenToken token={token} />
      ) : (
        <>
          <p>Sign in as the person the email was sent to, to see the request.</p>
          <Button variant="primary" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
            Sign in
          </Button>
        </>
      )}
      <p>
        <Link to="/endorsements">All your endorsements</Link>
      </p>
    </>
  );
}
