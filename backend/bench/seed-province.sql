-- The province data set, generated inside PostgreSQL with set-based SQL (INSERT ... SELECT over
-- generate_series): no row crosses the network. Run by backend/bench/seed-province.sh on a database
-- that Flyway migrated and the demo data (db/demo/R__demo_data.sql) filled.
--
-- What it makes (figures of British Columbia, ../shared/DOMAIN.md):
--   1 300 clinics, 6 000 providers (3 of them the demo users), capacity statements, coordinators;
--   6 000 000 patients with valid PHNs;
--   770 000 waitlist entries: 500 000 open (WAITING, 1 % PROPOSED), 200 000 ATTACHED, 40 000
--   WITHDRAWN, 30 000 EXPIRED, registered over the last 2 years, households of 1-2 registered by
--   one person, big cities over-represented (weight population^1.2);
--   panels of 600-2 000 (about 4.6 M memberships on about 3 400 panels, with the attachments),
--   the removals of about 600 000 earlier memberships, every transition of every entry and the
--   audit events of 2 years (registrations, proposals, attachments, reads).
-- Data follows the code's rules: PHN check digits (common/Phn), priority points and complexity
-- (patient/Priority, age at registration), rank_at = registered_at - 14 days x points
-- (waitlist/WaitlistEntry), household id = UUID.nameUUIDFromBytes("household:" + registrant),
-- one open entry per patient, nobody waiting while on a panel, attachments to providers who work
-- in the patient's community, reconfirmation dates that the clock jobs leave alone.
--
-- Speed: the secondary indexes and foreign keys of the big tables are dropped first and recreated
-- at the end (re-adding a foreign key checks every row in one pass); ids and PHNs grow with the row
-- number, so the primary keys and the PHN unique index are filled in order.
\set ON_ERROR_STOP on
\if :{?timing} \timing on \endif
set client_min_messages = warning;
set synchronous_commit = off;
set maintenance_work_mem = '1GB';
set work_mem = '256MB';
set max_parallel_maintenance_workers = 2;
select setseed(0.2026) \g /dev/null

-- Sizes of the province (x1; psql -v name=value overrides them: seed-province.sh scales them all with SCALE, or
-- SEED_ARGS sets them one by one for a small trial run; the entry counts are multiples of 5).
\if :{?registered} \else \set registered 770000 \endif
\if :{?open_until} \else \set open_until 500000 \endif
\if :{?attached_until} \else \set attached_until 700000 \endif
\if :{?withdrawn_until} \else \set withdrawn_until 740000 \endif
\if :{?patients} \else \set patients 6000000 \endif
\if :{?providers} \else \set providers 6000 \endif
\if :{?clinics} \else \set clinics 1300 \endif
-- providers 1..panels have a panel; the last `left_panel` patients left one in the last two years
\if :{?panels} \else \set panels 3400 \endif
\if :{?left_panel} \else \set left_panel 600000 \endif

-- ---------------------------------------------------------------------------------------------
-- Helpers (session-only)
-- ---------------------------------------------------------------------------------------------
-- An id that grows with n: a primary key filled in order. kind keeps tables apart. The last group is n x 40503, not
-- n: with n in both halves Java's UUID.hashCode (the halves XORed) was the same for every id of a kind, and
-- Hibernate's session maps of the loaded entities degraded to trees. bench.sh, pgbench/, wrk/ and load/OpenLoad.java build ids the same way.
create function pg_temp.uid(kind int, n bigint) returns uuid language sql immutable as
$$ select (lpad(to_hex(n), 8, '0') || '-' || lpad(to_hex(kind), 4, '0') || '-4000-8000-' || lpad(to_hex(n * 40503), 12, '0'))::uuid $$;

-- The PHN check digit of the 8-digit body b (common/Phn.java): 10 means "never issued".
create function pg_temp.phn_check(b int) returns int language sql immutable as
$$ select (11 - ((b / 10000000 % 10) * 2 % 11 + (b / 1000000 % 10) * 4 % 11 + (b / 100000 % 10) * 8 % 11
           + (b / 10000 % 10) * 5 % 11 + (b / 1000 % 10) * 10 % 11 + (b / 100 % 10) * 9 % 11
           + (b / 10 % 10) * 7 % 11 + (b % 10) * 3 % 11) % 11) % 11 $$;

-- The n-th PHN: body 10 000 000 + 3 n, or the next body whose check is not 10 (10 means "never issued"; a
-- body one higher changes the weighted sum, and up to 30 M patients two higher is needed twice, after a carry:
-- 40 999 999 and 55 999 999). Grows with n; never repeats (the next n starts 3 higher); 8 digits up to
-- 29 999 999 patients (x4 of the province is 24 000 000).
-- (PL/pgSQL: an SQL function with a FROM clause is not inlined and costs 60 us a call, this one 1 us.)
create function pg_temp.phn(n int) returns text language plpgsql immutable as
$$ declare b int := 10000000 + 3 * n;
   begin
     while pg_temp.phn_check(b) = 10 loop b := b + 1; end loop;
     return '9' || lpad(b::text, 8, '0') || pg_temp.phn_check(b)::text;
   end $$;

-- Java's UUID.nameUUIDFromBytes (MD5, version 3): PatientService.householdOf.
create function pg_temp.name_uuid(name text) returns uuid language plpgsql immutable as
$$ declare h text := md5(name);
   begin
     return (substr(h, 1, 12) || '3' || substr(h, 14, 3)
             || substr('89ab89ab89ab89ab', ('x' || substr(h, 17, 1))::bit(4)::int + 1, 1) || substr(h, 18))::uuid;
   end $$;

