import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ids, me, pageOf, patient, patientSummary, preferences } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, problem, recordRequests, sent } from '../../../testing/server';

beforeEach(() => {
  signedInAs('Casey Coordinator', ['coordinator']);
  answer('get', '/me', me({ roles: ['coordinator'] }));
});

const renderSearch = () =>
  renderPage(async () => (await import('./PatientSearchPage')).PatientSearchPage, { route: '/coordinator/patients', url: '/coordinator/patients' });

describe('the coordinator’s patient search', () => {
  it('asks nothing before a criterion, then searches by name, PHN and date of birth and links to the patient', async () => {
    answer('get', '/patients', pageOf([patientSummary()]));
    const requests = recordRequests();
    await renderSearch();
    const user = userEvent.setup();

    expect(await screen.findByText('Search by name, PHN or date of birth.')).toBeInTheDocument();
    expect(sent(requests, 'GET', '/patients')).toHaveLength(0);
    await user.type(screen.getByLabelText('Name'), ' Nguyen ');
    await user.type(screen.getByLabelText('PHN'), '9698 658 215');
    await user.type(screen.getByLabelText('Date of birth'), '1985-04-30');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const link = await screen.findByRole('link', { name: 'Nguyen, Pat' });
    expect(link).toHaveAttribute('href', `/coordinator/patients/${ids.patient}`);
    const row = link.closest('tr')!;
    expect(within(row).getByRole('cell', { name: '9698658215' })).toBeInTheDocument();
    const query = new URL(sent(requests, 'GET', '/patients')[0].url).searchParams;
    expect([query.get('q'), query.get('phn'), query.get('dateOfBirth')]).toEqual(['Nguyen', '9698658215', '1985-04-30']);
  });

  it('shows the API’s problem next to the field', async () => {
    answer('get', '/patients', () => problem(400, 'The request has invalid fields: phn.', [{ field: 'phn', message: 'must be a BC PHN' }]));
    await renderSearch();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('PHN'), '123');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('The request has invalid fields: phn.')).toBeInTheDocument();
    expect(screen.getByLabelText('PHN')).toHaveAccessibleDescription('must be a BC PHN');
  });
});

describe('a patient, for the coordinator', () => {
  it('shows who they are, their preferences and links to their waitlist entry', async () => {
    answer('get', '/patients/{patientId}', patient({ preferences: preferences({ interpreterNeeded: true, accessibilityNeeds: 'Ground floor only' }) }));
    await renderPage(async () => (await import('./CoordinatorPatientPage')).CoordinatorPatientPage, {
      route: '/coordinator/patients/:patientId',
      url: `/coordinator/patients/${ids.patient}`,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Pat Nguyen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Waiting: suggested providers and transitions' })).toHaveAttribute('href', `/coordinator/entries/${ids.entry}`);
    expect(screen.getByText('Interpreter').nextElementSibling).toHaveTextContent('Needed (English)');
    expect(screen.getByText('Accessibility needs').nextElementSibling).toHaveTextContent('Ground floor only');
  });
});
