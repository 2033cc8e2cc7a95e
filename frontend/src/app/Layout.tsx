import { Button, Footer, FooterLinks, Header } from '@bcgov/design-system-react-components';
import { Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorAlert, Loading } from '../components/status';
import { ApiError } from '../lib/api';
import { signIn, signOut, useAuth } from '../lib/auth';
import { useMe } from '../api/me';
import { navLinksFor } from '../config/nav';
import { LanguageSwitcher, msg, useT, type MessageId } from '../i18n';

const CONTACT_US = 'https://www2.gov.bc.ca/gov/content?id=6A77C17D0CCB48F897F8598CCC019111';

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

/** The gov.bc.ca links of the footer, in the order the design system gives them. */
const GOV_LINKS: [string, MessageId][] = [
  ['https://www2.gov.bc.ca/gov/content/home', msg('common.footer.home')],
  ['https://www2.gov.bc.ca/gov/content?id=3C4F47288DFB454987435AB5EFEFBB7F', msg('common.footer.about')],
  ['https://www2.gov.bc.ca/gov/content?id=79F93E018712422FBC8E674A67A70535', msg('common.footer.disclaimer')],
  ['https://www2.gov.bc.ca/gov/content?id=9E890E16955E4FF4BF3B0E07B4722932', msg('common.footer.privacy')],
  ['https://www2.gov.bc.ca/gov/content?id=E08E79740F9C41B9B0C484685CC5E412', msg('common.footer.accessibility')],
  ['https://www2.gov.bc.ca/gov/content?id=1AAACC9C65754E4D89A118B875E0FBDA', msg('common.footer.copyright')],
  [CONTACT_US, msg('common.footer.contact')],
];

/** The design system's footer, its words in the visitor's language. */
function TranslatedFooter() {
  const t = useT();
  return (
    <Footer
      acknowledgement={<p>{t('common.footer.acknowledgement')}</p>}
      contact={
        <p>
          <FormattedMessage
            id="common.footer.help"
            values={{
              contact: (chunks) => <a href={CONTACT_US}>{chunks}</a>,
              centre: (chunks) => <a href="https://www2.gov.bc.ca/gov/content?id=FBC4210F6BC047A5884198F543C97D53">{chunks}</a>,
            }}
          />
        </p>
      }
      links={
        <FooterLinks
          title={t('common.footer.moreInfo')}
          links={GOV_LINKS.map(([href, label]) => (
            <a key={href} href={href}>
              {t(label)}
            </a>
          ))}
        />
      }
      copyright={t('common.footer.copyrightLine', { year: String(new Date().getUTCFullYear()) })}
    />
  );
}

export function Layout() {
  const t = useT();
  return (
    <>
      <Header
        title={t('common.app.title')}
        titleElement="span"
        logoLinkElement={<a href="/" title={t('common.footer.government')} />}
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
      <TranslatedFooter />
    </>
  );
}
