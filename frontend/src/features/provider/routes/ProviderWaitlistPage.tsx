import { useState } from 'react';
import { useProvider } from '../../../api/providers';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView, Success } from '../../../components/status';
import { WaitlistBrowser } from '../../../components/waitlist/WaitlistBrowser';
import { ProviderEntryActions } from '../components/EntryActions';
import { useProviderId } from './useProviderId';

/** /providers/:providerId/waitlist: the waitlist of the communities of the provider's clinics. */
export function ProviderWaitlistPage() {
  const providerId = useProviderId();
  const provider = useProvider(providerId);
  const [message, setMessage] = useState<string>();
  const communities = [
    ...new Map((provider.data?.clinics ?? []).map((c) => [c.communityId, { id: c.communityId, name: c.communityName }])).values(),
  ];
  return (
    <>
      <PageTitle>Community waitlist</PageTitle>
      <p>
        People waiting in the communities of {provider.data?.name ?? 'the provider'}'s clinics
        who agreed to share their registration, highest priority first.
      </p>
      {message && <Success>{message}</Success>}
      <QueryView query={provider} what="the provider's clinics">
        {() =>
          communities.length === 0 ? (
            <Empty>This provider works at no clinic yet, so there is no community waitlist to show.</Empty>
          ) : (
            <WaitlistBrowser
              communities={communities}
              actions={(entry) => <ProviderEntryActions entry={entry} providerId={providerId} onDone={setMessage} />}
            />
          )
        }
      </QueryView>
    </>
  );
}
