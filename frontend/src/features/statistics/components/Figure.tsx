import { useT } from '../../../i18n';
import { formatNumber, isWithheld, WITHHELD_NOTE, WITHHELD_WORDS, type Change, type Count } from './figures';

/**
 * A figure as the table shows it: the number, or `<10` and `x` as the API gives them, with their meaning on
 * hover and in the footnote they link to (a title alone reaches neither keyboard nor touch users).
 */
export function Figure({ value, sign = false }: { value: Count | Change | null | undefined; sign?: boolean }) {
  const t = useT();
  if (isWithheld(value)) {
    return (
      <a href={`#${WITHHELD_NOTE}`} className="pas-withheld">
        <abbr title={t(WITHHELD_WORDS[value])}>{value}</abbr>
      </a>
    );
  }
  if (value === null || value === undefined) {
    return <abbr title={t('statistics.notAvailable')}>—</abbr>;
  }
  return <>{formatNumber(value, sign)}</>;
}
