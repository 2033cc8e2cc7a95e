-- Indexes found with EXPLAIN ANALYZE on the province data set (make seed-province: 770 000 entries,
-- 104 000 waiting in Vancouver), issue #8.

-- The waiting members of the households on a page of the list and in an attach answer
-- (WaitlistContexts): without an index each page and each attach scanned the whole table
-- (770 000 rows, 120-300 ms).
create index waitlist_entry_household_waiting_idx on waitlist_entry (household_id) where status = 'WAITING';

-- A community's list filtered by complexity band, and its count: an index-only count of the band
-- (Vancouver, MODERATE: 144 ms -> 4-12 ms).
create index waitlist_entry_queue_complexity_idx on waitlist_entry (community_id, status, complexity, rank_at, id);

-- The other filters (language, age band, household, consent) are read from the queue index itself,
-- so their counts are index-only too (Vancouver, language zh: 139 ms -> 46 ms cold).
drop index waitlist_entry_queue_idx;
create index waitlist_entry_queue_idx on waitlist_entry (community_id, status, rank_at, id)
    include (complexity, preferred_language, date_of_birth, match_with_household, consent_to_share);
