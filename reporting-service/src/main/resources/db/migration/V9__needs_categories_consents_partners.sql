-- The remaining topics as outcome facts (DOMAIN.md §10): needs resolved per key group
-- (need-status-changed), category moves up and down (category-changed), consents given and ended
-- (consent-granted, consent-revoked) and the partners' types (partner-registered) for referrals by
-- partner type. Keyed by the source ids; the newest fact of a need wins.
create table report_need (
    need_id      uuid primary key,
    case_id      uuid        not null,
    jobcenter_id varchar(50) not null,
    key_group    varchar(40) not null,
    status       varchar(30) not null,
    changed_at   timestamptz not null,
    resolved_on  date
);
create index report_need_jobcenter on report_need (jobcenter_id, resolved_on) where resolved_on is not null;

create table report_category_change (
    case_id      uuid        not null,
    changed_at   timestamptz not null,
    jobcenter_id varchar(50) not null,
    changed_on   date        not null,
    direction    varchar(10),
    to_code      varchar(30),
    primary key (case_id, changed_at)
);
create index report_category_change_jobcenter on report_category_change (jobcenter_id, changed_on);

create table report_consent (
    consent_id   uuid primary key,
    case_id      uuid        not null,
    jobcenter_id varchar(50) not null,
    partner_id   uuid,
    purpose      varchar(60),
    granted_on   date,
    ended_on     date,
    end_kind     varchar(30)
);
create index report_consent_granted on report_consent (jobcenter_id, granted_on);
create index report_consent_ended on report_consent (jobcenter_id, ended_on) where ended_on is not null;

create table report_partner (
    partner_id    uuid primary key,
    jobcenter_id  varchar(50) not null,
    partner_type  varchar(40) not null,
    registered_at timestamptz not null
);

alter table report_referral add column partner_id uuid;
