import { Table } from '../../../components/Table';
import { currentIntl, msg, useT, type MessageId } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { BarChart } from './charts';
import { Figure } from './Figure';
import { figureText } from './figures';
import { monthName } from './months';
import { MonthTable } from './tables';

type Month = Schemas['StatisticsMonth'];

/**
 * The five durations: `name` the table's row, `short` the chart's axis, `bar` a bar's name, `count` a count of
 * them in a sentence (`{count} under 3 months`).
 */
const DURATIONS: { key: keyof Schemas['WaitingByDuration']; name: MessageId; short: MessageId; bar: MessageId; count: MessageId }[] = [
  {
    key: 'under3Months',
    name: msg('statistics.duration.under3.name'),
    short: msg('statistics.duration.under3.short'),
    bar: msg('statistics.duration.under3.bar'),
    count: msg('statistics.duration.under3.count'),
  },
  {
    key: 'from3To6Months',
    name: msg('statistics.duration.3to6.name'),
    short: msg('statistics.duration.3to6.short'),
    bar: msg('statistics.duration.3to6.bar'),
    count: msg('statistics.duration.3to6.count'),
  },
  {
    key: 'from6To12Months',
    name: msg('statistics.duration.6to12.name'),
    short: msg('statistics.duration.6to12.short'),
    bar: msg('statistics.duration.6to12.bar'),
    count: msg('statistics.duration.6to12.count'),
  },
  {
    key: 'from12To24Months',
    name: msg('statistics.duration.12to24.name'),
    short: msg('statistics.duration.12to24.short'),
    bar: msg('statistics.duration.12to24.bar'),
    count: msg('statistics.duration.12to24.count'),
  },
  {
    key: 'over24Months',
    name: msg('statistics.duration.over24.name'),
    short: msg('statistics.duration.over24.short'),
    bar: msg('statistics.duration.over24.bar'),
    count: msg('statistics.duration.over24.count'),
  },
];

/** How long those waiting at the end of the latest month had waited, and the wait of those attached each month. */
export function WaitDistribution({ months }: { months: Month[] }) {
  const t = useT();
  const latest = months[months.length - 1];
  const when = monthName(latest.month);
  const counts = DURATIONS.map((d) => latest.waitingByDuration[d.key]);
  const summary = t('statistics.distribution.summary', {
    waiting: figureText(latest.waitingEnd),
    month: when,
    counts: currentIntl().formatList(DURATIONS.map((d, i) => t(d.count, { count: figureText(counts[i]) }))),
  });
  const caption = t('statistics.distribution.caption', { month: when });
  return (
    <section aria-labelledby="distribution-heading" className="pas-chart-section">
      <h3 id="distribution-heading">{t('statistics.distribution.title')}</h3>
      <BarChart
        title={caption}
        summary={summary}
        labels={DURATIONS.map((d) => t(d.short))}
        names={DURATIONS.map((d) => t(d.bar))}
        bars={[{ segments: [{ name: t('statistics.distribution.patients'), color: '#013366', values: counts }] }]}
      />
      <Table caption={caption} columns={[t('statistics.distribution.timeWaiting'), t('statistics.distribution.patients')]}>
        {DURATIONS.map((d, i) => (
          <tr key={d.key}>
            <th scope="row">{t(d.name)}</th>
            <td className="pas-number">
              <Figure value={counts[i]} />
            </td>
          </tr>
        ))}
      </Table>
      <MonthTable
        caption={t('statistics.distribution.waitCaption')}
        months={months}
        columns={[
          { name: t('statistics.distribution.medianWait'), value: (m) => m.waitDays?.median },
          { name: t('statistics.distribution.p90Wait'), value: (m) => m.waitDays?.p90 },
          { name: t('statistics.distribution.providersAccepting'), value: (m) => m.providersAccepting },
          { name: t('statistics.distribution.spacesOffered'), value: (m) => m.spacesOffered },
          { name: t('statistics.distribution.spacesUsed'), value: (m) => m.spacesUsed },
        ]}
      />
      <p className="pas-hint">{t('statistics.distribution.note')}</p>
    </section>
  );
}
