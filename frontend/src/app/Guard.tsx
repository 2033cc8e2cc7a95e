import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import type { ReactNode } from 'react';
import { Loading } from '../components/status';
import { PageTitle } from '../components/PageTitle';
import { signIn, useAuth } from '../lib/auth';

/**
 * Shows its children only to a signed-in user with one of `roles` (any role when empty). Cosmetic:
 * the API checks every request itself.
 */
export function Guard({ roles = [], children }: { roles?: string[]; children: ReactNode }) {
  const auth = useAuth();
  if (auth.status === 'checking') return <Loading what="your sign-in" />;
  if (auth.status === 'signed-out') {
    return (
      <>
        <PageTitle>Please sign in</PageTitle>
        <p>You need to sign in to see this page.</p>
        <Button variant="primary" onPress={() => void signIn()}>
          Sign in
        </Button>
      </>
    );
  }
  if (roles.length > 0 && !roles.some((role) => auth.user.roles.includes(role))) {
    return (
      <>
        <PageTitle>Not available to you</PageTitle>
        <InlineAlert variant="warning" role="status">
          <p>This page is for people with the role {roles.join(' or ')}. You are signed in as {auth.user.name}.</p>
        </InlineAlert>
      </>
    );
  }
  return <>{children}</>;
}
