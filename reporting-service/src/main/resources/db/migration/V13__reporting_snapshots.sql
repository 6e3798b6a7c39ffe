-- Management and national figures per reporting date (disclosure control, docs/reporting.md): taken once
-- after the day's cut-off and stored, so every answer for that date is the same. One row per part: a
-- Jobcenter's stock figures ('stock'), its outcomes of one month ('flows|YYYY-MM'), the national view
-- ('national'); the body holds the true values and which figures are withheld.
create table reporting_snapshot (
    scope          text        not null,
    reporting_date date        not null,
    part           text        not null,
    taken_at       timestamptz not null,
    body           jsonb       not null,
    primary key (scope, reporting_date, part)
);
