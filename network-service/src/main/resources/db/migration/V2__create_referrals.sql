-- Referrals to partner services. Customer contact details are stored only with a consent covering
-- them for exactly this partner; the partner sees them only while that consent is effective.
create table referral (
    id             uuid primary key,
    case_id        uuid         not null,
    jobcenter_id   varchar(50)  not null,
    partner_id     uuid         not null references partner (id),
    service        varchar(40)  not null,
    status         varchar(20)  not null,
    reference_code varchar(20)  not null unique,
    customer       jsonb,
    due_on         date,
    reason_code    varchar(40),
    started_on     date,
    ended_on       date,
    next_step_code varchar(40),
    attended       boolean,
    sent_by        varchar(150) not null,
    sent_at        timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index referral_partner on referral (partner_id, sent_at desc, id);
create index referral_case on referral (case_id);
