-- A service's own copy of the cases it works on, fed by case-opened (ARCHITECTURE.md §1: never
-- read another service's tables). Only ids and codes: no customer personal data.
create table case_reference (
    case_id         uuid primary key,
    jobcenter_id    varchar(50)  not null,
    customer_ref    uuid         not null,
    team_id         varchar(50)  not null,
    case_manager_id varchar(150) not null,
    age_group       varchar(10)  not null,
    policy_version  integer      not null,
    admitted_on     date         not null,
    opened_event_id uuid         not null,
    recorded_at     timestamptz  not null default now()
);
create index case_reference_jobcenter_manager on case_reference (jobcenter_id, case_manager_id);
