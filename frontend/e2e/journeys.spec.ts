import { expect, test, type Page } from '@playwright/test';
import { demoOtp } from '../../backend/keycloak/demo-otp.mjs';
import {
  API_URL,
  apiLogSize,
  checkScreen,
  emailedEndorsementLink,
  enterCredentials,
  KEYCLOAK_URL,
  newUserPage,
  PASSWORD,
  randomPhn,
  signIn,
  signInThrough,
} from './helpers';

// One story across roles, in order, on a fresh database with the demo data of `make run`.
test.describe.configure({ mode: 'serial' });

const phn = randomPhn();

/** The registration form, but for the PHN: someone in Vancouver with high blood pressure. */
async function fillRegistration(
  page: Page,
  who: { givenNames: string; familyName: string; email: string; dateOfBirth?: string },
) {
  await page.getByLabel('Given names').fill(who.givenNames);
  await page.getByLabel('Family name').fill(who.familyName);
  await page.getByLabel('Date of birth').fill(who.dateOfBirth ?? '1990-05-15');
  await page.getByLabel('Street address').fill('455 West 8th Avenue');
  await page.getByLabel('City').fill('Vancouver');
  await page.getByLabel('Postal code').fill('v5y1n9');
  await page.getByLabel('Community where you want a provider').selectOption({ label: 'Vancouver (Vancouver Coastal Health)' });
  await page.getByLabel('Email (optional)').fill(who.email);
  await page.getByLabel('High blood pressure').check();
}

test('the public landing page explains the service', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Find a family doctor or nurse practitioner' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: 'Create an account' })).toBeEnabled();
  await checkScreen(page, '01-landing');
});

test('an anonymous visitor reads the public statistics: the province, a health authority, a community, how they are computed', async ({ page, request }) => {
  // The demo data holds fifteen months of waitlist history in nine communities (db/demo/R__demo_waitlist_history.sql);
  // the stack waits until the statistics job has stored the closed months. The page shows what the API publishes.
  const published = async (path: string) => {
    const answer = await request.get(`${API_URL}/public/statistics${path}`);
    expect(answer.status()).toBe(200);
    return answer.json();
  };
  const waitingEnd = (area: { months: { waitingEnd: number | string }[] }) => {
    const last = area.months[area.months.length - 1];
    return typeof last.waitingEnd === 'number' ? last.waitingEnd.toLocaleString('en-CA') : last.waitingEnd;
  };
  const fact = (label: string) => page.locator('.pas-fact').filter({ has: page.getByText(label, { exact: true }) }).locator('.pas-fact-value');

  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'See the waitlist statistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Waitlist statistics' })).toBeVisible();
  const province = await published('');
  expect(province.months.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 2, name: /^British Columbia at a glance: / })).toBeVisible();
  // 2 000 demo patients, most still waiting: the province's count is no withheld small one.
  expect(typeof province.months[province.months.length - 1].waitingEnd).toBe('number');
  await expect(fact('Waiting at month end')).toHaveText(waitingEnd(province));
  await expect(page.getByRole('img', { name: /^Patients waiting at the end of each month/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^British Columbia, .* \(CSV\)$/ })).toHaveAttribute('href', /\/public\/statistics\?from=.*&format=csv$/);
  await checkScreen(page, '01b-statistics-province');

  await page.getByLabel('Health authority').selectOption({ label: 'Vancouver Coastal Health' });
  await expect(page).toHaveURL(/healthAuthority=VANCOUVER_COASTAL/);
  await expect(page.getByRole('heading', { level: 2, name: /^Vancouver Coastal Health at a glance: / })).toBeVisible();
  await expect(fact('Waiting at month end')).toHaveText(waitingEnd(await published('/health-authorities/VANCOUVER_COASTAL')));
  await page.getByLabel('Community').selectOption({ label: 'North Vancouver' });
  await expect(page).toHaveURL(/community=/);
  await expect(page.getByRole('heading', { level: 2, name: /^North Vancouver at a glance: / })).toBeVisible();
  const communityId = new URL(page.url()).searchParams.get('community');
  await expect(fact('Waiting at month end')).toHaveText(waitingEnd(await published(`/communities/${communityId}`)));

  await page.getByRole('link', { name: 'How these figures are computed' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How the waitlist statistics are computed' })).toBeVisible();
  await expect(page.getByText(/start \+ in − out = end/)).toBeVisible();
  await checkScreen(page, '01c-statistics-how-computed');
});

