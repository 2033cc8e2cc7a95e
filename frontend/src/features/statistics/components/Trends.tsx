import type { Schemas } from '../../../lib/api';
import { BarChart, Legend, LineChart, type Series } from './charts';
import { figureText, type Count } from './figures';
import { monthAbbreviation, monthName } from './months';
import { MonthTable, type Column } from './tables';

type Month = Schemas['StatisticsMonth'];

/** Same colours in chart and legend; each at least 3:1 against white. */
const COLOURS = {
  waiting: '#013366',
  registered: '#013366',
  attached: '#2e8540',
  withdrawn: '#a12622',
  expired: '#8a5a00',
  merged: '#6b4fa0',
  movedAway: '#5a5a5a',
};

const axisLabels = (months: Month[]) => months.map((m) => monthAbbreviation(m.month));
const names = (months: Month[]) => months.map((m) => monthName(m.month));
/** `December 2025 to November 2026`; one month (the first one published) is just its name. */
const span = (months: Month[]) =>
  months.length === 1 ? monthName(months[0].month) : `${monthName(months[0].month)} to ${monthName(months[months.length - 1].month)}`;

export function WaitingTrend({ months, hasPopulation }: { months: Month[]; hasPopulation: boolean }) {
  const latest = months[months.length - 1];
  const first = months[0];
  const summary =
    months.length === 1
      ? `${figureText(latest.waitingEnd)} waiting at the end of ${monthName(latest.month)}, the only month published so far.`
      : `${figureText(first.waitingEnd)} waiting at the end of ${monthName(first.month)}, ` +
        `${figureText(latest.waitingEnd)} at the end of ${monthName(latest.month)}. Every month is in the table below.`;
  const columns: Column[] = [
    { name: 'Waiting at start', value: (m) => m.waitingStart },
    { name: 'Waiting at month end', value: (m) => m.waitingEnd },
    { name: 'Net change', value: (m) => m.netChange, sign: true },
  ];
  if (hasPopulation) columns.push({ name: '% of population', value: (m) => m.percentOfPopulation });
  return (
    <section aria-labelledby="waiting-heading" className="pas-chart-section">
      <h3 id="waiting-heading">Waiting at month end</h3>
      <LineChart
        title={`Patients waiting at the end of each month, ${span(months)}`}
        summary={summary}
        labels={axisLabels(months)}
        names={names(months)}
        series={[{ name: 'Waiting at month end', color: COLOURS.waiting, values: months.map((m) => m.waitingEnd) }]}
      />
      <MonthTable caption={`Patients waiting, ${span(months)}`} months={months} columns={columns} />
    </section>
  );
}

/** The ways off the list other than attachment, in the order of the contract. */
const REMOVALS: { key: 'withdrawn' | 'expired' | 'merged' | 'movedAway'; name: string }[] = [
  { key: 'withdrawn', name: 'Withdrawn' },
  { key: 'expired', name: 'Expired' },
  { key: 'merged', name: 'Merged (duplicate)' },
  { key: 'movedAway', name: 'Moved away' },
];

export function Flows({ months }: { months: Month[] }) {
  const latest = months[months.length - 1];
  const series = (name: string, colour: string, value: (m: Month) => Count): Series => ({ name, color: colour, values: months.map(value) });
  const registered = series('Registered', COLOURS.registered, (m) => m.registered);
  const attached = series('Attached', COLOURS.attached, (m) => m.attached);
  const removed = REMOVALS.map((r) => series(r.name, COLOURS[r.key], (m) => m[r.key]));
  const summary =
    `Three bars a month: registered, attached, and removed stacked by reason. In ${monthName(latest.month)}: ` +
    `${figureText(latest.registered)} registered, ${figureText(latest.attached)} attached, ` +
    REMOVALS.map((r) => `${figureText(latest[r.key])} ${r.name.toLowerCase()}`).join(', ') +
    '. Every month is in the table below.';
  return (
    <section aria-labelledby="flows-heading" className="pas-chart-section">
      <h3 id="flows-heading">Registered, attached and removed</h3>
      <BarChart
        title={`Patients registered, attached and removed by reason each month, ${span(months)}`}
        summary={summary}
        labels={axisLabels(months)}
        names={names(months)}
        bars={[{ segments: [registered] }, { segments: [attached] }, { segments: removed }]}
      />
      <Legend series={[registered, attached, ...removed]} />
      <MonthTable
        caption={`Patients who joined and left the waitlist, ${span(months)}`}
        months={months}
        columns={[
          { name: 'Registered', value: (m) => m.registered },
          { name: 'Returned', value: (m) => m.returned },
          { name: 'Moved in', value: (m) => m.movedIn },
          { name: 'Attached', value: (m) => m.attached },
          ...REMOVALS.map((r) => ({ name: r.name, value: (m: Month) => m[r.key] })),
          { name: 'Moved out', value: (m) => m.movedOut },
        ]}
      />
    </section>
  );
}
