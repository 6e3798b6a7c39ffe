-- docs/domain.md §15: the legal form of the agreement follows its date and is data, so a change of law is a data
-- change and old agreements keep the form that was in force when they were concluded.
create table agreement_legal_form (
    effective_from             date primary key,
    code                       varchar(20)  not null,
    title                      varchar(100) not null,
    law_reference              varchar(100) not null,
    -- a. F.: the Rechtsfolgenbelehrung is part of the agreement; n. F.: the plan carries no legal consequences
    legal_consequences_in_plan boolean      not null,
    -- n. F.: disagreement goes to the Schlichtung of § 15a SGB II
    conciliation               boolean      not null,
    -- both: reviewed jointly at the latest after six months
    review_within_months       integer      not null check (review_within_months > 0)
);
insert into agreement_legal_form values
    ('2005-01-01', 'EINV', 'Eingliederungsvereinbarung (a. F.)', '§ 15 SGB II in der bis 30.06.2023 geltenden Fassung', true, false, 6),
    ('2023-07-01', 'KOOPERATIONSPLAN', 'Kooperationsplan', '§ 15 SGB II', false, true, 6);

alter table agreement add column review_on date;
alter table agreement add column legal_form_from date;
alter table agreement add column agreed_by_name varchar(200);

-- the Jobcenter's own record from directory-changed (organisation data: letterhead of printed documents)
create table jobcenter_record (
    jobcenter_id  varchar(50) primary key,
    version       bigint       not null,
    name          varchar(200) not null,
    street        varchar(200),
    postal_code   varchar(10),
    city          varchar(100),
    phone         varchar(50),
    email         varchar(200),
    contact_hours varchar(300),
    state_code    varchar(2)   not null,
    changed_at    timestamptz  not null
);
