import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { QueryView } from '../../../components/status';
import { useEndorsement } from '../api/endorsements';
import { EndorsementCard } from '../components/EndorsementCard';

/** /endorsements/:endorsementId: one endorsement, as the notification emails link to it. */
export function EndorsementPage() {
  const { endorsementId = '' } = useParams();
  const endorsement = useEndorsement(endorsementId);
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
