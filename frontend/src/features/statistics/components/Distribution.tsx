import { Table } from '../../../components/Table';
import type { Schemas } from '../../../lib/api';
import { BarChart } from './charts';
import { Figure } from './Figure';
import { figureText } from './figures';
import { monthName } from './months';
import { MonthTable } from './tables';

type Month = Schemas['StatisticsMonth'];

const DURATIONS: { key: keyof Schemas['WaitingByDuration']; name: string; short: string }[] = [
  { key: 'under3Months', name: 'Under 3 months', short: '< 3 mo' },
  { key: 'from3To6Months', name: '3 to 6 months', short: '3–6 mo' },
  { key: 'from6To12Months', name: '6 to 12 months', short: '6–12 mo' },
  { key: 'from12To24Months', name: '12 to 24 months', short: '12–24 mo' },
  { key: 'over24Months', name: 'Over 24 months', short: '> 24 mo' },
];

/** How long those waiting at the end of the latest month had waited, and the wait of those attached each month. */
export function WaitDistribution({ months }: { months: Month[] }) {
  const latest = months[months.length - 1];
  const when = monthName(latest.month);
  const counts = DURATIONS.map((d) => latest.waitingByDuration[d.key]);
  const summary = `Of the ${figureText(latest.waitingEnd)} waiting at the end of ${when}: ${DURATIONS.map((d, i) => `${figureText(counts[i])} ${d.name.toLowerCase()}`).join(', ')}.`;
  return (
    <section aria-labelledby="distribution-heading" className="pas-chart-section">
      <h3 id="distribution-heading">How long people have waited</h3>
      <BarChart
        title={`Patients waiting at the end of ${when} by time since they registered`}
        summary={summary}
        labels={DURATIONS.map((d) => d.short)}
        names={DURATIONS.map((d) => `waiting ${d.name.toLowerCase()}`)}
        bars={[{ segments: [{ name: 'Patients', color: '#013366', values: counts }] }]}
      />
      <Table caption={`Patients waiting at the end of ${when} by time since they registered`} columns={['Time waiting', 'Patients']}>
        {DURATIONS.map((d, i) => (
          <tr key={d.key}>
            <th scope="row">{d.name}</th>
            <td className="pas-number">
              <Figure value={counts[i]} />
            </td>
          </tr>
        ))}
      </Table>
      <MonthTable
        caption="Days from registration to attachment, and capacity, by month"
        months={months}
        columns={[
          { name: 'Median wait (days)', value: (m) => m.waitDays?.median },
          { name: '90th percentile (days)', value: (m) => m.waitDays?.p90 },
          { name: 'Providers accepting', value: (m) => m.providersAccepting },
          { name: 'Spaces offered', value: (m) => m.spacesOffered },
          { name: 'Spaces used', value: (m) => m.spacesUsed },
        ]}
      />
      <p className="pas-hint">
        A wait is shown only for months with at least 10 attachments; — means not available (fewer than 10 attached, or a month
        closed before capacity was recorded).
      </p>
    </section>
  );
}
