-- docs/domain.md §14: a benefit-reduction check cites the breach as a record of its kind.

-- Aufforderung (§ 15 Abs. 6 SGB II): a duty from the closed catalogue, demanded in writing
create table duty_demand (
    id                            uuid primary key,
    case_id                       uuid         not null,
    jobcenter_id                  varchar(50)  not null,
    duty                          varchar(40)  not null,
    details                       varchar(1000),
    demanded_on                   date         not null,
    due_by                        date,
    with_legal_consequence_notice boolean      not null,
    recorded_by                   varchar(150) not null,
    recorded_at                   timestamptz  not null
);
create index duty_demand_case on duty_demand (case_id, demanded_on);

-- Vermittlungsvorschlag / Zuweisung and the customer's answer (§ 31 Abs. 1 Nr. 2 SGB II)
create table job_offer (
    id                            uuid primary key,
    case_id                       uuid         not null,
    jobcenter_id                  varchar(50)  not null,
    kind                          varchar(20)  not null,
    description                   varchar(1000),
    offered_on                    date         not null,
    with_legal_consequence_notice boolean      not null,
    response                      varchar(20),
    responded_on                  date,
    recorded_by                   varchar(150) not null,
    recorded_at                   timestamptz  not null,
    version                       bigint       not null default 0
);
create index job_offer_case on job_offer (case_id, offered_on);

-- checks recorded before this migration cite no record: their ground stays empty (shown as such)
alter table reduction_check add column ground_kind varchar(30);
alter table reduction_check add column ground_id uuid;
