import { endorsementStatusValues } from '../../../api/schema';
import { optionsOf } from '../../../components/fields';
import { SelectField } from '../../../components/form';
import { PageTitle } from '../../../components/PageTitle';
import { Pager } from '../../../components/Pager';
import { Empty, QueryView } from '../../../components/status';
import type { Schemas } from '../../../lib/api';
import { useRoles } from '../../../lib/auth';
import { useFilterAndPage } from '../../../lib/use-filter-and-page';
import { useEndorsements } from '../api/endorsements';
import { EndorsementCard } from '../components/EndorsementCard';
import { StartEndorsement } from '../components/StartEndorsement';
import { STATUS_WORDS } from '../components/words';

/** /endorsements: start one (providers and delegates), and the caller's endorsements by status. */
export function EndorsementsPage() {
  const roles = useRoles();
  const { filter: status, setFilter: setStatus, page, setPage } = useFilterAndPage<Schemas['EndorsementStatus'] | ''>('');
  const endorsements = useEndorsements(status, page);
  const initiatorRole = roles.includes('provider') ? 'ENDORSER' : roles.includes('delegate') ? 'ENDORSEE' : undefined;
  return (
    <>
      <PageTitle>Endorsements</PageTitle>
      <p>
        An endorsement lets a medical office assistant act for a provider in PAS. It takes both: one asks, the other approves, and
        the one who asked confirms.
      </p>
      {initiatorRole && <StartEndorsement initiatorRole={initiatorRole} />}
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">Your endorsements</h2>
        <SelectField
          label="Status"
          value={status}
          onChange={setStatus}
          placeholder="Any"
          options={optionsOf(endorsementStatusValues, (s) => STATUS_WORDS[s])}
        />
        <QueryView query={endorsements} what="your endorsements">
          {(data) =>
            data.items.length === 0 ? (
              <Empty>No endorsements{status ? ' with this status' : ' yet'}.</Empty>
            ) : (
              <>
                <ul className="pas-card-list" aria-label="Endorsements">
                  {data.items.map((e) => (
                    <EndorsementCard key={e.id} endorsement={e} />
                  ))}
                </ul>
                <Pager data={data} onPage={setPage} label="endorsements" />
              </>
            )
          }
        </QueryView>
      </section>
    </>
  );
}
