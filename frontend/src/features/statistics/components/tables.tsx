import { Table } from '../../../components/Table';
import { useT } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { Figure } from './Figure';
import type { Change, Count } from './figures';
import { monthName } from './months';

type Month = Schemas['StatisticsMonth'];

export interface Column {
  name: string;
  value: (month: Month) => Count | Change | null | undefined;
  /** A change: shown with its sign. */
  sign?: boolean;
}

/** One row per month (its name the row header), one column per figure: the data of a chart, for everyone. */
export function MonthTable({ caption, months, columns }: { caption: string; months: Month[]; columns: Column[] }) {
  const t = useT();
  return (
    // Scrolls sideways on a phone: focusable, so that keyboard users can scroll it too.
    <div className="pas-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table caption={caption} columns={[t('statistics.table.month'), ...columns.map((c) => c.name)]}>
        {months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{monthName(month.month)}</th>
            {columns.map((column) => (
              <td key={column.name} className="pas-number">
                <Figure value={column.value(month)} sign={column.sign} />
              </td>
            ))}
          </tr>
        ))}
      </Table>
    </div>
  );
}
