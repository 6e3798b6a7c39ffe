-- docs/domain.md §16.2: a sustainability check follows only a closure into work; case-closed's integration flag
-- is kept (null for closures stored before, which then count as no integration)
alter table case_reference add column closure_integration boolean;
