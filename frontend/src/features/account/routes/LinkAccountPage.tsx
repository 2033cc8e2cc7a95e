import { useState } from 'react';
import { useMe } from '../../../api/me';
import { useProviders } from '../../../api/providers';
import { fieldError } from '../../../components/fields';
import { Form, SelectField, SubmitRow, TextAreaField, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { Table } from '../../../components/Table';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { useRoles } from '../../../lib/auth';
import { claimedRecord, formatDateTime, words } from '../../../lib/format';
import { useClinicsNamed, useCreateClaim, useMyClaims } from '../api/claims';

/** The end of both claim forms: why the record is theirs, and the claim's sending. */
function ReasonAndSend({ reason, onReason, create }: { reason: string; onReason: (reason: string) => void; create: ReturnType<typeof useCreateClaim> }) {
  const t = useT();
  return (
    <>
      <TextAreaField label={t('account.claim.reason')} value={reason} onChange={onReason} maxLength={500} error={fieldError(create.error, 'reason')} />
      {create.isSuccess && <Success>{t('account.claim.sent')}</Success>}
      <SubmitRow label={t('account.claim.send')} pending={create.isPending} error={create.error} errorTitle={t('account.claim.notSent')} />
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
  const t = useT();
  const err = (field: string) => fieldError(create.error, field);
  const body: Schemas['IdentityClaimInput'] = providerId
    ? { providerId, reason }
    : { mspPractitionerNumber: msp.trim().toUpperCase(), reason };
  return (
    <Form className="pas-form" aria-labelledby="claim-provider" onSubmit={() => create.mutate(body)}>
      <h2 id="claim-provider">{t('account.provider.title')}</h2>
      <TextField label={t('account.provider.search')} value={q} onChange={setQ} />
      <SelectField
        label={t('account.provider.record')}
        value={providerId}
        onChange={setProviderId}
        placeholder={t('account.provider.choose')}
        options={(q.trim() ? (providers.data?.items ?? []) : []).map((p) => ({ value: p.id, label: t('account.provider.option', { name: p.name, msp: p.mspPractitionerNumber }) }))}
        error={err('providerId')}
      />
      {!providerId && (
        <TextField
          label={t('account.provider.msp')}
          hint={t('account.provider.mspHint')}
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
  const t = useT();
  const err = (field: string) => fieldError(create.error, field);
  return (
    <Form className="pas-form" aria-labelledby="claim-staff" onSubmit={() => create.mutate({ clinicId, reason })}>
      <h2 id="claim-staff">{t('account.staff.title')}</h2>
      <TextField label={t('account.staff.search')} value={q} onChange={setQ} />
      <SelectField
        label={t('account.staff.clinic')}
        value={clinicId}
        onChange={setClinicId}
        placeholder={t('account.staff.choose')}
        options={(clinics.data ?? []).map((c) => ({ value: c.id, label: c.communityName ? t('account.staff.option', { name: c.name, community: c.communityName }) : c.name }))}
        error={err('clinicId')}
      />
      <ReasonAndSend reason={reason} onReason={setReason} create={create} />
    </Form>
  );
}

function MyClaims() {
  const claims = useMyClaims();
  const t = useT();
  return (
    <section aria-labelledby="my-claims">
      <h2 id="my-claims">{t('account.claims.title')}</h2>
      <QueryView query={claims} loading={t('account.claims.loading')} failed={t('account.claims.failed')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('account.claims.empty')}</Empty>
          ) : (
            <Table
              caption={t('account.claims.title')}
              columns={[t('account.claims.record'), t('account.claims.status'), t('account.claims.sent'), t('account.claims.decision')]}
            >
              {page.items.map((claim) => (
                <tr key={claim.id}>
                  <td>{claimedRecord(claim)}</td>
                  <td>{words(claim.status)}</td>
                  <td>{formatDateTime(claim.createdAt)}</td>
                  <td>{claim.decidedAt
                      ? claim.decisionReason
                        ? t('account.claims.decidedBecause', { at: formatDateTime(claim.decidedAt), reason: claim.decisionReason })
                        : formatDateTime(claim.decidedAt)
                      : '—'}</td>
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
  const t = useT();
  const linkNeeded = me.data?.linkNeeded === true;
  return (
    <>
      <PageTitle>{t('account.link.title')}</PageTitle>
      {me.data && !linkNeeded && <Success>{t('account.link.linked')}</Success>}
      {linkNeeded && (
        <p>{t('account.link.intro')}</p>
      )}
      {linkNeeded && (roles.includes('provider') || roles.includes('medical-director')) && <ProviderClaim />}
      {linkNeeded && roles.includes('delegate') && <StaffClaim />}
      <MyClaims />
    </>
  );
}
