import type { components } from '../api/schema';

/** Example resources shaped (and type-checked) by openapi.yaml, for the mocked API. */
type Schemas = components['schemas'];

/** One page of a paged collection. */
export const pageOf = <T>(items: T[], size = 20) => ({ items, page: 0, size, totalItems: items.length, totalPages: 1 });

export const ids = {
  vancouver: '11111111-1111-4111-8111-111111111111',
  provider: '22222222-2222-4222-8222-222222222222',
  patient: '33333333-3333-4333-8333-333333333333',
  entry: '44444444-4444-4444-8444-444444444444',
  clinic: '55555555-5555-4555-8555-555555555555',
  submission: '66666666-6666-4666-8666-666666666666',
};

export const me = (patch: Partial<Schemas['Me']> = {}): Schemas['Me'] => ({
  subject: 's-1',
  username: 'user',
  roles: [],
  directedClinicIds: [],
  actingFor: [],
  patientIds: [],
  linkNeeded: false,
  ...patch,
});

export const vancouver = { id: ids.vancouver, name: 'Vancouver', healthAuthority: 'VANCOUVER_COASTAL' } satisfies Schemas['Community'];

export const patientSummary = (patch: Partial<Schemas['PatientSummary']> = {}): Schemas['PatientSummary'] => ({
  id: ids.patient,
  phn: '9698658215',
  familyName: 'Nguyen',
  givenNames: 'Pat',
  dateOfBirth: '1985-04-30',
  gender: 'UNDISCLOSED',
  preferredLanguage: 'en',
  communityId: ids.vancouver,
  communityName: 'Vancouver',
  ...patch,
});

/** The preferences a registration without any gets (PatientRegistration's description). */
export const noPreferences = (): Schemas['PatientPreferences'] => ({
  providerGender: 'NO_PREFERENCE',
  interpreterNeeded: false,
  accessibilityNeeds: null,
  contactPreference: 'EMAIL',
});

export const patient = (patch: Partial<Schemas['Patient']> = {}): Schemas['Patient'] => ({
  ...patientSummary(),
  address: { line1: '1 Main Street', city: 'Vancouver', province: 'BC', postalCode: 'V6H 1A5' },
  consentToShare: true,
  relationshipToRegistrant: 'SELF',
  matchWithHousehold: false,
  questionnaire: { chronicConditions: ['DIABETES'], pregnant: false, recentHospitalStay: false, mentalHealthNeeds: false, mobilityLimitations: false },
  preferences: noPreferences(),
  preferredLocale: 'en',
  complexity: 'MODERATE',
  priorityPoints: 3,
  waitlistStatus: 'WAITING',
  waitlistEntryId: ids.entry,
  householdId: '77777777-7777-4777-8777-777777777777',
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
  ...patch,
});

export const waitlistEntry = (patch: Partial<Schemas['WaitlistEntry']> = {}): Schemas['WaitlistEntry'] => ({
  id: ids.entry,
  patientId: ids.patient,
  patient: patientSummary(),
  communityId: ids.vancouver,
  communityName: 'Vancouver',
  status: 'WAITING',
  registeredAt: '2026-11-01T10:00:00Z',
  complexity: 'MODERATE',
  priorityPoints: 3,
  priorityScore: 42,
  householdId: '77777777-7777-4777-8777-777777777777',
  matchWithHousehold: false,
  householdWaiting: 1,
  preferences: noPreferences(),
  contactFailures: 0,
  lastConfirmedAt: '2026-11-01T10:00:00Z',
  statusChangedAt: '2026-11-01T10:00:00Z',
  ...patch,
});

export const provider = (patch: Partial<Schemas['Provider']> = {}): Schemas['Provider'] => ({
  id: ids.provider,
  name: 'Dr. Jordan Lee',
  type: 'FAMILY_PHYSICIAN',
  mspPractitionerNumber: 'A1234',
  email: 'dr.lee@pas.example',
  languages: ['en'],
  status: 'ACTIVE',
  clinics: [{ clinicId: ids.clinic, clinicName: 'False Creek Family Practice', communityId: ids.vancouver, communityName: 'Vancouver' }],
  acceptingNewPatients: true,
  capacityStale: false,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
  ...patch,
});

/** A proposal of a waitlist entry to the provider of `ids.provider`. */
export const proposal = (patch: Partial<Schemas['Proposal']> = {}): Schemas['Proposal'] => ({
  providerId: ids.provider,
  providerName: 'Dr. Jordan Lee',
  proposedAt: '2026-12-01T10:00:00Z',
  deadline: '2026-12-15',
  proposedBy: { subject: 's-3' },
  householdProposal: false,
  ...patch,
});

