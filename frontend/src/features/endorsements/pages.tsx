import { Button } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { meQueryKey, useRoles } from '../../app/me';
import { Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { Empty, ErrorAlert, QueryView, Success } from '../../components/status';
import { ApiError, api, idempotencyKey, unwrap, type Schemas } from '../../lib/api';
import { signIn, useAuth } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';

type Endorsement = Schemas['Endorsement'];
type Action = Schemas['EndorsementAction'];

const ACTION_LABELS: Record<Action, string> = {
  APPROVE: 'Approve',
  DECLINE: 'Decline',
  CONFIRM: 'Confirm',
  CANCEL: 'Cancel the request',
  END: 'End the endorsement',
};

const STATUS_WORDS: Record<Schemas['EndorsementStatus'], string> = {
  CREATED: 'Sent, not opened yet',
  RECEIVED: 'Opened, waiting for approval',
  APPROVED: 'Approved, waiting for confirmation',
  COMPLETED: 'Active',
  DECLINED: 'Declined',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
  ENDED: 'Ended',
};

function act(endorsementId: string, action: Action) {
  const params = { params: { path: { endorsementId } } };
  switch (action) {
    case 'APPROVE':
      return unwrap(api.POST('/endorsements/{endorsementId}/approve', params));
    case 'DECLINE':
      return unwrap(api.POST('/endorsements/{endorsementId}/decline', params));
    case 'CONFIRM':
      return unwrap(api.POST('/endorsements/{endorsementId}/confirm', params));
    case 'CANCEL':
      return unwrap(api.POST('/endorsements/{endorsementId}/cancel', params));
    case 'END':
      return unwrap(api.POST('/endorsements/{endorsementId}/end', params));
  }
}

const party = (p: Schemas['EndorsementParty']) => (p.name ? `${p.name} (${p.email})` : p.email);

/** One endorsement with the actions the API says the caller may take now. */
function EndorsementCard({ endorsement: fromList }: { endorsement: Endorsement }) {
  const queryClient = useQueryClient();
  // The answer to our own action, until the list catches up (the card keeps its message meanwhile).
  const [updated, setUpdated] = useState<Endorsement>();
  const endorsement = updated ?? fromList;
  const [done, setDone] = useState<string>();
  const mutation = useMutation({
    mutationFn: (action: Action) => act(endorsement.id, action),
    onSuccess: (next, action) => {
      setUpdated(next);
      setDone(`${ACTION_LABELS[action]}: done. Status: ${STATUS_WORDS[next.status].toLowerCase()}.`);
      void queryClient.invalidateQueries({ queryKey: ['endorsements'] });
      // Completing or ending changes whom a delegate may act for.
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
  const e = endorsement;
  return (
    <li className="pas-card">
      <h2>
        {party(e.endorser)} endorses {party(e.endorsee)}
      </h2>
      <p>
        <span className={`pas-badge pas-badge--${e.status.toLowerCase()}`}>{STATUS_WORDS[e.status]}</span>
        {e.callerRole && <> · you are the {e.callerRole === 'ENDORSER' ? 'provider' : 'staff member'}</>}
        {' · '}started by the {e.initiatorRole === 'ENDORSER' ? 'provider' : 'staff member'} {formatDateTime(e.createdAt)}
        {e.expiresAt && <> · expires {formatDateTime(e.expiresAt)}</>}
      </p>
      {e.message && <blockquote>{e.message}</blockquote>}
      {done && <Success>{done}</Success>}
      {mutation.error != null && <ErrorAlert error={mutation.error} title="Not done" />}
      {e.allowedActions.length > 0 && (
        <div className="pas-buttons">
          {e.allowedActions.map((action) => (
            <Button
              key={action}
              variant={action === 'APPROVE' || action === 'CONFIRM' ? 'primary' : 'secondary'}
              danger={action === 'END'}
              isDisabled={mutation.isPending}
              onPress={() => mutation.mutate(action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

function StartEndorsement({ initiatorRole }: { initiatorRole: Schemas['EndorsementPartyRole'] }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const key = useRef(idempotencyKey());
  const start = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/endorsements', {
          params: { header: { 'Idempotency-Key': key.current } },
          body: { initiatorRole, recipientEmail: email, message: message || undefined },
        }),
      ),
    onSuccess: () => {
      key.current = idempotencyKey();
      setEmail('');
      setMessage('');
      return queryClient.invalidateQueries({ queryKey: ['endorsements'] });
    },
  });
  const asProvider = initiatorRole === 'ENDORSER';
  return (
    <Form
      className="pas-form"
      aria-labelledby="start-heading"
      onSubmit={() => {
        start.mutate();
      }}
    >
      <h2 id="start-heading">{asProvider ? 'Endorse a staff member' : 'Ask a provider to endorse you'}</h2>
      <p>
        {asProvider
          ? 'A staff member you endorse can keep your capacity, panel and proposals up to date for you. They get a one-time link by email.'
          : 'The provider gets a one-time link by email. Once they approve and you confirm, you can work for them.'}
      </p>
      <TextField
        label={asProvider ? "Staff member's email" : "Provider's email"}
        type="email"
        value={email}
        onChange={setEmail}
        required
        error={fieldError(start.error, 'recipientEmail')}
      />
      <TextAreaField label="Message (optional, included in the email)" value={message} onChange={setMessage} maxLength={1000} error={fieldError(start.error, 'message')} />
      {start.isSuccess && <Success>Sent to {start.data.endorsee.email === email ? email : 'the recipient'}. The link is valid for 30 days.</Success>}
      <SubmitRow label="Send the link" pending={start.isPending} error={start.error} errorTitle="Not sent" />
    </Form>
  );
}

export function EndorsementsPage() {
  const roles = useRoles();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const endorsements = useQuery({
    queryKey: ['endorsements', status, page],
    queryFn: () =>
      unwrap(
        api.GET('/endorsements', {
          params: { query: { status: (status || undefined) as Schemas['EndorsementStatus'] | undefined, page, size: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const initiatorRole = roles.includes('provider') ? 'ENDORSER' : roles.includes('delegate') ? 'ENDORSEE' : undefined;
  return (
    <>
      <PageTitle>Endorsements</PageTitle>
      <p>
        An endorsement lets a medical office assistant act for a provider in PAS. It takes both: one asks, the other approves, and
        the one who asked confirms.
      </p>
      {initiatorRole && <StartEndorsement initiatorRole={initiatorRole} />}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Your endorsements</h2>
        <SelectField
          label="Status"
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(0);
          }}
          placeholder="Any"
          options={optionsOf(Object.keys(STATUS_WORDS), (s) => STATUS_WORDS[s as Schemas['EndorsementStatus']])}
        />
        <QueryView query={endorsements} what="your endorsements">
          {(data) =>
            data.items.length === 0 ? (
              <Empty>No endorsements{status ? ' with this status' : ' yet'}.</Empty>
            ) : (
              <>
                <ul className="pas-card-list" aria-label="Endorsements">
                  {data.items.map((e) => (
                    <EndorsementCard key={e.id} endorsement={e} />
                  ))}
                </ul>
                <Pager data={data} onPage={setPage} label="endorsements" />
              </>
            )
          }
        </QueryView>
      </section>
    </>
  );
}

const TOKEN_KEY = 'pas-endorsement-token';

/**
 * The one-time token of the link the email carried (`/endorsements/open#token=…`, or `?token=…`).
 * It is kept in the session and taken out of the address bar at once, so that signing in first
 * (a round trip through Keycloak) does not lose it and it never lands in the history.
 */
function takeToken(): string {
  const fromUrl =
    new URLSearchParams(globalThis.location.hash.replace(/^#/, '')).get('token') ??
    new URLSearchParams(globalThis.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    globalThis.history.replaceState(null, '', globalThis.location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function OpenToken({ token }: { token: string }) {
  const opened = useQuery({
    queryKey: ['endorsement-token', token],
    queryFn: async () => {
      try {
        const endorsement = await unwrap(api.POST('/endorsements/tokens/open', { body: { token } }));
        sessionStorage.removeItem(TOKEN_KEY);
        return endorsement;
      } catch (error) {
        // Used, expired or unknown for good; a 403 (someone else signed in) may work as the right user.
        if (error instanceof ApiError && error.status !== 403 && (error.status ?? 500) < 500) sessionStorage.removeItem(TOKEN_KEY);
        throw error;
      }
    },
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return (
    <QueryView query={opened} what="the endorsement">
      {(endorsement) => (
        <ul className="pas-card-list" aria-label="Endorsement">
          <EndorsementCard endorsement={endorsement} />
        </ul>
      )}
    </QueryView>
  );
}

/** The page an endorsement email links to: it posts the token to the API once (never in an API URL). */
export function OpenEndorsementPage() {
  const [token] = useState(takeToken);
  const auth = useAuth();
  return (
    <>
      <PageTitle>Endorsement request</PageTitle>
      {token === '' ? (
        <ErrorAlert error={new Error('This link has no token. Open the link from the email again.')} title="Incomplete link" />
      ) : auth.status === 'signed-in' ? (
        <OpenToken token={token} />
      ) : (
        <>
          <p>Sign in as the person the email was sent to, to see the request.</p>
          <Button variant="primary" isDisabled={auth.status === 'checking'} onPress={() => void signIn()}>
            Sign in
          </Button>
        </>
      )}
      <p>
        <Link to="/endorsements">All your endorsements</Link>
      </p>
    </>
  );
}

/** One endorsement, as the notification emails link to it (`/endorsements/{id}`). */
export function EndorsementPage() {
  const { endorsementId = '' } = useParams();
  const endorsement = useQuery({
    queryKey: ['endorsements', 'one', endorsementId],
    queryFn: () => unwrap(api.GET('/endorsements/{endorsementId}', { params: { path: { endorsementId } } })),
  });
  return (
    <>
      <PageTitle>Endorsement</PageTitle>
      <QueryView query={endorsement} what="the endorsement">
        {(e) => (
          <ul className="pas-card-list" aria-label="Endorsement">
            <EndorsementCard endorsement={e} />
          </ul>
        )}
      </QueryView>
      <p>
        <Link to="/endorsements">All your endorsements</Link>
      </p>
    </>
  );
}
