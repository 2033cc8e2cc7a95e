-- The SQL of GET /patients/{id} (admin), statement by statement as the API sends it, in one transaction:
-- the read, the latest waitlist entry for the body, the audit event (Hibernate inserts it at commit).
-- The community comes from Hibernate's second-level cache (no SQL once it is warm). Ids as seed-province.sql's uid.
\set n random(1, :patients)
BEGIN;
SELECT id, coalesce(community_id, '00000000-0000-0000-0000-000000000000') AS cid, address_line1, address_line2,
       chronic_conditions, city, complexity, consent_to_share, created_at, date_of_birth, email, family_name, gender,
       given_names, household_id, match_with_household, mental_health_needs, merged_into, mobility_limitations, phn,
       phone, postal_code, preferred_language, pregnant, priority_points, province, questionnaire_answered_at,
       recent_hospital_stay, registrant_subject, registration_idempotency_key, registration_request_hash,
       relationship, updated_at, version
  FROM patient WHERE id = (lpad(to_hex(:n::int), 8, '0') || '-000a-4000-8000-' || lpad(to_hex(:n::bigint * 40503), 12, '0'))::uuid \gset p_
SELECT * FROM waitlist_entry WHERE patient_id = :p_id ORDER BY created_at DESC LIMIT 1;
INSERT INTO audit_event (action, actor_roles, actor_subject, detail, http_status, occurred_at, on_behalf_of_provider_id,
                         outcome, patient_id, request_id, resource_id, resource_type, id)
  VALUES ('PATIENT_READ', 'admin', :subject, NULL, 200, now(), NULL, 'SUCCESS', :p_id, NULL, :p_id, 'PATIENT', gen_random_uuid());
COMMIT;
