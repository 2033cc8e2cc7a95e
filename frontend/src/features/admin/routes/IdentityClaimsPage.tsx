import { useState } from 'react';
import { identityClaimStatusValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextField } from '../../../components/form';
import { PagedTable } from '../../../components/PagedTable';
import { PageTitle } from '../../../components/PageTitle';
import type { Schemas } from '../../../lib/api';
import { claimedRecord, formatDateTime, words } from '../../../lib/format';
import { useApproveClaim, useDelegatesOf, useIdentityClaims, useRejectClaim } from '../api/identity-claims';

type Claim = Schemas['IdentityClaim'];

/** For a clinic staff claim: the clinic's delegates no account is linked to, one of whom the admin picks. */
function StaffChoice({ claim, value, onChange }: { claim: Claim; value: string; onChange: (staffId: string) => void }) {
  const delegates = useDelegatesOf(claim.clinicId!);
  const unlinked = (delegates.data ?? []).filter((staff) => !staff.subject);
  return (
    <SelectField
      label="Staff record to link"
      value={value}
      onChange={onChange}
      placeholder={unlinked.length === 0 ? 'No unlinked delegate at this clinic' : 'Choose the staff record'}
      options={unlinked.map((staff) => ({ value: staff.id, label: `${staff.name} (${staff.email})` }))}
    />
  );
}

/** Approve (linking the record) or reject with a reason, for one pending claim. */
function Decide({ claim }: { claim: Claim }) {
  const [staffId, setStaffId] = useState('');
  const [reason, setReason] = useState('');
  const approve = useApproveClaim(claim.id);
  const reject = useRejectClaim(claim.id);
  const who = claim.claimant.name ?? claim.claimant.subject;
  return (
    <>
      <Form className="pas-form" aria-label={`Approve the claim of ${who}`} onSubmit={() => approve.mutate(staffId ? { staffId } : {})}>
        {claim.kind === 'CLINIC_STAFF' && <StaffChoice claim={claim} value={staffId} onChange={setStaffId} />}
        <SubmitRow label="Approve" pending={approve.isPending} error={approve.error} errorTitle="Not approved" />
      </Form>
      <Form className="pas-form" aria-label={`Reject the claim of ${who}`} onSubmit={() => reject.mutate({ reason })}>
        <TextField label="Reason for rejecting" value={reason} onChange={setReason} maxLength={500} required />
        <SubmitRow label="Reject" pending={reject.isPending} error={reject.error} errorTitle="Not rejected" />
      </Form>
    </>
  );
}

function claimant(claim: Claim) {
  const c = claim.claimant;
  const from = c.identityProvider === 'bcprovider' ? 'BC Provider ID' : c.identityProvider ?? 'local account';
  const asserted = c.assertedMspNumber ? `, asserts MSP ${c.assertedMspNumber}` : '';
  return `${c.name ?? c.subject}${c.email ? ` <${c.email}>` : ''} (${from}${asserted})`;
}

/** /admin/identity-claims: people asking to be linked to a provider or clinic staff record; approve or reject. */
export function IdentityClaimsPage() {
  const [status, setStatus] = useState<Schemas['IdentityClaimStatus'] | ''>('PENDING');
  const [page, setPage] = useState(0);
  const claims = useIdentityClaims(status || undefined, page);
  return (
    <>
      <PageTitle>Identity claims</PageTitle>
      <p>
        People whom PAS could not link at sign-in ask to be linked to their record. Approving links it, as linking the
        record yourself would; the claimant is emailed either way.
      </p>
      <SelectField
        label="Status"
        value={status}
        onChange={(next) => {
          setStatus(next);
          setPage(0);
        }}
        placeholder="Any"
        options={optionsOf(identityClaimStatusValues, words)}
      />
      <PagedTable
        query={claims}
        what="the claims"
        empty="No claim."
        caption="Identity claims"
        columns={['Claimant', 'Record', 'Reason', 'Sent', 'Status', '']}
        label="claims"
        onPage={setPage}
        row={(claim) => (
          <tr key={claim.id}>
            <td>{claimant(claim)}</td>
            <td>{claimedRecord(claim)}</td>
            <td>{claim.reason}</td>
            <td>{formatDateTime(claim.createdAt)}</td>
            <td>
              {words(claim.status)}
              {claim.decisionReason ? `: ${claim.decisionReason}` : ''}
            </td>
            <td>{claim.status === 'PENDING' && <Decide claim={claim} />}</td>
          </tr>
        )}
      />
    </>
  );
}
