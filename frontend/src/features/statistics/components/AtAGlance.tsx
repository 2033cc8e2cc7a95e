import type { ReactNode } from 'react';
import type { Schemas } from '../../../lib/api';
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

const days = (value: number) => `${Math.round(value)} days`;

/** The latest published month of the area, as a row of key figures. */
export function AtAGlance({ name, month }: { name: string; month: Schemas['StatisticsMonth'] }) {
  return (
    <section aria-labelledby="glance-heading">
      <h2 id="glance-heading">
        {name} at a glance: {monthName(month.month)}
      </h2>
      <dl className="pas-facts">
        <Fact label="Waiting at month end" note={month.percentOfPopulation !== undefined ? `${month.percentOfPopulation} % of the population` : undefined}>
          <Figure value={month.waitingEnd} />
        </Fact>
        <Fact label="Newly registered">
          <Figure value={month.registered} />
        </Fact>
        <Fact label="Attached to a provider">
          <Figure value={month.attached} />
        </Fact>
        <Fact label="Net change in waiting" note="waiting at month end minus at its start">
          <Figure value={month.netChange} sign />
        </Fact>
        <Fact label="Median wait of those attached" note={month.waitDays ? `90 % within ${days(month.waitDays.p90)}` : 'not shown: fewer than 10 attached'}>
          {month.waitDays ? days(month.waitDays.median) : <Figure value={null} />}
        </Fact>
        <Fact label="Providers accepting new patients">
          <Figure value={month.providersAccepting} />
        </Fact>
        <Fact label="New-patient spaces offered">
          <Figure value={month.spacesOffered} />
        </Fact>
        <Fact label="Spaces used (attachments)">
          <Figure value={month.spacesUsed} />
        </Fact>
      </dl>
    </section>
  );
}
