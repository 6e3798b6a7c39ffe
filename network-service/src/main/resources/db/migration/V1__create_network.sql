-- Network: partners, consent forms and consents with their immutable history. Customer data reaches
-- a partner only within an effective consent; events carry ids, codes and dates only.

create table partner (
    id              uuid primary key,
    jobcenter_id    varchar(50)  not null,
    name            varchar(200) not null,
    type            varchar(30)  not null,
    services        text[]       not null,
    locations       text[]       not null,
    capacity_note   varchar(2000),
    contact_persons jsonb        not null,
    active          boolean      not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create index partner_jobcenter on partner (jobcenter_id, name);
create index partner_services on partner using gin (services);

create table working_group (
    id           uuid primary key,
    jobcenter_id varchar(50)  not null,
    name         varchar(200) not null,
    topic        varchar(40)  not null,
    members      text[]       not null,
    updated_at   timestamptz  not null,
    unique (jobcenter_id, name)
);

create table consent_form (
    id           uuid primary key,
    jobcenter_id varchar(50)  not null,
    code         varchar(60)  not null,
    version      integer      not null,
    text         text         not null,
    scopes       text[]       not null,
    purposes     text[]       not null,
    created_at   timestamptz  not null,
    unique (jobcenter_id, code, version)
);

-- a given consent is never updated except to end it (status, ended_at)
create table consent (
    id           uuid primary key,
    case_id      uuid         not null,
    jobcenter_id varchar(50)  not null,
    partner_id   uuid         not null references partner (id),
    form_id      uuid         not null references consent_form (id),
    status       varchar(20)  not null,
    scopes       text[]       not null,
    purpose_code varchar(60),
    valid_from   date         not null,
    valid_until  date         not null,
    channel      varchar(20)  not null,
    document_ref varchar(300),
    supersedes   uuid references consent (id),
    recorded_by  varchar(150) not null,
    recorded_at  timestamptz  not null,
    ended_at     timestamptz
);
create index consent_case_partner on consent (case_id, partner_id, recorded_at desc);
-- at most one given consent per customer and partner at a time
create unique index consent_one_given on consent (case_id, partner_id) where status = 'GIVEN';

-- append-only: who did what to which consent, when, on what proof
create table consent_history (
    seq          bigserial primary key,
    consent_id   uuid         not null references consent (id),
    case_id      uuid         not null,
    partner_id   uuid         not null,
    kind         varchar(20)  not null,
    scopes       text[]       not null,
    channel      varchar(20),
    document_ref varchar(300),
    actor        varchar(150) not null,
    occurred_at  timestamptz  not null
);
create index consent_history_case on consent_history (case_id, seq);
