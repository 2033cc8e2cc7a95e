-- Rate-limit windows shared by every API instance (issue 14): one row per user and policy, the start of
-- the user's current fixed window and the requests counted in it. Rows of past windows are deleted by
-- RateLimits' job.
create table rate_limit (
    subject      varchar(255) not null,
    policy       varchar(32)  not null,
    window_start timestamptz  not null,
    used         int          not null,
    primary key (subject, policy)
);
create index rate_limit_window_idx on rate_limit (window_start);
