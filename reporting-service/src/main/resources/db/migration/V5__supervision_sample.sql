-- Supervision samples (Fachaufsicht / IKS): which cases a team lead drew, how, and what the review found.
create table supervision_sample (
    id           uuid primary key,
    jobcenter_id varchar(50)  not null,
    team_id      varchar(50)  not null,
    seed         bigint       not null,
    size         integer      not null,
    drawn_by     varchar(150) not null,
    drawn_at     timestamptz  not null
);
create index supervision_sample_team on supervision_sample (jobcenter_id, team_id, drawn_at desc);

create table supervision_sample_case (
    sample_id       uuid         not null references supervision_sample (id),
    case_id         uuid         not null,
    case_manager_id varchar(150),
    weight          integer      not null,
    findings        text[]       not null,
    result          varchar(30),
    note            varchar(2000),
    reviewed_by     varchar(150),
    reviewed_at     timestamptz,
    primary key (sample_id, case_id)
);
