-- Demo data for `make run` (dev profile only): clinics for the demo users of the Keycloak realm
-- (backend/keycloak/pas-realm.json). Idempotent: re-applied whenever this file changes.
insert into clinic (id, name, address_line1, city, postal_code, community_id, phone, fax, email,
                    medical_director_subject, medical_director_name, medical_director_email)
select 'c0000000-0000-4000-8000-000000000001', 'False Creek Family Practice', '1200 West 6th Avenue',
       'Vancouver', 'V6H 1A5', c.id, '604-555-0101', '604-555-0102', 'frontdesk@falsecreek.example',
       'a0000000-0000-4000-8000-000000000004', 'Dr. Priya Patel', 'dr.patel@pas.example'
from community c where c.name = 'Vancouver'
on conflict (id) do nothing;

insert into clinic (id, name, address_line1, city, postal_code, community_id, phone, email)
select 'c0000000-0000-4000-8000-000000000002', 'Harbour Health Clinic', '880 Douglas Street',
       'Victoria', 'V8W 2B7', c.id, '250-555-0199', 'hello@harbourhealth.example'
from community c where c.name = 'Victoria'
on conflict (id) do nothing;

insert into clinic_hours (clinic_id, day_of_week, opens, closes) values
    ('c0000000-0000-4000-8000-000000000001', 'MONDAY', '08:30', '12:00'),
    ('c0000000-0000-4000-8000-000000000001', 'MONDAY', '13:00', '17:00'),
    ('c0000000-0000-4000-8000-000000000001', 'TUESDAY', '08:30', '17:00'),
    ('c0000000-0000-4000-8000-000000000001', 'WEDNESDAY', '08:30', '17:00'),
    ('c0000000-0000-4000-8000-000000000001', 'THURSDAY', '08:30', '19:00'),
    ('c0000000-0000-4000-8000-000000000001', 'FRIDAY', '08:30', '16:00'),
    ('c0000000-0000-4000-8000-000000000002', 'MONDAY', '09:00', '17:00'),
    ('c0000000-0000-4000-8000-000000000002', 'WEDNESDAY', '09:00', '17:00'),
    ('c0000000-0000-4000-8000-000000000002', 'SATURDAY', '10:00', '14:00')
on conflict do nothing;

insert into clinic_staff (id, clinic_id, kind, name, email, subject) values
    ('d0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000001', 'PROVIDER',
     'Dr. Priya Patel', 'dr.patel@pas.example', 'a0000000-0000-4000-8000-000000000004'),
    ('d0000000-0000-4000-8000-000000000002', 'c0000000-0000-4000-8000-000000000001', 'PROVIDER',
     'Dr. Jordan Lee', 'dr.lee@pas.example', 'a0000000-0000-4000-8000-000000000003'),
    ('d0000000-0000-4000-8000-000000000003', 'c0000000-0000-4000-8000-000000000001', 'DELEGATE',
     'Morgan Chan', 'moa.chan@pas.example', 'a0000000-0000-4000-8000-000000000006'),
    ('d0000000-0000-4000-8000-000000000004', 'c0000000-0000-4000-8000-000000000002', 'PROVIDER',
     'Sam Brown, NP', 'np.brown@pas.example', 'a0000000-0000-4000-8000-000000000005')
on conflict do nothing;

-- The demo coordinator covers Vancouver, Richmond and Victoria.
insert into community_coordinator (id, community_id, subject, name, email)
select md5('coordinator:' || c.name)::uuid, c.id, 'a0000000-0000-4000-8000-000000000002', 'Casey Coordinator',
       'coordinator@pas.example'
from community c where c.name in ('Vancouver', 'Richmond', 'Victoria')
on conflict do nothing;

-- The demo providers, linked to their Keycloak users, their clinics and a capacity statement.
insert into provider (id, subject, name, type, msp_number, email, languages) values
    ('e0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000003', 'Dr. Jordan Lee',
     'FAMILY_PHYSICIAN', 'L1234', 'dr.lee@pas.example', '{en,zh}'),
    ('e0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000004', 'Dr. Priya Patel',
     'FAMILY_PHYSICIAN', 'P5678', 'dr.patel@pas.example', '{en,hi,pa}'),
    ('e0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000005', 'Sam Brown, NP',
     'NURSE_PRACTITIONER', 'N9012', 'np.brown@pas.example', '{en,fr}')
on conflict do nothing;

update clinic_staff set provider_id = 'e0000000-0000-4000-8000-000000000004'
where id = 'd0000000-0000-4000-8000-000000000001' and provider_id is null;
update clinic_staff set provider_id = 'e0000000-0000-4000-8000-000000000003'
where id = 'd0000000-0000-4000-8000-000000000002' and provider_id is null;
update clinic_staff set provider_id = 'e0000000-0000-4000-8000-000000000005'
where id = 'd0000000-0000-4000-8000-000000000004' and provider_id is null;

insert into provider_capacity (provider_id, accepting, monthly_capacity, desired_panel_size, low_percent,
                               moderate_percent, high_percent, notes, last_confirmed_at, updated_by_subject)
values ('e0000000-0000-4000-8000-000000000003', true, 15, 1500, 50, 35, 15, 'New patients on Tuesdays', now(),
        'a0000000-0000-4000-8000-000000000003'),
       ('e0000000-0000-4000-8000-000000000005', true, 10, 900, 40, 40, 20, null, now() - interval '120 days',
        'a0000000-0000-4000-8000-000000000005')
on conflict do nothing;

-- moa.chan acts for Dr. Lee through an active endorsement (dr.patel can start a new one with her).
insert into endorsement (id, status, initiator_role, endorser_subject, endorser_name, endorser_email,
                         endorser_provider_id, endorsee_subject, endorsee_name, endorsee_email, message, token_hash,
                         token_used_at, created_at, received_at, approved_at, completed_at, expires_at,
                         status_changed_at, created_by_subject)
values ('f0000000-0000-4000-8000-000000000001', 'COMPLETED', 'ENDORSER', 'a0000000-0000-4000-8000-000000000003',
        'Dr. Jordan Lee', 'dr.lee@pas.example', 'e0000000-0000-4000-8000-000000000003',
        'a0000000-0000-4000-8000-000000000006', 'Morgan Chan', 'moa.chan@pas.example',
        'Please keep my capacity and panel up to date.', sha256('demo endorsement token'::bytea),
        now() - interval '20 days', now() - interval '21 days', now() - interval '20 days', now() - interval '20 days',
        now() - interval '19 days', now() + interval '9 days', now() - interval '19 days',
        'a0000000-0000-4000-8000-000000000003')
on conflict do nothing;
