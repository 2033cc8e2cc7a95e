import { useState } from 'react';
import { useMe } from '../../../api/me';
import { useProviders } from '../../../api/providers';
import { fieldError } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { useRoles } from '../../../lib/auth';
import { claimedRecord, formatDateTime, words } from '../../../lib/format';
import { useClinicsNamed, useCreateClaim, useMyClaims } from '../api/claims';

/** The end of both claim forms: why the record is theirs, and the claim's sending. */
function ReasonAndSend({ reason, onReason, create }: { reason: string; onReason: (reason: string) => void; create: ReturnType<typeof useCreateClaim> }) {
  return (
    <>
      <TextAreaField label="Why this record is yours" value={reason} onChange={onReason} maxLength={500} error={fieldError(create.error, 'reason')} />
      {create.isSuccess && <Success>Your claim was sent. An administrator will decide; you will get an email.</Success>}
      <SubmitRow label="Send claim" pending={create.isPending} error={create.error} errorTitle="Claim not sent" />
    </>
  );
}

/** A provider or medical director names their provider record: picked from a search by name, or by MSP number. */
function ProviderClaim() {
  const [q, setQ] = useState('');
  const [providerId, setProviderId] = useState('');
  const [msp, setMsp] = useState('');
  const [reason, setReason] = useState('');
  const providers = useProviders({ q: q.trim() || undefined, size: 20 }, { keepPrevious: true });
  const create = useCreateClaim();
  const err = (field: string) => fieldError(create.error, field);
  const body: Schemas['IdentityClaimInput'] = providerId
    ? { providerId, reason }
    : { mspPractitionerNumber: msp.trim().toUpperCase(), reason };
  return (
    <Form className="pas-form" aria-labelledby="claim-provider" onSubmit={() => create.mutate(body)}>
      <h2 id="claim-provider">Claim your provider record</h2>
      <TextField label="Search providers by name" value={q} onChange={setQ} />
      <SelectField
        label="Your provider record"
        value={providerId}
        onChange={setProviderId}
        placeholder="Choose your record, or give your MSP number below"
        options={(q.trim() ? (providers.data?.items ?? []) : []).map((p) => ({ value: p.id, label: `${p.name} (MSP ${p.mspPractitionerNumber})` }))}
        error={err('providerId')}
      />
      {!providerId && (
        <TextField
          label="MSP practitioner number"
          hint="Five letters or digits, as on your licence."
          value={msp}
          onChange={setMsp}
          maxLength={5}
          error={err('mspPractitionerNumber')}
        />
      )}
      <ReasonAndSend reason={reason} onReason={setReason} create={create} />
    </Form>
  );
}

/** A delegate names the clinic whose staff they are on; the administrator picks their staff record there. */
function StaffClaim() {
  const [q, setQ] = useState('');
  const [clinicId, setClinicId] = useState('');
  const [reason, setReason] = useState('');
  const clinics = useClinicsNamed(q);
  const create = useCreateClaim();
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Form className="pas-form" aria-labelledby="claim-staff" onSubmit={() => create.mutate({ clinicId, reason })}>
      <h2 id="claim-staff">Claim your place on a clinic’s staff</h2>
      <TextField label="Search clinics by name" value={q} onChange={setQ} />
      <SelectField
        label="Your clinic"
        value={clinicId}
        onChange={setClinicId}
        placeholder="Choose your clinic"
        options={(clinics.data ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.communityName ?? ''})` }))}
        error={err('clinicId')}
      />
      <ReasonAndSend reason={reason} onReason={setReason} create={create} />
    </Form>
  );
}

function MyClaims() {
  const claims = useMyClaims();
  return (
    <section aria-labelledby="my-claims">
      <h2 id="my-claims">My claims</h2>
      <QueryView query={claims} what="your claims">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>You have made no claim.</Empty>
          ) : (
            <Table caption="My claims" columns={['Record', 'Status', 'Sent', 'Decision']}>
              {page.items.map((claim) => (
                <tr key={claim.id}>
                  <td>{claimedRecord(claim)}</td>
                  <td>{words(claim.status)}</td>
                  <td>{formatDateTime(claim.createdAt)}</td>
                  <td>{claim.decidedAt ? `${formatDateTime(claim.decidedAt)}${claim.decisionReason ? `: ${claim.decisionReason}` : ''}` : '—'}</td>
                </tr>
              ))}
            </Table>
          )
        }
      </QueryView>
    </section>
  );
}

/**
 * /account/link: for a provider, medical director or delegate whom PAS could not link at sign-in (GET /me says
 * `linkNeeded`): claim a record and follow the claim. An administrator approves or rejects it.
 */
export function LinkAccountPage() {
  const me = useMe();
  const roles = useRoles();
  const linkNeeded = me.data?.linkNeeded === true;
  return (
    <>
      <PageTitle>Link my account</PageTitle>
      {me.data && !linkNeeded && <Success>Your account is linked to your PAS record.</Success>}
      {linkNeeded && (
        <p>
          PAS could not find your record from your sign-in. Ask to be linked to it: an administrator checks your claim,
          and you get an email with the outcome.
        </p>
      )}
      {linkNeeded && (roles.includes('provider') || roles.includes('medical-director')) && <ProviderClaim />}
      {linkNeeded && roles.includes('delegate') && <StaffClaim />}
      <MyClaims />
    </>
  );
}
