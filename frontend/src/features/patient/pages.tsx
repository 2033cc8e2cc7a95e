import { Button, InlineAlert } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { meQueryKey, useMe } from '../../app/me';
import { CheckboxField, Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Empty, ErrorAlert, QueryView, Success } from '../../components/status';
import { api, idempotencyKey, unwrap, unwrapWithEtag, type Schemas } from '../../lib/api';
import { formatDate, formatDateTime, words } from '../../lib/format';
import { phnProblem } from '../../lib/phn';
import { GENDERS, LANGUAGES, communityOptions, languageName, useCommunities } from '../shared/reference';
import { QuestionnaireFields } from './QuestionnaireFields';
import { emptyQuestionnaire } from './questionnaire';

type Patient = Schemas['Patient'];
type Details = Omit<Schemas['PatientRegistration'], 'questionnaire'>;

const RELATIONSHIPS = ['SELF', 'CHILD', 'SPOUSE_PARTNER', 'PARENT', 'OTHER_DEPENDANT'] as const;
const WITHDRAW_REASONS = ['FOUND_PROVIDER', 'MOVED_AWAY', 'NO_LONGER_NEEDED', 'OTHER'] as const;

const patientKey = (id: string) => ['patient', id] as const;

function usePatient(patientId: string) {
  return useQuery({
    queryKey: patientKey(patientId),
    queryFn: () => unwrapWithEtag(api.GET('/patients/{patientId}', { params: { path: { patientId } } })),
  });
}

const fullName = (p: { givenNames: string; familyName: string }) => `${p.givenNames} ${p.familyName}`;

function StatusBadge({ status }: { status?: string }) {
  return <span className={`pas-badge pas-badge--${(status ?? 'none').toLowerCase()}`}>{words(status ?? 'Not on the waitlist')}</span>;
}

// ---------------------------------------------------------------- my registrations

