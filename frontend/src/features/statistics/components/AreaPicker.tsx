import { SelectField } from '../../../components/form';
import { ErrorAlert } from '../../../components/status';
import { useT } from '../../../i18n';
import { words } from '../../../lib/format';
import { isHealthAuthority, useCommunityChoices, useHealthAuthorityChoices, type HealthAuthority } from '../api/statistics';
import { RANGE_LENGTHS, type RangeLength } from './months';

export interface Choice {
  healthAuthority?: HealthAuthority;
  communityId?: string;
  length: RangeLength;
}

/**
 * The area (a health authority, then one of its communities) and the months shown. Each choice applies at
 * once: it changes the figures below, not the page.
 */
export function AreaPicker({ choice, month, onChange }: { choice: Choice; month: string; onChange: (choice: Choice) => void }) {
  const t = useT();
  const authorities = useHealthAuthorityChoices(month);
  const communities = useCommunityChoices(choice.healthAuthority, month);
  const authority = authorities.data?.find((a) => a.code === choice.healthAuthority)?.name ?? words(choice.healthAuthority);
  // A health authority without communities (none known yet): say so rather than offer an empty list.
  const noCommunities = communities.data?.length === 0;
  return (
    <form className="pas-picker" aria-label={t('statistics.picker.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('statistics.picker.healthAuthority')}
        value={choice.healthAuthority ?? ''}
        placeholder={t('statistics.picker.province')}
        options={(authorities.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
        disabled={!authorities.data}
        onChange={(code) => onChange({ length: choice.length, healthAuthority: isHealthAuthority(code) ? code : undefined })}
      />
      <SelectField
        label={t('statistics.picker.community')}
        value={choice.communityId ?? ''}
        placeholder={
          !choice.healthAuthority
            ? t('statistics.picker.authorityFirst')
            : noCommunities
              ? t('statistics.picker.noCommunities', { authority })
              : t('statistics.picker.allOf', { authority })
        }
        options={(communities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        disabled={!choice.healthAuthority || !communities.data || noCommunities}
        onChange={(communityId) => onChange({ ...choice, communityId: communityId || undefined })}
      />
      <SelectField
        label={t('statistics.picker.months')}
        value={String(choice.length)}
        options={RANGE_LENGTHS.map((length) => ({ value: String(length), label: t('statistics.picker.lastMonths', { count: length }) }))}
        onChange={(length) => onChange({ ...choice, length: Number(length) as RangeLength })}
      />
      {(authorities.isError || communities.isError) && (
        <ErrorAlert error={authorities.error ?? communities.error} title={t('statistics.picker.failed')} />
      )}
    </form>
  );
}
