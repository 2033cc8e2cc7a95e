-- The SQL of POST /waitlist-entries/{id}/attach (admin, for a provider of the entry's community):
-- lock the entry, the provider and where they work, lock the capacity row and count this month's
-- attachments, check the panel, then the update, the membership, the notification's patient,
-- clinic and community, the transition, the audit event and the notification; after commit, the
-- response's patient, community and household count. The next queued entry (bench_attach, rows
-- of its own for pgbench) is taken first: one statement the API does not have.
SELECT entry_id AS eid, provider_id AS pid FROM bench_attach WHERE n = (SELECT nextval('bench_attach_pgbench')) \gset
BEGIN;
SELECT id, patient_id, community_id, household_id, version, attached_at, attached_provider_id, complexity,
       consent_to_share, created_at, date_of_birth, expired_at, last_confirmed_at, match_with_household,
       preferred_language, priority_points, proposal_deadline, proposal_note, proposed_at, proposed_by_subject,
       proposed_provider_id, rank_at, reconfirm_due_at, registered_at, status, status_changed_at, updated_at
  FROM waitlist_entry WHERE id = :eid FOR NO KEY UPDATE \gset e_
SELECT * FROM provider WHERE id = :pid;
SELECT count(*) FROM clinic_staff s, clinic c WHERE s.provider_id = :pid AND s.clinic_id = c.id AND c.community_id = :e_community_id;
SELECT * FROM provider_capacity WHERE provider_id = :pid FOR NO KEY UPDATE;
SELECT count(*), count(*) FILTER (WHERE source = 'PAS_ATTACHMENT' AND added_at >= date_trunc('month', now()))
  FROM panel_member WHERE provider_id = :pid;
SELECT count(*) FROM panel_member WHERE patient_id = :e_patient_id;
UPDATE waitlist_entry SET attached_at = now(), attached_provider_id = :pid, community_id = :e_community_id,
       complexity = :e_complexity, consent_to_share = :e_consent_to_share, date_of_birth = :e_date_of_birth,
       expired_at = NULL, household_id = :e_household_id, last_confirmed_at = :e_last_confirmed_at,
       match_with_household = :e_match_with_household, patient_id = :e_patient_id,
       preferred_language = :e_preferred_language, priority_points = :e_priority_points, proposal_deadline = NULL,
       proposal_note = NULL, proposed_at = NULL, proposed_by_subject = NULL, proposed_provider_id = NULL,
       rank_at = :e_rank_at, reconfirm_due_at = :e_reconfirm_due_at, registered_at = :e_registered_at,
       status = 'ATTACHED', status_changed_at = now(), updated_at = now(), version = :e_version + 1
 WHERE id = :eid AND version = :e_version;
INSERT INTO panel_member (patient_id, provider_id, since, source, added_at, added_by_subject)
  VALUES (:e_patient_id, :pid, current_date, 'PAS_ATTACHMENT', now(), :subject);
SELECT * FROM patient WHERE id = :e_patient_id;
SELECT c.* FROM clinic c, clinic_staff s WHERE s.clinic_id = c.id AND s.provider_id = :pid AND c.community_id = :e_community_id
 ORDER BY c.name LIMIT 1;
SELECT * FROM community WHERE id = :e_community_id;
INSERT INTO waitlist_transition (actor_name, actor_subject, at, cause, community_id, complexity, decline_reason, entry_id,
                                 from_status, note, on_behalf_of_provider_id, provider_id, to_status, withdraw_reason, id)
  VALUES ('Admin', :subject, now(), 'ATTACHMENT', :e_community_id, :e_complexity, NULL, :eid, 'WAITING', NULL, NULL, :pid,
          'ATTACHED', NULL, gen_random_uuid());
INSERT INTO audit_event (action, actor_roles, actor_subject, detail, http_status, occurred_at, on_behalf_of_provider_id,
                         outcome, patient_id, request_id, resource_id, resource_type, id)
  VALUES ('WAITLIST_ATTACH', 'admin', :subject, 'to provider', 200, now(), NULL, 'SUCCESS', :e_patient_id, NULL, :eid,
          'WAITLIST_ENTRY', gen_random_uuid());
INSERT INTO notification (id, to_address, subject, body, kind)
  VALUES (gen_random_uuid(), 'patient@mail.example', 'You have a family doctor or nurse practitioner',
          'Hello, Dr. X has taken you on as a patient. Please call the clinic to book your first visit.', 'ATTACHED');
COMMIT;
SELECT * FROM patient WHERE id IN (:e_patient_id);
SELECT * FROM community WHERE id IN (:e_community_id);
SELECT household_id, count(id) FROM waitlist_entry WHERE household_id IN (:e_household_id) AND status = 'WAITING'
 GROUP BY household_id;
