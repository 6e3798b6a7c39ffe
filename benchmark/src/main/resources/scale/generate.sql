-- Synthetic reporting data: ${cases} cases in ${jobcenters} Jobcenters, written straight into the
-- read-model tables of a reporting database (what the events would have built). Statements are
-- separated by lines holding only "--;". Randomness per case comes from hashes of the case id, so a
-- lateral subquery varies per row.
set synchronous_commit = off
--;
truncate caseload_case, report_contact, report_measure, report_assessment, report_referral, report_non_referral,
         case_quality, quality_tally, quality_policy, quality_refresh, policy_reference, policy_reference_version
--;
drop table if exists scale_jobcenter
--;
-- Jobcenter sizes spread about 1:7 (small rural to large city Jobcenters); the four presets in turn
create table scale_jobcenter as
select i, 'jc-' || lpad(i::text, 3, '0') as id,
       (array['PANKOW', 'TAH', 'UCKERMARK', 'BA2010'])[1 + i % 4] as preset,
       0.3 + 1.7 * ((i * 37) % ${jobcenters})::numeric / ${jobcenters} as weight
from generate_series(1, ${jobcenters}) i
--;
alter table scale_jobcenter add column size integer, add column fms integer
--;
update scale_jobcenter j set size = round(${cases} * j.weight / (select sum(weight) from scale_jobcenter)),
                             fms = greatest(1, round(${cases} * j.weight / (select sum(weight) from scale_jobcenter) * 0.55 / 85))
--;
-- 55 % of the cases are open, the rest closed over the last years; 0.3 % are referrals waiting for an FM
insert into caseload_case (case_id, jobcenter_id, team_id, case_manager_id, age_group, route, admitted_on, opened_at,
                           opened_event_id, policy_version, first_consultation_due_on, first_consultation_held_on,
                           max_duration_ends_on, closed_on, closed_at, closure_reason, integration, duration_days,
                           agreement_valid_until, agreement_at, next_review_due_on, review_at, extension_until,
                           category_code, assessment_version, responsibility_at, recorded_at)
select case_id, id, 'team-' || lpad((fm / 10 + 1)::text, 2, '0'), 'fm-' || lpad(fm::text, 3, '0'), age_group, route,
       admitted_on, admitted_on + time '09:30', gen_random_uuid(), 1, admitted_on + 14,
       case when h % 100 < 96 then admitted_on + 3 + h % 14 end,
       case when preset in ('PANKOW', 'TAH') then admitted_on + interval '36 months' end,
       closed_on, closed_on + time '15:00', case when closed_on is not null then reason end,
       case when closed_on is not null then reason in ('EMPLOYMENT', 'VOCATIONAL_TRAINING', 'SUBSIDISED_EMPLOYMENT_16E_16I') end, closed_on - admitted_on,
       case when h % 100 < 93 then current_date + h % 180 else current_date - 1 - h % 60 end, admitted_on + time '11:00',
       case when (h / 100) % 100 < 92 then current_date + (h / 7) % 180 else current_date - 1 - (h / 7) % 40 end,
       admitted_on + time '12:00', null::date,
       case when preset = 'UCKERMARK' then (array['A','B','B','C','C','C','D','D','E','X','Y','Z'])[1 + (h / 13) % 12]
            else (array['MARKET','ACTIVATION','PROMOTION','DEVELOPMENT','DEVELOPMENT','STABILISATION','STABILISATION','SUPPORT'])[1 + (h / 13) % 8] end,
       1, admitted_on + time '09:30', now()
