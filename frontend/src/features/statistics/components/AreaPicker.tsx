import { SelectField } from '../../../components/form';
import { ErrorAlert } from '../../../components/status';
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
  const authorities = useHealthAuthorityChoices(month);
  const communities = useCommunityChoices(choice.healthAuthority, month);
  const authorityName = authorities.data?.find((a) => a.code === choice.healthAuthority)?.name;
  return (
    <form className="pas-picker" aria-label="Area and months shown" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label="Health authority"
        value={choice.healthAuthority ?? ''}
        placeholder="All of British Columbia"
        options={(authorities.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
        disabled={!authorities.data}
        onChange={(code) => onChange({ length: choice.length, healthAuthority: isHealthAuthority(code) ? code : undefined })}
      />
      <SelectField
        label="Community"
        value={choice.communityId ?? ''}
        placeholder={choice.healthAuthority ? `All of ${authorityName ?? 'the health authority'}` : 'Choose a health authority first'}
        options={(communities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        disabled={!choice.healthAuthority || !communities.data}
        onChange={(communityId) => onChange({ ...choice, communityId: communityId || undefined })}
      />
      <SelectField
        label="Months shown"
        value={String(choice.length)}
        options={RANGE_LENGTHS.map((length) => ({ value: String(length), label: `Last ${length} months` }))}
        onChange={(length) => onChange({ ...choice, length: Number(length) as RangeLength })}
      />
      {(authorities.isError || communities.isError) && <ErrorAlert error={authorities.error ?? communities.error} title="Could not load the list of areas" />}
    </form>
  );
}
