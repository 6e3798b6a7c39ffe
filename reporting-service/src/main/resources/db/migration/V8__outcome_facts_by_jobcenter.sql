-- Outcome figures of one Jobcenter select their facts by Jobcenter and day, so a request reads an
-- index range instead of joining every assessment, measure and referral of the country to the cases
-- (the envelope of each event carries the Jobcenter). Rows recorded before get it from their case.
alter table report_assessment add column jobcenter_id varchar(50);
alter table report_measure    add column jobcenter_id varchar(50);
alter table report_referral   add column jobcenter_id varchar(50);
update report_assessment f set jobcenter_id = c.jobcenter_id from caseload_case c where c.case_id = f.case_id;
update report_measure    f set jobcenter_id = c.jobcenter_id from caseload_case c where c.case_id = f.case_id;
update report_referral   f set jobcenter_id = c.jobcenter_id from caseload_case c where c.case_id = f.case_id;
create index report_assessment_jobcenter on report_assessment (jobcenter_id, completed_on);
create index report_measure_jobcenter on report_measure (jobcenter_id, ended_on) where successful;
create index report_referral_jobcenter on report_referral (jobcenter_id, completed_on) where status = 'COMPLETED';