from (
    select j.id, j.preset, c.case_id, c.h,
           (c.n % j.fms) as fm,
           case when c.h % 100 < 22 then 'U25' else 'UE25' end as age_group,
           case when (c.h / 3) % 100 < 70 then 'AV' when (c.h / 3) % 100 < 80 then 'NEW_CUSTOMER_CENTRE'
                when (c.h / 3) % 100 < 85 then 'FAMILY' when (c.h / 3) % 100 < 92 then 'NETWORK_PARTNER'
                when (c.h / 3) % 100 < 95 then 'LEGAL_GUARDIAN' else 'RELOCATION' end as route,
           case when c.n % 100 < 55 then current_date - ((c.h % 1000) * (c.h / 1000 % 1000) / 1000.0 * 1.3)::int - 1
                else current_date - 200 - (c.h / 11) % 1200 end as admitted_on,
           case when c.n % 100 >= 55 then least(current_date - 1 - (c.h / 17) % 30,
                current_date - 200 - (c.h / 11) % 1200 + 60 + (c.h / 19) % 900) end as closed_on,
           (array['EMPLOYMENT','EMPLOYMENT','VOCATIONAL_TRAINING','SUBSIDISED_EMPLOYMENT_16E_16I','LABOUR_MARKET_READINESS',
                  'NOT_EMPLOYABLE_OVER_6_MONTHS','LONG_TERM_INCAPACITY','PENSION','NO_MOTIVATION','OTHER'])[1 + (c.h / 23) % 10] as reason
    from scale_jobcenter j
    cross join lateral (select n, gen_random_uuid() as case_id from generate_series(1, j.size) n) c0
    cross join lateral (select c0.n, c0.case_id, abs(hashtext(c0.case_id::text)) as h) c
) cases
--;
insert into caseload_case (case_id, jobcenter_id, team_id, age_group, referred_at, secondary_assignment_due_on)
select gen_random_uuid(), j.id, 'team-' || lpad((n % greatest(1, j.fms / 10) + 1)::text, 2, '0'), 'UE25',
       now() - make_interval(days => n % 7), case when j.preset = 'TAH' then current_date - n % 7 + 3 end
from scale_jobcenter j cross join lateral generate_series(1, greatest(1, j.size * 3 / 1000)) n
--;
-- counted contacts of open cases in the last twelve months, every 4 to 8 weeks, some not counting
insert into report_contact (contact_id, case_id, occurred_on, counts)
select gen_random_uuid(), c.case_id, d::date, (abs(hashtext(c.case_id::text || d::text)) % 100) < 93
from caseload_case c
cross join lateral generate_series((current_date - 1 - abs(hashtext(c.case_id::text)) % 25)::timestamp,
                                   greatest(c.admitted_on, current_date - 365)::timestamp,
                                   make_interval(days => -(28 + abs(hashtext(c.case_id::text)) / 7 % 30))) d
where c.opened_at is not null and c.closed_at is null
--;
insert into report_measure (team_id, measure_id, case_id, jobcenter_id, instrument, started_on, planned_end_on, ended_on, successful)
select team_id, gen_random_uuid(), case_id, jobcenter_id,
       (array['AGH_16D','ACTIVATION_45','ACTIVATION_45','ACTIVATION_45','EVL_16E','TAAM_16I','FURTHER_TRAINING_81'])[1 + h / 7 % 7],
       admitted_on + 30 + h % 60, admitted_on + 210 + h % 60,
       case when closed_at is not null or h % 100 < 40 then least(admitted_on + 180 + h % 120, current_date - 1) end,
       case when closed_at is not null or h % 100 < 40 then h / 3 % 100 < 60 end
from (select team_id, case_id, jobcenter_id, admitted_on, closed_at, abs(hashtext(case_id::text || 'm')) as h
      from caseload_case where opened_at is not null) c
where h % 100 < 35
--;
insert into report_assessment (team_id, assessment_id, case_id, jobcenter_id, version, completed_on, needs_resolved, direction)
select team_id, gen_random_uuid(), case_id, jobcenter_id, v, admitted_on + 20 + (v - 1) * 180,
       case when v = 1 then 0 else h % 4 end,
       case when v = 1 then null when h / 5 % 10 < 3 then 'UP' when h / 5 % 10 < 8 then 'SAME' else 'DOWN' end
from (select team_id, case_id, jobcenter_id, admitted_on, abs(hashtext(case_id::text || 'a')) as h
      from caseload_case where opened_at is not null) c
cross join lateral generate_series(1, case when h % 2 = 0 and admitted_on + 200 < current_date then 2 else 1 end) v
--;
insert into report_referral (team_id, referral_id, case_id, jobcenter_id, service, status, status_at, completed_on)
select team_id, gen_random_uuid(), case_id, jobcenter_id,
       (array['DEBT_COUNSELLING','PSYCHOSOCIAL_COUNSELLING','ADDICTION_COUNSELLING','CHILDCARE_OR_HOME_CARE','HOUSING_SECURITY','HEALTH_ADVICE'])[1 + h / 3 % 6],
       case when h / 11 % 10 < 6 then 'COMPLETED' when h / 11 % 10 < 8 then 'STARTED' else 'ABORTED' end,
       now(), case when h / 11 % 10 < 6 then least(admitted_on + 120 + h % 90, current_date - 1) end
