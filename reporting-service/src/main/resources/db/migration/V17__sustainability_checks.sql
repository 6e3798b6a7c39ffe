-- Sustainability checks 6 and 12 months after a closure into work (docs/domain.md §16.2, TAH 6), counted per
-- Jobcenter, team and month of the check. Keyed by the check id, so a redelivery changes nothing; the team is
-- the case's current team, like every outcome fact (V10). sustained: the employment lasted with at least 15 hours
-- a week.
create table report_sustainability_check (
    check_id          uuid primary key,
    case_id           uuid        not null,
    jobcenter_id      varchar(50) not null,
    team_id           varchar(50),
    checkpoint_months integer     not null,
    checked_on        date        not null,
    sustained         boolean     not null
);
create index report_sustainability_check_on on report_sustainability_check (jobcenter_id, checked_on);
create index report_sustainability_check_case on report_sustainability_check (case_id);
