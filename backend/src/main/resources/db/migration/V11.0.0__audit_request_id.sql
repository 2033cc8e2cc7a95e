-- Audit events name the API instance that wrote them (pas.instance), next to the request's id
-- (request_id, there since V1.2.0, now filled from X-Request-Id): with several instances, an event,
-- the problem+json answer (instance urn:uuid:<request id>) and the log lines of one request are found together.
-- Adding a column is DDL: the append-only trigger (V6.0.0) refuses row updates, not this.
alter table audit_event add column instance varchar(100);
