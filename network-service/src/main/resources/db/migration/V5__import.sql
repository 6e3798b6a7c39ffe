-- Data migration (docs/import.md): a consent form's version keeps the day it is valid from; every item of a case
-- taken over from another system (a consent or a step of its history, a partner referral or a status of it) is
-- kept with its content as imported, under its derived id, so that the same item imported again changes nothing
-- and a changed one is refused instead of rewriting history.
alter table consent_form add column valid_from date;

create table imported_item (
    id          uuid primary key,
    case_id     uuid         not null,
    kind        varchar(30)  not null,
    source_id   varchar(220) not null,
    content     text         not null,
    imported_at timestamptz  not null
);
create index imported_item_case on imported_item (case_id, kind);

-- every status a referral took after it was sent, with its day: its status history for an export
create table referral_status (
    seq         bigserial primary key,
    referral_id uuid         not null references referral (id),
    status      varchar(20)  not null,
    reason_code varchar(40),
    changed_at  timestamptz  not null
);
create index referral_status_referral on referral_status (referral_id, seq);
