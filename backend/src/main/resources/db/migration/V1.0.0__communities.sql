-- Communities: reference data. Waitlists and capacity are kept per community.
-- Real British Columbia communities with their regional health authority; the Primary Care
-- Network (PCN) names are indicative and can be corrected by an admin through the API.
-- pg_trgm powers the "name contains" search on communities and clinics.
create extension if not exists pg_trgm;

create table community (
    id               uuid primary key default gen_random_uuid(),
    name             varchar(120) not null,
    health_authority varchar(20)  not null
        check (health_authority in ('FRASER', 'INTERIOR', 'ISLAND', 'NORTHERN', 'VANCOUVER_COASTAL')),
    pcn              varchar(200),
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);

-- Names are unique regardless of case; listing is ordered by name (optionally within one authority).
create unique index community_name_uq on community (lower(name));
create index community_authority_name_idx on community (health_authority, lower(name));
create index community_name_trgm_idx on community using gin (lower(name) gin_trgm_ops);

insert into community (name, health_authority, pcn) values
    ('Abbotsford', 'FRASER', 'Abbotsford PCN'),
    ('Agassiz', 'FRASER', 'Chilliwack PCN'),
    ('Burnaby', 'FRASER', 'Burnaby PCN'),
    ('Chilliwack', 'FRASER', 'Chilliwack PCN'),
    ('Coquitlam', 'FRASER', 'Fraser Northwest PCN'),
    ('Delta', 'FRASER', 'Delta PCN'),
    ('Hope', 'FRASER', 'Chilliwack PCN'),
    ('Langley', 'FRASER', 'Langley PCN'),
    ('Maple Ridge', 'FRASER', 'Ridge Meadows PCN'),
    ('Mission', 'FRASER', 'Mission PCN'),
    ('New Westminster', 'FRASER', 'Fraser Northwest PCN'),
    ('Port Coquitlam', 'FRASER', 'Fraser Northwest PCN'),
    ('Port Moody', 'FRASER', 'Fraser Northwest PCN'),
    ('Surrey', 'FRASER', 'Surrey-North Delta PCN'),
    ('White Rock', 'FRASER', 'White Rock-South Surrey PCN'),
    ('Bella Coola', 'VANCOUVER_COASTAL', 'Central Coast PCN'),
    ('North Vancouver', 'VANCOUVER_COASTAL', 'North Shore PCN'),
    ('Powell River', 'VANCOUVER_COASTAL', 'qathet PCN'),
    ('Richmond', 'VANCOUVER_COASTAL', 'Richmond PCN'),
    ('Sechelt', 'VANCOUVER_COASTAL', 'Sunshine Coast PCN'),
    ('Squamish', 'VANCOUVER_COASTAL', 'Sea to Sky PCN'),
    ('Vancouver', 'VANCOUVER_COASTAL', 'Vancouver PCN'),
    ('West Vancouver', 'VANCOUVER_COASTAL', 'North Shore PCN'),
    ('Whistler', 'VANCOUVER_COASTAL', 'Sea to Sky PCN'),
    ('Campbell River', 'ISLAND', 'Campbell River PCN'),
    ('Courtenay', 'ISLAND', 'Comox Valley PCN'),
    ('Duncan', 'ISLAND', 'Cowichan Valley PCN'),
    ('Langford', 'ISLAND', 'Western Communities PCN'),
    ('Nanaimo', 'ISLAND', 'Nanaimo PCN'),
    ('Parksville', 'ISLAND', 'Oceanside PCN'),
    ('Port Alberni', 'ISLAND', 'Alberni Clayoquot PCN'),
    ('Port Hardy', 'ISLAND', 'Mount Waddington PCN'),
    ('Saanich', 'ISLAND', 'Saanich Peninsula PCN'),
    ('Sidney', 'ISLAND', 'Saanich Peninsula PCN'),
    ('Tofino', 'ISLAND', 'Alberni Clayoquot PCN'),
    ('Victoria', 'ISLAND', 'Victoria PCN'),
    ('Cranbrook', 'INTERIOR', 'East Kootenay PCN'),
    ('Golden', 'INTERIOR', 'East Kootenay PCN'),
    ('Kamloops', 'INTERIOR', 'Kamloops PCN'),
    ('Kelowna', 'INTERIOR', 'Central Okanagan PCN'),
    ('Merritt', 'INTERIOR', 'Thompson PCN'),
    ('Nelson', 'INTERIOR', 'Kootenay Lake PCN'),
    ('Osoyoos', 'INTERIOR', 'South Okanagan Similkameen PCN'),
    ('Penticton', 'INTERIOR', 'South Okanagan Similkameen PCN'),
    ('Revelstoke', 'INTERIOR', 'Shuswap North Okanagan PCN'),
    ('Salmon Arm', 'INTERIOR', 'Shuswap North Okanagan PCN'),
    ('Trail', 'INTERIOR', 'Kootenay Boundary PCN'),
    ('Vernon', 'INTERIOR', 'North Okanagan PCN'),
    ('West Kelowna', 'INTERIOR', 'Central Okanagan PCN'),
    ('Williams Lake', 'INTERIOR', 'Cariboo Chilcotin PCN'),
    ('Dawson Creek', 'NORTHERN', 'Northeast PCN'),
    ('Fort Nelson', 'NORTHERN', 'Northeast PCN'),
    ('Fort St. John', 'NORTHERN', 'Northeast PCN'),
    ('Kitimat', 'NORTHERN', 'Northwest PCN'),
    ('Masset', 'NORTHERN', 'Haida Gwaii PCN'),
    ('Prince George', 'NORTHERN', 'Prince George PCN'),
    ('Prince Rupert', 'NORTHERN', 'Northwest PCN'),
    ('Quesnel', 'NORTHERN', 'Quesnel PCN'),
    ('Smithers', 'NORTHERN', 'Bulkley Valley PCN'),
    ('Terrace', 'NORTHERN', 'Northwest PCN'),
    ('Vanderhoof', 'NORTHERN', 'Omineca PCN');
