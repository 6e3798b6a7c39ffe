-- Planning: what the FM works with day by day. Texts (goals, strategies, notes, reasons) stay in
-- this service; events carry ids, codes and dates only.

-- facts from assessment-service's events
create table case_need (
    need_id    uuid primary key,
    case_id    uuid        not null,
    key_group  varchar(30) not null,
    code       varchar(40) not null,
    status     varchar(30) not null,
    changed_at timestamptz not null
);
create index case_need_case on case_need (case_id);

create table case_assessment (
    case_id       uuid primary key,
    version       integer     not null,
    assessed_on   date,
    completed_at  timestamptz not null,
    profile_code  varchar(30),
    category_code varchar(30),
    valid_until   date
);

create table plan (
    case_id      uuid primary key,
    jobcenter_id varchar(50)  not null,
    document     jsonb        not null,
    updated_by   varchar(150) not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);

create table agreement (
    id                            uuid primary key,
    case_id                       uuid         not null,
    jobcenter_id                  varchar(50)  not null,
    type                          varchar(20)  not null,
    agreed_on                     date         not null,
    valid_until                   date,
    jobcenter_services            text[]       not null,
    customer_obligations          text[]       not null,
    legal_consequence_instruction boolean      not null,
    guardian_signed_on            date,
    exception                     varchar(40),
    exception_note                varchar(2000),
    assessment_version            integer,
    plan_snapshot                 jsonb,
    policy_version                integer      not null,
    agreed_by                     varchar(150) not null,
    agreed_at                     timestamptz  not null
);
create index agreement_case on agreement (case_id, agreed_at desc);

create table contact (
    id                  uuid primary key,
    case_id             uuid         not null,
    jobcenter_id        varchar(50)  not null,
    format              varchar(30)  not null,
    occurred_on         date         not null,
    qualified_note      boolean      not null,
    next_appointment_on date,
    counts_for_density  boolean      not null,
    recorded_by         varchar(150) not null,
    recorded_at         timestamptz  not null,
    policy_version      integer      not null
);
create index contact_case on contact (case_id, occurred_on);

create table note (
    id           uuid primary key,
    case_id      uuid         not null,
    jobcenter_id varchar(50)  not null,
    visibility   varchar(30)  not null,
    text         text         not null,
    contact_id   uuid,
    author       varchar(150) not null,
    written_at   timestamptz  not null
);
create index note_case on note (case_id, written_at desc);

create table continuation_review (
    id                uuid primary key,
    case_id           uuid         not null,
    jobcenter_id      varchar(50)  not null,
    reviewed_on       date         not null,
    decision          varchar(20)  not null,
    reasons           text,
    prognosis         varchar(20),
    basis             varchar(30)  not null,
    extension         varchar(20)  not null,
    extended_until    date,
    decided_by        varchar(150),
    decision_note     varchar(2000),
    next_review_due_on date,
    policy_version    integer      not null,
    reviewed_by       varchar(150) not null,
    recorded_at       timestamptz  not null,
    version           bigint       not null default 0
);
create index continuation_review_case on continuation_review (case_id, reviewed_on desc);

create table measure (
    id             uuid primary key,
    case_id        uuid         not null,
    jobcenter_id   varchar(50)  not null,
    instrument     varchar(40)  not null,
    title          varchar(200),
    partner_id     uuid,
    started_on     date         not null,
    planned_end_on date,
    ended_on       date,
    outcome        varchar(40),
    recorded_by    varchar(150) not null,
    recorded_at    timestamptz  not null,
    version        bigint       not null default 0
);
create index measure_case on measure (case_id);
create index measure_running on measure (jobcenter_id, planned_end_on) where ended_on is null;

create table reduction_check (
    id                      uuid primary key,
    case_id                 uuid         not null,
    jobcenter_id            varchar(50)  not null,
    breach                  varchar(40)  not null,
    breach_on               date         not null,
    instruction_given_on    date,
    important_reason        boolean      not null,
    exceptional_hardship    boolean      not null,
    willingness_declared_on date,
    outcome                 varchar(30)  not null,
    justification           text         not null,
    checked_by              varchar(150) not null,
    checked_at              timestamptz  not null
);
create index reduction_check_case on reduction_check (case_id, checked_at);
