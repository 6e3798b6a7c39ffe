-- The national view counts each Jobcenter's non-referrals whose re-check is overdue: the open ones due
-- before the day, read as a range of this index (only the overdue ones), not every Jobcenter's list.
create index report_non_referral_overdue on report_non_referral (recheck_due_on, jobcenter_id) where status = 'OPEN';
