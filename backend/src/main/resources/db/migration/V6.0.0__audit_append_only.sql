-- Audit events are append-only, also for the application's own database role (which owns the
-- table): updates and deletes are refused by a trigger, whoever asks. (TRUNCATE, a table-level
-- operation for re-seeding a benchmark database, stays with the owner.)
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
