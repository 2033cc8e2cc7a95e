-- Notification emails, written in the transaction of the change that causes them (an outbox) and
-- sent after commit by a job that retries: sending never blocks or breaks the change itself.
create table notification (
    id              uuid primary key,
    to_address      varchar(254)  not null,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    kind            varchar(32)   not null,
    status          varchar(8)    not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null default now(),
    last_error      varchar(500),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz
);

-- The sender picks due pending notifications in order.
create index notification_due_idx on notification (next_attempt_at) where status = 'PENDING';

-- The reconfirmation reminder is sent once per period.
alter table waitlist_entry add column reminder_sent_at timestamptz;
create index waitlist_entry_reminder_idx on waitlist_entry (reconfirm_due_at) where status = 'WAITING';
