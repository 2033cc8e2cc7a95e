import { Button } from '@bcgov/design-system-react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Form, SelectField, SubmitRow, TextField } from '../../components/form';
import { fieldError, optionsOf } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Table } from '../../components/Table';
import { Pager } from '../../components/Pager';
import { Empty, QueryView, Success } from '../../components/status';
import { api, unwrap, type Schemas } from '../../lib/api';
import { formatDateTime, words } from '../../lib/format';
import { HEALTH_AUTHORITIES, communityOptions, useCommunities } from '../shared/reference';

/** A search box that applies on submit, and the page to show. */
function useSearch() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const form = (label: string, extra?: ReactNode) => (
    <Form
      role="search"
      className="pas-search"
      onSubmit={() => {
        setQ(text.trim());
        setPage(0);
      }}
    >
      <TextField label={label} type="search" value={text} onChange={setText} />
      {extra}
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </Form>
  );
  return { q: q || undefined, page, setPage, form };
}

// ---------------------------------------------------------------- communities

function CreateCommunity() {
  const queryClient = useQueryClient();
  const empty = (): Schemas['CommunityInput'] => ({ name: '', healthAuthority: 'FRASER', pcn: '' });
  const [value, setValue] = useState(empty);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/communities', { body: { ...value, pcn: value.pcn || undefined } })),
    onSuccess: () => {
      setValue(empty());
      return queryClient.invalidateQueries({ queryKey: ['communities'] });
    },
  });
  return (
    <Form
      className="pas-form"
      aria-labelledby="new-community"
      onSubmit={() => {
        create.mutate();
      }}
    >
      <h2 id="new-community">Add a community</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => setValue({ ...value, name: v })} required error={fieldError(create.error, 'name')} />
        <SelectField
          label="Health authority"
          value={value.healthAuthority}
          onChange={(v) => setValue({ ...value, healthAuthority: v as Schemas['HealthAuthority'] })}
          options={optionsOf(HEALTH_AUTHORITIES, words)}
        />
        <TextField label="Primary care network (optional)" value={value.pcn ?? ''} onChange={(v) => setValue({ ...value, pcn: v })} error={fieldError(create.error, 'pcn')} />
      </div>
      {create.isSuccess && <Success>Added {create.data.name}.</Success>}
      <SubmitRow label="Add community" pending={create.isPending} error={create.error} errorTitle="Not added" />
    </Form>
  );
}

