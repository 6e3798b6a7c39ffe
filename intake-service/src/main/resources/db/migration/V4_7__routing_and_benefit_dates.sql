-- UCKERMARK routing and the dates its deadlines count from (docs/domain.md §18). Cases referred before
-- keep no FM area (routing_segment null): they were never routed, and nothing is inferred for them.
alter table bfm_case
    add column application_on             date,
    add column benefit_decision_on        date,
    add column first_talk_due_on          date,
    add column routing_segment            varchar(20),
    add column handed_over_on             date,
    add column invitation_due_on          date,
    add column invitation_sent_on         date,
    add column market_near_talk_due_on    date,
    add column market_near_review_on      date,
    add column reactivation_instructed_on date,
    add column u25_target_group           varchar(30),
    add column u25_target_group_since     date,
    add column u25_target_group_key_date  date,
    add column u25_target_group_review_on date;

-- Contacts with the customer (from contact-recorded): whether the first talk after the benefit decision or
-- after a handover took place is the first such contact on or after that day, recorded once, in planning.
create table case_contact (
    contact_id    uuid primary key,
    case_id       uuid    not null,
    occurred_on   date    not null,
    with_customer boolean not null
);
create index case_contact_case on case_contact (case_id, occurred_on);

-- The day a case's category last left X, Y or Z (UCKERMARK 4.1.1, 5.1: reactivation with a full instruction
-- on legal consequences), kept across later assessments until the next one.
alter table assessment_facts add column reactivated_on date;
