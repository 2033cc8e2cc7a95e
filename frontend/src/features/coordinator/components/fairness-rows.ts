import type { Schemas } from '../../../lib/api';

type Row = Schemas['FairnessRow'];

export const rowName = (r: Row) => r.providerName ?? r.communityName;
export const rowKey = (r: Row) => `${r.providerId ?? ''}${r.communityId}`;

/** The share of proposals declined for one complexity band, in percent (0 without proposals). */
export const declineRate = (r: Row, band: Schemas['ComplexityBand']) => r.byComplexity.find((c) => c.complexity === band)?.declineRatePercent ?? 0;
