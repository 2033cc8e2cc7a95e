-- The SQL of GET /providers/{id}/panel?page=N&size=20 (the provider): the provider, the page of
-- members with their patients in name order, the count and the audit event, in one transaction.
\set page random(0, :pages - 1)
BEGIN;
SELECT * FROM provider WHERE id = :provider;
SELECT m.patient_id, m.added_at, m.added_by_subject, p.*, m.provider_id, m.since, m.source, m.submission_id
  FROM panel_member m JOIN patient p ON p.id = m.patient_id
 WHERE m.provider_id = :provider
 ORDER BY lower(p.family_name), lower(p.given_names), p.id OFFSET :page * 20 LIMIT 20;
SELECT count(*) FROM panel_member m WHERE m.provider_id = :provider;
INSERT INTO audit_event (action, actor_roles, actor_subject, detail, http_status, occurred_at, on_behalf_of_provider_id,
                         outcome, patient_id, request_id, resource_id, resource_type, id)
  VALUES ('PANEL_READ', 'provider', :subject, 'page 1: 20 of 1500 members', 200, now(), NULL, 'SUCCESS', NULL, NULL,
          :provider, 'PANEL', gen_random_uuid());
COMMIT;