test('a patient registers and sees their status', async ({ page }) => {
  await signIn(page, 'pat.nguyen');
  await checkScreen(page, '02-patient-home');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My registrations' }).click();
  await expect(page.getByText('You have not registered anyone yet.')).toBeVisible();
  await checkScreen(page, '03-my-registrations-empty');
  await page.getByRole('link', { name: 'Register yourself or a family member' }).click();

  const phnField = page.getByLabel('Personal Health Number (PHN)');
  await phnField.fill(phn.slice(0, 9) + ((Number(phn[9]) + 1) % 10));
  await expect(phnField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/not a valid PHN/)).toBeVisible();
  await phnField.fill(phn);
  await expect(phnField).not.toHaveAttribute('aria-invalid');
  await fillRegistration(page, { givenNames: 'Pat', familyName: 'Nguyen', email: 'pat.nguyen@pas.example' });
  await checkScreen(page, '04-register-form');
  await page.getByRole('button', { name: 'Register' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Pat Nguyen' })).toBeVisible();
  await expect(page.locator('.pas-status').getByText('Waiting', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wait estimate' })).toBeVisible();
  await expect(page.getByText(/Your place in Vancouver/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByText(/Waiting \(Registration\)/)).toBeVisible();
  await checkScreen(page, '05-patient-status-waiting');

  await page.getByRole('button', { name: 'I still need a provider' }).click();
  await expect(page.getByText('Thank you: you are still on the waitlist.')).toBeVisible();
});

test('a provider signs in with BC Provider ID (password and TOTP), confirms capacity and attaches that patient', async ({ page }) => {
  await signInThrough(page, 'BC Provider ID', 'dr.lee');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
  await page.getByLabel('New patients per month').fill('20');
  await checkScreen(page, '06-provider-capacity');
  await page.getByRole('button', { name: 'Save capacity' }).click();
  await expect(page.getByText('Capacity saved and confirmed.')).toBeVisible();
  await expect(page.getByText(/attached of 20/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Provider screens' }).getByRole('link', { name: 'Community waitlist' }).click();
  await expect(page.getByRole('cell', { name: /Nguyen, Pat/ })).toBeVisible();
  await checkScreen(page, '07-provider-waitlist');
  // The picture in the README (docs/spa-provider-waitlist.png) is this one.
  await page.screenshot({ path: 'e2e-artifacts/readme/spa-provider-waitlist.png', clip: { x: 0, y: 0, width: 1280, height: 640 } });
  await page.getByRole('button', { name: 'Attach Pat Nguyen' }).click();
  await expect(page.getByText('Attached Pat Nguyen to the panel.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Provider screens' }).getByRole('link', { name: 'Panel', exact: true }).click();
  await page.getByLabel('Search by name or PHN').fill(phn);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('cell', { name: 'Nguyen, Pat' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'PAS attachment' })).toBeVisible();
  await checkScreen(page, '08-provider-panel');
});

test('the patient then sees that they are attached', async ({ page }) => {
  await signIn(page, 'pat.nguyen', '/patient');
  await page.getByRole('link', { name: 'Pat Nguyen' }).click();
  await expect(page.locator('.pas-status').getByText('Attached', { exact: true })).toBeVisible();
  await expect(page.getByText(/You are attached to a family doctor or nurse practitioner/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /Attached \(Attachment\)/ })).toBeVisible();
  await checkScreen(page, '09-patient-status-attached');
});

test('a patient signs in with BC Services Card and registers with the PHN the card asserts', async ({ page }) => {
  // pat.singh of the bcsc realm: PHN 9654321098, born 1978-06-21, not registered in PAS.
  await signInThrough(page, 'BC Services Card', 'pat.singh', '/patient/register');
  await page.getByLabel('Personal Health Number (PHN)').fill('9654321098');
  await fillRegistration(page, { givenNames: 'Avery', familyName: 'Singh', email: 'pat.singh@pas.example', dateOfBirth: '1978-06-21' });
  await page.getByRole('button', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Avery Singh' })).toBeVisible();
  await expect(page.locator('.pas-status').getByText('Waiting', { exact: true })).toBeVisible();
});

test('the API refuses a staff token without the second factor (401, RFC 9470) and takes it with TOTP', async ({ request }) => {
  const token = async (client: string, extra: Record<string, string> = {}) => {
    const answer = await request.post(`${KEYCLOAK_URL}/realms/pas/protocol/openid-connect/token`, {
      form: { grant_type: 'password', client_id: client, username: 'dr.lee', password: PASSWORD, ...extra },
    });
    expect(answer.status()).toBe(200);
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  // pas-cli-no-mfa: a password grant that skips the TOTP step (dev realm only), so Keycloak issues acr 1.
  const passwordOnly = await request.get(`${API_URL}/me`, { headers: { Authorization: `Bearer ${await token('pas-cli-no-mfa')}` } });
  expect(passwordOnly.status()).toBe(401);
  expect(passwordOnly.headers()['content-type']).toContain('application/problem+json');
  expect(passwordOnly.headers()['www-authenticate']).toContain('error="insufficient_user_authentication"');
  expect(passwordOnly.headers()['www-authenticate']).toContain('acr_values="2"');
  expect(((await passwordOnly.json()) as { detail: string }).detail).toContain('second factor');

  const withTotp = await token('pas-cli', { totp: demoOtp('dr.lee') });
  expect((await request.get(`${API_URL}/me`, { headers: { Authorization: `Bearer ${withTotp}` } })).status()).toBe(200);
});

test('a medical director edits the clinic hours', async ({ page }) => {
  await signIn(page, 'dr.patel');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My clinics' }).click();
  await page.getByRole('link', { name: 'False Creek Family Practice' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'False Creek Family Practice' })).toBeVisible();
  const rows = page.locator('.pas-hours-row');
  await expect(page.getByRole('button', { name: 'Save hours' })).toBeVisible(); // hours loaded
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Add opening hours' }).click();
  const added = rows.nth(before);
  await added.getByLabel('Day', { exact: true }).selectOption('SATURDAY');
  await added.getByLabel('Opens').fill('10:00');
  await added.getByLabel('Closes').fill('14:00');
  await checkScreen(page, '10-clinic-hours');
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByText('Hours saved.')).toBeVisible();

  await page.reload();
  await expect(rows).toHaveCount(before + 1);
  await expect(rows.nth(before).getByLabel('Day', { exact: true })).toHaveValue('SATURDAY');
  await expect(rows.nth(before).getByLabel('Opens')).toHaveValue('10:00');
});

test('a coordinator proposes a patient, the provider declines, the fairness report counts it', async ({ browser }) => {
  const patient = await newUserPage(browser);
  await signIn(patient, 'pat.jones', '/patient/register');
  await patient.getByLabel('Personal Health Number (PHN)').fill(randomPhn());
  await fillRegistration(patient, { givenNames: 'Sam', familyName: 'Jones', email: 'pat.jones@pas.example' });
  await patient.getByRole('button', { name: 'Register' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Sam Jones' })).toBeVisible();
  await patient.context().close();

  const coordinator = await newUserPage(browser);
  await signIn(coordinator, 'coordinator', '/coordinator/waitlist');
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Waitlist of my communities' })).toBeVisible();
  await expect(coordinator.getByRole('cell', { name: /Jones, Sam/ })).toBeVisible();
  await checkScreen(coordinator, '11-coordinator-waitlist');
  await coordinator.getByRole('button', { name: 'Propose Sam Jones' }).click();
  const propose = coordinator.getByRole('form', { name: 'Propose Sam Jones to a provider' });
  await propose.getByLabel('Provider with capacity').selectOption({ label: 'Dr. Jordan Lee (Family physician)' });
  await propose.getByLabel('Note for the provider (optional)').fill('Lives near the clinic.');
  await checkScreen(coordinator, '12-coordinator-propose');
  await propose.getByRole('button', { name: 'Propose' }).click();
  await expect(coordinator.getByText('Proposed the patient to Dr. Jordan Lee.')).toBeVisible();

  const provider = await newUserPage(browser);
  await signIn(provider, 'dr.lee');
  await provider.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My practice' }).click();
  await provider.getByRole('navigation', { name: 'Provider screens' }).getByRole('link', { name: 'Proposals' }).click();
  const card = provider.getByRole('listitem').filter({ hasText: 'Sam Jones' });
  await expect(card.getByText('Note: Lives near the clinic.')).toBeVisible();
  await checkScreen(provider, '13-provider-proposals');
  await card.getByRole('button', { name: 'Decline…' }).click();
  await card.getByLabel('Reason').selectOption('PATIENT_DECLINED');
  await card.getByRole('button', { name: 'Decline' }).click();
  await expect(provider.getByText('Declined Sam Jones; they keep their place on the waitlist.')).toBeVisible();
  await expect(provider.getByText('No proposals are waiting for your answer.')).toBeVisible();
  await provider.context().close();

  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fairness report' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Fairness report' })).toBeVisible();
  const row = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Dr. Jordan Lee' }) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('1'); // proposals
  await expect(row.getByRole('cell').nth(2)).toHaveText('1'); // declines
  await checkScreen(coordinator, '14-fairness-report');
  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Duplicates' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Duplicate review' })).toBeVisible();
  await checkScreen(coordinator, '15-duplicates');
  await coordinator.context().close();
});

