import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '../../../api/schema';
import { ids, me, pageOf } from '../../../testing/fixtures';
import { signedInAs } from '../../../testing/keycloak';
import { renderPage } from '../../../testing/render';
import { answer, recordRequests, sent } from '../../../testing/server';

type Submission = components['schemas']['PanelSubmission'];

const submission = (patch: Partial<Submission>): Submission => ({
  id: ids.submission,
  providerId: ids.provider,
  fileName: 'panel.csv',
  fileSizeBytes: 120,
  mode: 'ALL_OR_NOTHING',
  source: 'DR_BILL',
  status: 'PROCESSING',
  applied: false,
  rowsTotal: 2,
  rowsProcessed: 1,
  percentComplete: 50,
  added: 0,
  removed: 0,
  unchanged: 0,
  rejected: 0,
  submittedBy: { subject: 's-2' },
  submittedAt: '2026-12-01T10:00:00Z',
  ...patch,
});

const rejectedRow: components['schemas']['PanelSubmissionRow'] = {
  rowNumber: 2,
  phn: '123',
  familyName: 'Broken',
  result: 'REJECTED',
  errors: [{ field: 'phn', code: 'INVALID_PHN', message: 'not a valid PHN' }],
};

beforeEach(() => {
  signedInAs('Morgan Chan', ['delegate']);
  answer('get', '/me', me({ roles: ['delegate'] }));
  answer('get', '/providers/{providerId}/panel/submissions', pageOf<Submission>([], 10));
});

describe('panel files', () => {
  it('uploads a file as multipart form data, follows its processing and shows the rejected rows', async () => {
    answer('post', '/providers/{providerId}/panel/submissions', () => Response.json(submission({ status: 'RECEIVED', percentComplete: 0 }), { status: 202 }));
    let polls = 0;
    answer('get', '/providers/{providerId}/panel/submissions/{submissionId}', () =>
      Response.json(++polls === 1 ? submission({}) : submission({ status: 'REJECTED', rowsProcessed: 2, percentComplete: 100, unchanged: 1, rejected: 1 })),
    );
    answer('get', '/providers/{providerId}/panel/submissions/{submissionId}/rows', pageOf([rejectedRow], 50));
    const requests = recordRequests();
    await renderPage(async () => (await import('./PanelFilesPage')).PanelFilesPage, {
      route: '/providers/:providerId/panel-files',
      url: `/providers/${ids.provider}/panel-files`,
    });
    const user = userEvent.setup();

    await user.upload(await screen.findByLabelText('Panel file (CSV, at most 10 MB)'), new File(['phn,surname\n'], 'panel.csv', { type: 'text/csv' }));
    await user.selectOptions(screen.getByLabelText('If some rows have problems'), 'ALL_OR_NOTHING');
    await user.selectOptions(screen.getByLabelText('Billing system'), 'DR_BILL');
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('1 of 2 rows', { exact: false })).toBeInTheDocument();
    expect(await screen.findByText(/the panel was not changed/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '100');
    const rows = await screen.findByRole('table', { name: 'Rows of the file' });
    expect(within(rows).getByRole('cell', { name: 'Broken' })).toBeInTheDocument();
    expect(within(rows).getByRole('cell', { name: 'phn: not a valid PHN' })).toBeInTheDocument();

    const [upload] = sent(requests, 'POST', `/providers/${ids.provider}/panel/submissions`);
    expect(upload.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const form = await upload.formData();
    expect(form.get('mode')).toBe('ALL_OR_NOTHING');
    expect(form.get('source')).toBe('DR_BILL');
    // The file part itself: jsdom's File reaches Node's FormData without name or content (a browser sends both).
    expect(form.has('file')).toBe(true);
    expect(new URL(sent(requests, 'GET', '/rows')[0].url).searchParams.get('result')).toBe('REJECTED');
  });

  it('asks for a file before uploading', async () => {
    const requests = recordRequests();
    await renderPage(async () => (await import('./PanelFilesPage')).PanelFilesPage, {
      route: '/providers/:providerId/panel-files',
      url: `/providers/${ids.provider}/panel-files`,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Upload' }));
    expect(screen.getByLabelText('Panel file (CSV, at most 10 MB)')).toHaveAccessibleDescription('Choose a file to upload.');
    expect(sent(requests, 'POST', '/submissions')).toHaveLength(0);
  });
});
