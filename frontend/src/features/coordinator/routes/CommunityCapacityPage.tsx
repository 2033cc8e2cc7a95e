import { useState } from 'react';
import { useMyCommunities } from '../../../api/me';
import { SelectField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { formatDateTime, words } from '../../../lib/format';
import { communityOptions } from '../../../lib/reference';
import { useCommunityCapacity } from '../api/capacity';

function Figures({ c }: { c: Schemas['CommunityCapacity'] }) {
  return (
    <section aria-labelledby="capacity-figures" className="pas-panel">
      <h2 id="capacity-figures">
        {c.communityName} ({words(c.healthAuthority)})
      </h2>
      <dl className="pas-facts">
        <dt>Providers</dt>
        <dd>
          {c.providersAccepting} of {c.providersTotal} accepting new patients; {c.providersStale} with capacity to confirm (stale)
        </dd>
        <dt>Places this month</dt>
        <dd>
          {c.spacesOfferedThisMonth} offered, {c.spacesUsedThisMonth} used, {c.spacesRemainingThisMonth} left
        </dd>
        <dt>Panels</dt>
        <dd>
          {c.panelSizeTotal} patients in all; median panel {c.panelSizeMedian}
        </dd>
        <dt>Patients waiting</dt>
        <dd>{c.patientsWaiting}</dd>
        <dt>As of</dt>
        <dd>{formatDateTime(c.asOf)}</dd>
      </dl>
    </section>
  );
}

/** The chosen community's figures; the first of `communities` until one is chosen. */
function Capacity({ communities }: { communities: Schemas['Community'][] }) {
  const [chosen, setChosen] = useState('');
  const communityId = chosen || (communities[0]?.id ?? '');
  const capacity = useCommunityCapacity(communityId);
  if (!communities.length) return <p>You coordinate no communities.</p>;
  return (
    <>
      <SelectField label="Community" value={communityId} onChange={setChosen} options={communityOptions(communities)} />
      <QueryView query={capacity} what="the community’s capacity">
        {(c) => <Figures c={c} />}
      </QueryView>
    </>
  );
}

/** /coordinator/capacity: a community's providers, places this month and people waiting (aggregates only). */
export function CommunityCapacityPage() {
  // /me/communities: a coordinator's communities; every community for an admin.
  const mine = useMyCommunities();
  return (
    <>
      <PageTitle>Community capacity</PageTitle>
      <p>How many providers accept new patients, the places offered and used this month, and how many people wait.</p>
      <QueryView query={mine} what="your communities">
        {(communities) => <Capacity communities={communities} />}
      </QueryView>
    </>
  );
}
