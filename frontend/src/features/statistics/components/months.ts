import { currentIntl } from '../../../i18n';
import { dateOptions, text } from '../../../lib/format';

/** Calendar months (`YYYY-MM`) as the statistics count them: in the province's time zone. */

/** The month it is now in British Columbia. */
export function provinceMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Vancouver', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}`;
}

/** `month` moved by `count` months (negative: earlier). */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + number - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface MonthRange {
  from: string;
  to: string;
}

/** The ranges a visitor can pick: the last 12 or 24 closed months. */
export const RANGE_LENGTHS = [12, 24] as const;
export type RangeLength = (typeof RANGE_LENGTHS)[number];

/** The last `length` months that have closed (the API leaves out any not yet published). */
export function lastClosedMonths(length: RangeLength, now = new Date()): MonthRange {
  const to = addMonths(provinceMonth(now), -1);
  return { from: addMonths(to, 1 - length), to };
}

/** The first day of a month, as an instant to format in UTC (a calendar month, not shifted by a time zone). */
function firstDay(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return Date.UTC(year, number - 1, 1);
}

/** `November 2026` (`novembre 2026`, `2026年11月`, …: in the visitor's language). */
export const monthName = (month: string): string =>
  currentIntl().formatDate(firstDay(month), {
    ...dateOptions({ month: 'long', year: 'numeric' }, { year: 'numeric', month: '2-digit' }),
    timeZone: 'UTC',
  });

/** `Nov 26`: for chart axes, where room is short. */
export const monthAbbreviation = (month: string): string =>
  currentIntl().formatDate(firstDay(month), {
    ...dateOptions({ month: 'short', year: '2-digit' }, { year: '2-digit', month: '2-digit' }),
    timeZone: 'UTC',
  });

/** `December 2025 to November 2026`; one month (the first one published) is just its name. */
export const span = (from: string, to: string): string =>
  from === to ? monthName(from) : text('statistics.span', { from: monthName(from), to: monthName(to) });
