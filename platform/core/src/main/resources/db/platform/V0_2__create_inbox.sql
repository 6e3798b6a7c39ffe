-- Idempotent consumers: one row per (consumer, event) written in the same transaction as the effect.
create table inbox_event (
    consumer     varchar(150) not null,
    event_id     uuid         not null,
    event_type   varchar(100) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
