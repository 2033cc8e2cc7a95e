import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

const attach: components['schemas']['AuditEvent'] = {
  id: 'a-1',
  occurredAt: '2026-12-01T10:00:00Z',
  actorSubject: 'moa.chan',
  actorRoles: ['delegate'],
  onBehalfOfProviderId: ids.provider,
  action: 'WAITLIST_ATTACH',
  resourceType: 'WAITLIST_ENTRY',
  resourceId: ids.entry,
  outcome: 'SUCCESS',
  httpStatus: 200,
};

describe('audit events', () => {
  it('lists the events and sends the chosen filters', async () => {
    signedInAs('Ada Admin', ['admin']);
    answer('get', '/me', me({ roles: ['admin'] }));
    answer('get', '/audit-events', pageOf([attach], 25));
    const requests = recordRequests();
    await renderPage(async () => (await import('./AuditPage')).AuditPage, { route: '/admin/audit', url: '/admin/audit' });
    const user = userEvent.setup();

    const row = (await screen.findByRole('cell', { name: 'WAITLIST_ATTACH' })).closest('tr')!;
    expect(within(row).getByText(`for provider ${ids.provider}`)).toBeInTheDocument();
    expect(row).toHaveTextContent('Success (200)');

    await user.selectOptions(screen.getByLabelText('Outcome'), 'DENIED');
    await user.selectOptions(screen.getByLabelText('Resource'), 'PANEL_SUBMISSION');
    await user.type(screen.getByLabelText('Action code'), 'panel_upload');
    await vi.waitFor(() => expect(new URL(sent(requests, 'GET', '/audit-events').at(-1)!.url).searchParams.get('action')).toBe('PANEL_UPLOAD'));
    const query = new URL(sent(requests, 'GET', '/audit-events').at(-1)!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ outcome: 'DENIED', resourceType: 'PANEL_SUBMISSION', action: 'PANEL_UPLOAD', page: '0', size: '25' });
  });

  it('opens on the events a review link names: one user, outcome and time range', async () => {
    signedInAs('Ada Admin', ['admin']);
    answer('get', '/me', me({ roles: ['admin'] }));
    answer('get', '/audit-events', pageOf([{ ...attach, outcome: 'DENIED', action: 'ROLE_REFUSED', operation: 'getPatientQuestionnaire', httpStatus: 403 }], 25));
    const requests = recordRequests();
    const url = '/admin/audit?actorSubject=moa.chan&outcome=DENIED&from=2026-12-01T00%3A00%3A00-08%3A00&to=2026-12-02T00%3A00%3A00-08%3A00';
    await renderPage(async () => (await import('./AuditPage')).AuditPage, { route: '/admin/audit', url });

    const row = (await screen.findByText('ROLE_REFUSED')).closest('tr')!;
    expect(row).toHaveTextContent('ROLE_REFUSED (getPatientQuestionnaire)');
    expect(row).toHaveTextContent('Denied (403)');
    expect(screen.getByLabelText('User (subject)')).toHaveValue('moa.chan');
    expect(screen.getByLabelText('Outcome')).toHaveValue('DENIED');
    const query = new URL(sent(requests, 'GET', '/audit-events').at(-1)!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      outcome: 'DENIED',
      actorSubject: 'moa.chan',
      from: '2026-12-01T00:00:00-08:00',
      to: '2026-12-02T00:00:00-08:00',
      page: '0',
      size: '25',
    });
  });
});
