import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { config, swaggerUiUrl } from '../../../config/env';
import type { Schemas } from '../../../lib/api';
import { csvUrl, csvUrlOfParts, isHealthAuthority, useAreaStatistics, type Area } from '../api/statistics';
import { AreaPicker, type Choice } from '../components/AreaPicker';
import { AtAGlance } from '../components/AtAGlance';
import { WaitDistribution } from '../components/Distribution';
import { WITHHELD_NOTE } from '../components/figures';
import { lastClosedMonths, monthName, type MonthRange } from '../components/months';
import { Flows, WaitingTrend } from '../components/Trends';

/** The choice is in the address (`?healthAuthority=FRASER&community=…&months=24`), so that a view can be shared. */
function useChoice(): [Choice, (choice: Choice) => void] {
  const [params, setParams] = useSearchParams();
  const healthAuthority = params.get('healthAuthority');
  const choice: Choice = {
    healthAuthority: isHealthAuthority(healthAuthority) ? healthAuthority : undefined,
    communityId: params.get('community') ?? undefined,
    length: params.get('months') === '24' ? 24 : 12,
  };
  const change = (next: Choice) => {
    const query = new URLSearchParams();
    if (next.healthAuthority) query.set('healthAuthority', next.healthAuthority);
    if (next.healthAuthority && next.communityId) query.set('community', next.communityId);
    if (next.length !== 12) query.set('months', String(next.length));
    setParams(query, { replace: true });
  };
  return [choice, change];
}

function areaOf(choice: Choice): Area {
  if (!choice.healthAuthority) return { level: 'PROVINCE' };
  if (!choice.communityId) return { level: 'HEALTH_AUTHORITY', healthAuthority: choice.healthAuthority };
  return { level: 'COMMUNITY', healthAuthority: choice.healthAuthority, communityId: choice.communityId };
}

function Downloads({ area, range, statistics }: { area: Area; range: MonthRange; statistics: Schemas['AreaStatistics'] }) {
  const parts = csvUrlOfParts(area, range);
  const span = `${monthName(range.from)} to ${monthName(range.to)}`;
  return (
    <section aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">Download the figures</h3>
      <ul>
        <li>
          <a href={csvUrl(area, range)}>
            {statistics.area.name}, {span} (CSV)
          </a>
        </li>
        {parts && (
          <li>
            <a href={parts}>
              Every {area.level === 'PROVINCE' ? 'health authority' : `community of ${statistics.area.name}`}, {span} (CSV)
            </a>
          </li>
        )}
      </ul>
      <p>
        The same figures are in the public API, no sign-in needed: see <a href={swaggerUiUrl(config.apiUrl)}>the API's Swagger UI</a>{' '}
        (Public statistics).
      </p>
    </section>
  );
}

function Dashboard({ statistics, area, range }: { statistics: Schemas['AreaStatistics']; area: Area; range: MonthRange }) {
  const { months, population } = statistics;
  if (months.length === 0) {
    return (
      <Empty>
        No month has been published yet for {statistics.area.name}. A month's figures appear once the month has closed.
      </Empty>
    );
  }
  return (
    <>
      <AtAGlance name={statistics.area.name} month={months[months.length - 1]} />
      {population && (
        <p className="pas-hint">
          Population {population.count.toLocaleString('en-CA')} ({population.source}, {population.year}).
        </p>
      )}
      <h2>Month by month</h2>
      <WaitingTrend months={months} hasPopulation={population !== undefined} />
      <Flows months={months} />
      <WaitDistribution months={months} />
      <Downloads area={area} range={range} statistics={statistics} />
    </>
  );
}

export function StatisticsPage() {
  const [choice, setChoice] = useChoice();
  const range = lastClosedMonths(choice.length);
  const area = areaOf(choice);
  const statistics = useAreaStatistics(area, range);
  return (
    <>
      <PageTitle>Waitlist statistics</PageTitle>
      <p className="pas-lead">
        How many people in British Columbia are waiting for a family doctor or nurse practitioner, how many found one, and how long
        they waited: month by month, for the province, each health authority and each community. No sign-in needed.
      </p>
      <p>
        <Link to="/statistics/how-computed">How these figures are computed</Link>
      </p>
      <AreaPicker choice={choice} month={range.to} onChange={setChoice} />
      <div aria-busy={statistics.isPlaceholderData}>
        <QueryView query={statistics} what="the statistics">
          {(data) => <Dashboard statistics={data} area={area} range={range} />}
        </QueryView>
      </div>
      <aside id={WITHHELD_NOTE} className="pas-note" aria-label="Withheld figures">
        <p>
          <strong>&lt;10</strong> marks a count from 1 to 9 and <strong>x</strong> a count withheld so that a count under 10 cannot be
          worked out from the totals around it: small counts could identify people. — marks a figure that is not available.{' '}
          <Link to="/statistics/how-computed#withheld">How withheld counts work</Link>
        </p>
      </aside>
    </>
  );
}
