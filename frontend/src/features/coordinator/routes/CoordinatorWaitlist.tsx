import { useState } from 'react';
import { useMyCommunities } from '../../../api/me';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { WaitlistBrowser } from '../../../components/waitlist/WaitlistBrowser';
import { ProposeAction } from '../components/ProposeAction';

/** /coordinator/waitlist: the waitlist of the coordinator's communities, to propose people to providers. */
export function CoordinatorWaitlist() {
  const communities = useMyCommunities();
  const [message, setMessage] = useState<string>();
  return (
    <>
      <PageTitle>Waitlist of my communities</PageTitle>
      <p>Propose people to providers who have capacity. Providers accept or decline; declined people keep their place.</p>
      {message && <Success>{message}</Success>}
      <QueryView query={communities} what="your communities">
        {(items) =>
          items.length === 0 ? (
            <Empty>You coordinate no community yet.</Empty>
          ) : (
            <WaitlistBrowser communities={items} requireCommunity={false} actions={(entry) => <ProposeAction entry={entry} onDone={setMessage} />} />
          )
        }
      </QueryView>
    </>
  );
}
