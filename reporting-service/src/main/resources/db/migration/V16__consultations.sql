-- Collegial case consultations (docs/domain.md §17, DV2017 9), counted per Jobcenter, team and month. Keyed by
-- the consultation id, so a redelivery changes nothing; the team is the case's current team, like every
-- outcome fact (V10).
create table report_consultation (
    consultation_id   uuid primary key,
    case_id           uuid        not null,
    jobcenter_id      varchar(50) not null,
    team_id           varchar(50),
    held_on           date        not null,
    participant_count integer     not null
);
create index report_consultation_held on report_consultation (jobcenter_id, held_on);
create index report_consultation_case on report_consultation (case_id);
