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
  const authorityName = authorities.data?.find((a) => a.code === choice.healthAuthority)?.name ?? 'the health authority';
  // A health authority without communities (none known yet): say so rather than offer an empty list.
  const noCommunities = communities.data?.length === 0;
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
        placeholder={
          !choice.healthAuthority ? 'Choose a health authority first' : noCommunities ? `No communities in ${authorityName}` : `All of ${authorityName}`
        }
        options={(communities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        disabled={!choice.healthAuthority || !communities.data || noCommunities}
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
