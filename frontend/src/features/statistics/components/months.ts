/** Calendar months (`YYYY-MM`) as the statistics count them: in the province's time zone. */

const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** `November 2026`. */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${NAMES[number - 1]} ${year}`;
}

/** `Nov 26`: for chart axes, where room is short. */
export function monthAbbreviation(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${NAMES[number - 1].slice(0, 3)} ${String(year).slice(2)}`;
}
