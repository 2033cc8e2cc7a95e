import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import type { ReactNode } from 'react';
import { Loading } from '../components/status';
import { PageTitle } from '../components/PageTitle';
import { currentIntl, useT } from '../i18n';
import { signIn, useAuth } from '../lib/auth';

/**
 * Shows its children only to a signed-in user with one of `roles` (any role when empty). Cosmetic:
 * the API checks every request itself.
 */
export function Guard({ roles = [], children }: { roles?: string[]; children: ReactNode }) {
  const auth = useAuth();
  const t = useT();
  if (auth.status === 'checking') return <Loading message={t('common.status.checkingSignIn')} />;
  if (auth.status === 'signed-out') {
    return (
      <>
        <PageTitle>{t('common.guard.signInTitle')}</PageTitle>
        <p>{t('common.guard.signInText')}</p>
        <Button variant="primary" onPress={() => void signIn()}>
          {t('common.auth.signIn')}
        </Button>
      </>
    );
  }
  if (roles.length > 0 && !roles.some((role) => auth.user.roles.includes(role))) {
    return (
      <>
        <PageTitle>{t('common.guard.forbiddenTitle')}</PageTitle>
        <InlineAlert variant="warning" role="status">
          <p>{t('common.guard.forbiddenText', { roles: currentIntl().formatList(roles, { type: 'disjunction' }), name: auth.user.name })}</p>
        </InlineAlert>
      </>
    );
  }
  return <>{children}</>;
}