function PatientRow({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  return (
    <li className="pas-card">
      <QueryView query={patient} what="this registration">
        {({ data: p }) => (
          <>
            <h2>
              <Link to={`/patient/${p.id}`}>{fullName(p)}</Link>
            </h2>
            <p>
              {words(p.relationshipToRegistrant)} · {p.communityName} · <StatusBadge status={p.waitlistStatus} />
            </p>
          </>
        )}
      </QueryView>
    </li>
  );
}

export function PatientHome() {
  const me = useMe();
  return (
    <>
      <PageTitle>My registrations</PageTitle>
      <p>You can register yourself and the people in your household who need a family doctor or nurse practitioner.</p>
      <p>
        <Link className="pas-button-link" to="/patient/register">
          Register yourself or a family member
        </Link>
      </p>
      <QueryView query={me} what="your registrations">
        {(data) =>
          data.patientIds.length === 0 ? (
            <Empty>You have not registered anyone yet.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="People you registered">
              {data.patientIds.map((id) => (
                <PatientRow key={id} patientId={id} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

// ---------------------------------------------------------------- details form (register and update)

function emptyDetails(relationship: Details['relationshipToRegistrant']): Details {
  return {
    phn: '',
    familyName: '',
    givenNames: '',
    dateOfBirth: '',
    gender: 'UNDISCLOSED',
    address: { line1: '', line2: '', city: '', province: 'BC', postalCode: '' },
    communityId: '',
    phone: '',
    email: '',
    preferredLanguage: 'en',
    consentToShare: true,
    relationshipToRegistrant: relationship,
    matchWithHousehold: false,
  };
}

/** Optional text left blank is sent as absent, not as "". */
function blankToUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '')) as T;
}

function normalisePostalCode(value: string) {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  return compact.length === 6 ? `${compact.slice(0, 3)} ${compact.slice(3)}` : value.toUpperCase();
}

function DetailsFields({
  value,
  onChange,
  error,
  withPhn,
}: {
  value: Details;
  onChange: (next: Details) => void;
  error: unknown;
  withPhn: boolean;
}) {
  const communities = useCommunities();
  const set = <K extends keyof Details>(key: K, v: Details[K]) => onChange({ ...value, [key]: v });
  const setAddress = (key: keyof Details['address'], v: string) =>
    onChange({ ...value, address: { ...value.address, [key]: v } });
  const err = (field: string) => fieldError(error, field);
  const phnHint = phnProblem(value.phn);
  return (
    <>
      <fieldset>
        <legend>Who is this?</legend>
        {withPhn && (
          <SelectField
            label="Relationship to you"
            value={value.relationshipToRegistrant}
            onChange={(v) => set('relationshipToRegistrant', v as Details['relationshipToRegistrant'])}
            options={optionsOf(RELATIONSHIPS, words)}
          />
        )}
        {withPhn && (
          <TextField
            label="Personal Health Number (PHN)"
            hint="10 digits, on the back of the BC Services Card."
            value={value.phn}
            onChange={(v) => set('phn', v.replace(/\s/g, ''))}
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            required
            error={phnHint ?? err('phn')}
          />
        )}
        <TextField
          label="Given names"
          value={value.givenNames}
          onChange={(v) => set('givenNames', v)}
          autoComplete="given-name"
          required
          error={err('givenNames')}
        />
        <TextField
          label="Family name"
          value={value.familyName}
          onChange={(v) => set('familyName', v)}
          autoComplete="family-name"
          required
          error={err('familyName')}
        />
        <TextField
          label="Date of birth"
          type="date"
          value={value.dateOfBirth}
          onChange={(v) => set('dateOfBirth', v)}
          required
          error={err('dateOfBirth')}
        />
        <SelectField
          label="Gender"
          value={value.gender}
          onChange={(v) => set('gender', v as Details['gender'])}
          options={optionsOf(GENDERS, words)}
        />
      </fieldset>
      <fieldset>
        <legend>Where do you live?</legend>
        <TextField
          label="Street address"
          value={value.address.line1}
          onChange={(v) => setAddress('line1', v)}
          autoComplete="address-line1"
          required
          error={err('address.line1')}
        />
        <TextField
          label="Apartment or suite (optional)"
          value={value.address.line2 ?? ''}
          onChange={(v) => setAddress('line2', v)}
          autoComplete="address-line2"
          error={err('address.line2')}
        />
        <TextField
          label="City"
          value={value.address.city}
          onChange={(v) => setAddress('city', v)}
          autoComplete="address-level2"
          required
          error={err('address.city')}
        />
        <TextField
          label="Postal code"
          hint="For example V6H 1A5."
          value={value.address.postalCode}
          onChange={(v) => setAddress('postalCode', normalisePostalCode(v))}
          autoComplete="postal-code"
          maxLength={7}
          required
          error={err('address.postalCode')}
        />
        <SelectField
          label="Community where you want a provider"
          value={value.communityId}
          onChange={(v) => set('communityId', v)}
          placeholder={communities.isPending ? 'Loading communities…' : 'Choose a community'}
          options={communityOptions(communities.data)}
          required
          error={err('communityId') ?? (communities.isError ? 'The list of communities could not be loaded.' : undefined)}
        />
      </fieldset>
      <fieldset>
        <legend>How can a clinic reach you?</legend>
        <TextField
          label="Phone (optional)"
          type="tel"
          value={value.phone ?? ''}
          onChange={(v) => set('phone', v)}
          autoComplete="tel"
          error={err('phone')}
        />
        <TextField
          label="Email (optional)"
          type="email"
          value={value.email ?? ''}
          onChange={(v) => set('email', v)}
          autoComplete="email"
          error={err('email')}
        />
        <SelectField
          label="Preferred language"
          value={value.preferredLanguage}
          onChange={(v) => set('preferredLanguage', v)}
          options={LANGUAGES}
          error={err('preferredLanguage')}
        />
        <CheckboxField
          label="Share my registration with providers and coordinators in my community"
          hint="Providers can only offer you a place if you agree."
          checked={value.consentToShare}
          onChange={(v) => set('consentToShare', v)}
        />
        <CheckboxField
          label="Match me together with my household"
          hint="Everyone who asks for this is offered to the same provider."
          checked={value.matchWithHousehold}
          onChange={(v) => set('matchWithHousehold', v)}
        />
      </fieldset>
    </>
  );
}

// ---------------------------------------------------------------- register

export function RegisterPatient() {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hasSelf = (me.data?.patientIds.length ?? 0) > 0;
  const [details, setDetails] = useState<Details>(() => emptyDetails('SELF'));
  const [questionnaire, setQuestionnaire] = useState(emptyQuestionnaire);
  const [touchedRelationship, setTouchedRelationship] = useState(false);
  // One key per body: a retry of the same registration cannot register twice.
  const keys = useRef(new Map<string, string>());

  const register = useMutation({
    mutationFn: (body: Schemas['PatientRegistration']) => {
      const json = JSON.stringify(body);
      if (!keys.current.has(json)) keys.current.set(json, idempotencyKey());
      return unwrap(api.POST('/patients', { body, params: { header: { 'Idempotency-Key': keys.current.get(json)! } } }));
    },
    onSuccess: async (patient) => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate(`/patient/${patient.id}`, { state: { registered: true } });
    },
  });

  const shown: Details =
    hasSelf && !touchedRelationship && details.relationshipToRegistrant === 'SELF'
      ? { ...details, relationshipToRegistrant: 'CHILD' }
      : details;

  const submit = () => {
    if (phnProblem(shown.phn) || shown.phn === '') return;
    register.mutate({
      ...shown,
      address: blankToUndefined(shown.address),
      phone: shown.phone || undefined,
      email: shown.email || undefined,
      questionnaire,
    });
  };

  return (
    <>
      <PageTitle>Register for a family doctor or nurse practitioner</PageTitle>
      <p>
        Fill in one form for each person. All fields are required unless marked optional. Your answers about health
        needs help people with more needs get care sooner; time waiting still counts most.
      </p>
      <Form onSubmit={submit} className="pas-form">
        <DetailsFields
          value={shown}
          onChange={(next) => {
            if (next.relationshipToRegistrant !== shown.relationshipToRegistrant) setTouchedRelationship(true);
            setDetails(next);
          }}
          error={register.error}
          withPhn
        />
        <QuestionnaireFields value={questionnaire} onChange={setQuestionnaire} />
        <SubmitRow label="Register" pending={register.isPending} error={register.error} errorTitle="Not registered" />
      </Form>
    </>
  );
}

// ---------------------------------------------------------------- status, history, estimate, actions

function WaitEstimateView({ patientId }: { patientId: string }) {
  const estimate = useQuery({
    queryKey: ['patient', patientId, 'estimate'],
    queryFn: () => unwrap(api.GET('/patients/{patientId}/wait-estimate', { params: { path: { patientId } } })),
  });
  return (
    <section aria-labelledby="estimate-heading" className="pas-panel">
      <h2 id="estimate-heading">Wait estimate</h2>
      <QueryView query={estimate} what="the wait estimate">
        {(e) => (
          <>
            <dl className="pas-facts">
              {e.position != null && (
                <>
                  <dt>Your place in {e.communityName}</dt>
                  <dd>
                    {e.position} of {e.waitingInCommunity} waiting
                  </dd>
                </>
              )}
              <dt>Estimate</dt>
              <dd>{e.bandLabel}</dd>
              <dt>Attachments in your community</dt>
              <dd>
                {e.attachmentsLast90Days} in the last 90 days (about {e.attachmentsPerMonth} a month)
              </dd>
            </dl>
            <details>
              <summary>How this is worked out</summary>
              <p>{e.method}</p>
            </details>
          </>
        )}
      </QueryView>
    </section>
  );
}

function HistoryView({ patientId }: { patientId: string }) {
  const history = useQuery({
    queryKey: ['patient', patientId, 'history'],
    queryFn: () =>
      unwrap(api.GET('/patients/{patientId}/history', { params: { path: { patientId }, query: { size: 100 } } })),
  });
  return (
    <section aria-labelledby="history-heading" className="pas-panel">
      <h2 id="history-heading">History</h2>
      <QueryView query={history} what="the history">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>Nothing has happened yet.</Empty>
          ) : (
            <ol className="pas-timeline">
              {page.items.map((t) => (
                <li key={t.id}>
                  <strong>{words(t.toStatus)}</strong> ({words(t.cause)}) — {formatDateTime(t.at)}
                  {t.providerName && <> · {t.providerName}</>}
                  {t.declineReason && <> · {words(t.declineReason)}</>}
                  {t.withdrawReason && <> · {words(t.withdrawReason)}</>}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </section>
  );
}

function WithdrawForm({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const [reason, setReason] = useState<Schemas['WithdrawReason']>('FOUND_PROVIDER');
  const [note, setNote] = useState('');
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/waitlist-entries/{entryId}/withdraw', {
          params: { path: { entryId } },
          body: { reason, note: note || undefined },
        }),
      ),
    onSuccess: onDone,
  });
  return (
    <Form
      className="pas-form"
      onSubmit={() => {
        withdraw.mutate();
      }}
    >
      <h3>Leave the waitlist</h3>
      <SelectField
        label="Why are you leaving?"
        value={reason}
        onChange={(v) => setReason(v as Schemas['WithdrawReason'])}
        options={optionsOf(WITHDRAW_REASONS, words)}
      />
      <TextAreaField label="Note (optional)" value={note} onChange={setNote} maxLength={500} error={fieldError(withdraw.error, 'note')} />
      <SubmitRow label="Withdraw from the waitlist" pending={withdraw.isPending} error={withdraw.error} errorTitle="Not withdrawn" />
    </Form>
  );
}

function EntryActions({ patient }: { patient: Patient }) {
  const queryClient = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [done, setDone] = useState<string>();
  const entryId = patient.waitlistEntryId;
  const refresh = (message: string) => {
    setDone(message);
    setWithdrawing(false);
    return queryClient.invalidateQueries({ queryKey: ['patient', patient.id] });
  };
  const reconfirm = useMutation({
    mutationFn: () => unwrap(api.POST('/waitlist-entries/{entryId}/reconfirm', { params: { path: { entryId: entryId! } } })),
    onSuccess: () => refresh('Thank you: you are still on the waitlist.'),
  });
  if (!entryId) return null;
  const status = patient.waitlistStatus;
  const active = status === 'WAITING' || status === 'PROPOSED';
  return (
    <section aria-labelledby="actions-heading" className="pas-panel">
      <h2 id="actions-heading">Keep your place</h2>
      {done && <Success>{done}</Success>}
      {(active || status === 'EXPIRED') && (
        <>
          <p>
            {status === 'EXPIRED'
              ? 'Your registration expired because it was not reconfirmed. Reconfirm to get your place back.'
              : 'Every few months we ask you to confirm that you still need a provider.'}
          </p>
          {reconfirm.error != null && <ErrorAlert error={reconfirm.error} title="Not reconfirmed" />}
          <div className="pas-buttons">
            <Button variant="primary" isDisabled={reconfirm.isPending} onPress={() => reconfirm.mutate()}>
              I still need a provider
            </Button>
            {active && !withdrawing && (
              <Button variant="secondary" onPress={() => setWithdrawing(true)}>
                Leave the waitlist…
              </Button>
            )}
          </div>
        </>
      )}
      {!active && status !== 'EXPIRED' && <p>There is nothing to do now.</p>}
      {withdrawing && <WithdrawForm entryId={entryId} onDone={() => void refresh('You have left the waitlist.')} />}
    </section>
  );
}

export function PatientDetail() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  return (
    <QueryView query={patient} what="the registration">
      {({ data: p }) => (
        <>
          <PageTitle title={`Registration of ${fullName(p)}`}>{fullName(p)}</PageTitle>
          <section aria-labelledby="status-heading" className="pas-panel pas-status">
            <h2 id="status-heading">Status</h2>
            <p className="pas-status-line">
              <StatusBadge status={p.waitlistStatus} />
            </p>
            {p.waitlistStatus === 'ATTACHED' && (
              <InlineAlert variant="success" role="status">
                <p>You are attached to a family doctor or nurse practitioner. Their clinic will contact you.</p>
              </InlineAlert>
            )}
            {p.waitlistStatus === 'PROPOSED' && (
              <p>A provider is reviewing your registration. You keep your place while they decide.</p>
            )}
            <dl className="pas-facts">
              <dt>Community</dt>
              <dd>{p.communityName}</dd>
              <dt>PHN</dt>
              <dd>{p.phn}</dd>
              <dt>Date of birth</dt>
              <dd>{formatDate(p.dateOfBirth)}</dd>
              <dt>Preferred language</dt>
              <dd>{languageName(p.preferredLanguage)}</dd>
              <dt>Health needs</dt>
              <dd>
                {words(p.complexity)} complexity, {p.priorityPoints} priority points
              </dd>
              <dt>Registered</dt>
              <dd>{formatDate(p.createdAt)}</dd>
            </dl>
            <p className="pas-buttons">
              <Link to={`/patient/${p.id}/edit`}>Update details</Link>
              <Link to={`/patient/${p.id}/questionnaire`}>Update health needs</Link>
            </p>
          </section>
          {(p.waitlistStatus === 'WAITING' || p.waitlistStatus === 'PROPOSED') && <WaitEstimateView patientId={p.id} />}
          <EntryActions patient={p} />
          <HistoryView patientId={p.id} />
          <p>
            <Link to="/patient">Back to my registrations</Link>
          </p>
        </>
      )}
    </QueryView>
  );
}

// ---------------------------------------------------------------- update

function detailsOf(p: Patient): Details {
  return {
    phn: p.phn,
    familyName: p.familyName,
    givenNames: p.givenNames,
    dateOfBirth: p.dateOfBirth,
    gender: p.gender,
    address: { ...p.address, line2: p.address.line2 ?? '' },
    communityId: p.communityId,
    phone: p.phone ?? '',
    email: p.email ?? '',
    preferredLanguage: p.preferredLanguage,
    consentToShare: p.consentToShare,
    relationshipToRegistrant: p.relationshipToRegistrant,
    matchWithHousehold: p.matchWithHousehold,
  };
}

function EditPatientForm({ patient, etag }: { patient: Patient; etag: string }) {
  const [details, setDetails] = useState(() => detailsOf(patient));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: () => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { phn, relationshipToRegistrant, ...rest } = details;
      return unwrap(
        api.PUT('/patients/{patientId}', {
          params: { path: { patientId: patient.id }, header: { 'If-Match': etag } },
          body: { ...rest, address: blankToUndefined(rest.address), phone: rest.phone || undefined, email: rest.email || undefined },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['patient', patient.id] });
      navigate(`/patient/${patient.id}`);
    },
  });
  return (
    <Form
      className="pas-form"
      onSubmit={() => {
        save.mutate();
      }}
    >
      <DetailsFields value={details} onChange={setDetails} error={save.error} withPhn={false} />
      <SubmitRow label="Save changes" pending={save.isPending} error={save.error} />
    </Form>
  );
}

