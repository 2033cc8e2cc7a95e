import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { healthAuthorityValues } from '../../../api/schema';
import { config } from '../../../config/env';
import { publicApi, unwrap, type Schemas } from '../../../lib/api';
import type { MonthRange } from '../components/months';

export type HealthAuthority = Schemas['HealthAuthority'];

export const isHealthAuthority = (code: string | null): code is HealthAuthority => healthAuthorityValues.some((value) => value === code);

/** The area a visitor looks at: the province, one health authority, or one community (of a health authority). */
export type Area =
  | { level: 'PROVINCE' }
  | { level: 'HEALTH_AUTHORITY'; healthAuthority: HealthAuthority }
  | { level: 'COMMUNITY'; healthAuthority: HealthAuthority; communityId: string };

export const statisticsKeys = {
  all: ['public-statistics'] as const,
  area: (area: Area, range: MonthRange) => [...statisticsKeys.all, 'area', area, range] as const,
  healthAuthorities: (month: string) => [...statisticsKeys.all, 'health-authorities', month] as const,
  communities: (healthAuthority: HealthAuthority, month: string) => [...statisticsKeys.all, 'communities', healthAuthority, month] as const,
};

/** Published figures change once a month: no need to ask again during a visit. */
const STALE_TIME = 30 * 60_000;

/** Asked without `format=csv`, the API answers JSON (the contract's text/csv alternative adds `string` to the type). */
const json = <T>(answer: Promise<T | string>) => answer as Promise<T>;
type AreaStatistics = Schemas['AreaStatistics'];
type AreaStatisticsPage = Schemas['AreaStatisticsPage'];

function fetchArea(area: Area, query: MonthRange): Promise<AreaStatistics> {
  switch (area.level) {
    case 'PROVINCE':
      return json<AreaStatistics>(unwrap(publicApi.GET('/public/statistics', { params: { query } })));
    case 'HEALTH_AUTHORITY':
      return json<AreaStatistics>(
        unwrap(publicApi.GET('/public/statistics/health-authorities/{healthAuthority}', { params: { path: { healthAuthority: area.healthAuthority }, query } })),
      );
    case 'COMMUNITY':
      return json<AreaStatistics>(unwrap(publicApi.GET('/public/statistics/communities/{communityId}', { params: { path: { communityId: area.communityId }, query } })));
  }
}

/** One area's figures for each published month of the range (getProvince/HealthAuthority/CommunityStatistics). */
export function useAreaStatistics(area: Area, range: MonthRange) {
  return useQuery({
    queryKey: statisticsKeys.area(area, range),
    queryFn: () => fetchArea(area, range),
    staleTime: STALE_TIME,
    // Keeps the last area's figures on screen while the next one loads (no jump to a spinner).
    placeholderData: keepPreviousData,
  });
}

/**
 * The names for the pickers, from the lists with the figures of one month only (the smallest answer).
 * The five health authorities are one page; a health authority has fewer than 100 communities.
 */
export function useHealthAuthorityChoices(month: string) {
  return useQuery({
    queryKey: statisticsKeys.healthAuthorities(month),
    queryFn: () =>
      json<AreaStatisticsPage>(unwrap(publicApi.GET('/public/statistics/health-authorities', { params: { query: { from: month, to: month, size: 100 } } }))),
    staleTime: STALE_TIME,
    select: (page) => page.items.map((item) => item.area),
  });
}

export function useCommunityChoices(healthAuthority: HealthAuthority | undefined, month: string) {
  return useQuery({
    queryKey: statisticsKeys.communities(healthAuthority!, month),
    queryFn: () =>
      json<AreaStatisticsPage>(
        unwrap(publicApi.GET('/public/statistics/communities', { params: { query: { healthAuthority, from: month, to: month, size: 100 } } })),
      ),
    enabled: healthAuthority !== undefined,
    staleTime: STALE_TIME,
    select: (page) => page.items.map((item) => item.area),
  });
}

function pathOf(area: Area): string {
  switch (area.level) {
    case 'PROVINCE':
      return '/public/statistics';
    case 'HEALTH_AUTHORITY':
      return `/public/statistics/health-authorities/${area.healthAuthority}`;
    case 'COMMUNITY':
      return `/public/statistics/communities/${area.communityId}`;
  }
}

const csvQuery = (range: MonthRange, more: Record<string, string> = {}) => new URLSearchParams({ ...more, from: range.from, to: range.to, format: 'csv' });

/** A download link: the same figures as CSV (`format=csv` makes the API answer text/csv to a plain link). */
export const csvUrl = (area: Area, range: MonthRange) => `${config.apiUrl}${pathOf(area)}?${csvQuery(range)}`;

/** The figures one level down as CSV: every health authority of the province, every community of an authority. */
export function csvUrlOfParts(area: Area, range: MonthRange): string | undefined {
  if (area.level === 'PROVINCE') return `${config.apiUrl}/public/statistics/health-authorities?${csvQuery(range)}`;
  if (area.level === 'HEALTH_AUTHORITY') {
    return `${config.apiUrl}/public/statistics/communities?${csvQuery(range, { healthAuthority: area.healthAuthority })}`;
  }
  return undefined;
}
