-- Outcome figures per team without joining every fact to its case: each fact carries its case's
-- current team, set when the fact arrives and moved along whenever the case changes team (both under
-- the case's lock, so neither can miss the other).
alter table report_assessment      add column team_id varchar(50);
alter table report_measure         add column team_id varchar(50);
alter table report_referral        add column team_id varchar(50);
alter table report_need            add column team_id varchar(50);
alter table report_category_change add column team_id varchar(50);
alter table report_consent         add column team_id varchar(50);
update report_assessment f      set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
update report_measure f         set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
update report_referral f        set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
update report_need f            set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
update report_category_change f set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
update report_consent f         set team_id = c.team_id from caseload_case c where c.case_id = f.case_id;
create index report_need_case on report_need (case_id);
create index report_consent_case on report_consent (case_id);
