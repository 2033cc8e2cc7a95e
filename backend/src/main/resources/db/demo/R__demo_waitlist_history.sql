-- Demo data for `make run` and the end-to-end suite: fifteen months of waitlist history in nine communities
-- (none that the demo users or the journeys work in), so that the public statistics have closed months to
-- show. 2 000 patients, each registered on a day of the last 450, and then, by their number: still waiting
-- (most), attached by a demo provider, withdrawn (found a provider, or moved away), expired, or moved to
-- another community. Every change is a recorded transition, as the API writes them. Idempotent.
drop table if exists demo_history;
create temporary table demo_history as
with places(k, name) as (values (0, 'Surrey'), (1, 'Burnaby'), (2, 'Abbotsford'), (3, 'Kelowna'), (4, 'Kamloops'),
                                (5, 'Nanaimo'), (6, 'Langford'), (7, 'Prince George'), (8, 'North Vancouver')),
     people as (
         select n, md5('demo-history:patient:' || n)::uuid as patient_id, md5('demo-history:entry:' || n)::uuid as entry_id,
                date_trunc('day', now()) - ((n * 37) % 450 + 1) * interval '1 day' + (n % 9) * interval '1 hour' as registered_at,
                20 + (n * 13) % 160 as days_to_outcome,
                case when n % 20 <= 10 then 'WAITING' when n % 20 <= 15 then 'ATTACHED' when n % 20 = 16 then 'WITHDRAWN'
                     when n % 20 = 17 then 'MOVED_AWAY' when n % 20 = 18 then 'EXPIRED' else 'MOVED' end as outcome,
                n % 9 as place, (n + 4) % 9 as next_place,
                (array['en', 'en', 'en', 'pa', 'zh', 'fr', 'tl'])[1 + n % 7] as language,
                (n * 7) % 10 as points
         from generate_series(1, 2000) n)
select p.*, c.id as community_id, c2.id as next_community_id,
       md5('demo-history:provider:' || p.place)::uuid as provider_id,
       case when p.outcome = 'MOVED' then p.registered_at + interval '30 days'
            else p.registered_at + p.days_to_outcome * interval '1 day' end as outcome_at
from people p
join places pl on pl.k = p.place join community c on c.name = pl.name
join places pl2 on pl2.k = p.next_place join community c2 on c2.name = pl2.name;

-- An outcome that would fall in the future has not happened yet: still waiting.
update demo_history set outcome = 'WAITING' where outcome_at > now() - interval '1 day';

insert into provider (id, name, type, msp_number, email, languages)
select distinct on (place) provider_id, 'Dr. Demo ' || (array['Surrey', 'Burnaby', 'Abbotsford', 'Kelowna', 'Kamloops',
       'Nanaimo', 'Langford', 'Prince George', 'North Vancouver'])[1 + place], 'FAMILY_PHYSICIAN',
       'D' || lpad((place + 1)::text, 4, '0'), 'demo.provider' || place || '@pas.example', '{en}'
from demo_history
on conflict do nothing;

insert into patient (id, phn, family_name, given_names, date_of_birth, gender, postal_code, created_at, updated_at,
                     city, province, community_id, email, preferred_language, consent_to_share, relationship,
                     priority_points, complexity)
select patient_id, '97' || lpad(n::text, 8, '0'), 'History', 'Demo ' || n, date '1950-01-01' + (n * 53) % 25000,
       (array['FEMALE', 'MALE'])[1 + n % 2], 'V3T 1A' || n % 10, registered_at, registered_at, 'Demo', 'BC',
       case when outcome = 'MOVED' then next_community_id else community_id end,
       'demo.history' || n || '@mail.example', language, true, 'SELF', points,
       case when points <= 2 then 'LOW' when points <= 7 then 'MODERATE' else 'HIGH' end
from demo_history
on conflict do nothing;

insert into waitlist_entry (id, patient_id, community_id, status, registered_at, priority_points, rank_at, complexity,
                            preferred_language, date_of_birth, consent_to_share, attached_provider_id, attached_at,
                            last_confirmed_at, reconfirm_due_at, expired_at, status_changed_at, created_at, updated_at)
select h.entry_id, h.patient_id, p.community_id,
       case h.outcome when 'ATTACHED' then 'ATTACHED' when 'EXPIRED' then 'EXPIRED'
                      when 'WITHDRAWN' then 'WITHDRAWN' when 'MOVED_AWAY' then 'WITHDRAWN' else 'WAITING' end,
       h.registered_at, p.priority_points, h.registered_at - p.priority_points * interval '14 days', p.complexity,
       p.preferred_language, p.date_of_birth, true,
       case when h.outcome = 'ATTACHED' then h.provider_id end, case when h.outcome = 'ATTACHED' then h.outcome_at end,
       -- Those still waiting confirmed lately, so the reconfirmation job leaves them be.
       greatest(h.registered_at, now() - (h.n % 60) * interval '1 day'),
       greatest(h.registered_at, now() - (h.n % 60) * interval '1 day') + interval '180 days',
       case when h.outcome = 'EXPIRED' then h.outcome_at end,
       case when h.outcome in ('WAITING', 'MOVED') then h.registered_at else h.outcome_at end,
       h.registered_at, now()
from demo_history h join patient p on p.id = h.patient_id
on conflict do nothing;

insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, actor_subject, actor_name, provider_id,
                                 withdraw_reason, complexity, community_id, from_community_id)
select md5('demo-history:transition:' || t.kind || ':' || h.n)::uuid, h.entry_id, t.from_status, t.to_status, t.cause, t.at,
       'system', 'PAS demo history', t.provider_id, t.withdraw_reason, p.complexity, t.community_id, t.from_community_id
from demo_history h join patient p on p.id = h.patient_id
cross join lateral (values
    ('registration', null, 'WAITING', 'REGISTRATION', h.registered_at, null::uuid, null, h.community_id, null::uuid),
    ('outcome', 'WAITING',
     case h.outcome when 'ATTACHED' then 'ATTACHED' when 'EXPIRED' then 'EXPIRED' when 'MOVED' then 'WAITING'
                    else 'WITHDRAWN' end,
     case h.outcome when 'ATTACHED' then 'ATTACHMENT' when 'EXPIRED' then 'EXPIRY' when 'MOVED' then 'COMMUNITY_CHANGE'
                    else 'WITHDRAWAL' end,
     h.outcome_at, case when h.outcome = 'ATTACHED' then h.provider_id end,
     case h.outcome when 'WITHDRAWN' then 'FOUND_PROVIDER' when 'MOVED_AWAY' then 'MOVED_AWAY' end,
     case when h.outcome = 'MOVED' then h.next_community_id else h.community_id end,
     case when h.outcome = 'MOVED' then h.community_id end)
) as t (kind, from_status, to_status, cause, at, provider_id, withdraw_reason, community_id, from_community_id)
where t.kind = 'registration' or h.outcome <> 'WAITING'
on conflict do nothing;

drop table demo_history;
