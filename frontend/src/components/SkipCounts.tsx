import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { skipReasonValues } from '../api/schema';
import type { Schemas } from '../lib/api';
import { skipReasonWords, type SkipCount } from '../lib/matching';
import { Table } from './Table';

/**
 * Better-ranked patients passed over, a row per reason in the contract's order of reasons, whatever the order of
 * `counts`; a reason missing from `counts` is 0. `withZeros`: list every reason, else only those with a count.
 */
export function SkipCounts({ counts, caption, withZeros = false }: { counts: SkipCount[]; caption: ReactNode; withZeros?: boolean }) {
  const t = useT();
  const count = (reason: Schemas['SkipReason']) => counts.filter((s) => s.reason === reason).reduce((sum, s) => sum + s.count, 0);
  const rows = skipReasonValues.map((reason) => ({ reason, count: count(reason) })).filter((r) => withZeros || r.count > 0);
  return (
    <Table caption={caption} columns={[t('common.skips.reason'), t('common.skips.passedOver')]}>
      {rows.map(({ reason, count: n }) => (
        <tr key={reason}>
          <th scope="row">{skipReasonWords[reason]}</th>
          <td>{n}</td>
        </tr>
      ))}
    </Table>
  );
}
