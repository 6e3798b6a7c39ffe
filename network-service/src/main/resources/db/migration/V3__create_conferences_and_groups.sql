-- Case conferences with their participants and coded outcome.
create table case_conference (
    id                  uuid primary key,
    case_id             uuid         not null,
    jobcenter_id        varchar(50)  not null,
    scheduled_on        date         not null,
    staff               text[]       not null,
    partner_ids         uuid[]       not null,
    customer_invited    boolean      not null,
    held_on             date,
    attended_partner_ids uuid[],
    decisions           text[],
    scheduled_by        varchar(150) not null,
    scheduled_at        timestamptz  not null
);
create index case_conference_case on case_conference (case_id, scheduled_on);
