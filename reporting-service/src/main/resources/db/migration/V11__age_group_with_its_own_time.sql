-- The age group (U25/Ü25) comes from three facts: the referral, the opening and a U25→Ü25 transfer.
-- It used to share the responsibility columns' time (responsibility_at): a later case-assigned
-- (which carries no age group) arriving before an older case-transferred made the transfer look stale,
-- so the Ü25 was lost. Now it keeps the time of the fact it came from, and the newest of those wins —
-- the same row whatever order the events arrive in.
alter table caseload_case add column age_group_at timestamptz;
-- rows recorded before: their age group is at least as new as the newest fact that could have set it
update caseload_case set age_group_at = greatest(referred_at, opened_at, responsibility_at)
where age_group is not null;
