import { msg } from '../../../i18n';
import type { Schemas } from '../../../lib/api';
import { formatNumber as formatInLocale, text } from '../../../lib/format';

export type Count = Schemas['StatisticsCount'];
export type Change = Schemas['StatisticsChange'];

/** Where the page explains withheld figures (the footnote of the statistics page). */
export const WITHHELD_NOTE = 'withheld-note';

/** What `<10` and `x` mean, in a sentence (the figures' hover and the charts' summaries say it shorter). */
export const WITHHELD_WORDS = {
  '<10': msg('statistics.withheld.fewTitle'),
  x: msg('statistics.withheld.xTitle'),
} as const;

/** The number behind a figure, or null when it is withheld or not available (charts leave those out). */
export const numberOf = (value: Count | Change | null | undefined): number | null => (typeof value === 'number' ? value : null);

export const isWithheld = (value: unknown): value is '<10' | 'x' => value === '<10' || value === 'x';

/** `1,234` (in the visitor's language); with `sign`, `+1,234` or `-56`. */
export const formatNumber = (value: number, sign = false) => formatInLocale(value, sign ? { signDisplay: 'exceptZero' } : undefined);

/** A figure in words for chart titles and summaries: `1,234`, `fewer than 10`, `withheld`. */
export function figureText(value: Count | Change | null | undefined, sign = false): string {
  if (typeof value === 'number') return formatNumber(value, sign);
  if (value === '<10') return text('statistics.withheld.few');
  if (value === 'x') return text('statistics.withheld.x');
  return text('statistics.notAvailable');
}
