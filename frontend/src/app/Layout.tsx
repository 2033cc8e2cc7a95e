import { Button, Footer, Header } from '@bcgov/design-system-react-components';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorAlert, Loading } from '../components/status';
import { ApiError } from '../lib/api';
import { signIn, signOut, useAuth } from '../lib/auth';
import { useMe } from '../api/me';
import { navLinksFor } from '../config/nav';

function AuthControls() {
  const auth = useAuth();
  if (auth.status === 'signed-in') {
    return (
      <div className="pas-user">
        <span className="pas-user-name">{auth.user.name}</span>
        <Button variant="secondary" size="small" onPress={() => void signOut()}>
          Sign out
        </Button>
      </div>
    );
  }
  return (
    <Button variant="primary" size="small" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
      Sign in
    </Button>
  );
}

/**
 * The API answers 401 to a valid sign-in that it does not accept, e.g. a staff sign-in without the second
 * factor: show its detail and offer to sign in again (password and TOTP code), rather than failing screens.
 */
function SignInAgain() {
  const me = useMe();
  if (!(me.error instanceof ApiError) || me.error.status !== 401) return null;
  return (
    <div className="pas-main">
      <ErrorAlert error={me.error} title="Sign in again" />
      <Button variant="primary" size="small" onPress={() => void signIn(true)}>
        Sign in again
      </Button>
    </div>
  );
}

function MainNav() {
  const auth = useAuth();
  const me = useMe();
  if (auth.status !== 'signed-in') return null;
  const links = navLinksFor(auth.user.roles, me.data);
  if (links.length === 0) return null;
  return (
    <nav aria-label="Main" className="pas-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout() {
  return (
    <>
      <Header
        title="Provincial Attachment System"
        titleElement="span"
        skipLinks={[
          <a key="main" href="#main-content">
            Skip to main content
          </a>,
        ]}
      >
        <div className="pas-header-end">
          <Link to="/statistics" className="pas-header-link">
            Statistics
          </Link>
          <AuthControls />
        </div>
      </Header>
      <MainNav />
      <SignInAgain />
      <main id="main-content" tabIndex={-1} className="pas-main">
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
