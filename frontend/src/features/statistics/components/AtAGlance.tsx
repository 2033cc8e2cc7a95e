import type { ReactNode } from 'react';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { formatNumber } from '../../../lib/format';
import { Figure } from './Figure';
import { monthName } from './months';

function Fact({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="pas-fact">
      <dt>{label}</dt>
      <dd>
        <span className="pas-fact-value">{children}</span>
        {note && <span className="pas-fact-note">{note}</span>}
      </dd>
    </div>
  );
}

/** The latest published month of the area, as a row of key figures. */
export function AtAGlance({ name, month }: { name: string; month: Schemas['StatisticsMonth'] }) {
  const t = useT();
  const days = (value: number) => t('statistics.glance.days', { count: Math.round(value) });
  return (
    <section aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('statistics.glance.title', { area: name, month: monthName(month.month) })}</h2>
      <dl className="pas-facts">
        <Fact
          label={t('statistics.glance.waitingEnd')}
          note={
            month.percentOfPopulation !== undefined
              ? t('statistics.glance.ofPopulation', { percent: formatNumber(month.percentOfPopulation) })
              : undefined
          }
        >
          <Figure value={month.waitingEnd} />
        </Fact>
        <Fact label={t('statistics.glance.registered')}>
          <Figure value={month.registered} />
        </Fact>
        <Fact label={t('statistics.glance.attached')}>
          <Figure value={month.attached} />
        </Fact>
        <Fact label={t('statistics.glance.netChange')} note={t('statistics.glance.netChangeNote')}>
          <Figure value={month.netChange} sign />
        </Fact>
        <Fact
          label={t('statistics.glance.medianWait')}
          note={month.waitDays ? t('statistics.glance.p90', { count: Math.round(month.waitDays.p90) }) : t('statistics.glance.tooFew')}
        >
          {month.waitDays ? days(month.waitDays.median) : <Figure value={null} />}
        </Fact>
        <Fact label={t('statistics.glance.providersAccepting')}>
          <Figure value={month.providersAccepting} />
        </Fact>
        <Fact label={t('statistics.glance.spacesOffered')}>
          <Figure value={month.spacesOffered} />
        </Fact>
        <Fact label={t('statistics.glance.spacesUsed')}>
          <Figure value={month.spacesUsed} />
        </Fact>
      </dl>
    </section>
  );
}
