-- Issue 16, items 6 and 7.
--
-- Clinic verification: a provider at the clinic (or its medical director, or a delegate endorsed by one of
-- them) confirms that its information is correct. Unverified for 12 months (or never) it is stale to
-- coordinators, and the job reminds the clinic once per staleness (verification_reminded_at, cleared by
-- the next verification).
alter table clinic
    add column verified_at              timestamptz,
    add column verified_by_subject      varchar(64),
    add column verified_by_name         varchar(200),
    add column verification_reminded_at timestamptz;

-- GET /clinics?verificationStale=true|false: "verified_at is null or verified_at < cutoff" and its negation.
create index clinic_verified_at_idx on clinic (verified_at);
-- The reminder job: stale clinics not yet reminded, oldest verification first.
create index clinic_verification_due_idx on clinic (verified_at nulls first, id)
    where verification_reminded_at is null and status = 'ACTIVE';

-- Duplicate detection: the reasons a pair is flagged, now with phonetic and edit-distance name matches
-- and a birth date whose day and month are swapped. Candidates are still found by date of birth (the
-- exact date and its day/month twin: patient_birth_date_idx), never by a scan.
alter table duplicate_candidate add constraint duplicate_candidate_reasons_known check (
    cardinality(match_reasons) between 1 and 8 and match_reasons <@ array[
        'SAME_NAME_AND_BIRTH_DATE', 'SAME_BIRTH_DATE_AND_ADDRESS', 'SAME_EMAIL_AND_BIRTH_DATE',
        'SIMILAR_NAME_AND_BIRTH_DATE', 'SAME_NAME', 'PHONETIC_NAME', 'SIMILAR_NAME',
        'TRANSPOSED_BIRTH_DATE']::varchar(32)[]);
alter table duplicate_candidate add constraint duplicate_candidate_score_range check (score between 0 and 100);
