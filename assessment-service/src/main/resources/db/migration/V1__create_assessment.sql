-- Assessment versions (Profiling). A version is written once, when the FM completes it; needs,
-- strengths and occupations are part of the version document. Free texts and health-related
-- needs are protected: they never leave this service in events.
create table assessment (
    id                     uuid primary key,
    case_id                uuid         not null,
    jobcenter_id           varchar(50)  not null,
    version                integer      not null,
    assessed_on            date         not null,
    valid_until            date         not null,
    assessed_by            varchar(150) not null,
    target_occupation      jsonb,
    alternative_occupations jsonb       not null,
    needs                  jsonb        not null,
    strengths              jsonb        not null,
    prognosis_horizon_months integer,
    scheme                 varchar(30)  not null,
    profile_code           varchar(30)  not null,
    category_change_reason varchar(40),
    category_change_note   varchar(2000),
    resubmission_on        date,
    obstruction_ends_on    date,
    household_case_ids     uuid[]       not null,
    co_rating              jsonb        not null,
    completed_at           timestamptz  not null,
    unique (case_id, version)
);
create index assessment_jobcenter_case on assessment (jobcenter_id, case_id, version desc);
create index assessment_resubmission on assessment (jobcenter_id, resubmission_on) where resubmission_on is not null;
