-- Events of one case on different topics arrive in any order (ARCHITECTURE.md §1): a case-closed
-- (or case-assigned) may be consumed before the case's case-opened. Whichever event comes first
-- creates the row with the facts it carries; case-opened fills in its own columns later. So the
-- columns only case-opened supplies may be empty for a while, and "open" means opened and not closed.
-- (V1 is already applied in existing databases, hence a new migration instead of an edited V1.)
alter table caseload_case
    alter column team_id         drop not null,
    alter column case_manager_id drop not null,
    alter column age_group       drop not null,
    alter column route           drop not null,
    alter column admitted_on     drop not null,
    alter column opened_at       drop not null,
    alter column opened_event_id drop not null;

-- Request paths of GET /api/caseload, each an index (only) scan on open cases of one Jobcenter:
--   per team (management), per case manager within a team (team lead): by_team
--   per case manager (management), own line (case manager):             by_manager
drop index caseload_case_open_by_manager;
drop index caseload_case_open_by_team;
create index caseload_case_open_by_team on caseload_case (jobcenter_id, team_id, case_manager_id, age_group)
    where opened_at is not null and closed_at is null;
create index caseload_case_open_by_manager on caseload_case (jobcenter_id, case_manager_id, age_group)
    where opened_at is not null and closed_at is null;
