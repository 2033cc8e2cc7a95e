-- Prepares a benchmark run (bench.sh) on the seeded province:
-- * the providers with a panel in the four communities with the most people waiting state a
--   capacity of 500 a month and a desired panel size of 5 000, confirmed now, so that attaches and
--   requests for patients are not refused for capacity (bench_request: those providers);
-- * bench_attach: WAITING, consenting entries of those communities, each paired with a provider
--   of its community who has room left this month (up to per_provider each); the first 45 % go to the open-model
--   run (load/OpenLoad.java: half of wrk's rate for 15 + 30 s, 22.5 s of wrk's rate), the next 30 % to wrk (5 + 10 s)
--   and the rest to pgbench (10 s, sequence bench_attach_pgbench); bench_attach_share says where each share ends.
--   Attached entries stay attached: each run takes new ones. (With a fifth for the open run, x0.25 of the province,
--   340 providers, ran out of entries: 6 280 for 20 835 requests.)
\set ON_ERROR_STOP on
set client_min_messages = warning;
\if :{?per_provider} \else \set per_provider 250 \endif
create temp table big as
select community_id from waitlist_entry where status = 'WAITING' group by 1 order by count(*) desc limit 4;
create temp table bench_providers as
select distinct on (s.provider_id) s.provider_id, c.community_id
from clinic_staff s join clinic c on c.id = s.clinic_id join big using (community_id)
where exists (select 1 from panel_member m where m.provider_id = s.provider_id)
order by s.provider_id, c.community_id;
insert into provider_capacity (provider_id, accepting, monthly_capacity, desired_panel_size, low_percent,
                               moderate_percent, high_percent, last_confirmed_at, updated_by_subject)
select provider_id, true, 500, 5000, 50, 35, 15, now(), 'bench' from bench_providers
on conflict (provider_id) do update set accepting = true, monthly_capacity = 500, desired_panel_size = 5000,
                                        last_confirmed_at = now();

-- Request patients (issue 16): the entries earlier bench runs' requests proposed and nobody answered go back to
-- WAITING, so each run finds the same list; bench_request lists the providers the wrk run asks for (the
-- providers above, in random order).
select to_regclass('patient_request_proposal') is not null as has_requests \gset
\if :has_requests
update waitlist_entry e
   set status = 'WAITING', status_changed_at = now(), proposed_provider_id = null, proposed_at = null,
       proposal_deadline = null, proposed_by_subject = null, proposal_note = null
  from patient_request_proposal p
 where p.entry_id = e.id and e.status = 'PROPOSED';
\endif
drop table if exists bench_request;
create table bench_request as select provider_id from bench_providers order by random();

drop table if exists bench_attach;
drop sequence if exists bench_attach_pgbench;
create table bench_attach as
with room as (
    select b.provider_id, b.community_id,
           least(:per_provider, 500 - (select count(*) from panel_member m
                                       where m.provider_id = b.provider_id and m.source = 'PAS_ATTACHMENT'
                                         and m.added_at >= date_trunc('month', now() at time zone 'America/Vancouver')
                                                           at time zone 'America/Vancouver'))::int as room
    from bench_providers b),
slots as (
    select provider_id, community_id, row_number() over (partition by community_id order by k, provider_id) as r
    from room, generate_series(1, room) k),
entries as (
    select id, community_id, row_number() over (partition by community_id order by random()) as r
    from waitlist_entry
    where status = 'WAITING' and consent_to_share and community_id in (select community_id from big))
select row_number() over (order by random())::int as n, e.id as entry_id, s.provider_id
from entries e join slots s using (community_id, r);
alter table bench_attach add primary key (n);
drop table if exists bench_attach_share;
create table bench_attach_share as select count(*) * 9 / 20 as open_last, count(*) * 3 / 4 as wrk_last from bench_attach;
select format('create sequence bench_attach_pgbench start with %s', wrk_last + 1) from bench_attach_share \gexec
