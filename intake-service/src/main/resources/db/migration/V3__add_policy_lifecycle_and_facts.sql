-- Issue 3: Jobcenter policy as data, the full case lifecycle, non-referrals, and the facts intake
-- takes from other services' events.

-- One row per policy version; versions are never updated (every decision names the one it used).
create table jobcenter_policy (
    jobcenter_id   varchar(50)  not null,
    version        integer      not null,
    preset_code    varchar(20)  not null,
    base_preset    varchar(20)  not null,
    settings       jsonb        not null,
    effective_from date         not null,
    changed_by     varchar(150) not null,
    changed_at     timestamptz  not null,
    change_note    varchar(2000),
    primary key (jobcenter_id, version)
);

alter table customer
    add column household_ref     varchar(50),
    add column team_id           varchar(50),
    add column responsible_av_id varchar(150);
create index customer_responsible_av on customer (jobcenter_id, responsible_av_id);

alter table bfm_case
    add column referred_on                    date,
    add column secondary_assignment_due_on    date,
    add column predecessor_case_id            uuid,
    add column carried_duration_start_on      date,
    add column criteria_snapshot              jsonb,
    add column decline_reason                 varchar(40),
    add column decline_note                   varchar(2000),
    add column declined_by                    varchar(150),
    add column declined_at                    timestamptz,
    add column decline_policy_version         integer,
    add column escalated_by                   varchar(150),
    add column escalated_at                   timestamptz,
    add column escalation_statement           varchar(2000),
    add column escalation_decided_by          varchar(150),
    add column escalation_decided_at          timestamptz,
    add column escalation_admitted            boolean,
    add column escalation_decision_note       varchar(2000),
    add column escalation_policy_version      integer,
    add column admission_decided_by           varchar(150),
    add column admission_decided_by_role      varchar(10),
    add column joint_case_discussion_on       date,
    add column support_variant                varchar(20),
    add column over_caseload_override         boolean,
    add column admission_policy_version       integer,
    add column duration_start_on              date,
    add column max_duration_ends_on           date,
    add column support_role                   varchar(20),
    add column first_consultation_due_on      date,
    add column first_consultation_scheduled_on date,
    add column first_consultation_held_on     date,
    add column clarification_phase_ends_on    date,
    add column deputy_id                      varchar(150),
    add column deputy_from                    date,
    add column deputy_until                   date,
    add column deputy_customer_agreed         boolean,
    add column closure_reason_code            varchar(50),
    add column closure_integration            boolean,
    add column closed_on                      date,
    add column closed_at                      timestamptz,
    add column closed_by                      varchar(150),
    add column handover_av_id                 varchar(150),
    add column handover_on                    date,
    add column handover_tl_involved           boolean,
    add column after_care_until               date,
    add column closure_note                   varchar(2000),
    add column successor_case_id              uuid,
    add column closure_policy_version         integer;

-- cases of the walking skeleton: referral day from the timestamp, admitted ones as primary support
update bfm_case set referred_on = (referred_at at time zone 'Europe/Berlin')::date;
update bfm_case set admission_decided_by = case_manager_id, admission_decided_by_role = 'FM',
                    support_variant = 'FULL_HANDOVER', over_caseload_override = false,
                    admission_policy_version = policy_version, duration_start_on = admitted_on,
                    support_role = 'PRIMARY'
 where status = 'ADMITTED';
alter table bfm_case alter column referred_on set not null;

-- one referral or case in progress per customer (the states grew)
drop index bfm_case_one_open_per_customer;
create unique index bfm_case_one_in_progress_per_customer on bfm_case (customer_id)
    where status in ('REFERRED', 'ESCALATED', 'ADMITTED', 'ACTIVE');
-- work lists: a team's cases by state, an FM's caseload, an AV's referrals
create index bfm_case_team_status on bfm_case (jobcenter_id, team_id, status);
create index bfm_case_manager on bfm_case (jobcenter_id, case_manager_id) where status in ('ADMITTED', 'ACTIVE');
create index bfm_case_referred_by on bfm_case (jobcenter_id, referred_by, referred_at);

-- Every decision on a case with who, when, and the policy version it was made under.
create table case_decision (
    id             bigserial primary key,
    case_id        uuid         not null references bfm_case (id),
    jobcenter_id   varchar(50)  not null,
    kind           varchar(40)  not null,
    decided_by     varchar(150) not null,
    decided_by_role varchar(20) not null,
    decided_at     timestamptz  not null,
    policy_version integer      not null,
    outcome        varchar(40),
    reason_code    varchar(50),
    note           varchar(2000)
);
create index case_decision_case on case_decision (case_id, decided_at);

-- A team lead's permission to assign a case to an FM beyond the policy caseload ratio.
create table caseload_override (
    case_id         uuid         not null references bfm_case (id),
    case_manager_id varchar(150) not null,
    approved_by     varchar(150) not null,
    approved_at     timestamptz  not null,
    reason          varchar(2000) not null,
    primary key (case_id, case_manager_id)
);

-- Nichtvormerkung: a customer meeting the criteria who is not referred, and its re-checks.
create table non_referral (
    id                uuid primary key,
    jobcenter_id      varchar(50)  not null,
    customer_id       uuid         not null references customer (id),
    team_id           varchar(50)  not null,
    reason_code       varchar(40)  not null,
    note              varchar(2000),
    criteria_snapshot jsonb        not null,
    recorded_by       varchar(150) not null,
    recorded_at       timestamptz  not null,
    recorded_on       date         not null,
    policy_version    integer      not null,
    status            varchar(20)  not null,
    recheck_due_on    date,
    rechecks          integer      not null default 0,
    version           bigint       not null default 0
);
create unique index non_referral_one_open_per_customer on non_referral (customer_id) where status = 'OPEN';
create index non_referral_due on non_referral (jobcenter_id, status, recheck_due_on);

create table non_referral_recheck (
    id              bigserial primary key,
    non_referral_id uuid         not null references non_referral (id),
    number          integer      not null,
    checked_by      varchar(150) not null,
    checked_on      date         not null,
    checked_at      timestamptz  not null,
    outcome         varchar(30)  not null,
    reason_code     varchar(40),
    note            varchar(2000),
    next_due_on     date,
    policy_version  integer      not null,
    unique (non_referral_id, number)
);

-- Eligibility facts of the latest completed assessment per case (from assessment-completed).
create table assessment_facts (
    case_id                  uuid primary key,
    assessment_id            uuid        not null,
    version                  integer     not null,
    needs_by_key_group       jsonb       not null,
    entrenched_needs         integer     not null,
    prognosis_horizon_months integer,
    market_near              boolean     not null,
    profile_code             varchar(30),
    category_code            varchar(30),
    completed_at             timestamptz not null
);

-- Measures of a case (from measure-started / measure-ended, in any order).
create table case_measure (
    measure_id      uuid primary key,
    case_id         uuid        not null,
    instrument_code varchar(40),
    started_on      date,
    planned_end_on  date,
    ended_on        date
);
create index case_measure_case on case_measure (case_id);

-- Approved extensions past the maximum duration (from continuation-reviewed).
create table case_extension (
    review_id          uuid primary key,
    case_id            uuid        not null,
    reviewed_on        date        not null,
    next_review_due_on date,
    recorded_at        timestamptz not null
);
create index case_extension_case on case_extension (case_id, reviewed_on);
