import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { me, pageOf, patientSummary } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

const candidate: components['schemas']['DuplicateCandidate'] = {
  id: 'd-1',
  patientA: patientSummary({ id: 'pa', phn: '9698658215' }),
  patientB: patientSummary({ id: 'pb', phn: '9698658223', givenNames: 'Patricia' }),
  matchReasons: ['SAME_BIRTH_DATE_AND_ADDRESS'],
  score: 85,
  status: 'OPEN',
  detectedAt: '2026-12-01T10:00:00Z',
};

describe('duplicate review', () => {
  it('shows both records of an open candidate and merges into the one chosen', async () => {
    signedInAs('Casey Coordinator', ['coordinator']);
    answer('get', '/me', me({ roles: ['coordinator'] }));
    answer('get', '/duplicate-candidates', pageOf([candidate], 10));
    answer('post', '/duplicate-candidates/{candidateId}/merge', { ...candidate, status: 'MERGED', survivorPatientId: 'pb' });
    const requests = recordRequests();
    await renderPage(async () => (await import('./DuplicatesPage')).DuplicatesPage, { route: '/coordinator/duplicates', url: '/coordinator/duplicates' });
    const user = userEvent.setup();

    const card = (await screen.findByRole('heading', { name: /score 85 — Same birth date and address/ })).closest('li')!;
    expect(within(card).getByText('9698658223')).toBeInTheDocument();
    expect(new URL(sent(requests, 'GET', '/duplicate-candidates')[0].url).searchParams.get('status')).toBe('OPEN');

    await user.selectOptions(within(card).getByLabelText('Record to keep when merging'), 'pb');
    await user.click(within(card).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('Merged: the other record now points to the one you kept.')).toBeInTheDocument();
    expect(await sent(requests, 'POST', '/duplicate-candidates/d-1/merge')[0].json()).toEqual({ survivorPatientId: 'pb' });
  });
});
