-- Customers known to case management: only what FM needs (DOMAIN.md §12). The id is the
-- pseudonymous customerRef that events carry; the customer number and name never leave intake.
create table customer (
    id              uuid primary key,
    jobcenter_id    varchar(50)  not null,
    customer_number varchar(20)  not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    date_of_birth   date         not null,
    created_at      timestamptz  not null default now(),
    unique (jobcenter_id, customer_number)
);

create table bfm_case (
    id              uuid primary key,
    jobcenter_id    varchar(50)  not null,
    customer_id     uuid         not null references customer (id),
    status          varchar(20)  not null,
    route           varchar(40)  not null,
    reason_codes    text[]       not null,
    referral_note   varchar(2000),
    age_group       varchar(10)  not null,
    team_id         varchar(50)  not null,
    referred_by     varchar(150) not null,
    referred_at     timestamptz  not null,
    case_manager_id varchar(150),
    admitted_on     date,
    admitted_at     timestamptz,
    policy_version  integer      not null,
    version         bigint       not null default 0
);
create index bfm_case_jobcenter_status on bfm_case (jobcenter_id, status);
-- one open case management per customer at a time
create unique index bfm_case_one_open_per_customer on bfm_case (customer_id) where status in ('REFERRED', 'ADMITTED');
