-- Transactional outbox. Column names id, aggregatetype, aggregateid, type, payload follow the
-- Debezium outbox event router, so a CDC relay can replace the polling relay without a migration.
create table outbox_event (
    id              uuid primary key,
    seq             bigserial    not null,   -- write order; the relay publishes in this order
    aggregatetype   varchar(100) not null,   -- topic (= event type)
    aggregateid     varchar(100) not null,   -- Kafka key: case id (partner events: partner id)
    type            varchar(100) not null,   -- event type
    payload         jsonb        not null,   -- the whole event envelope
    timestamp       timestamptz  not null default now(),
    correlation_id  varchar(100),
    sent_at         timestamptz,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      text
);

-- the relay only ever looks at unsent rows; keep that lookup independent of table size
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
create index outbox_event_unsent_key on outbox_event (aggregateid, seq) where sent_at is null;