create function pg_temp.pick(a anyarray) returns anyelement language sql volatile as
$$ select a[1 + floor(random() * cardinality(a))::int] $$;

create temp table family_names(a text[]);
insert into family_names values (array['Smith','Brown','Tremblay','Martin','Roy','Wilson','Macdonald','Gagnon','Johnson',
  'Taylor','Lee','Singh','Wong','Chen','Nguyen','Anderson','Campbell','Thompson','Gill','Sandhu','Li','Zhang','Wang',
  'Liu','Kim','Park','Patel','Sharma','Dhillon','Grewal','Fraser','Stewart','Robertson','Scott','Morrison','Clark',
  'Young','White','Walker','Hall','Harris','Lewis','Jackson','Thomas','Moore','Evans','Bell','Murray','Reid','Ross',
  'Henderson','Paterson','Graham','Kerr','Hamilton','Ferguson','Mackenzie','Cooper','Ward','Hughes','Price','Wood',
  'Baker','Hill','Green','Adams','Nelson','Carter','Mitchell','Perez','Garcia','Lopez','Gonzalez','Rodriguez','Silva',
  'Santos','Ferreira','Pereira','Costa','Dubois','Lefebvre','Bouchard','Cote','Gauthier','Morin','Lavoie','Fortin',
  'Tran','Le','Pham','Huang','Wu','Yang','Zhao','Zhou','Xu','Sun','Ma','Hu','Lin','Ho','Yamamoto','Tanaka','Sato',
  'Suzuki','Ali','Khan','Ahmed','Hussain','Rahman','Jones','Williams','Davies','Joseph','Francis','George','Sam',
  'Charlie','Jack','Williams','Dick','Wilson','Paul','Louie','Harry']);
create temp table given_names(a text[]);
insert into given_names values (array['Olivia','Emma','Charlotte','Amelia','Sophia','Ava','Chloe','Mia','Evelyn',
  'Harper','Liam','Noah','Oliver','William','Benjamin','Lucas','Jack','Ethan','Leo','James','Jasleen','Harpreet',
  'Gurpreet','Manpreet','Simran','Arjun','Aarav','Priya','Anika','Rohan','Wei','Jun','Min','Yan','Hui','Ming','Jia',
  'Hao','Xin','Lei','Minh','Linh','Anh','Duc','Mai','Ji-woo','Seo-yeon','Min-jun','Hana','Yuki','Haruto','Sakura',
  'Mohammed','Fatima','Omar','Aisha','Ali','Zara','Sofia','Mateo','Santiago','Valentina','Camila','Diego','Lucia',
  'Gabriel','Louis','Juliette','Camille','Margaret','Dorothy','Helen','Ruth','Barbara','Joan','Robert','John',
  'Richard','David','Michael','Thomas','George','Peter','Susan','Linda','Karen','Nancy','Sarah','Jessica','Jennifer',
  'Emily','Hannah','Grace','Ella','Ruby','Isla','Alexander','Daniel','Matthew','Ryan','Nathan','Owen','Logan',
  'Caleb','Dylan','Tyler','Kai','Sky','River','Jordan','Taylor','Morgan','Riley','Avery','Quinn','Rowan']);

-- Communities: population (2021 census, rounded) sets the weight of patients, clinics and
-- providers; the waitlist uses population^1.2, so big cities wait more than their share.
create temp table population(name text primary key, people int);
insert into population values ('Vancouver', 662000), ('Surrey', 568000), ('Burnaby', 249000), ('Richmond', 209000),
  ('Abbotsford', 153000), ('Coquitlam', 148000), ('Kelowna', 144000), ('Langley', 160000), ('Saanich', 117000),
  ('Delta', 108000), ('Kamloops', 97000), ('Nanaimo', 99000), ('Victoria', 92000), ('Chilliwack', 93000),
  ('Maple Ridge', 90000), ('North Vancouver', 140000), ('New Westminster', 79000), ('Prince George', 77000),
  ('Port Coquitlam', 61000), ('Vernon', 44000), ('Penticton', 37000), ('West Vancouver', 44000), ('Mission', 41000),
  ('Langford', 46000), ('Campbell River', 35000), ('Courtenay', 29000), ('Port Moody', 34000), ('White Rock', 22000),
  ('West Kelowna', 37000), ('Duncan', 25000), ('Parksville', 13000), ('Salmon Arm', 19000), ('Squamish', 24000),
  ('Fort St. John', 21000), ('Cranbrook', 21000), ('Williams Lake', 11000), ('Port Alberni', 18000),
  ('Sechelt', 11000), ('Powell River', 14000), ('Sidney', 12000), ('Terrace', 12000), ('Dawson Creek', 12000),
  ('Quesnel', 10000), ('Trail', 8000), ('Nelson', 11000), ('Prince Rupert', 12000), ('Kitimat', 8000),
  ('Smithers', 5000), ('Hope', 6000), ('Merritt', 7000), ('Revelstoke', 8000), ('Whistler', 14000),
  ('Osoyoos', 5000), ('Golden', 4000), ('Agassiz', 7000), ('Vanderhoof', 4500), ('Fort Nelson', 3500),
  ('Port Hardy', 4000), ('Tofino', 2500), ('Masset', 1000), ('Bella Coola', 2000);

