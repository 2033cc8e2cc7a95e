import { screen, within } from '@testing-library/react';
import { me } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer } from '../../../testing/server';
import paCommon from '../../../i18n/messages/pa/common.json';
import paPublic from '../../../i18n/messages/pa/public.json';

const renderLanding = () => renderPage(async () => (await import('./Landing')).Landing, { route: '/', url: '/' });

describe('the landing page', () => {
  it('welcomes a signed-in user with the screens of their roles', async () => {
    signedInAs('Dr. Priya Patel', ['provider', 'delegate']);
    answer('get', '/me', me({ roles: ['provider', 'delegate'], providerId: 'p-1' }));
    await renderLanding();

    const work = await screen.findByRole('region', { name: 'Welcome, Dr. Priya Patel' });
    expect(await within(work).findByRole('link', { name: 'My practice' })).toHaveAttribute('href', '/providers/p-1');
    expect(within(work).getByRole('link', { name: 'Act for a provider' })).toHaveAttribute('href', '/acting-for');
    expect(within(work).getByRole('link', { name: 'Endorsements' })).toHaveAttribute('href', '/endorsements');
    expect(within(work).queryByRole('link', { name: 'Home' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('tells a user without a PAS role to ask for access', async () => {
    signedInAs('Nobody Yet', []);
    answer('get', '/me', me());
    await renderLanding();
    expect(await screen.findByText('Your account has no PAS role yet. Ask your administrator for access.')).toBeInTheDocument();
  });

  it('sends a provider whom PAS could not link to the Link my account screen', async () => {
    signedInAs('Jordan Lee', ['provider'], { idp: 'bcprovider', msp_number: 'A1235' });
    answer('get', '/me', me({ roles: ['provider'], linkNeeded: true }));
    await renderLanding();
    const work = await screen.findByRole('region', { name: 'Welcome, Jordan Lee' });
    expect(await within(work).findByText(/Your account is not linked to your PAS record yet/)).toBeInTheDocument();
    expect(within(work).getAllByRole('link', { name: 'Link my account' })[0]).toHaveAttribute('href', '/account/link');
    expect(within(work).queryByRole('link', { name: 'My practice' })).not.toBeInTheDocument();
  });
});

describe('the landing page in Punjabi', () => {
  it('explains the service and offers to sign in, in the words of the Punjabi catalogue', async () => {
    await renderPage(async () => (await import('./Landing')).Landing, { route: '/', url: '/', locale: 'pa' });

    expect(screen.getByRole('heading', { level: 1, name: paPublic['public.title'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: paPublic['public.patients.title'] })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: paPublic['public.statistics.title'] })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: paCommon['common.auth.signIn'] })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: paPublic['public.signIn.register'] })).toBeInTheDocument();
    expect(document.title).toBe(paCommon['common.app.tabTitle'].replace('{page}', paPublic['public.title']));
  });
});
