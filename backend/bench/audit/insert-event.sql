-- One audit event per transaction, as a refusal writes it (its own transaction): the worst case for the
-- chain, whose head is locked from the event's chaining (at COMMIT) until the commit is durable.
INSERT INTO :table (id, actor_subject, actor_roles, action, operation, resource_type, resource_id, outcome,
                         http_status, request_id, instance, detail)
VALUES (gen_random_uuid(), 'bench-' || :client_id, 'provider', 'ROLE_REFUSED', 'getPatientQuestionnaire', 'PATIENT',
        gen_random_uuid()::text, 'DENIED', 403, gen_random_uuid()::text, 'bench',
        'Refused by role: GET /patients/{patientId}/questionnaire');
