-- Capacity reminders (issue 16): a provider is emailed 14 days before their capacity statement goes stale
-- and once on the day it does. Each marker says the reminder for the current statement went out; confirming
-- or updating the statement clears both, so each reminder goes once per statement.
alter table provider_capacity
    add column stale_soon_reminded_at timestamptz,
    add column stale_reminded_at      timestamptz;

-- The reminder job finds the statements due a reminder by their confirmation date, among those not yet
-- reminded (a few per day out of thousands).
create index provider_capacity_stale_soon_due_idx on provider_capacity (last_confirmed_at)
    where stale_soon_reminded_at is null;
create index provider_capacity_stale_due_idx on provider_capacity (last_confirmed_at)
    where stale_reminded_at is null;
