import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useEndorsement } from '../api/endorsements';
import { EndorsementView } from '../components/EndorsementView';

/** /endorsements/:endorsementId: one endorsement, as the notification emails link to it. */
export function EndorsementPage() {
  const { endorsementId = '' } = useParams();
  const endorsement = useEndorsement(endorsementId);
  return (
    <>
      <PageTitle>Endorsement</PageTitle>
      <EndorsementView query={endorsement} />
      <p>
        <Link to="/endorsements">All your endorsements</Link>
      </p>
    </>
  );
}