test('an admin sees the audit trail and the registries', async ({ browser }) => {
  const admin = await newUserPage(browser);
  await signIn(admin, 'admin', '/admin/audit');
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit events' })).toBeVisible();
  await admin.getByLabel('Action code').fill('WAITLIST_ATTACH');
  // The action code, with the operation that wrote it.
  await expect(admin.getByRole('cell', { name: 'WAITLIST_ATTACH (attachWaitlistEntry)', exact: true })).toHaveCount(1);
  await checkScreen(admin, '16-admin-audit');
  // The privacy officer's review: refusals and suspicious events per day and user.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit review' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit review' })).toBeVisible();
  await checkScreen(admin, '16-admin-audit-review');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clinics' }).click();
  await expect(admin.getByRole('link', { name: 'Harbour Health Clinic' })).toBeVisible();
  await checkScreen(admin, '17-admin-clinics');
  await admin.context().close();
});

test('a provider endorses a staff member, who then uploads a panel file for them', async ({ browser }) => {
  // The demo data has Dr. Lee endorsing Morgan Chan already; Dr. Patel does it here.
  const provider = await newUserPage(browser);
  await signIn(provider, 'dr.patel', '/endorsements');
  await checkScreen(provider, '18-endorsements');
  const logBefore = apiLogSize();
  await provider.getByLabel("Staff member's email").fill('moa.chan@pas.example');
  await provider.getByLabel('Message (optional, included in the email)').fill('Please keep my panel up to date.');
  await provider.getByRole('button', { name: 'Send the link' }).click();
  await expect(provider.getByText(/Sent to/)).toBeVisible();
  const link = await emailedEndorsementLink(logBefore);

  const staff = await newUserPage(browser);
  await staff.goto(link);
  await expect(staff.getByRole('heading', { level: 1, name: 'Endorsement request' })).toBeVisible();
  await staff.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await enterCredentials(staff, 'moa.chan');
  await expect(staff.getByText('Opened, waiting for approval')).toBeVisible();
  await checkScreen(staff, '19-endorsement-open');
  await staff.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.getByText(/Approve: done/)).toBeVisible();

  await provider.reload();
  await provider.getByRole('button', { name: 'Confirm' }).click();
  await expect(provider.getByText(/Confirm: done/)).toBeVisible();
  await expect(provider.locator('.pas-badge', { hasText: 'Active' })).toBeVisible();
  await provider.context().close();

  await staff.goto('/acting-for');
  await staff.getByRole('listitem').filter({ hasText: 'Dr. Priya Patel' }).getByRole('link', { name: 'Panel files' }).click();
  await expect(staff.getByText('You are acting for Dr. Priya Patel')).toBeVisible();
  await checkScreen(staff, '20-delegate-panel-files');
  const valid = [randomPhn(), randomPhn()];
  const csv = [
    'phn,surname,given_names,date_of_birth,gender,postal_code',
    `${valid[0]},Okafor,Ada,1975-02-11,F,V6H 1A5`,
    `${valid[1]},Singh,Ravi,1962-09-30,M,`,
    '9123456789,Broken,Row,1980-01-01,F,',
  ].join('\n');
  await staff.getByLabel('Panel file (CSV, at most 10 MB)').setInputFiles({
    name: 'panel.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await staff.getByRole('button', { name: 'Upload' }).click();
  await expect(staff.getByText('Completed', { exact: true })).toBeVisible();
  await expect(staff.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(staff.getByRole('cell', { name: 'Broken' })).toBeVisible();
  await expect(staff.getByRole('cell', { name: /phn: / })).toBeVisible();
  await checkScreen(staff, '21-delegate-panel-file-result');
  await staff.context().close();
});

test('a provider requests 10 patients and gets at most the room left, in rank order within their mix; the coordinator sees the skips by reason', async ({
  browser,
}) => {
  // Waiting in Vancouver before this test: Avery Singh and Sam Jones (high blood pressure, 2 points: LOW), both
  // consenting (the form's default); Sam's proposal to Dr. Lee was declined, so nothing is open to him. Dr. Lee
  // attached Pat Nguyen (LOW) this month: 1 attachment this month and in the last 90 days, a panel of 1.
  // Lou is HIGH (3 conditions 6, a hospital stay 3, 75 or over 2: 11 points), so ranked ahead of them both.
  const patient = await newUserPage(browser);
  await signIn(patient, 'pat.jones', '/patient/register');
  await patient.getByLabel('Personal Health Number (PHN)').fill(randomPhn());
  await fillRegistration(patient, { givenNames: 'Lou', familyName: 'Jones', email: 'pat.jones@pas.example', dateOfBirth: '1946-02-10' });
  await patient.getByLabel('Relationship to you').selectOption('PARENT');
  await patient.getByLabel('Diabetes').check();
  await patient.getByLabel('Heart disease').check();
  await patient.getByLabel('A hospital stay in the last 12 months').check();
  // Only patients who consent to share are requested (or counted as passed over).
  await patient.getByLabel('Share my registration with providers and coordinators in my community').check();
  await patient.getByRole('button', { name: 'Register' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Lou Jones' })).toBeVisible();
  await patient.context().close();

  // Dr. Lee takes 5 a month and no high-complexity patients (a 0 % band: its allowance is 0).
  const provider = await newUserPage(browser);
  await signIn(provider, 'dr.lee');
  await provider.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My practice' }).click();
  await provider.getByLabel('New patients per month').fill('5');
  await provider.getByLabel('Desired panel size').fill('5000');
  await provider.getByLabel('Low', { exact: true }).fill('50');
  await provider.getByLabel('Moderate', { exact: true }).fill('50');
  await provider.getByLabel('High', { exact: true }).fill('0');
  await provider.getByRole('button', { name: 'Save capacity' }).click();
  await expect(provider.getByText('Capacity saved and confirmed.')).toBeVisible();

  await provider.getByRole('navigation', { name: 'Provider screens' }).getByRole('link', { name: 'Request patients' }).click();
  await expect(provider.getByRole('heading', { level: 1, name: 'Request patients' })).toBeVisible();
  await expect(provider.getByLabel('How many patients (1 to 10)')).toHaveValue('10');
  await provider.getByRole('button', { name: 'Request patients' }).click();
  const room = provider.getByRole('region', { name: 'Your room' });
  await expect(room).toBeVisible();
  const figure = (term: string) => room.locator('dt', { hasText: term }).locator('+ dd');
  // granted = min(count 10, remaining 5 - 1 attached = 4 less 0 open proposals, panel room 5000 - 1 - 0 = 4999) = 4.
  await expect(figure('Places left this month')).toHaveText('4');
  await expect(figure('Proposals waiting for your answer')).toHaveText('0');
  await expect(figure('Room under your desired panel size')).toHaveText('4999');
  await expect(figure('Granted')).toHaveText('4 of the 10 you asked for');

  // Allowances: ceil(pct x (R 1 + granted 4) / 100): LOW 3 (1 used), MODERATE 3, HIGH 0. Lou (rank 1, HIGH) is
  // passed over; Avery and Sam (LOW) fit and are proposed in rank order, chosen by the mix (someone better ranked
  // was passed over for it). Only 2 waiting patients fit, so 2 proposals of the 4 granted.
  const cards = provider.getByRole('list', { name: 'Proposals of this request' }).getByRole('listitem');
  await expect(cards).toHaveCount(2);
  const headings = await cards.getByRole('heading').allInnerTexts();
  expect(headings.map((h) => h.replace(/^Rank \d+: /, ''))).toEqual(['Avery Singh', 'Sam Jones']);
  const ranks = headings.map((h) => Number(/^Rank (\d+):/.exec(h)![1]));
  expect(ranks[0]).toBeGreaterThan(1); // Lou holds place 1
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const card of await cards.all()) {
    await expect(card.getByText('Why: Keeps your stated mix of low, moderate and high complexity')).toBeVisible();
    await expect(card.getByText(/Low complexity/)).toBeVisible();
  }
  // Lou is recorded as passed over (someone ranked after them was proposed), by reason only, never by name.
  const skipped = provider.getByRole('table', { name: 'Passed over, by reason' });
  await expect(skipped.getByRole('row')).toHaveCount(2);
  await expect(skipped.getByRole('row').filter({ has: provider.getByRole('rowheader', { name: 'The share for their complexity is full' }) }).getByRole('cell')).toHaveText('1');
  await expect(skipped).not.toContainText('Lou');
  await checkScreen(provider, '22-provider-request-patients');
  const past = provider.getByRole('table', { name: 'Your requests, newest first' }).getByRole('row').nth(1).getByRole('cell');
  await expect(past.nth(2)).toHaveText('10'); // asked for
  await expect(past.nth(3)).toHaveText('4'); // granted
  await expect(past.nth(4)).toHaveText('2'); // proposed
  await expect(past.nth(5)).toHaveText('1'); // passed over
  await provider.context().close();

  const coordinator = await newUserPage(browser);
  await signIn(coordinator, 'coordinator', '/coordinator/fairness');
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Fairness report' })).toBeVisible();
  const skips = coordinator.getByRole('table', { name: 'Better-ranked patients passed over, by reason' });
  const skipCount = (reason: string) => skips.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: reason }) }).getByRole('cell');
  await expect(skipCount('The share for their complexity is full')).toHaveText('1');
  await expect(skipCount('Needs an interpreter in a language the provider does not speak')).toHaveText('0');
  await checkScreen(coordinator, '23-fairness-skips');

  // Lou waits, with the providers who have room suggested (Dr. Lee: 4 this month less 2 open proposals; their
  // HIGH share is 0 %, so not "room for this complexity"); the entry's transitions; the patient search and community capacity.
  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Waitlist' }).click();
  await coordinator.getByRole('link', { name: 'Details of Lou Jones' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Lou Jones' })).toBeVisible();
  const suggested = coordinator.getByRole('table', { name: 'Providers with room, best fit first' });
  const lee = suggested.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: 'Dr. Jordan Lee' }) });
  await expect(lee).toBeVisible();
  await expect(lee).not.toContainText('Has room for this complexity in their mix');
  await expect(coordinator.getByRole('table', { name: 'State changes, oldest first' }).getByRole('cell', { name: 'Registration' })).toBeVisible();
  await checkScreen(coordinator, '24-coordinator-entry');
  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
  await coordinator.getByLabel('Name').fill('Jones');
  await coordinator.getByRole('button', { name: 'Search' }).click();
  await expect(coordinator.getByRole('link', { name: 'Jones, Lou' })).toBeVisible();
  await checkScreen(coordinator, '25-coordinator-patients');
  await coordinator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Community capacity' }).click();
  await expect(coordinator.getByText('Patients waiting')).toBeVisible();
  await checkScreen(coordinator, '26-community-capacity');
  await coordinator.context().close();
});
