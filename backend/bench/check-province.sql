-- Checks that the seeded province follows the code's rules (run by seed-province.sh; every line
-- must say 0). The foreign keys, unique indexes and check constraints were re-validated by the seed.
\set ON_ERROR_STOP on
create function pg_temp.phn_ok(phn text) returns boolean language sql immutable as
$$ select (11 - ((substr(phn, 2, 1)::int * 2 % 11) + (substr(phn, 3, 1)::int * 4 % 11) + (substr(phn, 4, 1)::int * 8 % 11)
           + (substr(phn, 5, 1)::int * 5 % 11) + (substr(phn, 6, 1)::int * 10 % 11) + (substr(phn, 7, 1)::int * 9 % 11)
           + (substr(phn, 8, 1)::int * 7 % 11) + (substr(phn, 9, 1)::int * 3 % 11)) % 11) % 11 = substr(phn, 10, 1)::int $$;
select 'PHNs failing the check digit' as rule, count(*) as violations from patient where not pg_temp.phn_ok(phn)
union all
select 'entries whose rank_at is not registered_at - 14 days x points', count(*) from waitlist_entry
 where rank_at <> registered_at - priority_points * interval '14 days'
union all
select 'open entries whose points, band or filters differ from the patient', count(*)
 from waitlist_entry e join patient p on p.id = e.patient_id
 where e.status in ('WAITING', 'PROPOSED')
   and (e.priority_points <> p.priority_points or e.complexity <> p.complexity or e.community_id <> p.community_id
        or e.preferred_language <> p.preferred_language or e.date_of_birth <> p.date_of_birth
        or e.household_id <> p.household_id or e.consent_to_share <> p.consent_to_share)
union all
select 'patients whose points are not Priority.points at registration', count(*) from patient p
 where p.priority_points is not null and p.priority_points <>
   least(6, 2 * cardinality(p.chronic_conditions)) + case when p.pregnant then 4 else 0 end
   + case when p.recent_hospital_stay then 3 else 0 end + case when p.mental_health_needs then 2 else 0 end
   + case when p.mobility_limitations then 2 else 0 end
   + case when extract(year from age(p.questionnaire_answered_at::date, p.date_of_birth)) < 2
            or extract(year from age(p.questionnaire_answered_at::date, p.date_of_birth)) >= 75 then 2 else 0 end
union all
select 'registrants with more or less than one SELF', count(*) from (
  select registrant_subject from patient where registrant_subject is not null
  group by 1 having count(*) filter (where relationship = 'SELF') <> 1) x
union all
select 'patients waiting while on a panel', count(*) from waitlist_entry e join panel_member m using (patient_id)
 where e.status in ('WAITING', 'PROPOSED')
union all
select 'attached entries without their panel membership', count(*) from waitlist_entry e
 left join panel_member m on m.patient_id = e.patient_id and m.provider_id = e.attached_provider_id
 where e.status = 'ATTACHED' and m.patient_id is null
union all
select 'attachments or proposals to providers not working in the community', count(*) from waitlist_entry e
 where e.status in ('ATTACHED', 'PROPOSED') and not exists (
   select 1 from clinic_staff s join clinic c on c.id = s.clinic_id
   where s.provider_id = coalesce(e.attached_provider_id, e.proposed_provider_id) and c.community_id = e.community_id)
union all
select 'work for the clock jobs (overdue proposals, due reminders, expiries)', count(*) from waitlist_entry
 where (status = 'PROPOSED' and proposal_deadline < now())
    or (status = 'WAITING' and reconfirm_due_at <= now() and (reminder_sent_at is null or reminder_sent_at < last_confirmed_at))
    or (status = 'WAITING' and reconfirm_due_at < now() - interval '30 days')
union all
select 'panels outside 600-2 000 members', count(*) from (
  select provider_id from panel_member group by 1 having count(*) not between 600 and 2000) x;
