import type { ReactNode } from 'react';
import { useT } from '../i18n';

/**
 * A data table with a caption and column headers; an empty header is an actions column, named for
 * screen readers only.
 */
export function Table({ caption, columns, children }: { caption: ReactNode; columns: ReactNode[]; children: ReactNode }) {
  const t = useT();
  return (
    <table className="pas-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i}>
              {column === '' ? <span className="pas-visually-hidden">{t('common.table.actions')}</span> : column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
