import { currentIntl, msg, useT, type MessageId } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { BarChart, Legend, LineChart, type Series } from './charts';
import { figureText, type Count } from './figures';
import { monthAbbreviation, monthName, span } from './months';
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
const spanOf = (months: Month[]) => span(months[0].month, months[months.length - 1].month);

export function WaitingTrend({ months, hasPopulation }: { months: Month[]; hasPopulation: boolean }) {
  const t = useT();
  const latest = months[months.length - 1];
  const first = months[0];
  const summary =
    months.length === 1
      ? t('statistics.waiting.summaryOne', { waiting: figureText(latest.waitingEnd), month: monthName(latest.month) })
      : t('statistics.waiting.summary', {
          first: figureText(first.waitingEnd),
          firstMonth: monthName(first.month),
          latest: figureText(latest.waitingEnd),
          latestMonth: monthName(latest.month),
        });
  const columns: Column[] = [
    { name: t('statistics.waiting.start'), value: (m) => m.waitingStart },
    { name: t('statistics.waiting.end'), value: (m) => m.waitingEnd },
    { name: t('statistics.waiting.netChange'), value: (m) => m.netChange, sign: true },
  ];
  if (hasPopulation) columns.push({ name: t('statistics.waiting.ofPopulation'), value: (m) => m.percentOfPopulation });
  return (
    <section aria-labelledby="waiting-heading" className="pas-chart-section">
      <h3 id="waiting-heading">{t('statistics.waiting.title')}</h3>
      <LineChart
        title={t('statistics.waiting.chartTitle', { span: spanOf(months) })}
        summary={summary}
        labels={axisLabels(months)}
        names={names(months)}
        series={[{ name: t('statistics.waiting.end'), color: COLOURS.waiting, values: months.map((m) => m.waitingEnd) }]}
      />
      <MonthTable caption={t('statistics.waiting.caption', { span: spanOf(months) })} months={months} columns={columns} />
    </section>
  );
}

/** The ways off the list other than attachment, in the order of the contract: `count` a count of them in a sentence. */
const REMOVALS: { key: 'withdrawn' | 'expired' | 'merged' | 'movedAway'; name: MessageId; count: MessageId }[] = [
  { key: 'withdrawn', name: msg('statistics.flows.withdrawn'), count: msg('statistics.flows.withdrawnCount') },
  { key: 'expired', name: msg('statistics.flows.expired'), count: msg('statistics.flows.expiredCount') },
  { key: 'merged', name: msg('statistics.flows.merged'), count: msg('statistics.flows.mergedCount') },
  { key: 'movedAway', name: msg('statistics.flows.movedAway'), count: msg('statistics.flows.movedAwayCount') },
];

export function Flows({ months }: { months: Month[] }) {
  const t = useT();
  const latest = months[months.length - 1];
  const series = (name: string, colour: string, value: (m: Month) => Count): Series => ({ name, color: colour, values: months.map(value) });
  const registered = series(t('statistics.flows.registered'), COLOURS.registered, (m) => m.registered);
  const attached = series(t('statistics.flows.attached'), COLOURS.attached, (m) => m.attached);
  const removed = REMOVALS.map((r) => series(t(r.name), COLOURS[r.key], (m) => m[r.key]));
  const summary = t('statistics.flows.summary', {
    month: monthName(latest.month),
    registered: figureText(latest.registered),
    attached: figureText(latest.attached),
    removed: currentIntl().formatList(REMOVALS.map((r) => t(r.count, { count: figureText(latest[r.key]) }))),
  });
  return (
    <section aria-labelledby="flows-heading" className="pas-chart-section">
      <h3 id="flows-heading">{t('statistics.flows.title')}</h3>
      <BarChart
        title={t('statistics.flows.chartTitle', { span: spanOf(months) })}
        summary={summary}
        labels={axisLabels(months)}
        names={names(months)}
        bars={[{ segments: [registered] }, { segments: [attached] }, { segments: removed }]}
      />
      <Legend series={[registered, attached, ...removed]} />
      <MonthTable
        caption={t('statistics.flows.caption', { span: spanOf(months) })}
        months={months}
        columns={[
          { name: t('statistics.flows.registered'), value: (m) => m.registered },
          { name: t('statistics.flows.returned'), value: (m) => m.returned },
          { name: t('statistics.flows.movedIn'), value: (m) => m.movedIn },
          { name: t('statistics.flows.attached'), value: (m) => m.attached },
          ...REMOVALS.map((r) => ({ name: t(r.name), value: (m: Month) => m[r.key] })),
          { name: t('statistics.flows.movedOut'), value: (m) => m.movedOut },
        ]}
      />
    </section>
  );
}
