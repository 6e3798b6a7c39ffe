-- Non-referrals (customers meeting the criteria but not referred) and their re-check due day, per AV
-- team: the newest record of each non-referral wins.
create table report_non_referral (
    non_referral_id uuid primary key,
    jobcenter_id    varchar(50) not null,
    team_id         varchar(50),
    status          varchar(20) not null,
    recheck_due_on  date,
    recorded_at     timestamptz not null
);
create index report_non_referral_due on report_non_referral (jobcenter_id, recheck_due_on) where status = 'OPEN';
