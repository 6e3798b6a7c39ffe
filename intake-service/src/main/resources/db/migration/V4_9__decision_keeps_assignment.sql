-- Who is responsible after each decision (team and FM), so that the decision log alone tells a case's history of
-- assignments: an export (docs/import.md) writes a transfer with the team and FM it went to. Rows from before
-- stay empty; the export takes the case's current team and FM for them.
alter table case_decision
    add column team_id         varchar(50),
    add column case_manager_id varchar(150);
