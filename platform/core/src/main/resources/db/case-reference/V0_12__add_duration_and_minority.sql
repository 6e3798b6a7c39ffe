-- From case-opened: when the policy's maximum duration ends (planning warns ahead of it and
-- requires an approved extension or an exception past it), and, for minors only, the day they come
-- of age (a guardian co-signs the agreement until then).
alter table case_reference
    add column max_duration_ends_on date,
    add column minor_until          date;
