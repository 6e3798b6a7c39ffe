-- The case row grows with every topic that carries a fact reporting needs (issue 7). Each group of
-- columns is replaced only by a newer fact (its own timestamp), so events of one case may arrive in
-- any order across topics and be redelivered: the row ends up the same.
alter table caseload_case
    add column policy_version               integer,
    add column first_consultation_due_on    date,
    add column first_consultation_held_on   date,
    add column max_duration_ends_on         date,
    add column responsibility_at            timestamptz,
    add column closure_reason               varchar(60),
    add column integration                  boolean,
    add column duration_days                bigint,
    add column agreement_valid_until        date,
    add column agreement_at                 timestamptz,
    add column next_review_due_on           date,
    add column review_at                    timestamptz,
    add column extension_until              date,
    add column category_code                varchar(30),
    add column assessment_version           integer;

-- quality findings of one Jobcenter (optionally one team) read open cases through V2's
-- caseload_case_open_by_team (jobcenter_id, team_id, …) — no index of their own

create table report_contact (
    contact_id  uuid primary key,
    case_id     uuid    not null,
    occurred_on date    not null,
    counts      boolean not null
);
create index report_contact_case on report_contact (case_id, occurred_on) where counts;

create table report_measure (
    measure_id     uuid primary key,
    case_id        uuid        not null,
    instrument     varchar(40) not null,
    started_on     date,
    planned_end_on date,
    ended_on       date,
    successful     boolean
);
create index report_measure_case on report_measure (case_id);
