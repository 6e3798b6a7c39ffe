-- Idempotent POSTs (Idempotency-Key header): the first answer per caller and key, written in the same
-- transaction as the request's own changes, so a retry finds either both or neither.
create table idempotency_key (
    caller          varchar(255) not null,   -- the token's sub: keys of different callers never meet
    idempotency_key varchar(255) not null,
    request_hash    bytea        not null,   -- SHA-256 of method, path and body: the same key with another request is refused
    status          smallint     not null,
    location        text,
    content_type    varchar(200),
    body            bytea,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);
-- the hourly purge of keys past their retention
create index idempotency_key_created_at on idempotency_key (created_at);
