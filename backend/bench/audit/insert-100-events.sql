-- 100 audit events in one transaction (generating a large chained trail for the verification timing).
INSERT INTO audit_event (id, occurred_at, actor_subject, actor_roles, action, operation, resource_type, resource_id,
                         outcome, http_status, request_id, instance, detail)
SELECT gen_random_uuid(), now(), 'user-' || (random() * 5000)::int, 'provider', 'PATIENT_READ', 'getPatient',
       'PATIENT', gen_random_uuid()::text, CASE WHEN random() < 0.02 THEN 'DENIED' ELSE 'SUCCESS' END, 200,
       gen_random_uuid()::text, 'bench', 'generated event ' || g
  FROM generate_series(1, 100) g;