export const clinic = (patch: Partial<Schemas['Clinic']> = {}): Schemas['Clinic'] => ({
  id: ids.clinic,
  name: 'False Creek Family Practice',
  address: { line1: '1 False Creek', city: 'Vancouver', province: 'BC', postalCode: 'V5Y 1N9' },
  communityId: ids.vancouver,
  communityName: 'Vancouver',
  phone: '604-555-0100',
  status: 'ACTIVE',
  hours: [],
  verifiedAt: null,
  verifiedByName: null,
  verificationStale: true,
  createdAt: '2026-10-01T10:00:00Z',
  updatedAt: '2026-10-01T10:00:00Z',
  ...patch,
});

/** A pending claim of a BC Provider ID user to the provider record of `ids.provider`. */
export const identityClaim = (patch: Partial<Schemas['IdentityClaim']> = {}): Schemas['IdentityClaim'] => ({
  id: '88888888-8888-4888-8888-888888888888',
  kind: 'PROVIDER',
  status: 'PENDING',
  claimant: { subject: 's-9', name: 'Jordan Lee', email: 'jordan.lee@pas.example', identityProvider: 'bcprovider', assertedMspNumber: 'A1235' },
  providerId: ids.provider,
  providerName: 'Dr. Jordan Lee',
  mspPractitionerNumber: 'A1234',
  reason: 'My licence number changed.',
  createdAt: '2026-12-01T10:00:00Z',
  ...patch,
});

/** The preferences of `noPreferences()` with some changed. */
export const preferences = (patch: Partial<Schemas['PatientPreferences']> = {}): Schemas['PatientPreferences'] => ({ ...noPreferences(), ...patch });

/** An entry proposed to the provider of `ids.provider` by a patient request. */
export const proposedEntry = (id: string, givenNames: string, patch: Partial<Schemas['WaitlistEntry']> = {}): Schemas['WaitlistEntry'] => ({
  ...waitlistEntry({ id, patient: patientSummary({ givenNames }), status: 'PROPOSED', proposal: proposal() }),
  ...patch,
});

/** An entry paused after 3 declines coded COULD_NOT_CONTACT. */
export const pausedEntry = (patch: Partial<Schemas['WaitlistEntry']> = {}): Schemas['WaitlistEntry'] => ({
  ...waitlistEntry(),
  status: 'PAUSED',
  preferences: preferences({ contactPreference: 'PHONE' }),
  contactFailures: 3,
  pausedAt: '2026-12-02T10:00:00Z',
  ...patch,
});

export const patientRequest = (patch: Partial<Schemas['PatientRequest']> = {}): Schemas['PatientRequest'] => ({
  id: '99999999-9999-4999-8999-999999999999',
  providerId: ids.provider,
  requestedAt: '2026-12-03T17:00:00Z',
  requestedByName: 'Dr. Jordan Lee',
  count: 10,
  room: { remainingThisMonth: 5, panelRoom: 40, outstandingProposals: 3, granted: 2 },
  proposals: [],
  skipped: [],
  ...patch,
});

export const suggestion = (patch: Partial<Schemas['ProviderSuggestion']> = {}): Schemas['ProviderSuggestion'] => ({
  providerId: ids.provider,
  providerName: 'Dr. Jordan Lee',
  clinicName: 'False Creek Family Practice',
  availableThisMonth: 4,
  panelRoom: 120,
  fit: 70,
  reasons: ['SPEAKS_LANGUAGE', 'MOST_ROOM'],
  ...patch,
});

/**
 * One month of an area's public statistics that adds up as the contract says (start + in − out = end,
 * the durations sum to the end): 1,000 waiting at the start, 120 registered, 80 attached, 10 withdrawn.
 */
export const statisticsMonth = (month: string, patch: Partial<Schemas['StatisticsMonth']> = {}): Schemas['StatisticsMonth'] => ({
  month,
  waitingStart: 1000,
  registered: 120,
  returned: 0,
  movedIn: 0,
  movedOut: 0,
  attached: 80,
  withdrawn: 10,
  expired: 0,
  merged: 0,
  movedAway: 0,
  netChange: 30,
  waitingEnd: 1030,
  waitingByDuration: { under3Months: 300, from3To6Months: 250, from6To12Months: 200, from12To24Months: 180, over24Months: 100 },
  waitDays: { median: 95, p90: 300 },
  providersAccepting: 42,
  spacesOffered: 350,
  spacesUsed: 80,
  ...patch,
});

/** An area's figures, by default the province's for the months given. */
export const areaStatistics = (
  months: Schemas['StatisticsMonth'][],
  area: Schemas['StatisticsArea'] = { level: 'PROVINCE', code: 'BC', name: 'British Columbia' },
  population?: Schemas['AreaPopulation'],
): Schemas['AreaStatistics'] => ({ area, months, ...(population ? { population } : {}) });