export function EditPatient() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  return (
    <>
      <PageTitle>Update details</PageTitle>
      <QueryView query={patient} what="the registration">
        {({ data, etag }) => <EditPatientForm patient={data} etag={etag} />}
      </QueryView>
    </>
  );
}

function QuestionnaireForm({ patientId, initial, etag }: { patientId: string; initial: Schemas['HealthQuestionnaire']; etag: string }) {
  const [value, setValue] = useState(initial);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/patients/{patientId}/questionnaire', {
          params: { path: { patientId }, header: { 'If-Match': etag } },
          body: value,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['patient', patientId] }),
  });
  return (
    <Form
      className="pas-form"
      onSubmit={() => {
        save.mutate();
      }}
    >
      <QuestionnaireFields value={value} onChange={setValue} />
      {save.isSuccess && (
        <Success>
          Saved: {save.data.priorityPoints} priority points, {words(save.data.complexity).toLowerCase()} complexity.
        </Success>
      )}
      <SubmitRow label="Save answers" pending={save.isPending} error={save.error} />
    </Form>
  );
}

export function EditQuestionnaire() {
  const { patientId = '' } = useParams();
  const questionnaire = useQuery({
    queryKey: ['patient', patientId, 'questionnaire'],
    queryFn: () => unwrapWithEtag(api.GET('/patients/{patientId}/questionnaire', { params: { path: { patientId } } })),
  });
  return (
    <>
      <PageTitle>Health needs</PageTitle>
      <QueryView query={questionnaire} what="your answers">
        {({ data, etag }) => <QuestionnaireForm patientId={patientId} initial={data.questionnaire} etag={etag} />}
      </QueryView>
      <p>
        <Link to={`/patient/${patientId}`}>Back to the registration</Link>
      </p>
    </>
  );
}
