-- docs/domain.md §17: collegial case consultations (kollegiale Fallberatung, PANKOW 8, TAH 3.1, DV2017 9).
create table consultation (
    id           uuid primary key,
    case_id      uuid          not null,
    jobcenter_id varchar(50)   not null,
    team_id      varchar(50)   not null,
    held_on      date          not null,
    presented_by varchar(150)  not null,
    participants varchar(150)[] not null,
    question     varchar(2000) not null,
    outcome      varchar(4000) not null,
    -- random per consultation: the only name of the case a participant without access sees
    pseudonym    varchar(20)   not null unique,
    recorded_at  timestamptz   not null
);
create index consultation_case on consultation (case_id, held_on);
create index consultation_presenter on consultation (jobcenter_id, presented_by);
create index consultation_participants on consultation using gin (participants);

-- The staff planning has seen, with the team and roles of their latest token: until the directory of teams
-- and staff exists, the only way to check that a named participant is a colleague of the presenter's team.
create table colleague (
    jobcenter_id varchar(50)  not null,
    subject      varchar(150) not null,
    team_id      varchar(50)  not null,
    roles        varchar(100) not null,
    seen_at      timestamptz  not null,
    primary key (jobcenter_id, subject)
);