-- Slot arrays: a community appears in proportion to its weight (at least once in 1 000 slots).
create temp table slots as
with w as (
    select c.id, coalesce(p.people, 5000)::float8 as people from community c left join population p on p.name = c.name),
t as (select sum(people) as total, sum(people ^ 1.2) as total_wait from w)
select (select array_agg(id) from w, t, generate_series(1, greatest(1, round(1000 * people / total)::int))) as by_population,
       (select array_agg(id) from w, t, generate_series(1, greatest(1, round(1000 * people ^ 1.2 / total_wait)::int))) as by_waitlist,
       (select array_agg(id order by name) from community) as all_communities;

-- ---------------------------------------------------------------------------------------------
-- Drop what makes bulk loading slow; recreated (and re-checked) at the end
-- ---------------------------------------------------------------------------------------------
create temp table saved_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i
where i.indrelid in ('patient'::regclass, 'waitlist_entry'::regclass, 'waitlist_transition'::regclass,
                     'audit_event'::regclass, 'panel_member'::regclass, 'panel_member_removal'::regclass)
  and not i.indisprimary
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
create temp table saved_fk as
select c.conrelid::regclass::text as tab, c.conname as name, pg_get_constraintdef(c.oid) as def
from pg_constraint c
where c.contype = 'f'
  and c.conrelid in ('patient'::regclass, 'waitlist_entry'::regclass, 'waitlist_transition'::regclass,
                     'panel_member'::regclass, 'panel_member_removal'::regclass);
select format('drop index %s', name) from saved_index \gexec
select format('alter table %s drop constraint %I', tab, name) from saved_fk \gexec

-- ---------------------------------------------------------------------------------------------
-- Clinics, providers, staff, capacity, coordinators
-- ---------------------------------------------------------------------------------------------
\echo clinics and providers
-- The first clinics: one per community; the rest by population.
insert into clinic (id, name, address_line1, city, postal_code, community_id, phone, fax, email, status,
                    medical_director_subject, medical_director_name, medical_director_email, created_at, updated_at)
select pg_temp.uid(1, n), x.name || ' ' || (array['Family Practice','Medical Clinic','Health Centre',
         'Primary Care Clinic','Community Health','Family Medicine'])[1 + n % 6] || case when n > 61 then ' ' || n else '' end,
       (100 + n % 9000) || ' ' || (array['Main Street','Oak Street','Cedar Avenue','Hastings Street','King George Blvd',
         'Douglas Street','Broadway','Lonsdale Avenue','Columbia Street','Victoria Drive'])[1 + n % 10],
       x.name, 'V' || (n % 10) || chr(65 + n % 26) || ' ' || (n % 7) || chr(65 + (n / 7) % 26) || (n % 9),
       x.community_id, '604-555-' || lpad((n % 10000)::text, 4, '0'), '604-556-' || lpad((n % 10000)::text, 4, '0'),
       'clinic' || n || '@clinics.example', case when n % 97 = 0 then 'INACTIVE' else 'ACTIVE' end,
       null, null, null, now() - interval '3 years', now() - (n % 700) * interval '1 day'
from (select n, c.id as community_id, c.name
      from (select n, case when n <= cardinality(s.all_communities) then s.all_communities[n]
                           else pg_temp.pick(s.by_population) end as community_id
            from slots s, generate_series(1, :clinics - 2) n) g
      join community c on c.id = g.community_id) x;

create temp table community_clinics as
select community_id, array_agg(id order by id) as ids from clinic group by community_id;

-- Providers 1..122 (two per community) are anchors so every community has providers with panels.
create temp table gen_provider as
select n, g.community_id, pg_temp.pick(cc.ids) as clinic_id,
       case when n % 10 = 7 then 'NURSE_PRACTITIONER' else 'FAMILY_PHYSICIAN' end as type,
       pg_temp.pick((select a from given_names)) as given, pg_temp.pick((select a from family_names)) as family
from (select n, case when n <= 2 * cardinality(s.all_communities) then s.all_communities[1 + (n - 1) % cardinality(s.all_communities)]
                     else pg_temp.pick(s.by_population) end as community_id
      from slots s, generate_series(1, :providers - 3) n) g
join community_clinics cc on cc.community_id = g.community_id;

insert into provider (id, subject, name, type, msp_number, email, phone, languages, status, created_at, updated_at)
select pg_temp.uid(2, n), pg_temp.uid(3, n)::text,
       case when type = 'NURSE_PRACTITIONER' then given || ' ' || family || ', NP' else 'Dr. ' || given || ' ' || family end,
       type, chr(83 + n / 10000) || lpad((n % 10000)::text, 4, '0'),
       lower(replace(given, ' ', '') || '.' || replace(family, ' ', '') || '.' || n || '@providers.example'),
       '604-557-' || lpad((n % 10000)::text, 4, '0'),
       case when n % 5 = 0 then (array['{en,zh}','{en,pa}','{en,fr}','{en,ko}','{en,vi}','{en,es}','{en,hi,pa}',
                                       '{en,tl}','{en,fa}','{en,yue,zh}'])[1 + (n / 5) % 10]::varchar[]
            else '{en}'::varchar[] end,
       case when n % 53 = 0 then 'INACTIVE' else 'ACTIVE' end,
       now() - interval '3 years', now() - (n % 600) * interval '1 day'
from gen_provider;

