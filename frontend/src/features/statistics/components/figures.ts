import type { Schemas } from '../../../lib/api';

export type Count = Schemas['StatisticsCount'];
export type Change = Schemas['StatisticsChange'];

/** Where the page explains withheld figures (the footnote of the statistics page). */
export const WITHHELD_NOTE = 'withheld-note';

export const WITHHELD_WORDS = {
  '<10': 'fewer than 10, withheld to protect privacy',
  x: 'withheld so that a count under 10 cannot be worked out from the other figures',
} as const;

const whole = new Intl.NumberFormat('en-CA');
const signed = new Intl.NumberFormat('en-CA', { signDisplay: 'exceptZero' });

/** The number behind a figure, or null when it is withheld or not available (charts leave those out). */
export const numberOf = (value: Count | Change | null | undefined): number | null => (typeof value === 'number' ? value : null);

export const isWithheld = (value: unknown): value is '<10' | 'x' => value === '<10' || value === 'x';

/** `1,234`; with `sign`, `+1,234` or `-56`. */
export const formatNumber = (value: number, sign = false) => (sign ? signed : whole).format(value);

/** A figure in words for chart titles and summaries: `1,234`, `fewer than 10`, `withheld`. */
export function figureText(value: Count | Change | null | undefined, sign = false): string {
  if (typeof value === 'number') return formatNumber(value, sign);
  if (value === '<10') return 'fewer than 10';
  if (value === 'x') return 'withheld';
  return 'not available';
}
