-- The SQL of GET /waitlist-entries?communityId=<largest>&status=WAITING&complexity=MODERATE (the
-- coordinator): their communities, the page and the audit event in one transaction, then the page's
-- patients and waiting household members (one query each). The page's ids are carried to the next
-- statements with \gset, as the API carries them in memory. Not here, as the API does not send them
-- either: the count (a total of 1 000 or more is counted once per 10 s per filter, common/LargeCounts)
-- and the communities (second-level cache). The page names one community of the coordinator's, so the API leaves
-- out its `community_id IN (their communities)` (waitlist/WaitlistRepository.search).
\set page random(0, 9)
SELECT community_id FROM community_coordinator WHERE subject = :subject;
BEGIN;
SELECT array_agg(patient_id)::text AS patients, array_agg(community_id)::text AS communities,
       coalesce(array_agg(household_id) FILTER (WHERE household_id IS NOT NULL), '{}')::text AS households
  FROM (SELECT * FROM waitlist_entry
         WHERE community_id = :community AND status = 'WAITING'
           AND complexity = 'MODERATE'
         ORDER BY rank_at, id OFFSET :page * 20 LIMIT 20) page \gset
INSERT INTO audit_event (action, actor_roles, actor_subject, detail, http_status, occurred_at, on_behalf_of_provider_id,
                         outcome, patient_id, request_id, resource_id, resource_type, id)
  VALUES ('WAITLIST_LIST', 'coordinator', :subject, '20 of 34000', 200, now(), NULL, 'SUCCESS', NULL, NULL, :community,
          'WAITLIST_ENTRY', gen_random_uuid());
COMMIT;
SELECT * FROM patient WHERE id = ANY (:patients::uuid[]);
SELECT household_id, count(id) FROM waitlist_entry WHERE household_id = ANY (:households::uuid[]) AND status = 'WAITING'
 GROUP BY household_id;
