import { useState } from 'react';
import { Link } from 'react-router';
import { useMyCommunities } from '../../../api/me';
import type { Schemas } from '../../../lib/api';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { WaitlistBrowser } from '../../../components/waitlist/WaitlistBrowser';
import { fullName } from '../../../lib/format';
import { ConfirmContact } from '../components/ConfirmContact';
import { ProposeAction } from '../components/ProposeAction';

/** Each row: its details (suggestions, transitions), and propose a waiting person or resume a paused one. */
function Actions({ entry, onDone }: { entry: Schemas['WaitlistEntry']; onDone: (message: string) => void }) {
  return (
    <>
      <Link to={`/coordinator/entries/${entry.id}`} aria-label={`Details of ${fullName(entry.patient)}`}>
        Details
      </Link>
      {entry.status === 'PAUSED' ? <ConfirmContact entry={entry} onDone={onDone} /> : <ProposeAction entry={entry} onDone={onDone} />}
    </>
  );
}

/** /coordinator/waitlist: the waitlist of the coordinator's communities, to propose people to providers. */
export function CoordinatorWaitlist() {
  const communities = useMyCommunities();
  const [message, setMessage] = useState<string>();
  return (
    <>
      <PageTitle>Waitlist of my communities</PageTitle>
      <p>
        Propose people to providers who have capacity (a person’s details suggest the providers who fit best). Providers accept or decline;
        declined people keep their place. People providers could not contact are paused: choose the status Paused to find them.
      </p>
      {message && <Success>{message}</Success>}
      <QueryView query={communities} what="your communities">
        {(items) =>
          items.length === 0 ? (
            <Empty>You coordinate no community yet.</Empty>
          ) : (
            <WaitlistBrowser communities={items} requireCommunity={false} actions={(entry) => <Actions entry={entry} onDone={setMessage} />} />
          )
        }
      </QueryView>
    </>
  );
}
