-- docs/domain.md §16.2: sustainability checks 6 and 12 months after a closure into work (TAH 6), one per point
create table sustainability_check (
    id                uuid primary key,
    case_id           uuid          not null,
    jobcenter_id      varchar(50)   not null,
    checkpoint_months integer       not null check (checkpoint_months in (6, 12)),
    checked_on        date          not null,
    employment_lasted boolean       not null,
    at_least_15_hours boolean,
    source            varchar(30)   not null,
    note              varchar(1000),
    recorded_by       varchar(150)  not null,
    recorded_at       timestamptz   not null,
    constraint sustainability_check_once unique (case_id, checkpoint_months)
);
