import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useMe } from '../../../api/me';
import { navLinksFor } from '../../../config/nav';
import { PageTitle } from '../../../components/PageTitle';
import { config, swaggerUiUrl } from '../../../config/env';
import { useT } from '../../../i18n';
import { register, signIn, useAuth } from '../../../lib/auth';

function YourWork() {
  const auth = useAuth();
  const me = useMe();
  const t = useT();
  if (auth.status !== 'signed-in') return null;
  const links = navLinksFor(auth.user.roles, me.data).filter((link) => link.to !== '/');
  return (
    <section aria-labelledby="work-heading" className="pas-panel">
      <h2 id="work-heading">{t('public.work.welcome', { name: auth.user.name })}</h2>
      {me.data?.linkNeeded && (
        <InlineAlert variant="info" role="status">
          <p>
            <FormattedMessage id="public.work.linkNeeded" values={{ link: (chunks) => <Link to="/account/link">{chunks}</Link> }} />
          </p>
        </InlineAlert>
      )}
      {links.length === 0 ? (
        <p>{t('public.work.noRole')}</p>
      ) : (
        <ul className="pas-cards">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{t(link.label)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SignInPanel() {
  const auth = useAuth();
  const t = useT();
  if (auth.status === 'signed-in') return null;
  return (
    <section aria-labelledby="sign-in-heading" className="pas-panel">
      <h2 id="sign-in-heading">{t('public.signIn.title')}</h2>
      {auth.status === 'checking' ? <p role="status">{t('public.signIn.checking')}</p> : <p>{t('public.signIn.why')}</p>}
      {auth.status === 'signed-out' && auth.problem && (
        <InlineAlert variant="warning" role="status">
          <p>{auth.problem}</p>
        </InlineAlert>
      )}
      <div className="pas-buttons">
        <Button variant="primary" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
          {t('common.auth.signIn')}
        </Button>
        <Button variant="secondary" isDisabled={auth.status === 'checking'} onPress={() => void register()}>
          {t('public.signIn.register')}
        </Button>
      </div>
    </section>
  );
}

export function Landing() {
  const t = useT();
  return (
    <>
      <PageTitle>{t('public.title')}</PageTitle>
      <p className="pas-lead">{t('public.lead')}</p>
      <YourWork />
      <SignInPanel />
      <div className="pas-streams">
        <section aria-labelledby="patients-heading" className="pas-panel">
          <h2 id="patients-heading">{t('public.patients.title')}</h2>
          <p>{t('public.patients.text')}</p>
        </section>
        <section aria-labelledby="providers-heading" className="pas-panel">
          <h2 id="providers-heading">{t('public.providers.title')}</h2>
          <p>{t('public.providers.text')}</p>
        </section>
      </div>
      <section aria-labelledby="statistics-heading" className="pas-panel">
        <h2 id="statistics-heading">{t('public.statistics.title')}</h2>
        <p>
          <FormattedMessage id="public.statistics.text" values={{ link: (chunks) => <Link to="/statistics">{chunks}</Link> }} />
        </p>
      </section>
      <p className="pas-developers">
        <FormattedMessage id="public.developers" values={{ link: (chunks) => <a href={swaggerUiUrl(config.apiUrl)}>{chunks}</a> }} />
      </p>
    </>
  );
}