-- Staff: every provider at their clinic, 15 % at a second clinic of the community; one medical
-- office assistant per clinic. A clinic's medical director is its first physician.
insert into clinic_staff (id, clinic_id, kind, name, email, subject, provider_id, added_at)
select pg_temp.uid(4, n), clinic_id, 'PROVIDER', p.name, p.email, p.subject, p.id, now() - (n % 900) * interval '1 day'
from gen_provider g join provider p on p.id = pg_temp.uid(2, g.n);
insert into clinic_staff (id, clinic_id, kind, name, email, subject, provider_id, added_at)
select pg_temp.uid(5, g.n), second, 'PROVIDER', p.name, p.email, p.subject, p.id, now() - (g.n % 500) * interval '1 day'
from (select g.*, pg_temp.pick(cc.ids) as second from gen_provider g
      join community_clinics cc on cc.community_id = g.community_id
      where g.n % 7 = 3 and cardinality(cc.ids) > 1) g
join provider p on p.id = pg_temp.uid(2, g.n)
where g.second <> g.clinic_id;
insert into clinic_staff (id, clinic_id, kind, name, email, subject, added_at)
select pg_temp.uid(6, row_number() over (order by c.id)), c.id, 'DELEGATE', 'Office Assistant ' || c.name,
       'moa@' || replace(c.email, '@', '.'), null, now() - interval '2 years'
from clinic c where c.id::text like '0%';
update clinic c set medical_director_subject = d.subject, medical_director_name = d.name,
                    medical_director_email = d.email
from (select distinct on (s.clinic_id) s.clinic_id, s.subject, s.name, s.email
      from clinic_staff s join provider p on p.id = s.provider_id
      where p.type = 'FAMILY_PHYSICIAN' and p.id::text like '0%'
      order by s.clinic_id, s.provider_id) d
where c.id = d.clinic_id and c.medical_director_subject is null;

insert into clinic_hours (clinic_id, day_of_week, opens, closes)
select c.id, d, '08:30', case when d = 'THURSDAY' then '19:00'::time else '17:00'::time end
from clinic c, unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY']) d
where c.id::text like '0%';

-- Capacity: half the providers have stated it: 1 in 8 accepting with a fresh statement (about
-- 750, as in BC), 1 in 8 accepting but stale (confirmed more than 90 days ago), the rest not accepting.
insert into provider_capacity (provider_id, accepting, monthly_capacity, desired_panel_size, low_percent,
                               moderate_percent, high_percent, last_confirmed_at, updated_by_subject, updated_at)
select pg_temp.uid(2, n), n % 8 in (0, 1), 5 + n % 26, 1200 + (n % 9) * 100, 50, 35, 15,
       case when n % 8 = 1 then now() - (91 + n % 200) * interval '1 day' else now() - (n % 80) * interval '1 day' end,
       pg_temp.uid(3, n)::text,
       case when n % 8 = 1 then now() - (91 + n % 200) * interval '1 day' else now() - (n % 80) * interval '1 day' end
from gen_provider where n % 8 < 4;

-- Two coordinators per community (the demo coordinator covers Vancouver, Richmond and Victoria).
insert into community_coordinator (id, community_id, subject, name, email, assigned_at)
select pg_temp.uid(7, n), c.id, pg_temp.uid(8, n)::text, 'Coordinator ' || n,
       'coordinator' || n || '@pcn.example', now() - interval '2 years'
from (select n, (select all_communities from slots)[1 + (n - 1) / 2] as community_id
      from generate_series(1, 2 * (select cardinality(all_communities) from slots)) n) g
join community c on c.id = g.community_id;

-- Who can be proposed or attach in a community: providers with a panel (1..:panels, 3 400 at x1) working there.
create temp table community_providers as
select c.community_id, array_agg(distinct s.provider_id) as ids
from clinic_staff s join clinic c on c.id = s.clinic_id
where s.provider_id::text like '0%' and ('x' || substr(s.provider_id::text, 1, 8))::bit(32)::int <= :panels
group by c.community_id;
create temp table community_coordinators as
select community_id, array_agg(subject) as subjects from community_coordinator group by community_id;

-- ---------------------------------------------------------------------------------------------
-- Registered patients and their waitlist entries
-- ---------------------------------------------------------------------------------------------
\echo registered patients
-- Households: blocks of 5 patients are 3 households (1, 2 and 2 people), registered together by
-- their first member (SELF), in one community, on one day.
create temp table reg as
with base as (
    select n, (n - 1) / 5 * 3 + case (n - 1) % 5 when 0 then 0 when 1 then 1 when 2 then 1 else 2 end as hh,
           (n - 1) % 5 in (0, 1, 3) as is_self
    from generate_series(1, :registered) n),
households as (
    select hh, pg_temp.pick((select by_waitlist from slots)) as community_id,
           case when min(n) <= :open_until then now() - random() * interval '730 days'
                when min(n) <= :attached_until then now() - random() * interval '730 days'
                when min(n) <= :withdrawn_until then now() - random() * interval '700 days'
                else now() - (130 + random() * 590) * interval '1 day' end as registered_at,
           hh % 3 <> 0 and random() < 0.5 as together
    from base group by hh)
