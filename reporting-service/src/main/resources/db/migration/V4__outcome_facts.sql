-- Outcomes beyond job placement (DOMAIN.md §10): progress of each assessment version, category moves,
-- partner referrals and their completion. Keyed by the source ids, so a redelivery changes nothing.
create table report_assessment (
    assessment_id  uuid primary key,
    case_id        uuid        not null,
    version        integer     not null,
    completed_on   date        not null,
    needs_resolved integer     not null,
    direction      varchar(10),
    co_rating_customer integer,
    co_rating_case_manager integer
);
create index report_assessment_case on report_assessment (case_id);

create table report_referral (
    referral_id uuid primary key,
    case_id     uuid        not null,
    service     varchar(40),
    status      varchar(30),
    status_at   timestamptz,
    completed_on date
);
create index report_referral_case on report_referral (case_id);

-- flows: admissions and closures of one Jobcenter by month
create index caseload_case_admitted on caseload_case (jobcenter_id, admitted_on) where opened_at is not null;
create index caseload_case_closed on caseload_case (jobcenter_id, closed_on) where closed_at is not null;
