-- The case reference follows the case's lifecycle from intake's events (case-assigned,
-- case-transferred, case-closed), in whatever order they arrive: a row may be created by any of
-- them, and each group of columns is only replaced by a newer fact (timestamps of the events).
alter table case_reference
    alter column customer_ref drop not null,
    alter column team_id drop not null,
    alter column case_manager_id drop not null,
    alter column age_group drop not null,
    alter column policy_version drop not null,
    alter column admitted_on drop not null,
    alter column opened_event_id drop not null,
    add column responsibility_as_of timestamptz,
    add column deputy_id             varchar(150),
    add column deputy_from           date,
    add column deputy_until          date,
    add column deputy_customer_agreed boolean,
    add column deputy_as_of          timestamptz,
    add column closed_on             date,
    add column closure_reason_code   varchar(50);
update case_reference set responsibility_as_of = admitted_on::timestamptz where responsibility_as_of is null;
create index case_reference_jobcenter_team on case_reference (jobcenter_id, team_id);
create index case_reference_deputy on case_reference (jobcenter_id, deputy_id) where deputy_id is not null;
