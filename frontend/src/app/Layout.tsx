import { Button, Footer, Header } from '@bcgov/design-system-react-components';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorAlert, Loading } from '../components/status';
import { ApiError } from '../lib/api';
import { signIn, signOut, useAuth } from '../lib/auth';
import { useMe } from '../api/me';
import { navLinksFor } from '../config/nav';
import { LanguageSwitcher, useT } from '../i18n';

function AuthControls() {
  const auth = useAuth();
  const t = useT();
  if (auth.status === 'signed-in') {
    return (
      <div className="pas-user">
        <span className="pas-user-name">{auth.user.name}</span>
        <Button variant="secondary" size="small" onPress={() => void signOut()}>
          {t('common.auth.signOut')}
        </Button>
      </div>
    );
  }
  return (
    <Button variant="primary" size="small" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
      {t('common.auth.signIn')}
    </Button>
  );
}

/**
 * The API answers 401 to a valid sign-in that it does not accept, e.g. a staff sign-in without the second
 * factor: show its detail and offer to sign in again (password and TOTP code), rather than failing screens.
 */
function SignInAgain() {
  const me = useMe();
  const t = useT();
  if (!(me.error instanceof ApiError) || me.error.status !== 401) return null;
  return (
    <div className="pas-main">
      <ErrorAlert error={me.error} title={t('common.auth.signInAgain')} />
      <Button variant="primary" size="small" onPress={() => void signIn(true)}>
        {t('common.auth.signInAgain')}
      </Button>
    </div>
  );
}

function MainNav() {
  const auth = useAuth();
  const me = useMe();
  const t = useT();
  if (auth.status !== 'signed-in') return null;
  const links = navLinksFor(auth.user.roles, me.data);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('common.nav.main')} className="pas-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout() {
  const t = useT();
  return (
    <>
      <Header
        title={t('common.app.title')}
        titleElement="span"
        skipLinks={[
          <a key="main" href="#main-content">
            {t('common.app.skipToMain')}
          </a>,
        ]}
      >
        <div className="pas-header-end">
          <LanguageSwitcher />
          <Link to="/statistics" className="pas-header-link">
            {t('common.nav.statistics')}
          </Link>
          <AuthControls />
        </div>
      </Header>
      <MainNav />
      <SignInAgain />
      <main id="main-content" tabIndex={-1} className="pas-main">
        <Suspense fallback={<Loading message={t('common.status.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