export function CommunitiesPage() {
  const search = useSearch();
  const communities = useQuery({
    queryKey: ['communities', search.q, search.page],
    queryFn: () => unwrap(api.GET('/communities', { params: { query: { q: search.q, page: search.page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageTitle>Communities</PageTitle>
      {search.form('Search communities')}
      <QueryView query={communities} what="the communities">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No community matches.</Empty>
          ) : (
            <>
              <Table caption="Communities" columns={['Name', 'Health authority', 'Primary care network']}>
                  {data.items.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td>{words(c.healthAuthority)}</td>
                      <td>{c.pcn ?? '—'}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={search.setPage} label="communities" />
            </>
          )
        }
      </QueryView>
      <CreateCommunity />
    </>
  );
}

// ---------------------------------------------------------------- clinics

function CreateClinic() {
  const queryClient = useQueryClient();
  const communities = useCommunities();
  const empty = (): Schemas['ClinicCreate'] => ({
    name: '',
    address: { line1: '', city: '', province: 'BC', postalCode: '' },
    communityId: '',
    phone: '',
  });
  const [value, setValue] = useState(empty);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/clinics', { body: value })),
    onSuccess: () => {
      setValue(empty());
      return queryClient.invalidateQueries({ queryKey: ['clinics'] });
    },
  });
  const err = (f: string) => fieldError(create.error, f);
  const setAddress = (key: 'line1' | 'city' | 'postalCode', v: string) => setValue({ ...value, address: { ...value.address, [key]: v } });
  return (
    <Form
      className="pas-form"
      aria-labelledby="new-clinic"
      onSubmit={() => {
        create.mutate();
      }}
    >
      <h2 id="new-clinic">Add a clinic</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => setValue({ ...value, name: v })} required error={err('name')} />
        <TextField label="Street address" value={value.address.line1} onChange={(v) => setAddress('line1', v)} required error={err('address.line1')} />
        <TextField label="City" value={value.address.city} onChange={(v) => setAddress('city', v)} required error={err('address.city')} />
        <TextField label="Postal code" value={value.address.postalCode} onChange={(v) => setAddress('postalCode', v.toUpperCase())} maxLength={7} required error={err('address.postalCode')} />
        <SelectField
          label="Community"
          value={value.communityId}
          onChange={(v) => setValue({ ...value, communityId: v })}
          placeholder="Choose a community"
          options={communityOptions(communities.data)}
          error={err('communityId')}
        />
        <TextField label="Phone" type="tel" value={value.phone} onChange={(v) => setValue({ ...value, phone: v })} required error={err('phone')} />
      </div>
      {create.isSuccess && <Success>Added {create.data.name}.</Success>}
      <SubmitRow label="Add clinic" pending={create.isPending} error={create.error} errorTitle="Not added" />
    </Form>
  );
}

export function ClinicsAdminPage() {
  const search = useSearch();
  const clinics = useQuery({
    queryKey: ['clinics', search.q, search.page],
    queryFn: () => unwrap(api.GET('/clinics', { params: { query: { q: search.q, page: search.page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageTitle>Clinics</PageTitle>
      {search.form('Search clinics')}
      <QueryView query={clinics} what="the clinics">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No clinic matches.</Empty>
          ) : (
            <>
              <Table caption="Clinics" columns={['Name', 'Community', 'Medical director', 'Status']}>
                  {data.items.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <Link to={`/clinics/${c.id}`}>{c.name}</Link>
                      </td>
                      <td>{c.communityName}</td>
                      <td>{c.medicalDirector?.name ?? '—'}</td>
                      <td>{words(c.status)}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={search.setPage} label="clinics" />
            </>
          )
        }
      </QueryView>
      <CreateClinic />
    </>
  );
}

// ---------------------------------------------------------------- providers

function CreateProvider() {
  const queryClient = useQueryClient();
  const empty = () => ({ name: '', type: 'FAMILY_PHYSICIAN' as Schemas['ProviderType'], mspPractitionerNumber: '', email: '', subject: '', languages: 'en' });
  const [value, setValue] = useState(empty);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/providers', {
          body: {
            name: value.name,
            type: value.type,
            mspPractitionerNumber: value.mspPractitionerNumber,
            email: value.email,
            subject: value.subject || undefined,
            languages: value.languages.split(/[\s,]+/).filter(Boolean),
          },
        }),
      ),
    onSuccess: () => {
      setValue(empty());
      return queryClient.invalidateQueries({ queryKey: ['providers'] });
    },
  });
  const err = (f: string) => fieldError(create.error, f);
  return (
    <Form
      className="pas-form"
      aria-labelledby="new-provider"
      onSubmit={() => {
        create.mutate();
      }}
    >
      <h2 id="new-provider">Register a provider</h2>
      <div className="pas-inline-fields">
        <TextField label="Name" value={value.name} onChange={(v) => setValue({ ...value, name: v })} required error={err('name')} />
        <SelectField label="Type" value={value.type} onChange={(v) => setValue({ ...value, type: v as Schemas['ProviderType'] })} options={optionsOf(['FAMILY_PHYSICIAN', 'NURSE_PRACTITIONER'], words)} />
        <TextField label="MSP practitioner number" value={value.mspPractitionerNumber} onChange={(v) => setValue({ ...value, mspPractitionerNumber: v.toUpperCase() })} maxLength={5} required error={err('mspPractitionerNumber')} />
        <TextField label="Email" type="email" value={value.email} onChange={(v) => setValue({ ...value, email: v })} required error={err('email')} />
        <TextField label="Keycloak user id (optional)" value={value.subject} onChange={(v) => setValue({ ...value, subject: v })} error={err('subject')} />
        <TextField label="Languages" hint="Codes such as en, fr, pa." value={value.languages} onChange={(v) => setValue({ ...value, languages: v })} error={err('languages')} />
      </div>
      {create.isSuccess && <Success>Registered {create.data.name}.</Success>}
      <SubmitRow label="Register provider" pending={create.isPending} error={create.error} errorTitle="Not registered" />
    </Form>
  );
}

export function ProvidersAdminPage() {
  const search = useSearch();
  const providers = useQuery({
    queryKey: ['providers', search.q, search.page],
    queryFn: () => unwrap(api.GET('/providers', { params: { query: { q: search.q, page: search.page, size: 20 } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <PageTitle>Providers</PageTitle>
      {search.form('Search providers')}
      <QueryView query={providers} what="the providers">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No provider matches.</Empty>
          ) : (
            <>
              <Table caption="Providers" columns={['Name', 'Type', 'Clinics', 'Accepting', 'Status']}>
                  {data.items.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link to={`/providers/${p.id}`}>{p.name}</Link>
                      </td>
                      <td>{words(p.type)}</td>
                      <td>{p.clinics.map((c) => c.clinicName).join(', ') || '—'}</td>
                      <td>{p.acceptingNewPatients ? (p.capacityStale ? 'Yes (stale)' : 'Yes') : 'No'}</td>
                      <td>{words(p.status)}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={search.setPage} label="providers" />
            </>
          )
        }
      </QueryView>
      <CreateProvider />
    </>
  );
}

// ---------------------------------------------------------------- audit events

const RESOURCE_TYPES = [
  'COMMUNITY',
  'CLINIC',
  'PROVIDER',
  'CAPACITY',
  'PANEL',
  'PANEL_SUBMISSION',
  'PATIENT',
  'WAITLIST_ENTRY',
  'DUPLICATE_CANDIDATE',
  'ENDORSEMENT',
  'REPORT',
  'AUDIT_EVENT',
] as const;

export function AuditPage() {
  const [resourceType, setResourceType] = useState('');
  const [outcome, setOutcome] = useState('');
  const [action, setAction] = useState('');
  const [page, setPage] = useState(0);
  const events = useQuery({
    queryKey: ['audit', resourceType, outcome, action, page],
    queryFn: () =>
      unwrap(
        api.GET('/audit-events', {
          params: {
            query: {
              resourceType: (resourceType || undefined) as Schemas['AuditResourceType'] | undefined,
              outcome: (outcome || undefined) as Schemas['AuditOutcome'] | undefined,
              action: action || undefined,
              page,
              size: 25,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const filter = (set: (v: string) => void) => (v: string) => {
    set(v);
    setPage(0);
  };
  return (
    <>
      <PageTitle>Audit events</PageTitle>
      <fieldset className="pas-filters">
        <legend>Filters</legend>
        <SelectField label="Resource" value={resourceType} onChange={filter(setResourceType)} placeholder="Any" options={optionsOf(RESOURCE_TYPES, words)} />
        <SelectField label="Outcome" value={outcome} onChange={filter(setOutcome)} placeholder="Any" options={optionsOf(['SUCCESS', 'DENIED', 'FAILED', 'SUSPICIOUS'], words)} />
        <TextField label="Action code" hint="For example WAITLIST_ATTACH." value={action} onChange={(v) => filter(setAction)(v.toUpperCase())} />
      </fieldset>
      <QueryView query={events} what="the audit events">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No audit event matches.</Empty>
          ) : (
            <>
              <Table caption="Audit events, newest first" columns={['When', 'Who', 'Action', 'Resource', 'Outcome', 'Detail']}>
                  {data.items.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDateTime(e.occurredAt)}</td>
                      <td>
                        {e.actorSubject ?? 'system'} <small>({e.actorRoles.join(', ') || 'no role'})</small>
                        {e.onBehalfOfProviderId && <small> for provider {e.onBehalfOfProviderId}</small>}
                      </td>
                      <td>{e.action}</td>
                      <td>
                        {words(e.resourceType)} <small>{e.resourceId}</small>
                      </td>
                      <td>
                        {words(e.outcome)}
                        {e.httpStatus && <small> ({e.httpStatus})</small>}
                      </td>
                      <td>{e.detail ?? '—'}</td>
                    </tr>
                  ))}
                </Table>
              <Pager data={data} onPage={setPage} label="events" />
            </>
          )
        }
      </QueryView>
    </>
  );
}
