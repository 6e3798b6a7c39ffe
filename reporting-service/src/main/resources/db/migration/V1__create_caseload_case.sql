-- Read model of open cases, built only from events (never from another service's tables).
-- One row per case; later events (case-assigned, case-transferred, case-closed) update it by
-- case id, in whatever order they arrive, each keeping the time of the fact it carries.
create table caseload_case (
    case_id         uuid primary key,
    jobcenter_id    varchar(50)  not null,
    team_id         varchar(50)  not null,
    case_manager_id varchar(150) not null,
    age_group       varchar(10)  not null,
    route           varchar(40)  not null,
    admitted_on     date         not null,
    opened_at       timestamptz  not null,
    opened_event_id uuid         not null,
    closed_on       date,
    closed_at       timestamptz,
    recorded_at     timestamptz  not null default now()
);
-- caseload per case manager / team of one Jobcenter: served from these indexes only
create index caseload_case_open_by_manager on caseload_case (jobcenter_id, case_manager_id, age_group)
    where closed_at is null;
create index caseload_case_open_by_team on caseload_case (jobcenter_id, team_id, age_group)
    where closed_at is null;