select b.n, b.hh, b.is_self, h.community_id, h.registered_at, h.together,
       case when b.n <= :open_until then case when random() < 0.01 then 'PROPOSED' else 'WAITING' end
            when b.n <= :attached_until then 'ATTACHED'
            when b.n <= :withdrawn_until then 'WITHDRAWN' else 'EXPIRED' end as status,
       (h.registered_at::date - case when b.is_self or (b.n - 1) % 5 = 2 then 18 * 365 + floor(random() * 70 * 365)::int
                                     else floor(random() * 17 * 365)::int end) as born,
       pg_temp.uid(9, b.hh)::text as registrant
from base b join households h using (hh);

insert into patient (id, phn, family_name, given_names, date_of_birth, gender, postal_code, version, created_at,
                     updated_at, address_line1, address_line2, city, province, community_id, phone, email,
                     preferred_language, consent_to_share, relationship, registrant_subject, household_id,
                     match_with_household, chronic_conditions, pregnant, recent_hospital_stay, mental_health_needs,
                     mobility_limitations, priority_points, complexity, questionnaire_answered_at)
select pg_temp.uid(10, n), pg_temp.phn(n), family, given, born, gender, postal, 0, registered_at, registered_at,
       (10 + hh % 9000) || ' ' || (array['Main Street','Oak Street','Cedar Avenue','Fraser Street','Kingsway',
         'Douglas Street','Broadway','Lonsdale Avenue','Columbia Street','Victoria Drive'])[1 + hh % 10],
       null, city, 'BC', community_id, '604-' || lpad((hh % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'),
       lower(replace(given, ' ', '') || '.' || replace(family, ' ', '') || '.' || n || '@mail.example'), language, consent,
       case when is_self then 'SELF' when age < 18 then 'CHILD' else 'SPOUSE_PARTNER' end,
       registrant, pg_temp.name_uuid('household:' || registrant), together, conditions, pregnant, hospital, mental,
       mobility, points, case when points <= 2 then 'LOW' when points <= 7 then 'MODERATE' else 'HIGH' end,
       registered_at
from (
    -- Priority.points: 2 a chronic condition (at most 6), pregnancy 4, hospital stay 3, mental health 2,
    -- mobility 2, age under 2 or 75 and over 2 (age on the day the questionnaire was answered)
    select q.*, least(6, 2 * cardinality(conditions)) + case when pregnant then 4 else 0 end
                + case when hospital then 3 else 0 end + case when mental then 2 else 0 end
                + case when mobility then 2 else 0 end + case when age < 2 or age >= 75 then 2 else 0 end as points
    from (
        select a.*,
               case when x < 0.55 then '{}'::varchar[]
                    when x < 0.80 then array[(array['DIABETES','HEART_DISEASE','HYPERTENSION','LUNG_DISEASE',
                         'KIDNEY_DISEASE','CANCER','CHRONIC_PAIN','OTHER'])[1 + n % 8]]::varchar[]
                    when x < 0.93 then array['DIABETES','HYPERTENSION']::varchar[]
                    else array['CHRONIC_PAIN','HEART_DISEASE','HYPERTENSION']::varchar[] end as conditions,
               gender = 'FEMALE' and age between 18 and 44 and random() < 0.06 as pregnant,
               random() < 0.08 as hospital, random() < 0.15 as mental, random() < 0.07 as mobility
        from (
            select r.*, extract(year from age(r.registered_at::date, r.born))::int as age, random() as x,
                   c.name as city, fn.a[1 + r.hh % cardinality(fn.a)] as family, pg_temp.pick(gn.a) as given,
                   case when random() < 0.5 then 'FEMALE' when random() < 0.96 then 'MALE' when random() < 0.5 then 'X'
                        else 'UNDISCLOSED' end as gender,
                   'V' || (hh % 10) || chr(65 + hh % 26) || ' ' || (hh % 7) || chr(65 + (hh / 7) % 26) || (hh % 9) as postal,
                   case when random() < 0.8 then 'en' else (array['zh','pa','fr','hi','es','tl','ko','vi','fa'])[1 + n % 9] end
                       as language,
                   random() < 0.85 as consent
            from reg r join community c on c.id = r.community_id, family_names fn, given_names gn
        ) a
    ) q
) p
order by n;

\echo waitlist entries
insert into waitlist_entry (id, patient_id, community_id, status, registered_at, priority_points, rank_at, complexity,
                            preferred_language, date_of_birth, household_id, match_with_household, consent_to_share,
                            proposed_provider_id, proposed_at, proposal_deadline, proposed_by_subject, proposal_note,
                            attached_provider_id, attached_at, last_confirmed_at, reconfirm_due_at, expired_at,
                            status_changed_at, version, created_at, updated_at, reminder_sent_at)
select pg_temp.uid(11, n), pg_temp.uid(10, n), p.community_id, r.status, r.registered_at, p.priority_points,
       r.registered_at - p.priority_points * interval '14 days', p.complexity, p.preferred_language, p.date_of_birth,
       p.household_id, p.match_with_household, p.consent_to_share,
       case when r.status = 'PROPOSED' then pg_temp.pick(cp.ids) end,
       case when r.status = 'PROPOSED' then proposed end,
       case when r.status = 'PROPOSED' then proposed + interval '14 days' end,
       case when r.status = 'PROPOSED' then pg_temp.pick(co.subjects) end,
       null,
       case when r.status = 'ATTACHED' then pg_temp.pick(cp.ids) end,
       case when r.status = 'ATTACHED' then changed end,
       confirmed, confirmed + interval '90 days',
       case when r.status = 'EXPIRED' then changed end,
       case r.status when 'WAITING' then r.registered_at when 'PROPOSED' then proposed else changed end,
       case when r.status = 'WAITING' then 0 else 1 end + case when confirmed > r.registered_at then 1 else 0 end,
       r.registered_at, greatest(r.registered_at, confirmed,
                                 case when r.status in ('WAITING') then r.registered_at else changed end),
       case when r.status = 'EXPIRED' then confirmed + interval '90 days'
            when confirmed > r.registered_at then confirmed - (1 + random() * 20) * interval '1 day' end
from (select r.*,
             now() - random() * least(10, extract(epoch from now() - r.registered_at) / 86400) * interval '1 day'
                 as proposed,
             -- when the entry left WAITING: attached, withdrawn, or expired 120-125 days after registering
             case when r.status = 'EXPIRED' then r.registered_at + (120 + random() * 5) * interval '1 day'
                  else r.registered_at + random() * (now() - r.registered_at) end as changed,
             -- open entries reconfirmed within the last 85 days when they are older than that
             case when r.status in ('WAITING', 'PROPOSED') and r.registered_at < now() - interval '85 days'
                      then now() - random() * interval '85 days'
                  else r.registered_at end as confirmed
      from reg r) r
join patient p on p.id = pg_temp.uid(10, r.n)
join community_providers cp on cp.community_id = r.community_id
join community_coordinators co on co.community_id = r.community_id
order by n;

-- ---------------------------------------------------------------------------------------------
-- Panels: attachments through PAS, then panel files (Teleplan, Dr.Bill) and manual additions
-- ---------------------------------------------------------------------------------------------
\echo panels
insert into panel_member (patient_id, provider_id, since, source, added_at, added_by_subject)
select e.patient_id, e.attached_provider_id, (e.attached_at at time zone 'America/Vancouver')::date, 'PAS_ATTACHMENT',
       e.attached_at, pr.subject
from waitlist_entry e join provider pr on pr.id = e.attached_provider_id
where e.status = 'ATTACHED'
order by e.patient_id;

-- Providers 1..:panels (3 400 at x1) and the demo providers have panels: blocks of the patients after the
-- registered ones, sized so that with their attachments a panel holds 600-2 000 (dr.lee 1 500).
create temp table attached_count as
select provider_id, count(*)::int as attached from panel_member group by provider_id;
create temp table panel_block as
with sized as (
    select g.n, g.provider_id,
           greatest(0, g.size - coalesce((select attached from attached_count a where a.provider_id = g.provider_id), 0)) as size,
           (array['TELEPLAN','TELEPLAN','TELEPLAN','DR_BILL','DR_BILL','MANUAL'])[1 + g.n % 6] as source
    from (select n, pg_temp.uid(2, n) as provider_id, 600 + floor(random() * 1400)::int as size
          from gen_provider where n <= :panels
          union all
          -- the demo providers after every generated one (n beyond any provider count; n % 6 sets the source)
          values (909001, 'e0000000-0000-4000-8000-000000000003'::uuid, 1500),
                 (909002, 'e0000000-0000-4000-8000-000000000004'::uuid, 1200),
                 (909003, 'e0000000-0000-4000-8000-000000000005'::uuid, 800)) g),
cum as (select *, sum(size) over (order by n) as upto from sized)
select n, provider_id, source, :registered + upto - size + 1 as first_n, :registered + upto as last_n
from cum where :registered + upto <= :patients - :left_panel;

-- One completed panel file per provider who submits files (its rows are not kept here).
insert into panel_submission (id, provider_id, file_name, file_size_bytes, file_sha256, mode, source, status, applied,
                              rows_total, rows_processed, added, removed, unchanged, rejected, submitted_by_subject,
                              submitted_by_name, submitted_by_roles, submitted_at, started_at, completed_at)
select pg_temp.uid(12, b.n), b.provider_id, 'panel-' || b.n || '.csv', (b.last_n - b.first_n + 1) * 60,
       md5(b.n::text) || md5(b.provider_id::text), 'APPLY_VALID_ROWS', b.source, 'COMPLETED', true,
       b.last_n - b.first_n + 1, b.last_n - b.first_n + 1, b.last_n - b.first_n + 1, 0, 0, 0, p.subject, p.name,
       'provider', now() - (400 + b.n % 300) * interval '1 day', now() - (400 + b.n % 300) * interval '1 day',
       now() - (400 + b.n % 300) * interval '1 day' + interval '1 second'
from panel_block b join provider p on p.id = b.provider_id
where b.source <> 'MANUAL';

\echo panel patients
insert into patient (id, phn, family_name, given_names, date_of_birth, gender, postal_code, version, created_at, updated_at)
select pg_temp.uid(10, n), pg_temp.phn(n), pg_temp.pick(f.a), pg_temp.pick(g.a),
       current_date - floor(random() ^ 1.1 * 95 * 365)::int,
       case when random() < 0.51 then 'FEMALE' when random() < 0.98 then 'MALE' when random() < 0.5 then 'X'
            else 'UNDISCLOSED' end,
       'V' || (n % 10) || chr(65 + n % 26) || ' ' || (n % 7) || chr(65 + (n / 7) % 26) || (n % 9), 0,
       now() - (400 + n % 300) * interval '1 day', now() - (400 + n % 300) * interval '1 day'
from generate_series(:registered + 1, :patients) n, family_names f, given_names g;

insert into panel_member (patient_id, provider_id, since, source, submission_id, added_at, added_by_subject)
select pg_temp.uid(10, s.pn), b.provider_id, current_date - (400 + floor(random() * 6000)::int), b.source,
       case when b.source <> 'MANUAL' then pg_temp.uid(12, b.n) end,
       now() - (400 + b.n % 300) * interval '1 day', p.subject
from panel_block b join provider p on p.id = b.provider_id, generate_series(b.first_n, b.last_n) s(pn)
order by s.pn;

-- The patients after the last panel block left a panel in the last 2 years.
insert into panel_member_removal (id, patient_id, provider_id, since, source, added_at, removed_at, reason,
                                  removed_by_subject)
select pg_temp.uid(13, n), pg_temp.uid(10, n), pg_temp.uid(2, 1 + n % :panels), current_date - (800 + n % 4000),
       'TELEPLAN', now() - interval '3 years', now() - random() * interval '730 days',
       (array['PATIENT_REQUEST','PATIENT_MOVED','PATIENT_DECEASED','PROVIDER_LEAVING','NOT_SEEN','OTHER'])[1 + n % 6],
       pg_temp.uid(3, 1 + n % :panels)::text
from generate_series((select max(last_n) + 1 from panel_block)::int, :patients) n;

-- ---------------------------------------------------------------------------------------------
-- History: every transition of every entry, and the audit events of two years
-- ---------------------------------------------------------------------------------------------
\echo transitions
create temp sequence transition_seq;
insert into waitlist_transition (id, entry_id, from_status, to_status, cause, at, actor_subject, actor_name,
                                 provider_id, decline_reason, withdraw_reason, complexity, community_id, note)
select pg_temp.uid(14, x.k), (x.t).* from (select nextval('transition_seq') as k, t from (
    -- registration
    select e.id, null::varchar, 'WAITING', 'REGISTRATION', e.registered_at, p.registrant_subject,
           p.given_names || ' ' || p.family_name, null::uuid, null::varchar, null::varchar, e.complexity, e.community_id,
           null::varchar
    from waitlist_entry e join patient p on p.id = e.patient_id
    union all
    -- a declined proposal in the history of 3 % of those waiting (they kept their place)
    select e.id, 'WAITING', 'PROPOSED', 'PROPOSAL', e.registered_at + (e.last_confirmed_at - e.registered_at) / 3,
           pg_temp.pick(co.subjects), 'Coordinator', pg_temp.pick(cp.ids), null, null, e.complexity, e.community_id, null
    from waitlist_entry e join community_providers cp using (community_id) join community_coordinators co using (community_id)
    where e.status = 'WAITING' and ('x' || substr(e.id::text, 1, 8))::bit(32)::int % 33 = 0
    union all
    select e.id, 'PROPOSED', 'WAITING', 'DECLINE', e.registered_at + (e.last_confirmed_at - e.registered_at) / 2,
           null, 'Provider', null, (array['PANEL_FULL','OUTSIDE_SCOPE','PATIENT_DECLINED','COULD_NOT_CONTACT'])[1 + (random() * 3.99)::int],
           null, e.complexity, e.community_id, null
    from waitlist_entry e
    where e.status = 'WAITING' and ('x' || substr(e.id::text, 1, 8))::bit(32)::int % 33 = 0
    union all
    -- reconfirmations
    select e.id, 'WAITING', 'WAITING', 'RECONFIRMATION', e.last_confirmed_at, p.registrant_subject,
           p.given_names || ' ' || p.family_name, null, null, null, e.complexity, e.community_id, null
    from waitlist_entry e join patient p on p.id = e.patient_id
    where e.last_confirmed_at > e.registered_at and e.status in ('WAITING', 'PROPOSED')
    union all
    -- proposals: open ones, and the 40 % of attachments that came through a coordinator
    select e.id, 'WAITING', 'PROPOSED', 'PROPOSAL', coalesce(e.proposed_at, e.attached_at - interval '2 days'),
           coalesce(e.proposed_by_subject, pg_temp.pick(co.subjects)), 'Coordinator',
           coalesce(e.proposed_provider_id, e.attached_provider_id), null, null, e.complexity, e.community_id, null
    from waitlist_entry e join community_coordinators co using (community_id)
    where e.status = 'PROPOSED'
       or (e.status = 'ATTACHED' and e.attached_at - interval '2 days' > e.registered_at
           and ('x' || substr(e.id::text, 1, 8))::bit(32)::int % 5 < 2)
    union all
    select e.id, case when e.attached_at - interval '2 days' > e.registered_at
                           and ('x' || substr(e.id::text, 1, 8))::bit(32)::int % 5 < 2 then 'PROPOSED' else 'WAITING' end,
           'ATTACHED', 'ATTACHMENT', e.attached_at, pr.subject, pr.name, pr.id, null, null, e.complexity,
           e.community_id, null
    from waitlist_entry e join provider pr on pr.id = e.attached_provider_id
    where e.status = 'ATTACHED'
    union all
    select e.id, 'WAITING', 'WITHDRAWN', 'WITHDRAWAL', e.status_changed_at, p.registrant_subject,
           p.given_names || ' ' || p.family_name, null, null,
           (array['FOUND_PROVIDER','MOVED_AWAY','NO_LONGER_NEEDED','OTHER'])[1 + (random() * 3.99)::int],
           e.complexity, e.community_id, null
    from waitlist_entry e join patient p on p.id = e.patient_id
    where e.status = 'WITHDRAWN'
    union all
    select e.id, 'WAITING', 'EXPIRED', 'EXPIRY', e.expired_at, 'pas-system', 'PAS (scheduled job)', null, null, null,
           e.complexity, e.community_id, 'Not reconfirmed within the grace period after the reminder.'
    from waitlist_entry e
    where e.status = 'EXPIRED'
) t) x;
-- The OTHER withdrawals say why.
update waitlist_transition set note = 'Moving to family' where withdraw_reason = 'OTHER';

\echo audit events
-- The chain trigger links one event at a time at COMMIT, moving the one-row head each time: for
-- millions of events in one statement that is millions of versions of one row in one transaction
-- (it never ends). The seed writes the events with it off, then links them in one pass, in the order
-- they happened, as V13.0.0 did for the events before it (make audit-verify checks the result).
alter table audit_event disable trigger audit_event_chained;
create temp sequence audit_seq;
insert into audit_event (id, occurred_at, actor_subject, actor_roles, on_behalf_of_provider_id, action, resource_type,
                         resource_id, patient_id, outcome, http_status, detail)
select pg_temp.uid(15, x.k), (x.a).* from (select nextval('audit_seq') as k, a from (
    -- every transition was a request (or a job) that was audited
    select t.at, t.actor_subject,
           case t.cause when 'REGISTRATION' then 'patient' when 'RECONFIRMATION' then 'patient'
                        when 'WITHDRAWAL' then 'patient' when 'PROPOSAL' then 'coordinator'
                        when 'EXPIRY' then '' else 'provider' end,
           null::uuid,
           case t.cause when 'REGISTRATION' then 'PATIENT_REGISTER' when 'RECONFIRMATION' then 'WAITLIST_RECONFIRM'
                        when 'WITHDRAWAL' then 'WAITLIST_WITHDRAW' when 'PROPOSAL' then 'WAITLIST_PROPOSE'
                        when 'DECLINE' then 'WAITLIST_DECLINE' when 'ATTACHMENT' then 'WAITLIST_ATTACH'
                        else 'WAITLIST_EXPIRE' end,
           case t.cause when 'REGISTRATION' then 'PATIENT' else 'WAITLIST_ENTRY' end,
           case t.cause when 'REGISTRATION' then e.patient_id::text else e.id::text end,
           e.patient_id, 'SUCCESS', 200,
           case t.cause when 'REGISTRATION' then 'entry ' || e.id when 'ATTACHMENT' then 'to provider ' || t.provider_id
                        when 'PROPOSAL' then 'to provider ' || t.provider_id else t.decline_reason end
    from waitlist_transition t join waitlist_entry e on e.id = t.entry_id
    where t.cause <> 'EXPIRY'
    union all
    -- 1.5 M reads of patient records by coordinators and providers
    select now() - random() * interval '730 days', pg_temp.pick(co.subjects), 'coordinator', null, 'PATIENT_READ',
           'PATIENT', e.patient_id::text, e.patient_id, 'SUCCESS', 200, null
    from waitlist_entry e join community_coordinators co using (community_id), generate_series(1, 2) k
    union all
    -- waitlist pages and panel pages
    select now() - random() * interval '730 days', pg_temp.pick(co.subjects), 'coordinator', null, 'WAITLIST_LIST',
           'WAITLIST_ENTRY', co.community_id::text, null, 'SUCCESS', 200, '20 of ' || (1000 + k)
    from community_coordinators co, generate_series(1, 3000) k
    union all
    select now() - random() * interval '730 days', p.subject, 'provider', null, 'PANEL_READ', 'PANEL', p.id::text,
           null, 'SUCCESS', 200, 'page 0: 20 of 1500 members'
    from provider p, generate_series(1, 40) k
    where p.id::text like '0%'
    union all
    -- refusals
    select now() - random() * interval '730 days', pg_temp.uid(9, k)::text, 'patient', null, 'PATIENT_READ',
           'PATIENT', pg_temp.uid(10, k * 7)::text, pg_temp.uid(10, k * 7), 'DENIED', 403,
           'not the patient''s registrant, coordinator or provider'
    from generate_series(1, 20000) k
) a) x;

\echo audit chain
alter table audit_event enable trigger audit_event_chained;
alter table audit_chain_head disable trigger audit_chain_head_guard;
do $$
declare
    e audit_event;
    n bigint;
    previous char(64);
    link char(64);
begin
    select seq, hash into n, previous from audit_chain_head where id = 1;
    for e in select * from audit_event a where not exists (select 1 from audit_chain c where c.event_id = a.id)
             order by occurred_at, id loop
        n := n + 1;
        link := audit_event_hash(e, n, previous);
        insert into audit_chain (seq, event_id, prev_hash, hash) values (n, e.id, previous, link);
        previous := link;
    end loop;
    update audit_chain_head set seq = n, hash = previous where id = 1;
end;
$$;
alter table audit_chain_head enable trigger audit_chain_head_guard;

-- ---------------------------------------------------------------------------------------------
-- Indexes and foreign keys back (every foreign key is checked again here), then statistics
-- ---------------------------------------------------------------------------------------------
\echo indexes and foreign keys
select def from saved_index \gexec
select format('alter table %s add constraint %I %s', tab, name, def) from saved_fk \gexec

-- What was generated, for bench.sh: patients 1..registered are registered (on the waitlist).
create table seed_province as
select :registered::int as registered, :patients::int as patients, :providers::int as providers, now() as seeded_at;