from (select team_id, case_id, jobcenter_id, admitted_on, abs(hashtext(case_id::text || 'r')) as h
      from caseload_case where opened_at is not null) c
where h % 100 < 15
--;
insert into report_non_referral (non_referral_id, jobcenter_id, team_id, status, recheck_due_on, recorded_at)
select gen_random_uuid(), j.id, 'team-av-' || (n % 4 + 1), case when n % 10 < 7 then 'OPEN' else 'RESOLVED' end,
       current_date - 90 + n % 180, now()
from scale_jobcenter j cross join lateral generate_series(1, greatest(1, j.size * 3 / 100)) n
--;
-- the findings start unevaluated (policy version 0): the service's refresh evaluates every case
-- under its Jobcenter's policy, with the same code an event runs
insert into case_quality (case_id, jobcenter_id, team_id, case_manager_id, age_group, stage, findings, policy_version,
                          evaluated_on, changes_on)
select case_id, jobcenter_id, team_id, coalesce(case_manager_id, ''), coalesce(age_group, ''),
       case when opened_at is not null then 'OPEN' else 'REFERRED' end, '{}', 0, current_date, current_date + 31
from caseload_case
where ((opened_at is not null and closed_at is null) or (opened_at is null and referred_at is not null))
  -- (a data set from before the instance had a broker of its own may hold rows of the demo Jobcenters)
  and jobcenter_id in (select id from scale_jobcenter)
--;
insert into quality_tally (jobcenter_id, team_id, case_manager_id, open_cases, open_u25, referred)
select jobcenter_id, team_id, case_manager_id, count(*) filter (where stage = 'OPEN'),
       count(*) filter (where stage = 'OPEN' and age_group = 'U25'), count(*) filter (where stage = 'REFERRED')
from case_quality where jobcenter_id in (select id from scale_jobcenter) group by 1, 2, 3
--;
-- the policies last: the running instance's refresh job sees new policy versions only now, so it
-- evaluates the cases above (earlier, it would have found no cases to evaluate and marked them applied)
delete from quality_policy
--;
insert into policy_reference (jobcenter_id, policy_version, preset_code, settings, changed_at)
select id, 1, preset, case preset
    when 'PANKOW' then '{"contactRule.minPerYear":"10","contactRule.maxGapMonths":"2","contactRule.countedFormats":"IN_PERSON,PHONE,VISIT,WALK_AND_TALK,CASE_CONFERENCE,NETWORK","continuationReviewMonths":"6","maxDurationExtension":"TEAM_LEAD_APPROVAL","caseloadRatio.maxUe25":"90","caseloadRatio.maxU25":"90","caseloadRatio.targetMin":"75"}'
    when 'TAH' then '{"contactRule.maxGapMonths":"1","contactRule.countedFormats":"CASE_CONFERENCE,IN_PERSON,NETWORK,PHONE,VIDEO,VISIT,WALK_AND_TALK","continuationReviewMonths":"6","maxDurationExtension":"NONE","aghContinuesBeyondMaxDuration":"true","caseloadRatio.maxUe25":"75","caseloadRatio.maxU25":"75"}'
    when 'UCKERMARK' then '{"contactRule.maxGapMonths":"6","contactRule.maxGapMonthsByCategory.A":"1","contactRule.maxGapMonthsByCategory.B":"3","contactRule.countedFormats":"IN_PERSON,PHONE,VIDEO,VISIT,WALK_AND_TALK,CASE_CONFERENCE,NETWORK","continuationReviewMonths":"6","caseloadRatio.maxUe25":"150","caseloadRatio.maxU25":"75"}'
    else '{"continuationReviewMonths":"6"}' end::jsonb, now()
from scale_jobcenter
--;
-- every version with the day it takes effect (docs/domain.md §11.1): in force since long before the cases
insert into policy_reference_version (jobcenter_id, policy_version, effective_from, preset_code, settings, changed_at)
select jobcenter_id, policy_version, date '2005-01-01', preset_code, settings, changed_at from policy_reference
where jobcenter_id in (select id from scale_jobcenter)
--;
vacuum analyze
