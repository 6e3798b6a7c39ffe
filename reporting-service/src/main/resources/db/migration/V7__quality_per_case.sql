-- Referrals waiting for an FM (case-referred, referral-decided): the secondary-assignment deadline
-- (TAH 4.3) is a quality standard too. Such a row has no opened_at until the admission.
alter table caseload_case
    add column referred_at                 timestamptz,
    add column secondary_assignment_due_on date,
    add column referral_declined_at        timestamptz;

-- Findings per case, kept current instead of computed per request: an event about a case
-- re-evaluates it; the calendar alone changes findings only on changes_on, when the refresh job
-- (or a Jobcenter's next request) re-evaluates it. Only referred and open cases have a row.
create table case_quality (
    case_id         uuid primary key,
    jobcenter_id    varchar(50)  not null,
    team_id         varchar(50)  not null,
    case_manager_id varchar(150) not null, -- '' while the referral waits for an FM
    age_group       varchar(10)  not null, -- '' when not known yet
    stage           varchar(10)  not null, -- REFERRED or OPEN
    findings        text[]       not null,
    policy_version  integer      not null, -- 0: the Jobcenter's policy had not arrived
    evaluated_on    date         not null,
    changes_on      date         not null
);
-- the team lead's list (one team of one Jobcenter) and the supervision sample
create index case_quality_team on case_quality (jobcenter_id, team_id, case_manager_id);
-- what the calendar changes: globally (refresh job) and for one Jobcenter (before its answers)
create index case_quality_due on case_quality (changes_on);
create index case_quality_jobcenter_due on case_quality (jobcenter_id, changes_on);

-- The counts every dashboard needs, per Jobcenter, team and FM, kept in the same transaction as
-- case_quality (delta of the old and the new row): a Jobcenter's answer reads a few dozen rows, the
-- national answer one row per FM of the country instead of millions of cases.
create table quality_tally (
    jobcenter_id                varchar(50)  not null,
    team_id                     varchar(50)  not null,
    case_manager_id             varchar(150) not null,
    open_cases                  bigint       not null default 0,
    open_u25                    bigint       not null default 0,
    referred                    bigint       not null default 0,
    contact_density_not_met     bigint       not null default 0,
    review_overdue              bigint       not null default 0,
    agreement_expired           bigint       not null default 0,
    first_consultation_missed   bigint       not null default 0,
    max_duration_exceeded       bigint       not null default 0,
    secondary_assignment_missed bigint       not null default 0,
    primary key (jobcenter_id, team_id, case_manager_id)
);

-- The policy version every stored finding of a Jobcenter was evaluated under; a newer policy makes
-- the refresh job re-evaluate the Jobcenter's cases.
create table quality_policy (
    jobcenter_id   varchar(50) primary key,
    policy_version integer     not null
);

-- The day up to which the refresh job has re-evaluated everything the calendar changed.
create table quality_refresh (
    id           integer primary key check (id = 1),
    refreshed_on date        not null,
    refreshed_at timestamptz not null
);
