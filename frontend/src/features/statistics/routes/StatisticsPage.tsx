import { FormattedMessage } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { Empty, QueryView } from '../../../components/status';
import { config, swaggerUiUrl } from '../../../config/env';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { csvUrl, csvUrlOfParts, isHealthAuthority, useAreaStatistics, type Area } from '../api/statistics';
import { AreaPicker, type Choice } from '../components/AreaPicker';
import { AtAGlance } from '../components/AtAGlance';
import { WaitDistribution } from '../components/Distribution';
import { WITHHELD_NOTE } from '../components/figures';
import { lastClosedMonths, span, type MonthRange } from '../components/months';
import { strong } from '../components/rich';
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

/** An area's name: the API's (health authorities and communities are proper names), the province's in the visitor's language. */
function useAreaName(area: Schemas['StatisticsArea']): string {
  const t = useT();
  return area.level === 'PROVINCE' ? t('statistics.province') : area.name;
}

function Downloads({ area, range, statistics }: { area: Area; range: MonthRange; statistics: Schemas['AreaStatistics'] }) {
  const t = useT();
  const parts = csvUrlOfParts(area, range);
  const months = span(range.from, range.to);
  const name = useAreaName(statistics.area);
  return (
    <section aria-labelledby="downloads-heading">
      <h3 id="downloads-heading">{t('statistics.downloads.title')}</h3>
      <ul>
        <li>
          <a href={csvUrl(area, range)}>{t('statistics.downloads.area', { area: name, span: months })}</a>
        </li>
        {parts && (
          <li>
            <a href={parts}>
              {area.level === 'PROVINCE'
                ? t('statistics.downloads.authorities', { span: months })
                : t('statistics.downloads.communities', { area: name, span: months })}
            </a>
          </li>
        )}
      </ul>
      <p>
        <FormattedMessage id="statistics.downloads.api" values={{ link: (chunks) => <a href={swaggerUiUrl(config.apiUrl)}>{chunks}</a> }} />
      </p>
    </section>
  );
}

function Dashboard({ statistics, area, range }: { statistics: Schemas['AreaStatistics']; area: Area; range: MonthRange }) {
  const t = useT();
  const { months, population } = statistics;
  const name = useAreaName(statistics.area);
  if (months.length === 0) {
    return <Empty>{t('statistics.noMonth', { area: name })}</Empty>;
  }
  return (
    <>
      <AtAGlance name={name} month={months[months.length - 1]} />
      {population && (
        <p className="pas-hint">
          {t('statistics.population', { count: formatNumber(population.count), source: population.source, year: String(population.year) })}
        </p>
      )}
      <h2>{t('statistics.monthByMonth')}</h2>
      <WaitingTrend months={months} hasPopulation={population !== undefined} />
      <Flows months={months} />
      <WaitDistribution months={months} />
      <Downloads area={area} range={range} statistics={statistics} />
    </>
  );
}

export function StatisticsPage() {
  const t = useT();
  const [choice, setChoice] = useChoice();
  const range = lastClosedMonths(choice.length);
  const area = areaOf(choice);
  const statistics = useAreaStatistics(area, range);
  return (
    <>
      <PageTitle>{t('statistics.title')}</PageTitle>
      <p className="pas-lead">{t('statistics.lead')}</p>
      <p>
        <Link to="/statistics/how-computed">{t('statistics.howLink')}</Link>
      </p>
      <AreaPicker choice={choice} month={range.to} onChange={setChoice} />
      <div aria-busy={statistics.isPlaceholderData}>
        <QueryView query={statistics} loading={t('statistics.loading')} failed={t('statistics.failed')}>
          {(data) => <Dashboard statistics={data} area={area} range={range} />}
        </QueryView>
      </div>
      <aside id={WITHHELD_NOTE} className="pas-note" aria-label={t('statistics.withheld.label')}>
        <p>
          <FormattedMessage
            id="statistics.withheld.note"
            values={{ strong, link: (chunks) => <Link to="/statistics/how-computed#withheld">{chunks}</Link> }}
          />
        </p>
      </aside>
    </>
  );
}
