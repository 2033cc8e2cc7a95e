import { useState } from 'react';
import { emptyFilters, useWaitlist } from '../../../api/waitlist';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { formatDate, words } from '../../../lib/format';
import { ProviderEntryActions } from '../components/EntryActions';
import { useProviderId } from './useProviderId';

/** /providers/:providerId/proposals: the people a coordinator proposed, to attach or decline. */
export function ProposalsPage() {
  const providerId = useProviderId();
  const [message, setMessage] = useState<string>();
  const proposals = useWaitlist({ ...emptyFilters(), status: 'PROPOSED', providerId }, 0);
  return (
    <>
      <PageTitle>Proposals</PageTitle>
      <p>Patients a coordinator proposed to you. Accept to attach them to your panel, or decline with a reason; answer before the deadline.</p>
      {message && <Success>{message}</Success>}
      <QueryView query={proposals} what="the proposals">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No proposals are waiting for your answer.</Empty>
          ) : (
            <ul className="pas-card-list" aria-label="Proposals">
              {data.items.map((entry) => (
                <li key={entry.id} className="pas-card">
                  <h2>
                    {entry.patient.givenNames} {entry.patient.familyName}
                  </h2>
                  <p>
                    {entry.communityName} · {words(entry.complexity)} complexity · answer by {formatDate(entry.proposal?.deadline)}
                    {entry.proposal?.householdProposal && ' · with their household'}
                  </p>
                  {entry.proposal?.note && <p>Note: {entry.proposal.note}</p>}
                  <ProviderEntryActions entry={entry} providerId={providerId} onDone={setMessage} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
